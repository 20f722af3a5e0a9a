import FoundationEssentials

/// A Bedrock Data Automation job event from EventBridge (`source: aws.bedrock`, detail-type
/// `Bedrock Data Automation Job Succeeded` / `… Failed With Client Error` / `… Failed With Service Error`
/// / `… Job Created`). Every detail field is optional and unknown fields are ignored: the failure shape is
/// undocumented, so the error text is taken from `error_message`, `errorMessage` or, lacking both, `job_status`.
public struct DataAutomationJobEvent: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        case created, succeeded, clientError, serviceError, other
    }

    public static let source = "aws.bedrock"
    public static let detailTypePrefix = "Bedrock Data Automation Job"

    public var id: String?
    public var detailType: String
    /// ISO 8601, when EventBridge put the event.
    public var time: String?
    public var jobId: String?
    public var jobStatus: String?
    public var semanticModality: String?
    public var inputBucket: String?
    /// As the event carries it (may be URL-encoded, as S3 notification keys are).
    public var inputKey: String?
    public var outputBucket: String?
    public var outputKey: String?
    public var errorMessage: String?

    public init(id: String? = nil, detailType: String, time: String? = nil, jobId: String?, jobStatus: String? = nil,
                semanticModality: String? = nil, inputBucket: String? = nil, inputKey: String? = nil, outputBucket: String? = nil,
                outputKey: String? = nil, errorMessage: String? = nil) {
        self.id = id
        self.detailType = detailType
        self.time = time
        self.jobId = jobId
        self.jobStatus = jobStatus
        self.semanticModality = semanticModality
        self.inputBucket = inputBucket
        self.inputKey = inputKey
        self.outputBucket = outputBucket
        self.outputKey = outputKey
        self.errorMessage = errorMessage
    }

    public var outcome: Outcome {
        switch detailType {
        case "Bedrock Data Automation Job Succeeded": return .succeeded
        case "Bedrock Data Automation Job Failed With Client Error": return .clientError
        case "Bedrock Data Automation Job Failed With Service Error": return .serviceError
        case "Bedrock Data Automation Job Created": return .created
        default: return .other
        }
    }

    /// The failure's text: BDA's message, else its status; nil when there is neither.
    public var failureText: String? {
        if let errorMessage, !errorMessage.isEmpty { return errorMessage }
        if let jobStatus, !jobStatus.isEmpty { return jobStatus }
        return nil
    }

    /// True when the JSON is an EventBridge event from `aws.bedrock` about a BDA job (cheap check on a probe).
    public static func matches(source: String?, detailType: String?) -> Bool {
        source == Self.source && (detailType?.hasPrefix(detailTypePrefix) ?? false)
    }

    public struct Malformed: Error, Sendable { public let reason: String }

    public static func decode(_ bytes: [UInt8]) throws(Malformed) -> DataAutomationJobEvent {
        let wire: Wire
        do { wire = try JSONDecoder().decode(Wire.self, from: Data(bytes)) } catch {
            throw Malformed(reason: "not an EventBridge event with a detail object")
        }
        guard matches(source: wire.source, detailType: wire.detailType) else {
            throw Malformed(reason: "not a Bedrock Data Automation job event")
        }
        let detail = wire.detail
        return DataAutomationJobEvent(
            id: wire.id, detailType: wire.detailType ?? "", time: wire.time, jobId: detail?.job_id, jobStatus: detail?.job_status,
            semanticModality: detail?.semantic_modality, inputBucket: detail?.input_s3_object?.s3_bucket,
            inputKey: detail?.input_s3_object?.name, outputBucket: detail?.output_s3_location?.s3_bucket,
            outputKey: detail?.output_s3_location?.name, errorMessage: detail?.error_message ?? detail?.errorMessage)
    }

    private struct Wire: Decodable {
        var id: String?
        var source: String?
        var detailType: String?
        var time: String?
        var detail: Detail?
        enum CodingKeys: String, CodingKey { case id, source, detailType = "detail-type", time, detail }
    }

    private struct Location: Decodable {
        var s3_bucket: String?
        var name: String?
    }

    private struct Detail: Decodable {
        var job_id: String?
        var job_status: String?
        var semantic_modality: String?
        var input_s3_object: Location?
        var output_s3_location: Location?
        var error_message: String?
        var errorMessage: String?
    }
}
