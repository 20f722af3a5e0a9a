import AWSEvents
import LambdaRuntime

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

    /// Bounds on what the authorizer may hand over (the authorizer's own: Cognito `sub` is a UUID,
    /// `custom:clinicId` at most 128 bytes, an e-mail at most 254): checked before any work, so an
    /// oversized identity cannot fail a write after a model was already paid for.
    static let maxSubBytes = 128, maxClinicIdBytes = 128, maxEmailBytes = 254

    /// The one place identity is read: `requestContext.authorizer`. Missing,
    /// incomplete or malformed context means the route was reached without the authorizer → 401.
    public static func from(_ request: APIRequest) throws(APIError) -> Identity {
        guard let context = request.authorizerContext,
              let sub = context["sub"], isBoundedText(sub, maxBytes: maxSubBytes),
              let roleText = context["role"], let role = Role(rawValue: roleText),
              let clinicId = context["clinicId"], isBoundedText(clinicId, maxBytes: maxClinicIdBytes) else {
            throw APIError(status: 401, code: "UNAUTHORIZED", message: "this route requires an authenticated caller")
        }
        let email = context["email"].flatMap { $0.isEmpty ? nil : $0 }
        if let email, !isBoundedText(email, maxBytes: maxEmailBytes) {
            throw APIError(status: 401, code: "UNAUTHORIZED", message: "this route requires an authenticated caller")
        }
        return Identity(sub: sub, email: email, role: role, clinicId: clinicId)
    }

    /// Non-empty, at most `maxBytes` of UTF-8, no control characters.
    static func isBoundedText(_ value: String, maxBytes: Int) -> Bool {
        !value.isEmpty && value.utf8.count <= maxBytes && value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
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
                  requestId: Self.requestId(event.requestContext.requestId, else: lambdaRequestId))
    }

    /// API Gateway's request id when it looks like one (at most 128 of `[A-Za-z0-9._:=-]`), else Lambda's:
    /// it is echoed in every error body and log line, so it is never taken unbounded from the event.
    static func requestId(_ given: String?, else lambdaRequestId: String) -> String {
        guard let given, !given.isEmpty, given.utf8.count <= 128,
              given.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
                                      || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F || $0 == 0x3A || $0 == 0x3D }) else {
            return lambdaRequestId
        }
        return given
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
                  requestId: Self.requestId(event.requestContext.requestId, else: lambdaRequestId))
    }

    static func decodeBody(_ body: String?, base64: Bool) throws(APIError) -> [UInt8] {
        guard let body else { return [] }
        guard base64 else { return Array(body.utf8) }
        guard let bytes = Base64.decode(body) else {
            throw APIError(status: 400, code: "VALIDATION_FAILED", message: "body is marked base64 but is not valid base64")
        }
        return bytes
    }
}

/// `application/x-www-form-urlencoded` decoding (`+` is a space), as used in query strings.
enum FormDecoding {
    static func decode(_ text: String) -> String? { S3KeyDecoding.decode(text) }
}
