import LambdaRuntime

/// The function's database: one libpq connection, opened on first use and
/// kept across invocations. A connection found dead before a statement is
/// replaced silently; one that breaks during an idempotent statement is
/// replaced and the statement sent once more. Every call carries a timeout
/// (the invocation's remaining budget) that bounds connecting and becomes
/// the session's `statement_timeout`.
public final class Database: @unchecked Sendable {
    public let settings: DatabaseSettings
    let logger: Logger
    private let lock = OwnedLock()
    // Guarded by `lock`.
    private var connection: PGConnection?
    /// The clinic-wide vector search's sizes, kept a minute (`KnowledgeRepository.nearest` on a session).
    let vectorSearchSizes = VectorSearchSizeCache()
    /// The clinic-wide full text's term counts, kept ten minutes (`KnowledgeRepository.fullTextTerms` on a session).
    let fullTextTermCounts = FullTextTermCache()

    public init(settings: DatabaseSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    /// Autocommit statements bounded by `timeoutMs`.
    public func session(timeoutMs: Int) -> Session { Session(database: self, timeoutMs: timeoutMs) }

    /// Runs `body` in one transaction: committed when it returns, rolled back
    /// when it throws. Use only `tx` inside: the database is held meanwhile.
    public func transaction<T>(timeoutMs: Int, _ body: (Transaction) throws -> T) throws -> T {
        try lock.withLock {
            // Nothing has been sent yet, so BEGIN may be retried after a reconnect.
            let connection = try withReconnect(idempotent: true, timeoutMs: timeoutMs) { connection in
                _ = try connection.execute("BEGIN", [])
                return connection
            }
            let transaction = Transaction(connection: connection)
            defer { transaction.close() }
            do {
                let value = try body(transaction)
                _ = try connection.execute("COMMIT", [])
                return value
            } catch {
                if connection.isAlive() {
                    _ = try? connection.execute("ROLLBACK", [])
                } else {
                    self.connection = nil
                }
                throw error
            }
        }
    }

    /// A bounded `SELECT 1`, for the health check. Throws `StoreError` with a
    /// clear message when the database cannot be reached in time.
    public func ping(timeoutMs: Int) throws {
        _ = try session(timeoutMs: timeoutMs).query("SELECT 1", [], idempotent: true)
    }

    /// The server process id of the current connection, opening it if needed.
    public func backendPID(timeoutMs: Int) throws -> Int32 {
        try lock.withLock { try withReconnect(idempotent: true, timeoutMs: timeoutMs) { $0.backendPID } }
    }

    /// Drops the connection (the next call opens a new one).
    public func close() {
        _ = try? lock.withLock { connection = nil }
    }

    func runAlone(_ sql: String, _ parameters: [SQLValue], idempotent: Bool, timeoutMs: Int) throws -> QueryResult {
        try lock.withLock {
            try withReconnect(idempotent: idempotent, timeoutMs: timeoutMs) { try $0.execute(sql, parameters) }
        }
    }

    /// Migrations: constant scripts on a live connection (caller holds nothing else).
    func withConnection<T>(timeoutMs: Int, _ body: (PGConnection) throws -> T) throws -> T {
        try lock.withLock { try withReconnect(idempotent: false, timeoutMs: timeoutMs, body) }
    }

    /// Must be called with `lock` held. A connection lost before `body` sent
    /// anything is always retried; during `body`, only when it is idempotent.
    private func withReconnect<T>(idempotent: Bool, timeoutMs: Int, _ body: (PGConnection) throws -> T) throws -> T {
        var sent = false
        do {
            let connection = try liveConnection(timeoutMs: timeoutMs)
            sent = true
            return try body(connection)
        } catch StoreError.connectionLost {
            self.connection = nil
            guard idempotent || !sent else { throw StoreError.connectionLost }
            logger.warn("database connection lost; reconnecting once")
            return try body(try liveConnection(timeoutMs: timeoutMs))
        }
    }

    /// The open connection, checked without blocking, or a new one; with the
    /// statement timeout for this call. Must be called with `lock` held.
    private func liveConnection(timeoutMs: Int) throws -> PGConnection {
        if let connection, connection.isAlive(), connection.isIdle {
            try applyTimeout(timeoutMs, on: connection)
            return connection
        }
        if connection != nil { logger.info("database connection was closed; opening a new one") }
        connection = nil
        let started = WallClock.monotonicNs()
        let fresh = try PGConnection(settings: settings,
                                     connectTimeoutSeconds: min(settings.connectTimeoutSeconds, (timeoutMs + 999) / 1000))
        logger.debug("database connected", ["ms": .int(Int64((WallClock.monotonicNs() - started) / 1_000_000)),
                                            "pid": .int(Int64(fresh.backendPID))])
        connection = fresh
        try applyTimeout(timeoutMs, on: fresh)
        return fresh
    }

    private func applyTimeout(_ timeoutMs: Int, on connection: PGConnection) throws {
        guard settings.sessionStatementTimeout else { return }
        let step = StatementTimeout.step(forBudgetMs: timeoutMs)
        guard connection.statementTimeoutMs != step else { return }
        do {
            _ = try connection.execute("SELECT set_config('statement_timeout', $1, false)", [.text("\(step)ms")])
        } catch StoreError.connectionLost {
            // Surfaced as a lost connection before the statement: safe for the caller to retry.
            self.connection = nil
            throw StoreError.connectionLost
        }
        connection.statementTimeoutMs = step
    }
}
