import LambdaRuntime

/// Static credentials as Lambda provides them in the environment. Printing
/// one never shows the secret or the session token.
public struct AWSCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let accessKeyId: String
    public let secretAccessKey: String
    public let sessionToken: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and, when set, `AWS_SESSION_TOKEN`.
    public static func fromEnvironment(_ env: Environment) throws -> AWSCredentials {
        guard let accessKeyId = env["AWS_ACCESS_KEY_ID"] else { throw AWSCredentialsError.missing("AWS_ACCESS_KEY_ID") }
        guard let secret = env["AWS_SECRET_ACCESS_KEY"] else { throw AWSCredentialsError.missing("AWS_SECRET_ACCESS_KEY") }
        return AWSCredentials(accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: env["AWS_SESSION_TOKEN"])
    }

    public var description: String {
        "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(sessionToken == nil ? "none" : "<redacted>"))"
    }
    public var debugDescription: String { description }
    // dump() and Mirror-based printing see only the key id.
    public var customMirror: Mirror { Mirror(self, children: ["accessKeyId": accessKeyId], displayStyle: .struct) }
}

/// No usable credentials: the call cannot be signed.
public enum AWSCredentialsError: Error, Sendable, Equatable, CustomStringConvertible, LambdaError {
    case missing(String)

    public var description: String {
        switch self {
        case .missing(let name): return "AWS credentials are not configured: \(name) is not set"
        }
    }
    public var errorType: String { "AWS.MissingCredentials" }
    public var errorMessage: String { description }
}
