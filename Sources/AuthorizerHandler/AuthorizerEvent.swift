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
    /// The event carries several different Authorization values (`Authorization` and `authorization` in
    /// `headers`, several in `multiValueHeaders`): which one a gateway or a client meant is unknowable, so
    /// the authorizer refuses rather than picking one (an attacker's extra header must not decide).
    var conflictingAuthorization = false

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
            let values = try headerValues("authorization", in: headers)
            let authorization = values.first ?? sources?.first?.string
            return AuthorizerEvent(kind: .v2, arn: routeArn, authorization: authorization, conflictingAuthorization: values.count > 1)
        }
        guard let methodArn = members["methodArn"]?.string else { throw Invalid() }
        switch type {
        case "TOKEN":
            return AuthorizerEvent(kind: .token, arn: methodArn, authorization: try optional(members["authorizationToken"], \.string))
        case "REQUEST":
            // Every spelling in `headers` and every value in `multiValueHeaders`: one distinct value, or refused.
            var values = try headerValues("authorization", in: try optional(members["headers"], \.object))
            for value in try multiHeaderValues("authorization", in: try optional(members["multiValueHeaders"], \.object))
            where !values.contains(value) {
                values.append(value)
            }
            return AuthorizerEvent(kind: .request, arn: methodArn, authorization: values.first, conflictingAuthorization: values.count > 1)
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

    /// The distinct values of every spelling of the header (`Authorization`, `authorization`, …), in key order.
    private static func headerValues(_ name: String, in headers: [String: JSONValue]?) throws(Invalid) -> [String] {
        var values: [String] = []
        for (key, value) in (headers ?? [:]).sorted(by: { $0.key < $1.key }) where asciiCaseInsensitiveEquals(key, name) {
            if let text = try optional(value, \.string), !values.contains(text) { values.append(text) }
        }
        return values
    }

    /// The distinct values of every spelling of the header in `multiValueHeaders` (arrays of strings).
    private static func multiHeaderValues(_ name: String, in headers: [String: JSONValue]?) throws(Invalid) -> [String] {
        var values: [String] = []
        for (key, value) in (headers ?? [:]).sorted(by: { $0.key < $1.key }) where asciiCaseInsensitiveEquals(key, name) {
            for element in try optional(value, \.array) ?? [] {
                if let text = try optional(element, \.string), !values.contains(text) { values.append(text) }
            }
        }
        return values
    }
}
