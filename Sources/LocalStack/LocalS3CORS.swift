/// S3's CORS for a bucket's `CorsConfiguration` (the template's `CorsRules`), as S3 evaluates it: the first
/// rule whose AllowedOrigins (one `*` wildcard allowed), AllowedMethods and AllowedHeaders (case-insensitive,
/// `*` wildcard) cover the request wins. A preflight (`OPTIONS`, no signature) with a match is 200 with
/// that origin, the rule's methods, the requested headers and MaxAge; without one 403 `AccessForbidden`.
/// An actual request from a matching origin gets Allow-Origin, Expose-Headers and `Vary: Origin`.
enum LocalS3CORS {
    static func preflight(_ rules: [CloudTemplate.BucketCORSRule], origin: String?, method: String?, requestHeaders: String?,
                          requestId: String) -> HTTPServer.Response {
        let requested = (requestHeaders ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let origin, let method,
              let rule = matchingRule(rules, origin: origin, method: method, requestHeaders: requested) else {
            let error = S3Error(status: 403, code: "AccessForbidden", message: "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.")
            return HTTPServer.Response(status: 403, headers: [("Content-Type", "application/xml")], body: Array(error.xml(requestId: requestId).utf8))
        }
        var headers: [(String, String)] = [("Access-Control-Allow-Origin", origin), ("Access-Control-Allow-Methods", rule.allowedMethods.joined(separator: ", ")),
                                           ("Vary", "Origin, Access-Control-Request-Headers, Access-Control-Request-Method")]
        if !requested.isEmpty { headers.append(("Access-Control-Allow-Headers", requested.joined(separator: ", "))) }
        if !rule.exposedHeaders.isEmpty { headers.append(("Access-Control-Expose-Headers", rule.exposedHeaders.joined(separator: ", "))) }
        if let maxAge = rule.maxAgeSeconds { headers.append(("Access-Control-Max-Age", String(maxAge))) }
        return HTTPServer.Response(status: 200, headers: headers, body: [])
    }

    /// The CORS headers of an actual (signed) request's answer; none when the origin or method is not covered.
    static func responseHeaders(_ rules: [CloudTemplate.BucketCORSRule], origin: String?, method: String) -> [(String, String)] {
        guard let origin, let rule = matchingRule(rules, origin: origin, method: method, requestHeaders: []) else { return [] }
        var headers: [(String, String)] = [("Access-Control-Allow-Origin", origin), ("Access-Control-Allow-Methods", rule.allowedMethods.joined(separator: ", ")),
                                           ("Vary", "Origin, Access-Control-Request-Headers, Access-Control-Request-Method")]
        if !rule.exposedHeaders.isEmpty { headers.append(("Access-Control-Expose-Headers", rule.exposedHeaders.joined(separator: ", "))) }
        if let maxAge = rule.maxAgeSeconds { headers.append(("Access-Control-Max-Age", String(maxAge))) }
        return headers
    }

    static func matchingRule(_ rules: [CloudTemplate.BucketCORSRule], origin: String, method: String, requestHeaders: [String]) -> CloudTemplate.BucketCORSRule? {
        rules.first { rule in
            rule.allowedOrigins.contains { wildcardMatches($0, origin, caseInsensitive: false) }
                && rule.allowedMethods.contains(method.uppercased())
                && requestHeaders.allSatisfy { header in rule.allowedHeaders.contains { wildcardMatches($0, header, caseInsensitive: true) } }
        }
    }

    /// S3's patterns: at most one `*`, matching any run of characters.
    static func wildcardMatches(_ pattern: String, _ text: String, caseInsensitive: Bool) -> Bool {
        let p = caseInsensitive ? pattern.lowercased() : pattern, t = caseInsensitive ? text.lowercased() : text
        guard let star = p.firstIndex(of: "*") else { return p == t }
        let prefix = p[..<star], suffix = p[p.index(after: star)...]
        return t.count >= prefix.count + suffix.count && t.hasPrefix(prefix) && t.hasSuffix(suffix)
    }
}
