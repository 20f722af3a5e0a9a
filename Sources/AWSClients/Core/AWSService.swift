import LambdaRuntime

/// The AWS services these clients call, with the names each convention needs.
public enum AWSService: String, Sendable, CaseIterable {
    case s3
    case bedrockRuntime
    case secretsManager
    case bedrockDataAutomationRuntime

    /// The suffix of `AWS_ENDPOINT_URL_<SERVICE>` (the SDKs' service id, upper snake case).
    public var environmentSuffix: String {
        switch self {
        case .s3: return "S3"
        case .bedrockRuntime: return "BEDROCK_RUNTIME"
        case .secretsManager: return "SECRETS_MANAGER"
        case .bedrockDataAutomationRuntime: return "BEDROCK_DATA_AUTOMATION_RUNTIME"
        }
    }

    /// The host prefix of the regional endpoint.
    public var endpointPrefix: String {
        switch self {
        case .s3: return "s3"
        case .bedrockRuntime: return "bedrock-runtime"
        case .secretsManager: return "secretsmanager"
        case .bedrockDataAutomationRuntime: return "bedrock-data-automation-runtime"
        }
    }

    /// The SigV4 signing name (Bedrock runtime signs as `bedrock`).
    public var signingName: String {
        switch self {
        case .s3: return "s3"
        case .bedrockRuntime: return "bedrock"
        case .secretsManager: return "secretsmanager"
        case .bedrockDataAutomationRuntime: return "bedrock"
        }
    }
}

/// Region, endpoint, credentials and retry policy for one service, read once
/// from the environment at start-up.
public struct AWSServiceConfiguration: Sendable {
    public let service: AWSService
    public let region: String
    /// `scheme://host[:port]`, no trailing slash.
    public let endpoint: String
    /// True when the endpoint came from `AWS_ENDPOINT_URL[_<SERVICE>]` (local stacks, VPC endpoints).
    public let isCustomEndpoint: Bool
    /// Missing credentials fail the call, not the start-up, with a clear error.
    public let credentials: Result<AWSCredentials, AWSCredentialsError>
    public let retry: RetryPolicy

    public init(service: AWSService, region: String, endpoint: String, isCustomEndpoint: Bool,
                credentials: Result<AWSCredentials, AWSCredentialsError>, retry: RetryPolicy) {
        self.service = service
        self.region = region
        self.endpoint = endpoint
        self.isCustomEndpoint = isCustomEndpoint
        self.credentials = credentials
        self.retry = retry
    }

    /// `AWS_REGION` (or `AWS_DEFAULT_REGION`), credentials from the environment,
    /// the endpoint from `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`
    /// (both ignored when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is true), then the
    /// regional default; `AWS_MAX_ATTEMPTS` bounds attempts.
    public init(service: AWSService, environment env: Environment) throws {
        guard let region = env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"] else {
            throw ConfigurationError("AWS_REGION is required")
        }
        guard region.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) else {
            throw ConfigurationError("AWS_REGION is not a region name")
        }
        var configured: (name: String, value: String)? = nil
        if try !env.flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", default: false) {
            let specific = "AWS_ENDPOINT_URL_" + service.environmentSuffix
            if let value = env[specific] { configured = (specific, value) } else if let value = env["AWS_ENDPOINT_URL"] { configured = ("AWS_ENDPOINT_URL", value) }
        }
        let endpoint: String
        if let configured {
            endpoint = try Self.validatedEndpoint(configured.value, variable: configured.name)
        } else {
            let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
            endpoint = "https://\(service.endpointPrefix).\(region).\(suffix)"
        }
        let credentials: Result<AWSCredentials, AWSCredentialsError>
        do { credentials = .success(try AWSCredentials.fromEnvironment(env)) } catch let error as AWSCredentialsError { credentials = .failure(error) }
        self.init(service: service, region: region, endpoint: endpoint, isCustomEndpoint: configured != nil,
                  credentials: credentials, retry: try RetryPolicy(environment: env))
    }

    /// `http(s)://host[:port]` with an optional trailing slash; anything else is a configuration error.
    static func validatedEndpoint(_ text: String, variable: String) throws -> String {
        var value = text
        while value.hasSuffix("/") { value.removeLast() }
        let lowered = value.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") { rest = value.dropFirst(8) } else if lowered.hasPrefix("http://") { rest = value.dropFirst(7) } else {
            throw ConfigurationError("\(variable) must be an http:// or https:// URL")
        }
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains("?"), !rest.contains("@"), !rest.contains(" ") else {
            throw ConfigurationError("\(variable) must be scheme://host[:port] without a path")
        }
        return value
    }
}
