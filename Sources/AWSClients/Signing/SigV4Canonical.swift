import OpenSSLCrypto

/// The pieces of a SigV4 canonical request, shared by the signer and the verifier.
enum SigV4Canonical {
    static let algorithm = "AWS4-HMAC-SHA256"
    static let unsignedPayload = "UNSIGNED-PAYLOAD"
    /// Headers that proxies or tracing may change in flight: never signed.
    static let unsignedHeaderNames: Set<String> = ["authorization", "user-agent", "expect", "x-amzn-trace-id", "transfer-encoding"]

    /// A URL split into what SigV4 needs. Accepts only `http(s)://host[:port]/path?query`.
    struct URLParts {
        var scheme: String
        /// `host` or `host:port`, with the scheme's default port removed (what the Host header carries).
        var host: String
        /// The path as it goes on the wire, "/" when empty.
        var path: String
        /// The raw query without `?`, or "".
        var query: String

        init(_ url: String) throws {
            guard let schemeEnd = url.firstByteRange(of: "://") else { throw SigV4Error.invalidURL("no scheme") }
            scheme = url[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "https" || scheme == "http" else { throw SigV4Error.invalidURL("scheme must be http or https") }
            let rest = url[schemeEnd.upperBound...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            var authority = String(rest[..<authorityEnd])
            guard !authority.isEmpty, !authority.contains("@") else { throw SigV4Error.invalidURL("bad authority") }
            let defaultPort = scheme == "https" ? ":443" : ":80"
            if authority.hasSuffix(defaultPort) { authority.removeLast(defaultPort.count) }
            host = authority.lowercased()
            var remainder = rest[authorityEnd...]
            if let fragment = remainder.firstIndex(of: "#") { remainder = remainder[..<fragment] }
            if let question = remainder.firstIndex(of: "?") {
                path = String(remainder[..<question])
                query = String(remainder[remainder.index(after: question)...])
            } else {
                path = String(remainder)
                query = ""
            }
            if path.isEmpty { path = "/" }
        }
    }

    /// S3 signs the wire path as it is; every other service signs the
    /// normalised wire path encoded once more (so `%3A` becomes `%253A`).
    static func uri(path: String, service: String) -> String {
        if service == "s3" { return path.isEmpty ? "/" : path }
        return AWSURIEncoding.encode(removingDotSegments(path), keepingSlashes: true)
    }

    /// RFC 3986 dot-segment removal, plus dropping empty segments (AWS wants `//` collapsed).
    static func removingDotSegments(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { if !output.isEmpty { output.removeLast() }; continue }
            output.append(segment)
        }
        let leading = path.hasPrefix("/") ? "/" : ""
        let trailing = path.hasSuffix("/") && !output.isEmpty ? "/" : ""
        return leading + output.joined(separator: "/") + trailing
    }

    /// Query parameters decoded, re-encoded by the SigV4 rules, sorted by name then value.
    static func query(_ raw: String) -> String {
        guard !raw.isEmpty else { return "" }
        var pairs: [(String, String)] = []
        for item in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = AWSURIEncoding.encode(AWSURIEncoding.decode(String(parts[0])), keepingSlashes: false)
            let value = parts.count > 1 ? AWSURIEncoding.encode(AWSURIEncoding.decode(String(parts[1])), keepingSlashes: false) : ""
            pairs.append((name, value))
        }
        pairs.sort { $0.0 == $1.0 ? Array($0.1.utf8).lexicographicallyPrecedes(Array($1.1.utf8)) : Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        return pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// Lower-cased names, values trimmed with inner whitespace runs collapsed,
    /// repeated names joined by commas, sorted by name.
    static func headers(_ headers: [(String, String)]) -> [(name: String, value: String)] {
        var merged: [String: String] = [:]
        for (name, value) in headers {
            let lowered = asciiLowercased(name)
            let normalized = collapsingWhitespace(value)
            if let existing = merged[lowered] { merged[lowered] = existing + "," + normalized } else { merged[lowered] = normalized }
        }
        return merged.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }.map { (name: $0.key, value: $0.value) }
    }

    static func collapsingWhitespace(_ value: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for byte in value.utf8 {
            if byte == 32 || (byte >= 9 && byte <= 13) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(32); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func request(method: String, uri: String, query: String, headers: [(name: String, value: String)], payloadHash: String) -> String {
        var text = method + "\n" + uri + "\n" + query + "\n"
        for header in headers { text += header.name + ":" + header.value + "\n" }
        text += "\n" + headers.map(\.name).joined(separator: ";") + "\n" + payloadHash
        return text
    }

    static func scope(date: SigV4Date, region: String, service: String) -> String {
        "\(date.dateStamp)/\(region)/\(service)/aws4_request"
    }

    static func stringToSign(date: SigV4Date, scope: String, canonicalRequest: String) -> String {
        algorithm + "\n" + date.amzDate + "\n" + scope + "\n" + Hex.encode(SHA256Digest.hash(canonicalRequest))
    }

    static func signingKey(secret: String, date: SigV4Date, region: String, service: String) -> [UInt8] {
        let dateKey = HMACSHA256.authenticationCode(key: Array(("AWS4" + secret).utf8), message: date.dateStamp)
        let regionKey = HMACSHA256.authenticationCode(key: dateKey, message: region)
        let serviceKey = HMACSHA256.authenticationCode(key: regionKey, message: service)
        return HMACSHA256.authenticationCode(key: serviceKey, message: "aws4_request")
    }
}

/// A request the signer cannot sign as given.
public enum SigV4Error: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case invalidExpiry(Int)

    public var description: String {
        switch self {
        case .invalidURL(let why): return "cannot sign URL: \(why)"
        case .invalidExpiry(let seconds): return "presigned URL expiry must be 1...604800 seconds, got \(seconds)"
        }
    }
}
