import LambdaRuntime

/// Database credentials in the RDS secret format
/// (`{"engine", "host", "port", "username", "password", "dbname"}`).
/// Printing one never shows the password.
public struct RDSSecret: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let host: String
    public let port: Int
    public let username: String
    public let password: String
    /// Absent from secrets that RDS manages for a master user; the caller's default applies.
    public let dbname: String?
    public let engine: String?

    public init(host: String, port: Int, username: String, password: String, dbname: String?, engine: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.dbname = dbname
        self.engine = engine
    }

    /// Parses a SecretString with the one strict JSON reader; the error names the missing or bad field, never its value.
    public static func parse(_ secretString: String) throws(RDSSecretError) -> RDSSecret {
        guard let json = try? JSONValue.parse(secretString), let members = json.object else {
            throw RDSSecretError(reason: "not a JSON object")
        }
        func required(_ name: String) throws(RDSSecretError) -> String {
            guard let member = members[name], member != .null else { throw RDSSecretError(reason: "missing \(name)") }
            guard let text = member.string else { throw RDSSecretError(reason: "wrong type at \(name)") }
            return text
        }
        func optional(_ name: String) throws(RDSSecretError) -> String? {
            guard let member = members[name], member != .null else { return nil }
            guard let text = member.string else { throw RDSSecretError(reason: "wrong type at \(name)") }
            return text
        }
        let host = try required("host"), username = try required("username"), password = try required("password")
        let dbname = try optional("dbname"), engine = try optional("engine")
        // Some tools write the port as a string; PostgreSQL's default when absent.
        let port: Int
        switch members["port"] {
        case nil: port = 5432
        case .number(let number)?:
            guard let whole = Int(exactly: number) else { throw RDSSecretError(reason: "port is not a number") }
            port = whole
        case .string(let text)?:
            guard let whole = Int(text) else { throw RDSSecretError(reason: "port is not a number") }
            port = whole
        default: throw RDSSecretError(reason: "port is not a number")
        }
        guard (1...65535).contains(port) else { throw RDSSecretError(reason: "port out of range") }
        return RDSSecret(host: host, port: port, username: username, password: password, dbname: dbname, engine: engine)
    }

    public var description: String {
        "RDSSecret(host: \(host), port: \(port), username: \(username), password: <redacted>, dbname: \(dbname ?? "default"))"
    }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["host": host, "port": port, "username": username], displayStyle: .struct) }
}

public struct RDSSecretError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { "the database secret is not in the RDS format: \(reason)" }
}
