import AWSClientsCore
import FoundationEssentials
import LambdaRuntime

/// Bedrock Data Automation runtime: InvokeDataAutomationAsync and GetDataAutomationStatus over awsJson 1.1
/// (`POST /`, `X-Amz-Target: AmazonBedrockKeystoneRuntimeService.<Op>`), signed as `bedrock`.
/// Endpoint `AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME` (SDK convention).
public final class DataAutomationRuntimeClient: Sendable {
    static let targetPrefix = "AmazonBedrockKeystoneRuntimeService."
    let caller: AWSServiceCaller
    public var configuration: AWSServiceConfiguration { caller.configuration }

    public init(environment: Environment, http: HTTPClient = .shared) throws {
        caller = AWSServiceCaller(configuration: try AWSServiceConfiguration(service: .bedrockDataAutomationRuntime, environment: environment),
                                  http: http)
    }

    public init(configuration: AWSServiceConfiguration, http: HTTPClient = .shared) {
        caller = AWSServiceCaller(configuration: configuration, http: http)
    }

    /// Starts the job; returns its invocation ARN. The same `clientToken` returns the same job.
    public func invokeAsync(_ job: DataAutomationJobRequest, context: AWSCallContext) throws(AWSCallError) -> String {
        let body = Wire.InvokeRequest(
            clientToken: job.clientToken, inputConfiguration: .init(s3Uri: job.inputS3URI),
            outputConfiguration: .init(s3Uri: job.outputS3URI),
            dataAutomationConfiguration: .init(dataAutomationProjectArn: job.projectArn, stage: job.projectStage),
            notificationConfiguration: .init(eventBridgeConfiguration: .init(eventBridgeEnabled: job.eventBridgeEnabled)),
            dataAutomationProfileArn: job.profileArn)
        let answer: Wire.InvokeResponse = try call("InvokeDataAutomationAsync", body, context: context)
        guard !answer.invocationArn.isEmpty else { throw .malformedResponse("InvokeDataAutomationAsync answer has an empty invocationArn") }
        return answer.invocationArn
    }

    public func status(invocationArn: String, context: AWSCallContext) throws(AWSCallError) -> DataAutomationJobStatus {
        let answer: Wire.StatusResponse = try call("GetDataAutomationStatus", ["invocationArn": invocationArn], context: context)
        return DataAutomationJobStatus(status: answer.status ?? "", errorType: answer.errorType, errorMessage: answer.errorMessage,
                                       outputS3URI: answer.outputConfiguration?.s3Uri)
    }

    private func call<Body: Encodable, Output: Decodable>(_ operation: String, _ body: Body,
                                                          context: AWSCallContext) throws(AWSCallError) -> Output {
        let encoded: [UInt8]
        do { encoded = Array(try JSONEncoder().encode(body)) } catch { throw .invalidRequest("cannot encode \(operation) request") }
        let request = HTTPRequest(method: "POST", url: configuration.endpoint + "/",
                                  headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", Self.targetPrefix + operation)],
                                  body: encoded)
        let response = try caller.send(operation: operation, request, context: context, maxResponseBytes: 1 << 20)
        do { return try JSONDecoder().decode(Output.self, from: Data(response.body)) } catch {
            throw .malformedResponse("\(operation) answer is not the documented JSON: \(JSONShapeError.describe(error))")
        }
    }

    enum Wire {
        struct S3Location: Codable { let s3Uri: String }
        struct ProjectConfiguration: Codable { let dataAutomationProjectArn: String; let stage: String }
        struct EventBridge: Codable { let eventBridgeEnabled: Bool }
        struct Notification: Codable { let eventBridgeConfiguration: EventBridge }
        struct InvokeRequest: Codable {
            let clientToken: String
            let inputConfiguration: S3Location
            let outputConfiguration: S3Location
            let dataAutomationConfiguration: ProjectConfiguration
            let notificationConfiguration: Notification
            let dataAutomationProfileArn: String
        }
        struct InvokeResponse: Decodable { let invocationArn: String }
        struct StatusResponse: Decodable {
            let status: String?
            let errorType: String?
            let errorMessage: String?
            let outputConfiguration: S3Location?
        }
    }
}
