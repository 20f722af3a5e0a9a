import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// Bedrock misbehaving on the wire (LocalBedrock's injected faults, real sockets), through the real binaries:
/// the doctor gets an answer in time (the model's, or the offline one marked FALLBACK) or a clear error,
/// and what is stored is whole.
@Suite struct BedrockFaultTests {
    func summarizer(_ label: String) throws -> (ScratchDatabase, FaultFunction) {
        let db = try ScratchDatabase(label)
        return (db, try FaultFunction("summarizer", databaseURL: db.appURL))
    }

    func report(_ db: ScratchDatabase, _ response: FaultFunction.Response) throws -> String? {
        let id = try #require(response["reportId"] as? String, "the 201 names its report")
        return try db.query("SELECT status FROM reports WHERE id = $1::uuid", [.text(id)]).rows.first?.string("status")
    }

    @Test func aModelSlowerThanTheDeadlineGivesTheOfflineSummaryInTime() throws {
        let (db, function) = try summarizer("bedrock_slow")
        defer { function.stop(); db.drop() }
        function.bedrock.inject(.delayed(ms: 30_000), times: 2)
        let response = try function.summarize(FaultNote.text, caller: .doctor(), timeoutMs: 8_000)
        #expect(response.status == 201, "got \(response.status) \(response.errorCode ?? "")")
        #expect(response.ms < 8_000, "answered within the invocation's deadline (\(response.ms) ms)")
        #expect(response["status"] as? String == "FALLBACK")
        #expect(try report(db, response) == "FALLBACK")
        try db.expectWhole()
        #expect(function.process.isRunning)
    }

    @Test func aConnectionResetMidBodyIsRetriedOrFallsBackAndStoresOneReport() throws {
        let (db, function) = try summarizer("bedrock_reset")
        defer { function.stop(); db.drop() }
        function.bedrock.inject(.resetMidBody)
        let response = try function.summarize(FaultNote.text, caller: .doctor())
        #expect(response.status == 201, "got \(response.status) \(response.errorCode ?? "")")
        #expect(function.bedrock.converseRequestCount == 2, "the reset call was sent again once")
        #expect(response["status"] as? String == "SUCCESS", "the retry's answer is the model's")
        #expect(try db.count("SELECT count(*)::int AS n FROM reports") == 1)
        #expect(try db.count("SELECT count(*)::int AS n FROM usage_ledger WHERE request_id = $1", [.text(response.requestId)]) == 1,
                "only the answered call is metered (the reset one returned no usage)")
        try db.expectWhole()
    }

    @Test(arguments: [LocalBedrock.Fault.truncatedJSON, .notJSON])
    func aTruncatedOrNonJSON200GivesTheOfflineSummaryNever500(_ fault: LocalBedrock.Fault) throws {
        let (db, function) = try summarizer("bedrock_body")
        defer { function.stop(); db.drop() }
        function.bedrock.inject(fault, times: 2)
        let response = try function.summarize(FaultNote.text, caller: .doctor())
        #expect(response.status == 201, "got \(response.status) \(response.errorCode ?? "")")
        #expect(response["status"] as? String == "FALLBACK")
        #expect(try report(db, response) == "FALLBACK")
        // Bedrock ran the model and bills it: every unreadable 200 is in the ledger, estimated (input from the
        // request, output at its maximum), never lost.
        let ledger = try db.query("SELECT input_tokens, output_tokens FROM usage_ledger WHERE request_id = $1 AND model NOT LIKE 'offline.%'",
                                  [.text(response.requestId)]).rows
        #expect(ledger.count == function.bedrock.converseRequestCount, "one ledger row per billed call (\(ledger.count))")
        #expect(try ledger.allSatisfy { try $0.int("input_tokens") > 0 && $0.int("output_tokens") > 0 })
        try db.expectWhole()
        // The answer's text never reaches a log line (the decoder names where the shape broke, not what it said).
        #expect(!function.logs.contains("502 Bad Gateway"))
    }

    @Test func aGuardrailInterventionMidChatStoresNoHalfTurnAndTheSessionGoesOn() throws {
        let db = try ScratchDatabase("bedrock_guardrail")
        defer { db.drop() }
        let caller = Caller.doctor()
        try DatabaseKillTests().seedReport(db, caller: caller, patient: "PAC-5")
        let function = try FaultFunction("chat", databaseURL: db.appURL, environment: ["GUARDRAIL_ID": "gr-chat", "GUARDRAIL_VERSION": "2"])
        defer { function.stop() }
        let first = try function.chat(["message": "¿Qué dosis de metformina tiene indicada?", "patientId": "PAC-5"], caller: caller)
        #expect(first.status == 200)
        let session = try #require(first["sessionId"] as? String)

        function.bedrock.inject(.guardrailIntervened)
        let blocked = try function.chat(["message": "¿Y cada cuántas horas la toma?", "sessionId": session], caller: caller)
        #expect(blocked.status == 422 && blocked.errorCode == "GUARDRAIL_INTERVENED")
        #expect(try db.count("SELECT count(*)::int AS n FROM chat_messages WHERE session_id = $1::uuid", [.text(session)]) == 2,
                "the blocked turn left neither its question nor an answer")
        #expect(try db.query("SELECT outcome FROM audit_log WHERE request_id = $1", [.text(blocked.requestId)]).rows
            .map { try $0.string("outcome") } == ["denied"])

        let third = try function.chat(["message": "¿Qué dosis de metformina tiene indicada?", "sessionId": session], caller: caller)
        #expect(third.status == 200)
        #expect(try db.count("SELECT count(*)::int AS n FROM chat_messages WHERE session_id = $1::uuid", [.text(session)]) == 4)
        try db.expectWhole()
    }
}
