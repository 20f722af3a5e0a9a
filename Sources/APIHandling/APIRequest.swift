import AWSEvents
import FoundationEssentials

/// One API call, the same whether it came as a REST (v1) or HTTP API (v2) event.
public struct APIRequest: Sendable {
    public var method: String
    /// The route template, e.g. `/reports/{reportId}`.
    public var resource: String
    public var path: String
    public var pathParameters: [String: String]
    /// Query parameters; repeated keys keep every value.
    public var query: [String: [String]]
    /// Header names lower-cased.
    public var headers: [String: String]
    public var body: [UInt8]
    /// What the authorizer put in `requestContext.authorizer`.
    public var authorizerContext: [String: String]?
    /// API Gateway's request id (what the caller sees), else Lambda's.
    public var requestId: String

    public func queryValue(_ name: String) -> String? { query[name]?.first }
}

/// The caller, as the authorizer established it. Never read from the body.
public struct Identity: Sendable, Equatable {
    public enum Role: String, Sendable { case doctor, admin }
    public let sub: String
    public let email: String?
    public let role: Role
    public let clinicId: String

    /// The one place identity is read: `requestContext.authorizer`. Missing or
    /// incomplete context means the route was reached without the authorizer → 401.
    public static func from(_ request: APIRequest) throws(APIError) -> Identity {
        guard let context = request.authorizerContext,
              let sub = context["sub"], !sub.isEmpty,
              let roleText = context["role"], let role = Role(rawValue: roleText),
              let clinicId = context["clinicId"], !clinicId.isEmpty else {
            throw APIError(status: 401, code: "UNAUTHORIZED", message: "this route requires an authenticated caller")
        }
        let email = context["email"].flatMap { $0.isEmpty ? nil : $0 }
        return Identity(sub: sub, email: email, role: role, clinicId: clinicId)
    }
}

extension APIRequest {
    init(v1 event: APIGatewayProxyRequest, lambdaRequestId: String) throws(APIError) {
        var query: [String: [String]] = [:]
        if let multi = event.multiValueQueryStringParameters { query = multi }
        else if let single = event.queryStringParameters { query = single.mapValues { [$0] } }
        var headers: [String: String] = [:]
        for (name, value) in event.headers ?? [:] { headers[name.lowercased()] = value }
        for (name, values) in event.multiValueHeaders ?? [:] where headers[name.lowercased()] == nil {
            headers[name.lowercased()] = values.joined(separator: ",")
        }
        self.init(method: event.httpMethod.uppercased(), resource: event.resource, path: event.path,
                  pathParameters: event.pathParameters ?? [:], query: query, headers: headers,
                  body: try Self.decodeBody(event.body, base64: event.isBase64Encoded ?? false),
                  authorizerContext: event.requestContext.authorizer?.mapValues(\.text),
                  requestId: event.requestContext.requestId ?? lambdaRequestId)
    }

    init(v2 event: APIGatewayV2Request, lambdaRequestId: String) throws(APIError) {
        var query: [String: [String]] = [:]
        // v2 joins repeated values with commas in queryStringParameters; the raw string keeps them apart.
        if let raw = event.rawQueryString, !raw.isEmpty {
            for pair in raw.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = FormDecoding.decode(String(parts[0])) ?? String(parts[0])
                let value = parts.count > 1 ? (FormDecoding.decode(String(parts[1])) ?? String(parts[1])) : ""
                query[key, default: []].append(value)
            }
        } else if let single = event.queryStringParameters {
            query = single.mapValues { [$0] }
        }
        var headers: [String: String] = [:]
        for (name, value) in event.headers ?? [:] { headers[name.lowercased()] = value }
        // routeKey is "GET /reports/{reportId}" (or "$default").
        let routeParts = event.routeKey.split(separator: " ", maxSplits: 1)
        let resource = routeParts.count == 2 ? String(routeParts[1]) : event.rawPath
        self.init(method: event.requestContext.http.method.uppercased(), resource: resource, path: event.rawPath,
                  pathParameters: event.pathParameters ?? [:], query: query, headers: headers,
                  body: try Self.decodeBody(event.body, base64: event.isBase64Encoded ?? false),
                  authorizerContext: event.requestContext.authorizer?.lambda?.mapValues(\.text),
                  requestId: event.requestContext.requestId ?? lambdaRequestId)
    }

    static func decodeBody(_ body: String?, base64: Bool) throws(APIError) -> [UInt8] {
        guard let body else { return [] }
        guard base64 else { return Array(body.utf8) }
        guard let data = Data(base64Encoded: body) else {
            throw APIError(status: 400, code: "VALIDATION_FAILED", message: "body is marked base64 but is not valid base64")
        }
        return Array(data)
    }
}

/// `application/x-www-form-urlencoded` decoding (`+` is a space), as used in query strings.
enum FormDecoding {
    static func decode(_ text: String) -> String? { S3KeyDecoding.decode(text) }
}
