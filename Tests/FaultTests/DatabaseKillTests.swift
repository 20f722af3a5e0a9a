import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// The database backend terminated (`pg_terminate_backend`) at the two moments that matter, through the real
/// binaries: while the model is answering (the function's connection is idle and dies under it) and in the
/// middle of the write transaction (blocked on its audit row, see `MidTransactionKill`). Nothing lost, nothing
/// half-written (`ScratchDatabase.brokenInvariants`), and the next invocation works on the same process.
@Suite(.serialized) struct DatabaseKillTests {
    /// The offline model's answer, after running `before` once (from LocalBedrock's thread).
    static func answering(once before: @escaping @Sendable () -> Void) -> LocalBedrock.Converse {
        let done = Shared(false)
        let model = OfflineClinicalModel()
        return { system, user in
            if !done.update({ let was = $0; $0 = true; return was }) { before() }
            return OfflineExtractionAnswer.respond(toUser: user).map { "```json\n\($0)\n```" } ?? model.respond(toConverseSystem: system, user: user)
        }
    }

    func rows(_ db: ScratchDatabase, _ table: String, request: String) throws -> Int {
        try db.count("SELECT count(*)::int AS n FROM \(table) WHERE request_id = $1", [.text(request)])
    }

    func outcomes(_ db: ScratchDatabase, request: String) throws -> [String] {
        try db.query("SELECT outcome FROM audit_log WHERE request_id = $1 ORDER BY id", [.text(request)]).rows.map { try $0.string("outcome") }
    }

    // MARK: summarizer

    @Test func summaryWhoseBackendDiesWhileTheModelAnswersIsStoredWhole() throws {
        let db = try ScratchDatabase("kill_sum_idle")
        defer { db.drop() }
        let killed = Shared(0)
        let function = try FaultFunction("summarizer", databaseURL: db.appURL,
                                         converse: Self.answering { killed.value = (try? db.terminateFunctionBackends()) ?? 0 })
        defer { function.stop() }
        let caller = Caller.doctor()
        let response = try function.summarize(FaultNote.text, caller: caller)
        #expect(killed.value == 1, "the function's connection was terminated while the model answered")
        #expect(response.status == 201, "a dead idle connection is replaced before the write: \(response.status) \(response.errorCode ?? "")")
        #expect(try db.count("SELECT count(*)::int AS n FROM reports") == 1)
        #expect(try rows(db, "usage_ledger", request: response.requestId) == 1)
        try db.expectWhole()
    }

    @Test func summaryWhoseBackendDiesMidTransactionStoresNothingHalfAndKeepsTheCall() throws {
        let db = try ScratchDatabase("kill_sum_tx")
        defer { db.drop() }
        let kill = MidTransactionKill(db)
        let function = try FaultFunction("summarizer", databaseURL: db.appURL, converse: Self.answering { kill.arm() })
        defer { function.stop() }
        let caller = Caller.doctor()
        let first = try function.summarize(FaultNote.text, caller: caller)
        kill.waitReleased()
        #expect(kill.killedPID.value != nil, "the function's backend was seen waiting mid-transaction and terminated")
        #expect(first.status == 503 && first.errorCode == "SERVICE_UNAVAILABLE", "got \(first.status) \(first.errorCode ?? "")")
        #expect(first.headers["Retry-After"] == "5")
        // The report and its rows rolled back together; the model call is still in the ledger, audited as an error.
        #expect(try db.count("SELECT count(*)::int AS n FROM reports") == 0)
        #expect(try rows(db, "usage_ledger", request: first.requestId) == 1)
        #expect(try outcomes(db, request: first.requestId).contains("error"))
        #expect(try !outcomes(db, request: first.requestId).contains("success"))
        try db.expectWhole()

        let second = try function.summarize(FaultNote.text, caller: caller)
        #expect(second.status == 201, "the next invocation works on the same process")
        #expect(try db.count("SELECT count(*)::int AS n FROM reports") == 1)
        try db.expectWhole()
        #expect(function.process.isRunning)
    }

    // MARK: chat

    /// A report of the patient, so the chat has a passage to send to the model.
    func seedReport(_ db: ScratchDatabase, caller: Caller, patient: String) throws {
        let app = try db.app()
        defer { app.close() }
        // As the summarizer stores one: with its audit row in the same transaction.
        let access = AuditAccess(requestId: UUID().uuidString.lowercased(), identity: caller.sub, clinicId: caller.clinicId,
                                 action: "report.create", resourceType: "report")
        _ = try app.audited(access, timeoutMs: 10_000) { tx in
            let row = try tx.reports.insert(NewReport(
                clinicId: caller.clinicId, patientId: patient, originalText: "nota",
                summary: "Diabetes mellitus tipo 2. Se indica metformina 850 mg cada 12 horas con las comidas.",
                status: .success, language: "es", sourceSystem: nil, metadataJSON: "{}", model: "m", inputTokens: 1, outputTokens: 1,
                createdBy: caller.sub, retentionDays: 90))
            return Audited(row, resourceId: row.id)
        }
    }

