import AWSClientsCore
import LambdaRuntime
import StoreCore

/// The one place a function gets its database from configuration:
/// `DATABASE_URL`, or `DB_SECRET_ARN` (an RDS secret in Secrets Manager, with
/// `DB_NAME` when the secret carries no `dbname`). The secret is fetched on
/// first use, not at init, so a Secrets Manager outage is a 503 of one request
/// rather than a function that cannot start; once fetched it is kept, and
/// fetched again only after a connection is refused (a rotated password).
/// With `DB_PROXY_ENDPOINT` (`host` or `host:port`, an RDS Proxy in front of the cluster) the
/// secret's user and password are used against that endpoint instead of the secret's host, and no
/// session `statement_timeout` is set (it would pin every connection; the proxy's InitQuery sets it).
public final class DatabaseProvider: @unchecked Sendable {
    enum Source {
        case settings(DatabaseSettings)
        case secret(arn: String, databaseName: String?, proxy: ProxyEndpoint?, client: SecretsManagerClient)
    }

    /// Where to connect instead of the secret's host.
    struct ProxyEndpoint {
        let host: String
        let port: Int?

        /// `host` or `host:port`; nil for an empty value, a configuration error for a malformed one.
        static func parse(_ value: String?) throws -> ProxyEndpoint? {
            guard let value, !value.isEmpty else { return nil }
            let parts = value.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2, !parts[0].isEmpty else {
                throw ConfigurationError("DB_PROXY_ENDPOINT must be host or host:port")
            }
            if parts.count == 2 {
                guard let port = Int(parts[1]), (1...65535).contains(port) else {
                    throw ConfigurationError("DB_PROXY_ENDPOINT must be host or host:port")
                }
                return ProxyEndpoint(host: String(parts[0]), port: port)
            }
            return ProxyEndpoint(host: String(parts[0]), port: nil)
        }

        /// The secret's settings pointed at the proxy; sslmode is decided again for the new host.
        func apply(to settings: DatabaseSettings) -> DatabaseSettings {
            var parameters = settings.parameters
            parameters["host"] = host
            if let port { parameters["port"] = String(port) }
            parameters["sslmode"] = nil
            var proxied = DatabaseSettings(parameters: parameters)
            proxied.sessionStatementTimeout = false
            proxied.preparedStatements = false
            return proxied
        }
    }

    private let source: Source
    private let logger: Logger
    private let lock = PThreadMutex()
    // Guarded by `lock`.
    private var database: Database?

    init(source: Source, logger: Logger) {
        self.source = source
        self.logger = logger
        if case .settings(let settings) = source { database = Database(settings: settings, logger: logger) }
    }

    /// A provider over an already-open database (tests, local tools).
    public init(database: Database, logger: Logger) {
        self.source = .settings(database.settings)
        self.logger = logger
        self.database = database
    }

    /// nil when the environment names no database. A malformed `DATABASE_URL`
    /// or incomplete AWS configuration is a configuration (init) error.
    public static func fromEnvironment(_ environment: Environment, logger: Logger) throws -> DatabaseProvider? {
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            do {
                return DatabaseProvider(source: .settings(try DatabaseSettings.fromURL(url)), logger: logger)
            } catch let error as StoreError {
                throw ConfigurationError("DATABASE_URL: \(error.errorMessage)")
            }
        }
        if let arn = environment["DB_SECRET_ARN"], !arn.isEmpty {
            let client: SecretsManagerClient
            do { client = try SecretsManagerClient(environment: environment) } catch {
                throw ConfigurationError("DB_SECRET_ARN is set but Secrets Manager cannot be configured: \(error)")
            }
            let proxy = try ProxyEndpoint.parse(environment["DB_PROXY_ENDPOINT"])
            return DatabaseProvider(source: .secret(arn: arn, databaseName: environment["DB_NAME"], proxy: proxy, client: client), logger: logger)
        }
        return nil
    }

    /// The function's database, resolving the secret on first use within `context`'s deadline.
    public func database(context: AWSCallContext) throws -> Database {
        try lock.withLock {
            if let database { return database }
            guard case .secret(let arn, let databaseName, let proxy, let client) = source else {
                preconditionFailure("a settings source always has its database")
            }
            let secret: String
            do throws(AWSCallError) { secret = try client.getSecretValue(secretId: arn, context: context) } catch {
                logger.error("database secret could not be fetched", ["error": .string(error.errorMessage)])
                throw StoreError.connectionFailed(reason: "the database secret could not be fetched: \(error.errorMessage)")
            }
            let fromSecret = try DatabaseSettings.fromRDSSecret(json: Array(secret.utf8), database: databaseName)
            let settings = proxy.map { $0.apply(to: fromSecret) } ?? fromSecret
            let opened = Database(settings: settings, logger: logger)
            database = opened
            return opened
        }
    }

    /// After a refused connection: forget a secret-derived database so the
    /// next use fetches the (possibly rotated) secret again.
    public func forgetCredentials() {
        guard case .secret = source else { return }
        lock.withLock {
            database?.close()
            database = nil
        }
    }
}
