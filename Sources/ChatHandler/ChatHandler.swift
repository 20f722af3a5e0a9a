import APIHandling
import AWSClients
import LambdaRuntime
import ModelHandling
import Store

/// The chat function: `POST /chat`, `GET /chat/sessions`, `GET /chat/sessions/{sessionId}`, `GET /usage`
/// through API Gateway, and the scheduled purge of expired chat messages.
public struct ChatHandler: LambdaHandler {
    private let api: APIGatewayHandler
    private let purge: ExpiredChatPurge

    /// Configuration from the environment (README: the chat's variables); a database is required.
    public init(environment: Environment) throws {
        let logger = Logger(environment: environment)
        guard let provider = try DatabaseProvider.fromEnvironment(environment, logger: logger) else {
            throw ConfigurationError("DATABASE_URL or DB_SECRET_ARN is required: the chat reads the knowledge base and stores sessions")
        }
        self.init(configuration: try ChatConfiguration(environment: environment), database: provider,
                  bedrock: try BedrockRuntimeClient(environment: environment), metrics: MetricsEmitter(),
                  cors: try CORSPolicy(environment: environment))
    }

    /// Explicit parts, for in-process tests and benchmarks.
    public init(configuration: ChatConfiguration, database: DatabaseProvider, bedrock: BedrockRuntimeClient, metrics: MetricsEmitter,
                cors: CORSPolicy = .disabled) {
        let access = DatabaseAccess(provider: database)
        let chat = ChatRoute(configuration: configuration, bedrock: bedrock, database: access, metrics: metrics)
        let sessions = SessionRoutes(database: access, idleMinutes: configuration.sessionIdleMinutes)
        let usage = UsageRoute(database: access, policy: .init(limitUSDPerUserMonth: configuration.budgetUSDPerUserMonth))
        var router = Router()
        router.add("POST", "/chat", chat.handle)
        router.add("GET", "/chat/sessions", sessions.list)
        router.add("GET", "/chat/sessions/{sessionId}", sessions.read)
        router.add("GET", "/usage", usage.handle)
        api = APIGatewayHandler(router: router, cors: cors)
        purge = ExpiredChatPurge(provider: database)
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        do {
            return try api.handle(event, context: context)
        } catch let error as InvalidEventError {
            // Not an API Gateway request: the only other event this function takes is the scheduled purge.
            guard ExpiredChatPurge.isPurgeEvent(event) else { throw error }
            return try purge.run(context: context)
        }
    }
}
