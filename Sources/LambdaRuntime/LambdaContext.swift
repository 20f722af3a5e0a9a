/// What the Runtime API tells us about one invocation.
public struct LambdaContext: Sendable {
    public let requestId: String
    /// Deadline in milliseconds since the Unix epoch.
    public let deadlineMs: Int64
    public let invokedFunctionARN: String
    /// The X-Ray trace header, when the invocation carries one.
    public let traceId: String?
    public let clientContext: ClientContext?
    public let cognitoIdentity: CognitoIdentity?
    public let logger: Logger

    public init(requestId: String, deadlineMs: Int64, invokedFunctionARN: String, traceId: String?,
                clientContext: ClientContext? = nil, cognitoIdentity: CognitoIdentity? = nil, logger: Logger) {
        self.requestId = requestId
        self.deadlineMs = deadlineMs
        self.invokedFunctionARN = invokedFunctionARN
        self.traceId = traceId
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.logger = logger
    }

    /// Milliseconds left before Lambda stops this invocation (never negative).
    public var remainingMs: Int64 { max(0, deadlineMs - WallClock.nowMs()) }

    /// Remaining time minus a safety margin for our own answer, for bounding
    /// the calls this invocation makes (HTTP timeouts, statement timeouts).
    public func budgetMs(reserving marginMs: Int64) -> Int64 { max(0, remainingMs - marginMs) }
}

/// `Lambda-Runtime-Client-Context`: set by mobile SDK callers.
public struct ClientContext: Sendable, Equatable {
    public struct Client: Sendable, Equatable {
        public var installationId: String?
        public var appTitle: String?
        public var appVersionName: String?
        public var appVersionCode: String?
        public var appPackageName: String?
    }
    public var client: Client?
    public var custom: [String: String]?
    public var env: [String: String]?

    /// Decodes the header's JSON; nil when it is not a JSON object.
    public init?(json: String) {
        guard let root = try? JSONValue.parse(json), case .object = root else { return nil }
        if let c = root["client"], case .object = c {
            client = Client(installationId: c["installation_id"]?.string, appTitle: c["app_title"]?.string,
                            appVersionName: c["app_version_name"]?.string, appVersionCode: c["app_version_code"]?.string,
                            appPackageName: c["app_package_name"]?.string)
        }
        custom = root["custom"]?.stringMap
        env = root["env"]?.stringMap
    }
}

/// `Lambda-Runtime-Cognito-Identity`: set when a Cognito identity pool invokes.
public struct CognitoIdentity: Sendable, Equatable {
    public var cognitoIdentityId: String?
    public var cognitoIdentityPoolId: String?

    public init?(json: String) {
        guard let root = try? JSONValue.parse(json), case .object = root else { return nil }
        cognitoIdentityId = root["cognito_identity_id"]?.string
        cognitoIdentityPoolId = root["cognito_identity_pool_id"]?.string
    }
}
