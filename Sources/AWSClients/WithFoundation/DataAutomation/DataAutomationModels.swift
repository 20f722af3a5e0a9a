import AWSClientsCore

/// An `InvokeDataAutomationAsync` request: one file in S3, the project and profile, where the output goes.
public struct DataAutomationJobRequest: Sendable, Equatable {
    /// Idempotency token (`[a-zA-Z0-9](-*[a-zA-Z0-9]){1,256}`): the same token starts the same job once.
    public var clientToken: String
    public var inputS3URI: String
    /// `s3://bucket/prefix`, no trailing slash: BDA appends `/<job_id>/…`.
    public var outputS3URI: String
    public var projectArn: String
    public var projectStage: String
    public var profileArn: String
    public var eventBridgeEnabled: Bool

    public init(clientToken: String, inputS3URI: String, outputS3URI: String, projectArn: String, projectStage: String = "LIVE",
                profileArn: String, eventBridgeEnabled: Bool = true) {
        self.clientToken = clientToken
        self.inputS3URI = inputS3URI
        self.outputS3URI = outputS3URI
        self.projectArn = projectArn
        self.projectStage = projectStage
        self.profileArn = profileArn
        self.eventBridgeEnabled = eventBridgeEnabled
    }
}

/// `GetDataAutomationStatus`: `Created`, `InProgress`, `Success`, `ServiceError`, `ClientError`.
public struct DataAutomationJobStatus: Sendable, Equatable {
    public var status: String
    public var errorType: String?
    public var errorMessage: String?
    /// The job_metadata.json URI once the job succeeded.
    public var outputS3URI: String?
}

/// The job id of an invocation ARN (`arn:aws:bedrock:<r>:<acct>:data-automation-invocation/<id>`): the
/// `job_id` of the completion event and of the output paths.
public enum DataAutomationInvocation {
    public static func jobId(fromArn arn: String) -> String? {
        guard arn.hasPrefix("arn:"), let slash = arn.lastIndex(of: "/") else { return nil }
        let id = arn[arn.index(after: slash)...]
        guard arn[..<slash].hasSuffix(":data-automation-invocation"), !id.isEmpty,
              id.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 }) else {
            return nil
        }
        return String(id)
    }
}
