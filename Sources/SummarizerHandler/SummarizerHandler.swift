import APIHandling
import AWSClients
import LambdaRuntime
import ModelHandling
import Store

/// The summarizer function: `POST /summarize`, `GET /patients/{patientId}/reports`, `GET /reports/{reportId}`
/// through API Gateway, and the scheduled purge of expired reports.
public struct SummarizerHandler: LambdaHandler {
    private let api: APIGatewayHandler
    private let purge: ExpiredReportPurge

    /// Configuration from the environment (README: the summarizer's variables); a database is required.
    public init(environment: Environment) throws {
        let logger = Logger(environment: environment)
        guard let provider = try DatabaseProvider.fromEnvironment(environment, logger: logger) else {
            throw ConfigurationError("DATABASE_URL or DB_SECRET_ARN is required: the summarizer stores every report")
        }
        self.init(configuration: try SummarizerConfiguration(environment: environment), database: provider,
                  bedrock: try BedrockRuntimeClient(environment: environment), metrics: MetricsEmitter(),
                  cors: try CORSPolicy(environment: environment))
    }

    /// Explicit parts, for in-process tests and benchmarks.
    public init(configuration: SummarizerConfiguration, database: DatabaseProvider, bedrock: BedrockRuntimeClient,
                metrics: MetricsEmitter, cors: CORSPolicy = .disabled) {
        let access = DatabaseAccess(provider: database)
        let summarize = SummarizeRoute(configuration: configuration, bedrock: bedrock, database: access, metrics: metrics)
        let history = ReportHistoryRoutes(database: access)
        var router = Router()
        router.add("POST", "/summarize", summarize.handle)
        router.add("GET", "/patients/{patientId}/reports", history.list)
        router.add("GET", "/reports/{reportId}", history.read)
        api = APIGatewayHandler(router: router, cors: cors)
        purge = ExpiredReportPurge(provider: database)
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        do {
            return try api.handle(event, context: context)
        } catch let error as InvalidEventError {
            // Not an API Gateway request: the only other event this function takes is the scheduled purge.
            guard ExpiredReportPurge.isPurgeEvent(event) else { throw error }
            return try purge.run(context: context)
        }
    }
}
