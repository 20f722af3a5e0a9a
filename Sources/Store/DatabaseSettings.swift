import CLibPQ
import LambdaRuntime

/// Where and how to connect: libpq connection keywords. Built from a
/// `postgresql://` URL (`DATABASE_URL`) or from an RDS secret's JSON
/// (`DB_SECRET_ARN`, fetched by the handler layer). Non-loopback hosts get
/// `sslmode=require` unless the URL says otherwise.
public struct DatabaseSettings: Sendable, Equatable, CustomStringConvertible {
    /// libpq keywords and values (`host`, `port`, `dbname`, `user`, `password`, `sslmode`, ...).
    public private(set) var parameters: [String: String]

    public var host: String? { parameters["host"] }
    public var port: Int? { parameters["port"].flatMap { Int($0) } }
    public var database: String? { parameters["dbname"] }
    public var user: String? { parameters["user"] }
    public var sslMode: String? { parameters["sslmode"] }
    /// Seconds libpq waits for a connection (libpq's minimum is 2).
    public var connectTimeoutSeconds: Int { parameters["connect_timeout"].flatMap { Int($0) } ?? 5 }
    /// Whether `Database` bounds each call by setting the session's `statement_timeout` (the default).
    /// Off behind RDS Proxy: a session `set_config` pins the client to one database connection for the
    /// rest of its life, so there the bound comes from the proxy's `InitQuery` (README: RDS Proxy).
    public var sessionStatementTimeout = true
    /// Whether each connection prepares the statements it sends (once per connection and SQL text, then only
    /// executes them): no parse and analysis per call. Plans stay per call (`plan_cache_mode=force_custom_plan`, a
    /// startup option, no `SET`), as for the unnamed statements before. Off behind RDS Proxy: a prepared statement
    /// is session state, which pins the client to one database connection.
    public var preparedStatements = true

    public init(parameters: [String: String]) {
        var values = parameters
        let host = values["host"] ?? "localhost"
        if values["sslmode"] == nil && !DatabaseSettings.isLoopback(host) { values["sslmode"] = "require" }
        if values["connect_timeout"] == nil { values["connect_timeout"] = "5" }
        if values["application_name"] == nil { values["application_name"] = "clinical-assistant" }
        // Notice a dead peer (failover, idle cut) within seconds rather than the kernel's hours.
        if values["keepalives"] == nil { values["keepalives"] = "1" }
        if values["keepalives_idle"] == nil { values["keepalives_idle"] = "10" }
        if values["keepalives_interval"] == nil { values["keepalives_interval"] = "5" }
        if values["keepalives_count"] == nil { values["keepalives_count"] = "3" }
        if values["tcp_user_timeout"] == nil { values["tcp_user_timeout"] = "15000" }
        self.parameters = values
    }

    /// A `postgresql://user:password@host:port/dbname?sslmode=...` URL (or a
    /// libpq `key=value` string), parsed by libpq itself.
    public static func fromURL(_ url: String) throws -> DatabaseSettings {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = dl_PQconninfoParse(url, &errorMessage) else {
            // libpq's message may quote the URL, password included: say less.
            if let errorMessage { dl_PQfreemem(errorMessage) }
            throw StoreError.invalidSettings("the database URL could not be parsed")
        }
        defer { dl_PQconninfoFree(options) }
        var values: [String: String] = [:]
        var cursor = options
        while let keyword = cursor.pointee.keyword {
            if let value = cursor.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            cursor += 1
        }
        guard values["dbname"] != nil else { throw StoreError.invalidSettings("the database URL names no database") }
        return DatabaseSettings(parameters: values)
    }

    /// The JSON of an RDS/Aurora secret: `host`, `port` (number or string),
    /// `username`, `password`, and `dbname` (or the `database` argument). Read with the one strict JSON reader.
    public static func fromRDSSecret(json: [UInt8], database: String? = nil) throws -> DatabaseSettings {
        guard let secret = try? JSONValue.parse(json), let host = secret["host"]?.string,
              let username = secret["username"]?.string, let password = secret["password"]?.string,
              let port = Self.portNumber(secret["port"]), let secretDatabase = Self.optionalString(secret["dbname"]) else {
            throw StoreError.invalidSettings("the database secret is not RDS secret JSON (host, port, username, password, dbname)")
        }
        guard let dbname = database ?? secretDatabase else {
            throw StoreError.invalidSettings("the database secret names no dbname")
        }
        return DatabaseSettings(parameters: [
            "host": host, "port": String(port), "user": username, "password": password, "dbname": dbname,
        ])
    }

    /// RDS writes the port as a number; hand-made secrets often hold a string; absent or null is PostgreSQL's 5432.
    /// nil when it is neither.
    private static func portNumber(_ value: JSONValue?) -> Int? {
        switch value {
        case nil, .null?: return 5432
        case .number(let number)?: return Int(exactly: number)
        case .string(let text)?: return Int(text)
        default: return nil
        }
    }

    /// `.some(nil)` when absent or null, nil when not a string.
    private static func optionalString(_ value: JSONValue?) -> String?? {
        switch value {
        case nil, .null?: return .some(nil)
        case .string(let text)?: return .some(text)
        default: return nil
        }
    }

    /// The same settings with one keyword changed.
    public func with(_ keyword: String, _ value: String) -> DatabaseSettings {
        var copy = self
        copy.parameters[keyword] = value
        return copy
    }

    /// Host, port, database and user; never the password.
    public var description: String {
        "postgresql://\(user ?? "")@\(host ?? "localhost"):\(port ?? 5432)/\(database ?? "") sslmode=\(sslMode ?? "prefer")"
    }

    static func isLoopback(_ host: String) -> Bool {
        host.isEmpty || host.hasPrefix("/") || host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
