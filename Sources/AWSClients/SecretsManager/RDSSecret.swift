import FoundationEssentials

/// Database credentials in the RDS secret format
/// (`{"engine", "host", "port", "username", "password", "dbname"}`).
/// Printing one never shows the password.
public struct RDSSecret: Decodable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
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

    enum CodingKeys: String, CodingKey { case host, port, username, password, dbname, engine }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        host = try container.decode(String.self, forKey: .host)
        username = try container.decode(String.self, forKey: .username)
        password = try container.decode(String.self, forKey: .password)
        dbname = try container.decodeIfPresent(String.self, forKey: .dbname)
        engine = try container.decodeIfPresent(String.self, forKey: .engine)
        // Some tools write the port as a string; PostgreSQL's default when absent.
        if !container.contains(.port) {
            port = 5432
        } else if let number = try? container.decode(Int.self, forKey: .port) {
            port = number
        } else if let text = try? container.decode(String.self, forKey: .port), let number = Int(text) {
            port = number
        } else {
            throw DecodingError.dataCorruptedError(forKey: .port, in: container, debugDescription: "port is not a number")
        }
        guard (1...65535).contains(port) else {
            throw DecodingError.dataCorruptedError(forKey: .port, in: container, debugDescription: "port out of range")
        }
    }

    /// Parses a SecretString; the error names the missing or bad field, never its value.
    public static func parse(_ secretString: String) throws(RDSSecretError) -> RDSSecret {
        do {
            return try JSONDecoder().decode(RDSSecret.self, from: Data(secretString.utf8))
        } catch {
            throw RDSSecretError(reason: JSONShapeError.describe(error))
        }
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
