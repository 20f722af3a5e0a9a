// API Gateway Lambda authorizer events and responses.
// REST APIs send TOKEN or REQUEST (payload 1.0) events and expect an IAM
// policy; HTTP APIs send payload 2.0 REQUEST events and, with simple
// responses enabled, expect `{isAuthorized, context}`.

/// REST API TOKEN authorizer event: the identity source header's value only.
public struct APIGatewayTokenAuthorizerEvent: Codable, Sendable, Equatable {
    /// Always `TOKEN`.
    public var type: String
    /// `arn:aws:execute-api:region:account:apiId/stage/METHOD/resource/path`
    public var methodArn: String
    public var authorizationToken: String?

    public init(type: String = "TOKEN", methodArn: String, authorizationToken: String?) {
        self.type = type
        self.methodArn = methodArn
        self.authorizationToken = authorizationToken
    }
}

/// REST API (and HTTP API payload 1.0) REQUEST authorizer event.
public struct APIGatewayRequestAuthorizerEvent: Codable, Sendable, Equatable {
    public var type: String
    public var methodArn: String
    public var resource: String?
    public var path: String?
    public var httpMethod: String?
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var queryStringParameters: [String: String]?
    public var multiValueQueryStringParameters: [String: [String]]?
    public var pathParameters: [String: String]?
    public var stageVariables: [String: String]?
    public var requestContext: RequestContext?

    public struct RequestContext: Codable, Sendable, Equatable {
        public var accountId: String?
        public var apiId: String?
        public var stage: String?
        public var requestId: String?
        public var resourceId: String?
        public var resourcePath: String?
        public var httpMethod: String?
        public var path: String?
        public var domainName: String?
        public var extendedRequestId: String?
        public var identity: Identity?

        public init(accountId: String? = nil, apiId: String? = nil, stage: String? = nil, requestId: String? = nil,
                    resourceId: String? = nil, resourcePath: String? = nil, httpMethod: String? = nil, path: String? = nil,
                    domainName: String? = nil, extendedRequestId: String? = nil, identity: Identity? = nil) {
            self.accountId = accountId
            self.apiId = apiId
            self.stage = stage
            self.requestId = requestId
            self.resourceId = resourceId
            self.resourcePath = resourcePath
            self.httpMethod = httpMethod
            self.path = path
            self.domainName = domainName
            self.extendedRequestId = extendedRequestId
            self.identity = identity
        }
    }

    public struct Identity: Codable, Sendable, Equatable {
        public var sourceIp: String?
        public var userAgent: String?
        public init(sourceIp: String? = nil, userAgent: String? = nil) {
            self.sourceIp = sourceIp
            self.userAgent = userAgent
        }
    }

    public init(type: String = "REQUEST", methodArn: String, resource: String? = nil, path: String? = nil, httpMethod: String? = nil,
                headers: [String: String]? = nil, multiValueHeaders: [String: [String]]? = nil,
                queryStringParameters: [String: String]? = nil, multiValueQueryStringParameters: [String: [String]]? = nil,
                pathParameters: [String: String]? = nil, stageVariables: [String: String]? = nil, requestContext: RequestContext? = nil) {
        self.type = type
        self.methodArn = methodArn
        self.resource = resource
        self.path = path
        self.httpMethod = httpMethod
        self.headers = headers
        self.multiValueHeaders = multiValueHeaders
        self.queryStringParameters = queryStringParameters
        self.multiValueQueryStringParameters = multiValueQueryStringParameters
        self.pathParameters = pathParameters
        self.stageVariables = stageVariables
        self.requestContext = requestContext
    }
}

/// HTTP API payload 2.0 REQUEST authorizer event.
public struct APIGatewayV2AuthorizerEvent: Codable, Sendable, Equatable {
    /// `2.0`
    public var version: String
    /// `REQUEST`
    public var type: String
    public var routeArn: String
    /// The identity source values, in the order configured (e.g. the Authorization header).
    public var identitySource: [String]?
    /// `GET /patients/{patientId}/reports`
    public var routeKey: String?
    public var rawPath: String?
    public var rawQueryString: String?
    public var cookies: [String]?
    /// Header names arrive lower-cased.
    public var headers: [String: String]?
    public var queryStringParameters: [String: String]?
    public var pathParameters: [String: String]?
    public var stageVariables: [String: String]?
    public var requestContext: RequestContext?

