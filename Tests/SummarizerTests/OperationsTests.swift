import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// What happens around the routes: database outages, the scheduled purge, configuration errors.
@Suite struct OperationsTests {
    @Test func anUnreachableDatabaseIs503WithRetryAfterAndNoModelCall() throws {
        // Port 9 on loopback: nothing listens, the connection is refused at once.
        let harness = try SummarizerHarness(databaseURL: "postgresql://clinical_app:x@127.0.0.1:9/clinical")
        defer { harness.stop() }
        let post = try harness.summarize(["patientId": "PAT-1", "text": TestNote.spanish.text])
        #expect(post.status == 503 && post.errorCode == "SERVICE_UNAVAILABLE")
        #expect(post.headers["Retry-After"] == "5")
        #expect(harness.bedrock.converseRequestCount == 0)
        let list = try harness.history(patientId: "PAT-1")
        #expect(list.status == 503 && list.headers["Retry-After"] == "5")
        // The function lives on and says why in its logs, without the text.
        #expect(harness.process.isRunning)
        #expect(harness.logs.contains("database unavailable"))
        #expect(!harness.logs.contains("HEGA920707HNLRNL00"))
    }

    @Test func theScheduledEventPurgesExpiredReports() throws {
        let db = try TestDatabase.app()
        let clinic = TestDatabase.uniqueClinic()
        let session = db.session(timeoutMs: 10_000)
        func report(_ patient: String) -> NewReport {
            NewReport(clinicId: clinic, patientId: patient, originalText: "texto", summary: "resumen", status: .success,
                      language: "es", model: "m", inputTokens: 1, outputTokens: 1, createdBy: "tester", retentionDays: 1)
        }
        let expired = try session.reports.insert(report("PAT-OLD"))
        let kept = try session.reports.insert(report("PAT-NEW"))
        _ = try session.query("UPDATE reports SET expires_at = now() - interval '1 hour' WHERE id = $1::uuid",
                              [.text(expired.id)], idempotent: true)
        func exists(_ id: String) throws -> Bool {
            try session.query("SELECT 1 FROM reports WHERE id = $1::uuid", [.text(id)], idempotent: true).rows.count == 1
        }

        let harness = try SummarizerHarness()
        defer { harness.stop() }
        // The template's Schedule event sends its Input; a bare EventBridge Scheduled Event works too.
        let answer = try harness.invoke(Array(#"{"action":"purgeExpiredReports"}"#.utf8))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(answer)) as? [String: Any])
        #expect((result["deletedReports"] as? Int ?? 0) >= 1 && result["complete"] as? Bool == true)
        #expect(try !exists(expired.id))
        #expect(try exists(kept.id))

        let scheduled = #"{"version":"0","id":"53dc4d37","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-11-21T03:00:00Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/purge"],"detail":{}}"#
        let again = try harness.invoke(Array(scheduled.utf8))
        #expect(String(decoding: again, as: UTF8.self).contains("\"complete\":true"))

        // Anything else is an invalid event for this function, and the loop goes on.
        #expect(throws: SummarizerHarness.Failure.self) { try harness.invoke(Array(#"{"action":"dropTables"}"#.utf8)) }
        #expect(harness.process.isRunning)
    }

    @Test(arguments: [
        (["DATABASE_URL": ""], "DATABASE_URL or DB_SECRET_ARN"),
        (["GUARDRAIL_ID": "gr-1"], "GUARDRAIL_ID and GUARDRAIL_VERSION"),
        (["BUDGET_USD_PER_USER_MONTH": "-1"], "BUDGET_USD_PER_USER_MONTH"),
        (["PHI_REDACTION": "maybe"], "PHI_REDACTION"),
        (["REPORT_RETENTION_DAYS": "0"], "REPORT_RETENTION_DAYS"),
    ])
    func badConfigurationIsAnInitError(environment: [String: String], message: String) throws {
        let harness = try SummarizerHarness(environment: environment)
        defer { harness.stop() }
        let deadline = WallClock.nowMs() + 10_000
        while harness.emulator.initError == nil && WallClock.nowMs() < deadline { usleep(10_000) }
        let error = String(decoding: try #require(harness.emulator.initError), as: UTF8.self)
        #expect(error.contains(message))
        #expect(error.contains("Runtime.ConfigurationError"))
    }
}

/// The committed fixtures, replayed through the binary as `lambda-local invoke` does.
@Suite struct FixtureReplayTests {
    static let events = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("events/summarizer")

    @Test(arguments: [("post-summarize-es.json", 201, "es"), ("post-summarize-en.json", 201, "en"),
                      ("post-summarize-base64.json", 201, "es"), ("get-patient-reports.json", 200, nil),
                      ("get-report.json", 404, nil)])
    func fixtureAnswers(file: String, status: Int, language: String?) throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let event = try Data(contentsOf: Self.events.appendingPathComponent(file))
        let payload = try harness.invoke(Array(event))
        let response = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        #expect(response["statusCode"] as? Int == status)
        let body = try #require(try JSONSerialization.jsonObject(with: Data((response["body"] as? String ?? "").utf8)) as? [String: Any])
        if let language {
            #expect(body["language"] as? String == language && body["status"] as? String == "SUCCESS")
            let summary = try #require(body["summary"] as? String)
            // The fixtures' diagnoses survive the round trip through redaction, model and restore.
            #expect(summary.contains("(I21.1)") || summary.contains("(J18.9)"))
        }
    }
}
