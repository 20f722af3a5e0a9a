import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// A summary that cannot be stored after Bedrock answered still leaves the ledger row of what Bedrock
/// billed and an `error` audit row, and an oversized identity is refused before the model is called.
@Suite struct FailureAfterModelCallTests {
    @Test func aStoreFailureAfterTheModelCallStillRecordsTheCall() throws {
        let name = try TestDatabase.createScratchDatabase("afterfail")
        defer { TestDatabase.dropScratchDatabase(name) }
        let owner = Database(settings: try DatabaseSettings.fromURL(try TestDatabase.url(try TestDatabase.migrationURL(), database: name)),
                             logger: TestDatabase.logger)
        defer { owner.close() }
        _ = try Migrator(database: owner, logger: TestDatabase.logger).migrate()
        let revoked = LockedFlag()
        let model = OfflineClinicalModel()
        // While the model "thinks", the application role loses INSERT on reports: the report write fails after the call.
        let harness = try SummarizerHarness(converse: { system, user in
            if !revoked.value {
                _ = try? owner.session(timeoutMs: 5_000).query("REVOKE INSERT ON reports FROM clinical_app", [], idempotent: true)
                revoked.value = true
            }
            return model.respond(toConverseSystem: system, user: user)
        }, databaseURL: try TestDatabase.url(try TestDatabase.appURL(), database: name))
        defer { harness.stop() }
        let caller = Caller.doctor()
        let post = try harness.summarize(["patientId": "PAT-9", "text": TestNote.spanish.text], caller: caller)
        #expect(post.status == 500 && post.errorCode == "INTERNAL")
        #expect(harness.bedrock.converseRequestCount == 1)
        let session = owner.session(timeoutMs: 5_000)
        let ledger = try session.query("SELECT model, input_tokens FROM usage_ledger WHERE identity = $1", [.text(caller.sub)], idempotent: true)
        #expect(ledger.rows.count == 1)
        #expect(try ledger.rows.first?.string("model") == SummarizerHarness.modelId)
        let audit = try session.query("SELECT outcome FROM audit_log WHERE identity = $1 AND action = 'report.create'",
                                      [.text(caller.sub)], idempotent: true)
        #expect(try audit.rows.map { try $0.string("outcome") }.contains("error"))
        #expect(try session.query("SELECT 1 FROM reports", [], idempotent: true).rows.isEmpty)
    }

    @Test func anOversizedClinicIdIsRefusedBeforeTheModelIsCalled() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let caller = Caller(sub: "doctor-big", clinicId: String(repeating: "c", count: 1 << 20))
        let post = try harness.summarize(["patientId": "PAT-1", "text": TestNote.spanish.text], caller: caller)
        #expect(post.status == 401 && post.errorCode == "UNAUTHORIZED")
        #expect(harness.bedrock.converseRequestCount == 0)
    }
}

/// A flag set from the model's thread and read from the test's.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var value: Bool {
        get { lock.lock(); defer { lock.unlock() }; return flag }
        set { lock.lock(); flag = newValue; lock.unlock() }
    }
}
