import APIHandling
import AWSClients
import AWSEvents
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// The file processor: `POST /uploads`, `GET /documents/{documentId}`, `GET /patients/{patientId}/documents`,
/// `DELETE /documents/{documentId}` through API Gateway; S3 `ObjectCreated` events for uploaded files;
/// EventBridge events of Bedrock Data Automation jobs; the scheduled check for BDA events that never came.
public struct FileProcessorHandler: LambdaHandler {
    private let api: APIGatewayHandler
    private let uploads: UploadedObjectEvents
    private let completions: DataAutomationCompletion
    private let reconciliation: DataAutomationReconciliation

    /// Configuration from the environment (README: the file processor's variables); a database is required.
    public init(environment: Environment) throws {
        let logger = Logger(environment: environment)
        guard let provider = try DatabaseProvider.fromEnvironment(environment, logger: logger) else {
            throw ConfigurationError("DATABASE_URL or DB_SECRET_ARN is required: the file processor stores every document")
        }
        self.init(configuration: try FileProcessorConfiguration(environment: environment), database: provider,
                  s3: try S3Client(environment: environment), bedrock: try BedrockRuntimeClient(environment: environment),
                  dataAutomation: try DataAutomationRuntimeClient(environment: environment), metrics: MetricsEmitter(),
                  cors: try CORSPolicy(environment: environment))
    }

    /// Explicit parts, for in-process tests and benchmarks.
    public init(configuration: FileProcessorConfiguration, database: DatabaseProvider, s3: S3Client, bedrock: BedrockRuntimeClient,
                dataAutomation: DataAutomationRuntimeClient, metrics: MetricsEmitter, cors: CORSPolicy = .disabled) {
        let access = DatabaseAccess(provider: database)
        let metering = ModelMetering(functionName: FileProcessorConfiguration.functionName, metrics: metrics,
                                     configuredModel: configuration.extractionModelId)
        let upload = UploadRoute(configuration: configuration, s3: s3, database: access,
                                 budget: BudgetGate(limitUSDPerUserMonth: configuration.budgetUSDPerUserMonth, database: access))
        let documents = DocumentRoutes(configuration: configuration, s3: s3, database: access)
        var router = Router()
        router.add("POST", "/uploads", upload.handle)
        router.add("GET", "/documents/{documentId}", documents.read)
        router.add("DELETE", "/documents/{documentId}", documents.delete)
        router.add("GET", "/patients/{patientId}/documents", documents.list)
        api = APIGatewayHandler(router: router, cors: cors)
        let pipeline = DocumentPipeline(configuration: configuration, bedrock: bedrock, provider: database, metering: metering)
        let settlement = FailureSettlement(configuration: configuration, provider: database)
        uploads = UploadedObjectEvents(configuration: configuration, s3: s3, dataAutomation: dataAutomation, provider: database,
                                       pipeline: pipeline, settlement: settlement)
        completions = DataAutomationCompletion(configuration: configuration, s3: s3, provider: database, pipeline: pipeline,
                                               settlement: settlement)
        reconciliation = DataAutomationReconciliation(configuration: configuration, dataAutomation: dataAutomation, provider: database,
                                                      completions: completions)
    }

    private struct Probe: Decodable {
        var Records: [RecordProbe]?
        var source: String?
        var detailType: String?
        var action: String?
        struct RecordProbe: Decodable { var eventSource: String? }
        enum CodingKeys: String, CodingKey { case Records, source, detailType = "detail-type", action }
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        // API requests (nearly every invocation) first: a well-formed REST event is answered in one pass, with
        // no JSONDecoder probe of its kind (an S3 or EventBridge event has no httpMethod/resource/path: nil).
        if let answer = api.answerIfREST(event, context: context) { return answer }
        let probe = try? JSONDecoder().decode(Probe.self, from: Data(event))
        if let records = probe?.Records, !records.isEmpty, records.allSatisfy({ $0.eventSource == "aws:s3" }) {
            let decoded: S3Event
            do { decoded = try JSONDecoder().decode(S3Event.self, from: Data(event)) } catch {
                throw InvalidEventError("S3 event does not have the documented shape: \(DecodingErrorSummary.describe(error))")
            }
            return try uploads.handle(decoded, context: context)
        }
        if DataAutomationJobEvent.matches(source: probe?.source, detailType: probe?.detailType) {
            let decoded: DataAutomationJobEvent
            do { decoded = try DataAutomationJobEvent.decode(event) } catch { throw InvalidEventError(error.reason) }
            return try completions.handle(decoded, context: context)
        }
        if probe?.action == DataAutomationReconciliation.action {
            return try reconciliation.run(context: context)
        }
        return try api.handle(event, context: context)
    }
}
