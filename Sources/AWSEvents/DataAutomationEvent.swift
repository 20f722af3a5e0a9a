import LambdaRuntime

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

    /// Read with the one strict JSON reader. A member that is present must have its type (a string, or an object for
    /// `detail` and the S3 locations; null counts as absent), as the Codable reading it replaces required.
    public static func decode(_ bytes: [UInt8]) throws(Malformed) -> DataAutomationJobEvent {
        let notAnEvent = Malformed(reason: "not an EventBridge event with a detail object")
        guard let json = try? JSONValue.parse(bytes), let event = json.object else { throw notAnEvent }
        func text(_ members: [String: JSONValue]?, _ name: String) throws(Malformed) -> String? {
            switch members?[name] {
            case nil, .null?: return nil
            case .string(let value)?: return value
            default: throw notAnEvent
            }
        }
        func object(_ members: [String: JSONValue]?, _ name: String) throws(Malformed) -> [String: JSONValue]? {
            switch members?[name] {
            case nil, .null?: return nil
            case .object(let value)?: return value
            default: throw notAnEvent
            }
        }
        let id = try text(event, "id"), source = try text(event, "source"), detailType = try text(event, "detail-type")
        let time = try text(event, "time"), detail = try object(event, "detail")
        let input = try object(detail, "input_s3_object"), output = try object(detail, "output_s3_location")
        let jobId = try text(detail, "job_id"), jobStatus = try text(detail, "job_status")
        let modality = try text(detail, "semantic_modality")
        let inputBucket = try text(input, "s3_bucket"), inputKey = try text(input, "name")
        let outputBucket = try text(output, "s3_bucket"), outputKey = try text(output, "name")
        let snakeMessage = try text(detail, "error_message"), camelMessage = try text(detail, "errorMessage")
        guard matches(source: source, detailType: detailType) else {
            throw Malformed(reason: "not a Bedrock Data Automation job event")
        }
        return DataAutomationJobEvent(
            id: id, detailType: detailType ?? "", time: time, jobId: jobId, jobStatus: jobStatus, semanticModality: modality,
            inputBucket: inputBucket, inputKey: inputKey, outputBucket: outputBucket, outputKey: outputKey, errorMessage: snakeMessage ?? camelMessage)
    }
}
