import LambdaRuntime

/// Everything Store can fail with. `errorMessage` is safe to log: it never
/// carries parameter values or the server's message text (which can quote
/// input, e.g. `invalid input syntax for type uuid: "..."`).
public enum StoreError: LambdaError, Equatable, CustomStringConvertible {
    /// No usable configuration (bad URL, bad secret JSON).
    case invalidSettings(String)
    /// Could not open a connection; `reason` is libpq's message (host, port, auth failure: no data).
    case connectionFailed(reason: String)
    /// The connection broke during a statement (server restart, failover, terminated backend).
    case connectionLost
    /// The server rejected a statement; `sqlState` is the SQLSTATE code.
    case queryFailed(sqlState: String, serverMessage: String)
    /// The statement ran past its statement timeout.
    case timedOut
    /// A parameter cannot be sent (text containing NUL).
    case invalidParameter(String)
    /// A result column did not hold what the row type expects.
    case decodingFailed(column: String, expected: String)
    /// A transaction was used after it ended, or the database was re-entered inside one.
    case misuse(String)
    /// A migration already applied differs from the one in this build.
    case migrationChanged(version: Int)
    /// An opaque pagination cursor that we did not produce.
    case invalidCursor

    public var errorType: String { "Store.\(caseName)" }

    public var errorMessage: String {
        switch self {
        case .invalidSettings(let why): return "invalid database settings: \(why)"
        case .connectionFailed(let reason): return "could not connect to the database: \(reason)"
        case .connectionLost: return "the database connection was lost"
        case .queryFailed(let state, _): return "the database rejected a statement (SQLSTATE \(state))"
        case .timedOut: return "a database statement timed out"
        case .invalidParameter(let why): return "invalid statement parameter: \(why)"
        case .decodingFailed(let column, let expected): return "column \(column) is not a valid \(expected)"
        case .misuse(let why): return "database misuse: \(why)"
        case .migrationChanged(let version): return "migration \(version) was changed after it was applied"
        case .invalidCursor: return "invalid pagination cursor"
        }
    }

    public var description: String { errorMessage }

    /// SQLSTATE of a rejected statement, for callers that map constraint violations.
    public var sqlState: String? {
        if case .queryFailed(let state, _) = self { return state }
        return nil
    }

    /// A unique-constraint violation (SQLSTATE 23505).
    public var isUniqueViolation: Bool { sqlState == "23505" }

    private var caseName: String {
        switch self {
        case .invalidSettings: return "InvalidSettings"
        case .connectionFailed: return "ConnectionFailed"
        case .connectionLost: return "ConnectionLost"
        case .queryFailed: return "QueryFailed"
        case .timedOut: return "TimedOut"
        case .invalidParameter: return "InvalidParameter"
        case .decodingFailed: return "DecodingFailed"
        case .misuse: return "Misuse"
        case .migrationChanged: return "MigrationChanged"
        case .invalidCursor: return "InvalidCursor"
        }
    }
}
