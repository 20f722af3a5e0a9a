import CLibPQ
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One libpq connection. Not thread-safe: `Database` serialises access.
final class PGConnection {
    private let handle: OpaquePointer
    /// The `statement_timeout` (ms) last set on this session, to skip redundant `SET`s.
    var statementTimeoutMs: Int?
    /// Whether statements are prepared on this session (`DatabaseSettings.preparedStatements`).
    let preparesStatements: Bool
    /// The named statements prepared on this session, by SQL text.
    private var prepared: [String: String] = [:]
    private var preparedCount = 0
    /// At most this many per session (tools and tests send many one-off texts); past it, statements go unnamed.
    static let preparedLimit = 256

    init(settings: DatabaseSettings, connectTimeoutSeconds: Int) throws {
        var parameters = settings.parameters
        parameters["connect_timeout"] = String(max(2, connectTimeoutSeconds))
        preparesStatements = settings.preparedStatements
        if settings.preparedStatements {
            // Every execution planned with its own values, as an unnamed statement is: a generic plan could pick
            // another index (or none) for a parameter-sensitive query, such as the full text's tsqueries or the walk.
            parameters["options"] = ((parameters["options"].map { $0 + " " }) ?? "") + "-c plan_cache_mode=force_custom_plan"
        }
        let keywords = parameters.keys.sorted()
        let cKeywords = keywords.map { strdup($0) }
        let cValues = keywords.map { strdup(parameters[$0]!) }
        defer {
            cKeywords.forEach { free($0) }
            cValues.forEach { free($0) }
        }
        var keywordPointers: [UnsafePointer<CChar>?] = cKeywords.map { UnsafePointer($0) } + [nil]
        var valuePointers: [UnsafePointer<CChar>?] = cValues.map { UnsafePointer($0) } + [nil]
        guard let connection = dl_PQconnectdbParams(&keywordPointers, &valuePointers, 0) else {
            throw StoreError.connectionFailed(reason: "libpq could not allocate a connection")
        }
        guard dl_PQstatus(connection) == CONNECTION_OK else {
            let reason = PGConnection.message(dl_PQerrorMessage(connection))
            dl_PQfinish(connection)
            throw StoreError.connectionFailed(reason: reason)
        }
        // Server notices ("relation already exists, skipping") would go to stderr unformatted; they are not errors.
        dl_PQsetNoticeProcessor(connection, { _, _ in }, nil)
        handle = connection
    }

    deinit { dl_PQfinish(handle) }

    /// The server process serving this connection (for `pg_terminate_backend` in tests, logs).
    var backendPID: Int32 { dl_PQbackendPID(handle) }

    /// Checks, without blocking, that the server has not closed the connection
    /// while we were idle (terminated backend, restart, idle cut). The usual
    /// case costs one `poll`. A terminated backend first sends its FATAL
    /// message, then closes: reading until nothing is pending sees both, so a
    /// statement is never sent into a connection already known to be dead.
    func isAlive() -> Bool {
        guard dl_PQstatus(handle) == CONNECTION_OK else { return false }
        for _ in 0..<8 {
            var descriptor = pollfd(fd: dl_PQsocket(handle), events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 0)
            if ready == 0 { return true }
            if ready < 0 { return errno == EINTR }
            guard dl_PQconsumeInput(handle) == 1, dl_PQstatus(handle) == CONNECTION_OK else { return false }
            // Parses what arrived; a message while idle goes to the (silent) notice processor.
            _ = dl_PQisBusy(handle)
        }
        return dl_PQstatus(handle) == CONNECTION_OK
    }

    var isIdle: Bool { dl_PQtransactionStatus(handle) == PQTRANS_IDLE }

    /// One parameterized statement (text parameters and results): prepared on first use and then only executed
    /// (`PQprepare`, `PQexecPrepared`) when the session prepares statements, else `PQexecParams`.
    func execute(_ sql: String, _ parameters: [SQLValue]) throws -> QueryResult {
        let encoded = try parameters.map { try $0.encoded() }
        let cValues: [UnsafeMutablePointer<CChar>?] = encoded.map { $0.map { strdup($0) } }
        defer { cValues.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = cValues.map { $0.map { UnsafePointer($0) } }
        let count = Int32(pointers.count)
        func unnamed() throws -> QueryResult {
            try consume(pointers.withUnsafeMutableBufferPointer { dl_PQexecParams(handle, sql, count, nil, $0.baseAddress, nil, nil, 0) })
        }
        guard let name = try preparedName(sql) else { return try unnamed() }
        do {
            return try consume(pointers.withUnsafeMutableBufferPointer { dl_PQexecPrepared(handle, name, count, $0.baseAddress, nil, nil, 0) })
        } catch let error as StoreError where error.sqlState == "0A000" {
            // "cached plan must not change result type": DDL changed the statement's columns. Forget it; outside a
            // transaction (nothing was done) send it once more as text.
            prepared[sql] = nil
            guard isIdle else { throw error }
            return try unnamed()
        }
    }

    /// The name `sql` is prepared under on this session, preparing it now if needed; nil when statements go unnamed.
    private func preparedName(_ sql: String) throws -> String? {
        guard preparesStatements else { return nil }
        if let name = prepared[sql] { return name }
        guard prepared.count < Self.preparedLimit else { return nil }
        preparedCount += 1
        let name = "ca_\(preparedCount)"
        _ = try consume(dl_PQprepare(handle, name, sql, 0, nil))
        prepared[sql] = name
        return name
    }

    /// A constant multi-statement script (migrations only: never built from input).
    func executeScript(_ sql: String) throws {
        _ = try consume(dl_PQexec(handle, sql))
    }

    private func consume(_ result: OpaquePointer?) throws -> QueryResult {
        guard let result else {
            throw dl_PQstatus(handle) == CONNECTION_BAD ? StoreError.connectionLost
                : StoreError.queryFailed(sqlState: "XX000", serverMessage: PGConnection.message(dl_PQerrorMessage(handle)))
        }
        defer { dl_PQclear(result) }
        switch dl_PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return PGConnection.copy(result)
        default:
            let state = dl_PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            if dl_PQstatus(handle) == CONNECTION_BAD || state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03" {
                throw StoreError.connectionLost
            }
            if state == "57014" { throw StoreError.timedOut }
            let primary = dl_PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) } ?? ""
            throw StoreError.queryFailed(sqlState: state.isEmpty ? "XX000" : state, serverMessage: primary)
        }
    }

    private static func copy(_ result: OpaquePointer) -> QueryResult {
        let rowCount = Int(dl_PQntuples(result))
        let columnCount = Int(dl_PQnfields(result))
        let columns = (0..<columnCount).map { String(cString: dl_PQfname(result, Int32($0))) }
        var rows: [Row] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var values: [String?] = []
            values.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                if dl_PQgetisnull(result, Int32(row), Int32(column)) == 1 {
                    values.append(nil)
                } else {
                    let length = Int(dl_PQgetlength(result, Int32(row), Int32(column)))
                    let bytes = UnsafeRawPointer(dl_PQgetvalue(result, Int32(row), Int32(column))!)
                    values.append(String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self))
                }
            }
            rows.append(Row(columns: columns, values: values))
        }
        let affected = Int(String(cString: dl_PQcmdTuples(result))) ?? 0
        return QueryResult(columns: columns, rows: rows, affectedRows: affected)
    }

    private static func message(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "unknown libpq error" }
        return String(cString: pointer).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
