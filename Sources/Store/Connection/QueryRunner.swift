/// Something that runs parameterized statements: a `Session` (each statement
/// on its own) or a `Transaction`. Repositories are written against this.
public protocol QueryRunner {
    /// Runs one statement with `$1...` parameters. An `idempotent` statement
    /// may be sent twice: once more after a reconnect, when the connection broke.
    func query(_ sql: String, _ parameters: [SQLValue], idempotent: Bool) throws -> QueryResult
}

/// Statements that run on their own (autocommit), bounded by one timeout.
public struct Session: QueryRunner, Sendable {
    let database: Database
    public let timeoutMs: Int

    public func query(_ sql: String, _ parameters: [SQLValue], idempotent: Bool) throws -> QueryResult {
        try database.runAlone(sql, parameters, idempotent: idempotent, timeoutMs: timeoutMs)
    }
}

/// The statements of one transaction; valid only inside `Database.transaction`.
public final class Transaction: QueryRunner {
    private let connection: PGConnection
    fileprivate(set) var isOpen = true

    init(connection: PGConnection) { self.connection = connection }

    /// Never retried: a broken connection has rolled the transaction back.
    public func query(_ sql: String, _ parameters: [SQLValue], idempotent: Bool = false) throws -> QueryResult {
        guard isOpen else { throw StoreError.misuse("a transaction was used after it ended") }
        return try connection.execute(sql, parameters)
    }

    func close() { isOpen = false }
}