    @Test func chatTurnWhoseBackendDiesWhileTheModelAnswersIsStoredWhole() throws {
        let db = try ScratchDatabase("kill_chat_idle")
        defer { db.drop() }
        let caller = Caller.doctor()
        try seedReport(db, caller: caller, patient: "PAC-5")
        let killed = Shared(0)
        let function = try FaultFunction("chat", databaseURL: db.appURL,
                                         converse: Self.answering { killed.value = (try? db.terminateFunctionBackends()) ?? 0 })
        defer { function.stop() }
        let response = try function.chat(["message": "¿Qué dosis de metformina tiene indicada?", "patientId": "PAC-5"], caller: caller)
        #expect(killed.value == 1)
        #expect(response.status == 200, "got \(response.status) \(response.errorCode ?? "")")
        #expect(try db.count("SELECT count(*)::int AS n FROM chat_messages") == 2)
        try db.expectWhole()
    }

    @Test func chatTurnWhoseBackendDiesMidTransactionStoresNoHalfTurn() throws {
        let db = try ScratchDatabase("kill_chat_tx")
        defer { db.drop() }
        let caller = Caller.doctor()
        try seedReport(db, caller: caller, patient: "PAC-5")
        let kill = MidTransactionKill(db)
        let function = try FaultFunction("chat", databaseURL: db.appURL, converse: Self.answering { kill.arm() })
        defer { function.stop() }
        let first = try function.chat(["message": "¿Qué dosis de metformina tiene indicada?", "patientId": "PAC-5"], caller: caller)
        kill.waitReleased()
        #expect(kill.killedPID.value != nil)
        #expect(first.status == 503 && first.headers["Retry-After"] == "5", "got \(first.status) \(first.errorCode ?? "")")
        // No session, no question without its answer; the embedding and model calls are still in the ledger.
        #expect(try db.count("SELECT count(*)::int AS n FROM chat_sessions") == 0)
        #expect(try db.count("SELECT count(*)::int AS n FROM chat_messages") == 0)
        #expect(try rows(db, "usage_ledger", request: first.requestId) >= 1)
        #expect(try outcomes(db, request: first.requestId).contains("error"))
        try db.expectWhole()

        let second = try function.chat(["message": "¿Qué dosis de metformina tiene indicada?", "patientId": "PAC-5"], caller: caller)
        #expect(second.status == 200)
        #expect(try db.count("SELECT count(*)::int AS n FROM chat_messages") == 2)
        try db.expectWhole()
    }

    // MARK: file processor

    @Test func documentWhoseBackendDiesWhileTheModelExtractsIsProcessed() throws {
        let db = try ScratchDatabase("kill_doc_idle")
        defer { db.drop() }
        let bucket = try MotoS3.createBucket()
        let killed = Shared(0)
        let function = try FaultFunction("file-processor", databaseURL: db.appURL, environment: try FaultFunction.fileProcessorEnvironment(bucket: bucket),
                                         converse: Self.answering { killed.value = (try? db.terminateFunctionBackends()) ?? 0 })
        defer { function.stop() }
        let caller = Caller.doctor()
        let upload = try function.uploadText(FaultNote.text, bucket: bucket, caller: caller)
        let (outcome, _, _) = try function.invoke(upload.event, timeoutMs: 60_000)
        guard case .response = outcome else { Issue.record("the event failed: \(outcome)"); return }
        #expect(killed.value == 1)
        #expect(try function.document(upload.id, caller: caller)["status"] as? String == "PROCESSED")
        try db.expectWhole()
    }

    @Test func documentWhoseBackendDiesMidTransactionIsRetriedNotStuckAndItsCallsAreKept() throws {
        let db = try ScratchDatabase("kill_doc_tx")
        defer { db.drop() }
        let bucket = try MotoS3.createBucket()
        let kill = MidTransactionKill(db)
        let function = try FaultFunction("file-processor", databaseURL: db.appURL, environment: try FaultFunction.fileProcessorEnvironment(bucket: bucket),
                                         converse: Self.answering { kill.arm() })
        defer { function.stop() }
        let caller = Caller.doctor()
        let upload = try function.uploadText(FaultNote.text, bucket: bucket, caller: caller)
        let (first, _, firstRequest) = try function.invoke(upload.event, timeoutMs: 60_000)
        kill.waitReleased()
        #expect(kill.killedPID.value != nil)
        guard case .functionError = first else { Issue.record("a lost store must fail the invocation so Lambda retries: \(first)"); return }
        // Not stuck: claimable again, with the reason; no extraction or chunks half-written.
        let row = try #require(try db.query("SELECT status, failure_reason, lease_until <= now() AS released FROM documents WHERE id = $1::uuid",
                                            [.text(upload.id)]).rows.first)
        #expect(try row.string("status") == "PROCESSING")
        #expect(try row.string("failure_reason").contains("database"))
        #expect(try db.count("SELECT count(*)::int AS n FROM knowledge_chunks") == 0)
        #expect(try db.count("SELECT count(*)::int AS n FROM document_extractions") == 0)
        // What Bedrock billed in the lost attempt (extraction and embeddings) is still in the ledger.
        #expect(try rows(db, "usage_ledger", request: firstRequest) >= 2, "the first attempt's model calls are recorded")
        #expect(try outcomes(db, request: firstRequest).contains("error"))
        try db.expectWhole()

        // Lambda's retry of the same event processes it.
        let (second, _, _) = try function.invoke(upload.event, timeoutMs: 60_000)
        guard case .response = second else { Issue.record("the retry failed: \(second)"); return }
        #expect(try function.document(upload.id, caller: caller)["status"] as? String == "PROCESSED")
        try db.expectWhole()
    }
}
