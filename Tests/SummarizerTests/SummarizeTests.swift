import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// POST /summarize through the real binary, LocalBedrock (SigV4 verified) and the local database.
@Suite struct SummarizeTests {
    let db: Database
    init() throws { db = try TestDatabase.app() }

    /// The report as stored, read with the app role (the response must match it).
    func stored(_ reportId: String, clinic: String) throws -> ReportRow {
        try #require(try db.session(timeoutMs: 10_000).reports.find(id: reportId, clinicId: clinic))
    }

    func ledger(_ caller: Caller) throws -> [UsageRow] {
        try db.session(timeoutMs: 10_000).usage.recent(identity: caller.sub, clinicId: caller.clinicId, limit: 50)
    }

    func audit(_ requestId: String, _ caller: Caller) throws -> [AuditRow] {
        try db.session(timeoutMs: 10_000).audit.entries(requestId: requestId, clinicId: caller.clinicId)
    }

    /// No log line carries an identifier, a clinical phrase or a line of the summary.
    func expectNoReportText(_ logs: String, note: TestNote, summary: String?) {
        #expect(!logs.isEmpty)
        var fragments = note.identifiers + note.clinicalPhrases
        fragments += (summary ?? "").split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { $0.count >= 12 && !$0.hasSuffix(":") }
        for fragment in fragments {
            #expect(!logs.contains(fragment), "a log line carries report text: \(fragment)")
        }
    }

