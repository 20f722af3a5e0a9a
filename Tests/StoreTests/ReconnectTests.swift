import Foundation
import Store
import Testing
import TestSupport

/// A connection cut under a warm function (failover, idle timeout, an
/// operator's `pg_terminate_backend`) costs nothing but a reconnect.
@Suite struct ReconnectTests {
    /// Terminates `pid` as the owner and waits until the server has let it go.
    func terminate(_ pid: Int32) throws {
        let owner = try TestDatabase.owner()
        defer { owner.close() }
        let session = owner.session(timeoutMs: TestDatabase.timeoutMs)
        #expect(try session.query("SELECT pg_terminate_backend($1) AS done", [.int(Int(pid))], idempotent: false).rows[0].bool("done"))
        for _ in 0..<200 {
            let alive = try session.query("SELECT count(*) AS n FROM pg_stat_activity WHERE pid = $1", [.int(Int(pid))], idempotent: true)
            if try alive.rows[0].int("n") == 0 { return }
            usleep(10_000)
        }
        Issue.record("backend \(pid) still listed two seconds after pg_terminate_backend")
    }

    @Test func theNextQueryAfterATerminatedBackendSucceeds() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let before = try db.backendPID(timeoutMs: TestDatabase.timeoutMs)
        try terminate(before)
        let one = try db.session(timeoutMs: TestDatabase.timeoutMs).query("SELECT 1 AS one", [], idempotent: true)
        #expect(try one.rows[0].int("one") == 1)
        let after = try db.backendPID(timeoutMs: TestDatabase.timeoutMs)
        #expect(after != before)
    }

    @Test func aWriteAndATransactionAfterATerminatedBackendSucceed() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let clinic = TestDatabase.uniqueClinic()
        // A non-idempotent insert: the dead connection is noticed before anything is sent.
        try terminate(try db.backendPID(timeoutMs: TestDatabase.timeoutMs))
        let report = try db.session(timeoutMs: TestDatabase.timeoutMs).reports.insert(sampleReport(clinic: clinic, patient: "p"))
        try terminate(try db.backendPID(timeoutMs: TestDatabase.timeoutMs))
        let found = try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in try tx.reports.find(id: report.id, clinicId: clinic) }
        #expect(found?.id == report.id)
        // Exactly one row: the insert was not sent twice.
        let count = try db.session(timeoutMs: TestDatabase.timeoutMs).query("SELECT count(*) AS n FROM reports WHERE clinic_id = $1",
                                                                            [.text(clinic)], idempotent: true)
        #expect(try count.rows[0].int("n") == 1)
    }

    /// Behind RDS Proxy (`sessionStatementTimeout` off) no session setting is made: the session keeps the
    /// server's default (the proxy's InitQuery sets it there), and a session `set_config` would pin it.
    @Test func withoutSessionStatementTimeoutTheSessionKeepsTheServersDefault() throws {
        _ = try TestDatabase.app()
        var settings = try DatabaseSettings.fromURL(try TestDatabase.appURL())
        settings.sessionStatementTimeout = false
        let db = Database(settings: settings, logger: TestDatabase.logger)
        defer { db.close() }
        // setting == reset_val: what the session would reset to, i.e. nothing was set in it.
        let row = try db.session(timeoutMs: 700).query(
            "SELECT setting, reset_val FROM pg_settings WHERE name = 'statement_timeout'", [], idempotent: true).rows[0]
        #expect(try row.string("setting") == row.string("reset_val"), "no session statement_timeout was set")
        // The control: the same database with the default settings sets 500 ms for a 700 ms budget.
        let bounded = try TestDatabase.app()
        defer { bounded.close() }
        #expect(try bounded.session(timeoutMs: 700).query("SHOW statement_timeout", [], idempotent: true).rows[0].values[0] == "500ms")
    }

    @Test func theStatementTimeoutFollowsTheBudgetAndSurvivesAReconnect() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        #expect(try db.session(timeoutMs: 2_500).query("SHOW statement_timeout", [], idempotent: true).rows[0].values[0] == "2s")
        try terminate(try db.backendPID(timeoutMs: 2_500))
        #expect(try db.session(timeoutMs: 2_500).query("SHOW statement_timeout", [], idempotent: true).rows[0].values[0] == "2s")
        #expect(try db.session(timeoutMs: 700).query("SHOW statement_timeout", [], idempotent: true).rows[0].values[0] == "500ms")
        #expect(throws: StoreError.timedOut) { try db.session(timeoutMs: 300).query("SELECT pg_sleep(2)", [], idempotent: true) }
        // The connection is still good after a timed-out statement.
        #expect(try db.session(timeoutMs: 2_500).query("SELECT 2 AS two", [], idempotent: true).rows[0].int("two") == 2)
    }

    @Test func anUnreachableServerIsAConnectionFailureNotAHang() throws {
        // A loopback port nothing listens on: refused at once.
        let settings = try DatabaseSettings.fromURL("postgresql://clinical_app:x@127.0.0.1:\(closedLoopbackPort())/clinical")
        let db = Database(settings: settings, logger: TestDatabase.logger)
        let started = Date()
        #expect { try db.ping(timeoutMs: 2_000) } throws: { error in
            if case .connectionFailed = error as? StoreError { return true }
            return false
        }
        #expect(Date().timeIntervalSince(started) < 3)
    }
}
