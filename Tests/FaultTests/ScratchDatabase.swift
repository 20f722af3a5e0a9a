import Foundation
import LambdaRuntime
import Store
import Testing
import TestSupport

/// A database of its own on the local server, migrated, for one fault test: its backends can be killed and
/// its tables locked without touching the tests that share the main database. Dropped by `drop()`.
final class ScratchDatabase: @unchecked Sendable {
    let name: String
    let ownerURL: String
    let appURL: String
    let owner: Database

    init(_ label: String) throws {
        name = try TestDatabase.createScratchDatabase(label)
        ownerURL = try TestDatabase.url(try TestDatabase.migrationURL(), database: name)
        appURL = try TestDatabase.url(try TestDatabase.appURL(), database: name)
        owner = Database(settings: try DatabaseSettings.fromURL(ownerURL), logger: TestDatabase.logger)
        _ = try Migrator(database: owner, logger: TestDatabase.logger).migrate()
    }

    func drop() {
        owner.close()
        TestDatabase.dropScratchDatabase(name)
    }

    /// As the owner, autocommit.
    func query(_ sql: String, _ parameters: [SQLValue] = []) throws -> QueryResult {
        try owner.session(timeoutMs: 10_000).query(sql, parameters, idempotent: true)
    }

    func count(_ sql: String, _ parameters: [SQLValue] = []) throws -> Int {
        try query(sql, parameters).rows.first?.int("n") ?? -1
    }

    /// A connection as the application role, for seeding what a function would have written.
    func app() throws -> Database { Database(settings: try DatabaseSettings.fromURL(appURL), logger: TestDatabase.logger) }

    /// Terminates every backend of the application role on this database (the function's connection):
    /// the owner holds `pg_signal_backend`. Returns how many were terminated.
    @discardableResult
    func terminateFunctionBackends() throws -> Int {
        try count("""
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND usename = 'clinical_app'
            """)
    }

    /// The backends waiting for a lock on `table` in this database (`pg_locks` is readable by every role).
    func waitingForLock(on table: String) throws -> [Int] {
        try query("""
            SELECT DISTINCT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND l.relation = $1::regclass AND a.datname = current_database()
            """, [.text(table)]).rows.map { try $0.int("pid") }
    }

    /// The whole database's invariants after a fault, each failure named (empty: whole).
    /// - every report has its `report.create` success audit row;
    /// - every ledger row's request has an audit row (the report's, the turn's, the document's, or the
    ///   `error`/`denied` row written when the result could not be stored);
    /// - every document not PROCESSED and not waiting for its upload says why (a failure reason, or a live
    ///   claim lease of an attempt in progress), and every PROCESSED one has its extraction;
    /// - every chat session's messages come in user/assistant pairs, and every session has its audit row.
    func brokenInvariants() throws -> [String] {
        var broken: [String] = []
        let orphanReports = try count("""
            SELECT count(*)::int AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'report.create'
              AND a.resource_id = r.id::text AND a.outcome = 'success')
            """)
        if orphanReports > 0 { broken.append("\(orphanReports) report(s) without their audit row") }
        let unauditedLedger = try count("""
            SELECT count(*)::int AS n FROM usage_ledger u WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.request_id = u.request_id)
            """)
        if unauditedLedger > 0 { broken.append("\(unauditedLedger) ledger row(s) whose request has no audit row") }
        let stuck = try count("""
            SELECT count(*)::int AS n FROM documents d WHERE d.status NOT IN ('PROCESSED', 'PENDING_UPLOAD')
              AND coalesce(d.failure_reason, '') = '' AND d.bda_job_id IS NULL AND NOT (d.status = 'PROCESSING' AND coalesce(d.lease_until > now(), false))
            """)
        if stuck > 0 { broken.append("\(stuck) document(s) neither processed nor failed with a reason nor claimed") }
        let processedWithout = try count("""
            SELECT count(*)::int AS n FROM documents d WHERE d.status = 'PROCESSED'
              AND NOT EXISTS (SELECT 1 FROM document_extractions e WHERE e.document_id = d.id)
            """)
        if processedWithout > 0 { broken.append("\(processedWithout) PROCESSED document(s) without their extraction") }
        let unpaired = try count("""
            SELECT count(*)::int AS n FROM (SELECT session_id FROM chat_messages GROUP BY session_id
              HAVING count(*) FILTER (WHERE role = 'user') <> count(*) FILTER (WHERE role = 'assistant')) s
            """)
        if unpaired > 0 { broken.append("\(unpaired) chat session(s) with a question and no answer (or the reverse)") }
        let unauditedSessions = try count("""
            SELECT count(*)::int AS n FROM chat_sessions s WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'chat.answer'
              AND a.resource_id = s.id::text AND a.outcome = 'success')
            """)
        if unauditedSessions > 0 { broken.append("\(unauditedSessions) chat session(s) without a success audit row") }
        return broken
    }

    /// Records each broken invariant as an issue at the caller.
    func expectWhole(sourceLocation: SourceLocation = #_sourceLocation) throws {
        for broken in try brokenInvariants() { Issue.record("not whole: \(broken)", sourceLocation: sourceLocation) }
    }
}