    @Test(arguments: [TestNote.spanish, TestNote.english])
    func aReportIsSummarizedThroughBedrockStoredMeteredAndAudited(note: TestNote) throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let response = try harness.summarize(["patientId": "PAT-\(note.language)-001", "text": note.text, "language": note.language,
                                              "sourceSystem": "ehr-test", "metadata": ["ward": "3B", "priority": 2, "urgent": false]],
                                             caller: caller)
        #expect(response.status == 201)
        #expect(response["status"] as? String == "SUCCESS")
        #expect(response["model"] as? String == SummarizerHarness.modelId)
        #expect(response["language"] as? String == note.language)
        #expect(response["patientId"] as? String == "PAT-\(note.language)-001")
        let tokens = try #require(response["tokens"] as? [String: Int])
        #expect((tokens["input"] ?? 0) > 0 && (tokens["output"] ?? 0) > 0)
        let summary = try #require(response["summary"] as? String)
        let titles = SummarySections.titles(ClinicalLanguage(rawValue: note.language)!)
        for title in titles { #expect(summary.contains(title + ":"), "section \(title) missing") }
        let reportId = try #require(response["reportId"] as? String)
        #expect(response.headers["Location"] == "/reports/\(reportId)")

        // One Converse call, signature verified by the endpoint (an unsigned call gets 403, see below).
        #expect(harness.bedrock.converseRequestCount == 1)
        #expect(harness.bedrock.receivedGuardrails.isEmpty)

        let row = try stored(reportId, clinic: caller.clinicId)
        #expect(row.summary == summary && row.status == .success && row.originalText == note.text)
        #expect(row.model == SummarizerHarness.modelId && row.createdBy == caller.sub && row.sourceSystem == "ehr-test")
        #expect(row.inputTokens == tokens["input"] && row.outputTokens == tokens["output"])
        #expect(row.metadataJSON.contains("\"ward\": \"3B\"") && row.metadataJSON.contains("\"priority\": 2"))

        let usage = try ledger(caller)
        #expect(usage.count == 1)
        let entry = try #require(usage.first?.entry)
        #expect(entry.model == SummarizerHarness.modelId && entry.functionName == "summarizer" && entry.requestId == response.requestId)
        #expect(entry.inputTokens == row.inputTokens && entry.outputTokens == row.outputTokens)
        #expect(entry.costUSD == PriceTable.standard.cost(modelId: SummarizerHarness.modelId, inputTokens: row.inputTokens,
                                                          outputTokens: row.outputTokens))
        #expect(entry.costUSD > 0)

        let audits = try audit(response.requestId, caller)
        #expect(audits.map(\.entry.action) == ["report.create"])
        #expect(audits.first?.entry.outcome == .success && audits.first?.entry.resourceId == reportId)

        let logs = harness.logs
        #expect(logs.contains("\"InputTokens\":\(Double(row.inputTokens))"))
        #expect(logs.contains("\"Fallbacks\":0.0"))
        expectNoReportText(logs, note: note, summary: summary)
    }

    /// The EMF lines the function wrote: metric values and dimensions by metric name.
    func emfLines(_ logs: String) -> [[String: Any]] {
        logs.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{\"_aws\"") else { return nil }
            return try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
    }

    @Test func metricsCarryFunctionAndModelAndAnUnpricedModelIsFlagged() throws {
        let harness = try SummarizerHarness(environment: ["MODEL_ID": "example.future-model-v9:0"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        let response = try harness.summarize(["patientId": "PAT-M", "text": TestNote.english.text], caller: caller)
        #expect(response.status == 201 && response["model"] as? String == "example.future-model-v9:0")
        #expect(try ledger(caller).map(\.entry.costUSD) == [0])

        let lines = emfLines(harness.logs)
        let usage = try #require(lines.first { $0["InputTokens"] != nil })
        #expect(usage["function"] as? String == "summarizer" && usage["model"] as? String == "example.future-model-v9:0")
        #expect(usage["UnpricedModelCalls"] as? Double == 1)
        for name in ["OutputTokens", "CostUSD", "ModelLatency"] { #expect(usage[name] is Double, "\(name)") }
        let directive = try #require(((usage["_aws"] as? [String: Any])?["CloudWatchMetrics"] as? [[String: Any]])?.first)
        #expect(directive["Namespace"] as? String == "ClinicalAssistant")
        #expect(directive["Dimensions"] as? [[String]] == [["function", "model"]])
        let counters = try #require(lines.first { $0["Fallbacks"] != nil })
        #expect(counters["Throttles"] as? Double == 0 && counters["model"] as? String == "example.future-model-v9:0")
        #expect(harness.logs.contains("model has no price in the price table"))
    }

    @Test func theLanguageIsDetectedWhenAbsent() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let english = try harness.summarize(["patientId": "PAT-1", "text": TestNote.english.text])
        #expect(english.status == 201 && english["language"] as? String == "en")
        let spanish = try harness.summarize(["patientId": "PAT-1", "text": TestNote.spanish.text])
        #expect(spanish.status == 201 && spanish["language"] as? String == "es")
        #expect((spanish["summary"] as? String)?.contains("Diagnósticos:") == true)
    }

    @Test(arguments: [TestNote.spanish, TestNote.english])
    func noIdentifierReachesTheModelAndTheOriginalsAreRestored(note: TestNote) throws {
        // A model that repeats every placeholder it was given, so restoring them is observable.
        let model = OfflineClinicalModel()
        let harness = try SummarizerHarness(converse: { system, user in
            let report = SummaryPrompt.extractReport(from: user) ?? ""
            let placeholders = report.matches(of: /\[[A-Z_]+_[0-9]+\]/).map { String($0.output) }
            return model.respond(toConverseSystem: system, user: user) + "\n" + Array(Set(placeholders)).sorted().joined(separator: " ")
        })
        defer { harness.stop() }
        let caller = Caller.doctor()
        let response = try harness.summarize(["patientId": "PAT-PHI", "text": note.text, "language": note.language], caller: caller)
        #expect(response.status == 201)

        let sent = harness.bedrock.receivedTexts.joined(separator: "\n")
        let report = try #require(harness.bedrock.receivedTexts.lazy.compactMap(SummaryPrompt.extractReport(from:)).first)
        #expect(report.contains("[NOMBRE_1]") && report.contains("[TELEFONO_1]"))
        for identifier in note.identifiers { #expect(!sent.contains(identifier), "sent to the model: \(identifier)") }

        let summary = try #require(response["summary"] as? String)
        #expect(summary.firstMatch(of: /\[[A-Z_]+_[0-9]+\]/) == nil, "a placeholder was not restored")
        for identifier in note.identifiers {
            #expect(summary.contains(identifier), "not restored: \(identifier)")
        }
        let row = try stored(try #require(response["reportId"] as? String), clinic: caller.clinicId)
        #expect(row.summary == summary)
        expectNoReportText(harness.logs, note: note, summary: summary)
    }

    @Test func withRedactionOffTheModelSeesTheText() throws {
        let harness = try SummarizerHarness(environment: ["PHI_REDACTION": "off"])
        defer { harness.stop() }
        let response = try harness.summarize(["patientId": "PAT-1", "text": TestNote.spanish.text])
        #expect(response.status == 201)
        #expect(harness.bedrock.receivedTexts.joined().contains("HEGA920707HNLRNL00"))
    }

    @Test(arguments: [(429, "ThrottlingException", 1), (503, "ServiceUnavailableException", 0)])
    func bedrockFailingPastTheRetriesGivesAStoredFallback(status: Int, code: String, throttles: Int) throws {
        let harness = try SummarizerHarness()   // AWS_MAX_ATTEMPTS=3
        defer { harness.stop() }
        harness.bedrock.inject(.error(status: status, code: code), times: 3)
        let caller = Caller.doctor()
        let response = try harness.summarize(["patientId": "PAT-FB", "text": TestNote.spanish.text], caller: caller)
        #expect(response.status == 201)
        #expect(response["status"] as? String == "FALLBACK")
        #expect(response["model"] as? String == OfflineClinicalModel.modelId)
        #expect(harness.bedrock.converseRequestCount == 3)
        let summary = try #require(response["summary"] as? String)
        #expect(summary.contains("Diabetes mellitus tipo 2 descontrolada") && summary.contains("Metformina 850 mg"))

        let row = try stored(try #require(response["reportId"] as? String), clinic: caller.clinicId)
        #expect(row.status == .fallback && row.summary == summary && row.model == OfflineClinicalModel.modelId)
        let usage = try ledger(caller)
        #expect(usage.map(\.entry.model) == [OfflineClinicalModel.modelId])
        #expect(usage.first?.entry.costUSD == 0)

        let logs = harness.logs
        #expect(logs.contains("\"Fallbacks\":1.0"))
        #expect(logs.contains("\"Throttles\":\(Double(throttles))"))
        #expect(logs.contains("retrying AWS call"))
        expectNoReportText(logs, note: .spanish, summary: summary)
    }

    @Test func aRetryThatSucceedsIsNoFallback() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        harness.bedrock.inject(.error(status: 429, code: "ThrottlingException"), times: 2)
        let response = try harness.summarize(["patientId": "PAT-1", "text": TestNote.english.text])
        #expect(response.status == 201 && response["status"] as? String == "SUCCESS")
        #expect(harness.bedrock.converseRequestCount == 3)
    }

    @Test func aWrongSignatureIsRefusedByTheEndpointAndFallsBack() throws {
        let harness = try SummarizerHarness(environment: ["AWS_SECRET_ACCESS_KEY": "not-the-local-secret"])
        defer { harness.stop() }
        let response = try harness.summarize(["patientId": "PAT-1", "text": TestNote.english.text])
        #expect(response.status == 201 && response["status"] as? String == "FALLBACK")
        #expect(harness.bedrock.receivedTexts.isEmpty)
        #expect(harness.logs.contains("InvalidSignatureException"))
    }

    @Test func nearTheDeadlineTheModelIsNotCalled() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let response = try harness.request("POST", resource: "/summarize", path: "/summarize",
                                           body: #"{"patientId":"PAT-1","text":"Paciente con cefalea tensional. Plan: paracetamol 500 mg VO cada 8 horas."}"#,
                                           timeoutMs: 3_000)
        #expect(response.status == 201 && response["status"] as? String == "FALLBACK")
        #expect(harness.bedrock.converseRequestCount == 0)
        #expect(harness.logs.contains("\"fallbackReason\":\"deadlineNear\""))
    }

    @Test func aGuardrailInterventionIs422AndNothingIsStored() throws {
        let harness = try SummarizerHarness(environment: ["GUARDRAIL_ID": "gr-clinical", "GUARDRAIL_VERSION": "3"])
        defer { harness.stop() }
        harness.bedrock.inject(.guardrailIntervened)
        let caller = Caller.doctor()
        let response = try harness.summarize(["patientId": "PAT-GR", "text": TestNote.english.text], caller: caller)
        #expect(response.status == 422)
        #expect(response.errorCode == "GUARDRAIL_INTERVENED")
        #expect(harness.bedrock.receivedGuardrails == ["gr-clinical:3"])
        let page = try db.session(timeoutMs: 10_000).reports.list(clinicId: caller.clinicId, patientId: "PAT-GR", limit: 10)
        #expect(page.reports.isEmpty)
        // Bedrock bills the blocked call: it is in the ledger; the attempt is audited as denied.
        #expect(try ledger(caller).map(\.entry.inputTokens) == [12])
        let audits = try audit(response.requestId, caller)
        #expect(audits.map(\.entry.outcome) == [.denied])

        // The guardrail rides on every call; without an intervention the summary is made.
        let next = try harness.summarize(["patientId": "PAT-GR", "text": TestNote.english.text], caller: caller)
        #expect(next.status == 201 && harness.bedrock.receivedGuardrails.count == 2)
        expectNoReportText(harness.logs, note: .english, summary: next["summary"] as? String)
    }

    @Test func overBudgetIs429UntilNextMonthAndNothingReachesTheModel() throws {
        let harness = try SummarizerHarness(environment: ["BUDGET_USD_PER_USER_MONTH": "0.5"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        try db.session(timeoutMs: 10_000).usage.record(UsageEntry(
            identity: caller.sub, clinicId: caller.clinicId, functionName: "chat", model: SummarizerHarness.modelId,
            inputTokens: 100_000, outputTokens: 80_000, costUSD: Decimal(string: "0.5")!, requestId: "earlier"))
        let response = try harness.summarize(["patientId": "PAT-BUDGET", "text": TestNote.spanish.text], caller: caller)
        #expect(response.status == 429)
        #expect(response.errorCode == "BUDGET_EXCEEDED")
        let retryAfter = try #require(response.headers["Retry-After"].flatMap { Int($0) })
        let nextMonth = BudgetPolicy.monthInterval(containing: Date()).end.timeIntervalSinceNow
        #expect(abs(Double(retryAfter) - nextMonth) < 30)
        #expect(harness.bedrock.converseRequestCount == 0)
        #expect(try db.session(timeoutMs: 10_000).reports.list(clinicId: caller.clinicId, patientId: "PAT-BUDGET", limit: 10).reports.isEmpty)

        // Another user of the same clinic still has budget.
        let colleague = Caller(sub: "colleague-\(UUID().uuidString.prefix(6))", clinicId: caller.clinicId)
        #expect(try harness.summarize(["patientId": "PAT-BUDGET", "text": TestNote.spanish.text], caller: colleague).status == 201)
    }
}