    public struct RequestContext: Codable, Sendable, Equatable {
        public var accountId: String?
        public var apiId: String?
        public var domainName: String?
        public var domainPrefix: String?
        public var http: HTTP?
        public var requestId: String?
        public var routeKey: String?
        public var stage: String?
        public var time: String?
        public var timeEpoch: Int64?

        public init(accountId: String? = nil, apiId: String? = nil, domainName: String? = nil, domainPrefix: String? = nil,
                    http: HTTP? = nil, requestId: String? = nil, routeKey: String? = nil, stage: String? = nil,
                    time: String? = nil, timeEpoch: Int64? = nil) {
            self.accountId = accountId
            self.apiId = apiId
            self.domainName = domainName
            self.domainPrefix = domainPrefix
            self.http = http
            self.requestId = requestId
            self.routeKey = routeKey
            self.stage = stage
            self.time = time
            self.timeEpoch = timeEpoch
        }
    }

    public struct HTTP: Codable, Sendable, Equatable {
        public var method: String
        public var path: String
        public var `protocol`: String?
        public var sourceIp: String?
        public var userAgent: String?
        public init(method: String, path: String, protocol: String? = nil, sourceIp: String? = nil, userAgent: String? = nil) {
            self.method = method
            self.path = path
            self.protocol = `protocol`
            self.sourceIp = sourceIp
            self.userAgent = userAgent
        }
    }

    public init(version: String = "2.0", type: String = "REQUEST", routeArn: String, identitySource: [String]? = nil,
                routeKey: String? = nil, rawPath: String? = nil, rawQueryString: String? = nil, cookies: [String]? = nil,
                headers: [String: String]? = nil, queryStringParameters: [String: String]? = nil,
                pathParameters: [String: String]? = nil, stageVariables: [String: String]? = nil,
                requestContext: RequestContext? = nil) {
        self.version = version
        self.type = type
        self.routeArn = routeArn
        self.identitySource = identitySource
        self.routeKey = routeKey
        self.rawPath = rawPath
        self.rawQueryString = rawQueryString
        self.cookies = cookies
        self.headers = headers
        self.queryStringParameters = queryStringParameters
        self.pathParameters = pathParameters
        self.stageVariables = stageVariables
        self.requestContext = requestContext
    }
}

/// The IAM-policy answer of REST API (and HTTP API non-simple) authorizers.
public struct APIGatewayAuthorizerPolicyResponse: Codable, Sendable, Equatable {
    public var principalId: String
    public var policyDocument: PolicyDocument
    /// Passed to the integration as `requestContext.authorizer`; values must be scalars.
    public var context: [String: String]?

    public init(principalId: String, policyDocument: PolicyDocument, context: [String: String]?) {
        self.principalId = principalId
        self.policyDocument = policyDocument
        self.context = context
    }

    public struct PolicyDocument: Codable, Sendable, Equatable {
        public var version: String
        public var statement: [Statement]

        public init(version: String = "2012-10-17", statement: [Statement]) {
            self.version = version
            self.statement = statement
        }

        enum CodingKeys: String, CodingKey {
            case version = "Version", statement = "Statement"
        }
    }

    public struct Statement: Codable, Sendable, Equatable {
        public enum Effect: String, Codable, Sendable { case allow = "Allow", deny = "Deny" }

        public var action: String
        public var effect: Effect
        /// Execute-api ARNs; `*` matches any characters, including `/`.
        public var resource: [String]

        public init(action: String = "execute-api:Invoke", effect: Effect, resource: [String]) {
            self.action = action
            self.effect = effect
            self.resource = resource
        }

        enum CodingKeys: String, CodingKey {
            case action = "Action", effect = "Effect", resource = "Resource"
        }

        // IAM allows a single string where a list is expected; accept both.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let actions = try? container.decode([String].self, forKey: .action), actions.count == 1 {
                action = actions[0]
            } else {
                action = try container.decode(String.self, forKey: .action)
            }
            effect = try container.decode(Effect.self, forKey: .effect)
            if let single = try? container.decode(String.self, forKey: .resource) {
                resource = [single]
            } else {
                resource = try container.decode([String].self, forKey: .resource)
            }
        }
    }
}

/// The simple answer of HTTP API authorizers (`enableSimpleResponses`).
public struct APIGatewayV2SimpleAuthorizerResponse: Codable, Sendable, Equatable {
    public var isAuthorized: Bool
    public var context: [String: String]?

    public init(isAuthorized: Bool, context: [String: String]?) {
        self.isAuthorized = isAuthorized
        self.context = context
    }
}
