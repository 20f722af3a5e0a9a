/// API Gateway REST API (v1) Lambda proxy integration request.
public struct APIGatewayProxyRequest: Codable, Sendable {
    public struct RequestContext: Codable, Sendable {
        public var accountId: String?
        public var apiId: String?
        public var stage: String?
        public var requestId: String?
        public var resourcePath: String?
        public var httpMethod: String?
        public var path: String?
        public var requestTimeEpoch: Int64?
        /// What the authorizer put in its `context` (plus `principalId`); values are
        /// strings, numbers or booleans as API Gateway passes them on.
        public var authorizer: [String: JSONScalar]?
        public var identity: [String: JSONScalar]?
    }
    public var resource: String
    public var path: String
    public var httpMethod: String
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var queryStringParameters: [String: String]?
    public var multiValueQueryStringParameters: [String: [String]]?
    public var pathParameters: [String: String]?
    public var stageVariables: [String: String]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool?
}

/// API Gateway REST API (v1) proxy response.
public struct APIGatewayProxyResponse: Codable, Sendable {
    public var statusCode: Int
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var body: String
    public var isBase64Encoded: Bool
    public init(statusCode: Int, headers: [String: String]?, body: String, isBase64Encoded: Bool = false) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}

/// API Gateway HTTP API (payload format 2.0) request.
public struct APIGatewayV2Request: Codable, Sendable {
    public struct RequestContext: Codable, Sendable {
        public struct HTTP: Codable, Sendable {
            public var method: String
            public var path: String
            public var sourceIp: String?
        }
        public struct Authorizer: Codable, Sendable {
            /// Lambda authorizer context.
            public var lambda: [String: JSONScalar]?
            /// JWT authorizer claims.
            public var jwt: JWT?
            public struct JWT: Codable, Sendable { public var claims: [String: JSONScalar]? }
        }
        public var accountId: String?
        public var apiId: String?
        public var stage: String?
        public var requestId: String?
        public var routeKey: String?
        public var http: HTTP
        public var authorizer: Authorizer?
        public var timeEpoch: Int64?
    }
    public var version: String
    public var routeKey: String
    public var rawPath: String
    public var rawQueryString: String?
    public var cookies: [String]?
    public var headers: [String: String]?
    public var queryStringParameters: [String: String]?
    public var pathParameters: [String: String]?
    public var stageVariables: [String: String]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool?
}

/// API Gateway HTTP API (payload format 2.0) response.
public struct APIGatewayV2Response: Codable, Sendable {
    public var statusCode: Int
    public var headers: [String: String]?
    public var cookies: [String]?
    public var body: String
    public var isBase64Encoded: Bool
    public init(statusCode: Int, headers: [String: String]?, body: String, isBase64Encoded: Bool = false) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}

/// A JSON string, number or boolean (authorizer context values), kept as text.
public struct JSONScalar: Codable, Sendable, Equatable {
    public let text: String
    public init(_ text: String) { self.text = text }
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let s = try? container.decode(String.self) { text = s }
        else if let b = try? container.decode(Bool.self) { text = b ? "true" : "false" }
        else if let i = try? container.decode(Int64.self) { text = String(i) }
        else if let d = try? container.decode(Double.self) { text = String(d) }
        else if container.decodeNil() { text = "" }
        else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a string, number or boolean") }
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
