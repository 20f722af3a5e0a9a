import Foundation
import Store
import Testing
import TestSupport

/// Each connection prepares a statement once and then only executes it (no parse and analysis per call), with every
/// execution planned for its own values as before; behind RDS Proxy nothing is prepared (it would pin the session).
@Suite struct PreparedStatementTests {
    static let probe = "SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = $1"

    @Test func aStatementIsPreparedOnceAndItsPlansStayPerCall() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let sql = "SELECT $1::int + 1 AS next"
        for n in 0..<5 { #expect(try session.query(sql, [.int(n)], idempotent: true).rows[0].int("next") == n + 1) }
        // The probe reads the same session's prepared statements: the five calls made one.
        #expect(try session.query(Self.probe, [.text(sql)], idempotent: true).rows[0].int("n") == 1)
        #expect(try session.query("SELECT current_setting('plan_cache_mode') AS mode", [], idempotent: true).rows[0].string("mode")
                == "force_custom_plan")
        // A new connection prepares again (the statements belong to the session).
        let before = try db.backendPID(timeoutMs: TestDatabase.timeoutMs)
        db.close()
        #expect(try session.query(Self.probe, [.text(sql)], idempotent: true).rows[0].int("n") == 0)
        #expect(try db.backendPID(timeoutMs: TestDatabase.timeoutMs) != before)
    }

    @Test func behindTheProxyNothingIsPrepared() throws {
        _ = try TestDatabase.app()
        var settings = try DatabaseSettings.fromURL(try TestDatabase.appURL())
        settings.preparedStatements = false
        let db = Database(settings: settings, logger: TestDatabase.logger)
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let sql = "SELECT $1::int * 2 AS twice"
        #expect(try session.query(sql, [.int(21)], idempotent: true).rows[0].int("twice") == 42)
        #expect(try session.query("SELECT count(*) AS n FROM pg_prepared_statements", [], idempotent: true).rows[0].int("n") == 0)
        #expect(try session.query("SELECT current_setting('plan_cache_mode') AS mode", [], idempotent: true).rows[0].string("mode") == "auto")
    }

    /// DDL that changes a prepared statement's columns ("cached plan must not change result type") is answered with the
    /// new columns, not an error, outside a transaction; inside one the error stands and the next call prepares afresh.
    @Test func aStatementWhoseColumnsChangedIsSentAgain() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        _ = try session.query("CREATE TEMP TABLE prepared_probe (a int)", [], idempotent: false)
        _ = try session.query("INSERT INTO prepared_probe VALUES (1)", [], idempotent: false)
        let sql = "SELECT * FROM prepared_probe"
        #expect(try session.query(sql, [], idempotent: true).columns == ["a"])
        _ = try session.query("ALTER TABLE prepared_probe ADD COLUMN b int DEFAULT 2", [], idempotent: false)
        let widened = try session.query(sql, [], idempotent: true)
        #expect(widened.columns == ["a", "b"])
        #expect(try widened.rows[0].int("b") == 2)
        #expect(try session.query(sql, [], idempotent: true).columns == ["a", "b"])   // prepared again, with b
        _ = try session.query("ALTER TABLE prepared_probe ADD COLUMN c int DEFAULT 3", [], idempotent: false)
        #expect(throws: StoreError.queryFailed(sqlState: "0A000", serverMessage: "cached plan must not change result type")) {
            try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in try tx.query(sql, []) }
        }
        #expect(try session.query(sql, [], idempotent: true).columns == ["a", "b", "c"])
    }
}
