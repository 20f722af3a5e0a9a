import LambdaRuntime

/// What the authorizer reads from the three event shapes API Gateway sends,
/// told apart by `version` (`2.0`: HTTP API) and `type` (`TOKEN` or
/// `REQUEST`). Read with the strict JSON reader, not Codable: this runs on
/// every protected request, and only three fields matter.
struct AuthorizerEvent {
    enum Kind: String {
        case token = "TOKEN"
        case request = "REQUEST"
        case v2 = "REQUEST2.0"
    }

    struct Invalid: Error {}

    let kind: Kind
    /// `methodArn` (REST) or `routeArn` (HTTP API).
    let arn: String
    /// The Authorization header value this event carries, if any.
    let authorization: String?

    /// A member of the wrong type (a number for `headers`, say) is an invalid
    /// event, not an absent one: nothing malformed is half-read.
    static func decode(_ bytes: [UInt8]) throws(Invalid) -> AuthorizerEvent {
        guard let root = try? JSONValue.parse(bytes), let members = root.object else { throw Invalid() }
        let type = try optional(members["type"], \.string)
        if try optional(members["version"], \.string) == "2.0" {
            guard type == "REQUEST", let routeArn = members["routeArn"]?.string else { throw Invalid() }
            // HTTP APIs lower-case header names; identitySource holds the configured source's value.
            let headers = try optional(members["headers"], \.object)
            let sources = try optional(members["identitySource"], \.array)
            let authorization = try header("authorization", in: headers) ?? sources?.first?.string
            return AuthorizerEvent(kind: .v2, arn: routeArn, authorization: authorization)
        }
        guard let methodArn = members["methodArn"]?.string else { throw Invalid() }
        switch type {
        case "TOKEN":
            return AuthorizerEvent(kind: .token, arn: methodArn, authorization: try optional(members["authorizationToken"], \.string))
        case "REQUEST":
            var authorization = try header("authorization", in: try optional(members["headers"], \.object))
            if authorization == nil, let multi = try optional(members["multiValueHeaders"], \.object) {
                authorization = multi.first(where: { asciiCaseInsensitiveEquals($0.key, "authorization") })?.value.array?.first?.string
            }
            return AuthorizerEvent(kind: .request, arn: methodArn, authorization: authorization)
        default:
            throw Invalid()
        }
    }

    /// nil when absent or JSON null; `Invalid` when present with another type.
    private static func optional<T>(_ value: JSONValue?, _ read: (JSONValue) -> T?) throws(Invalid) -> T? {
        guard let value, value != .null else { return nil }
        guard let typed = read(value) else { throw Invalid() }
        return typed
    }

    private static func header(_ lowercasedName: String, in headers: [String: JSONValue]?) throws(Invalid) -> String? {
        guard let headers else { return nil }
        if let exact = headers[lowercasedName] { return try optional(exact, \.string) }
        guard let match = headers.first(where: { asciiCaseInsensitiveEquals($0.key, lowercasedName) }) else { return nil }
        return try optional(match.value, \.string)
    }
}
