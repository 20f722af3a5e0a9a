import LambdaRuntime

/// CORS on every answer of a function (issue 14): for a request whose `Origin` (read case-insensitively) is
/// one of `ALLOWED_ORIGINS`, that origin with `Vary: Origin`, the allowed headers, methods and max age; for
/// any other origin, or none, only `Vary: Origin` (answers differ by origin, so caches must keep them
/// apart). Never `*`: the API takes a bearer token, and a wildcard would let any site's scripts read it.
/// The preflight itself is API Gateway's (mock integration in openapi.yaml), not a function's.
public struct CORSPolicy: Sendable, Equatable {
    public let allowedOrigins: [String]

    public static let allowHeaders = "Authorization, Content-Type"
    public static let allowMethods = "DELETE, GET, OPTIONS, POST"
    public static let maxAgeSeconds = 600
    /// No origin allowed (ALLOWED_ORIGINS unset): no CORS headers at all.
    public static let disabled = CORSPolicy(checked: [])

    private init(checked: [String]) { allowedOrigins = checked }

    /// `ALLOWED_ORIGINS`: comma-separated origins (`https://app.example.org,http://localhost:5173`).
    public init(environment: Environment) throws {
        try self.init(origins: (environment["ALLOWED_ORIGINS"] ?? "").split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }

    /// Each entry a serialized origin, `scheme://host[:port]` in lower case, as browsers send it; `*`, paths,
    /// spaces and blanks are refused (one empty value is no origin at all).
    public init(origins: [String]) throws {
        var checked: [String] = []
        for origin in origins where !(origins.count == 1 && origin.isEmpty) {
            guard Self.isOrigin(origin) else {
                throw ConfigurationError("ALLOWED_ORIGINS must be comma-separated origins such as https://app.example.org (scheme://host[:port], no \"*\", no path)")
            }
            if !checked.contains(origin) { checked.append(origin) }
        }
        allowedOrigins = checked
    }

    /// The CORS headers of an answer to a request from `origin` (the request's `Origin` header, if any).
    public func headers(forOrigin origin: String?) -> [String: String] {
        guard !allowedOrigins.isEmpty else { return [:] }
        guard let origin, allowedOrigins.contains(origin) else { return ["Vary": "Origin"] }
        return ["Access-Control-Allow-Origin": origin, "Vary": "Origin", "Access-Control-Allow-Headers": Self.allowHeaders,
                "Access-Control-Allow-Methods": Self.allowMethods, "Access-Control-Max-Age": String(Self.maxAgeSeconds)]
    }

    /// Whether any origin is allowed (else no answer carries CORS headers, and the request's Origin is not read).
    public var isEnabled: Bool { !allowedOrigins.isEmpty }

    /// The value of the `Origin` header among `headers`, whatever the case of its name.
    public static func origin<S: Sequence>(in headers: S?) -> String? where S.Element == (key: String, value: String) {
        headers?.first { asciiCaseInsensitiveEquals($0.key, "origin") }?.value
    }

    /// The last value of a multi-value `Origin` header (REST events), whatever the case of its name.
    public static func lastOrigin(in headers: [String: [String]]?) -> String? {
        guard let values = headers?.first(where: { asciiCaseInsensitiveEquals($0.key, "origin") })?.value else { return nil }
        return values.last ?? ""
    }

    static func isOrigin(_ text: String) -> Bool {
        let scheme: Substring
        if text.hasPrefix("https://") { scheme = "https://" } else if text.hasPrefix("http://") { scheme = "http://" } else { return false }
        let rest = text.dropFirst(scheme.count)
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let host = parts[0]
        guard !host.isEmpty, host.utf8.count <= 253,
              host.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }) else { return false }
        if parts.count == 2 {
            guard let port = Int(parts[1]), (1...65535).contains(port), parts[1].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        }
        return true
    }
}
