import AWSClients
import LambdaRuntime

/// What the SigV4 targets share: one credential pair, a fixed clock, and requests built from fuzz fields.
enum SigV4FuzzSupport {
    static let credentials = AWSCredentials(accessKeyId: "AKIDFUZZEXAMPLE", secretAccessKey: "fuzz-secret-key-not-used-anywhere")
    static let nowMs: Int64 = 1_767_225_600_000
    static let host = "127.0.0.1:9000"
    static func secret(_ id: String) -> String? { id == credentials.accessKeyId ? credentials.secretAccessKey : nil }
    static let methods = ["GET", "PUT", "POST", "DELETE", "HEAD"]
    static let services = ["s3", "bedrock", "execute-api"]

    /// A path as a client would put it on the wire: `/` first, no `?` or `#`, printable ASCII.
    static func path(_ bytes: [UInt8]) -> String {
        "/" + String(decoding: bytes.filter { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }, as: UTF8.self)
    }

    static func query(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.filter { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") }, as: UTF8.self)
    }

    /// Header pairs from `name=value` lines; names are lower-case tokens, values printable.
    static func headers(_ bytes: [UInt8]) -> [(String, String)] {
        bytes.split(separator: 0x0A).compactMap { line in
            let parts = line.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(decoding: parts[0].filter { (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "-") }, as: UTF8.self)
            guard !name.isEmpty, !["host", "authorization", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token"].contains(name),
                  !name.hasPrefix("x-amz-") else { return nil }
            let value = parts.count > 1 ? String(decoding: parts[1].filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self) : ""
            return (name, value)
        }
    }

    static func split(url: String) -> (path: String, query: String) {
        let afterHost = url.dropFirst("http://".count + host.count)
        let parts = afterHost.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
}

/// The header form (`SigV4Verifier.verify`): bytes taken as a raw request never verify (no one can guess an
/// HMAC); a request built from the input and signed by `SigV4Signer` always verifies, and stops verifying
/// when its method or body is changed after signing.
/// Input: mode byte, then fields separated by 0xFF (method, path, query, headers, body, service).
public enum SigV4HeaderFuzz: FuzzTarget {
    public static let name = "sigv4"

    public static func check(_ input: [UInt8]) -> String? {
        guard let mode = input.first else { return nil }
        let fields = FuzzFields(Array(input.dropFirst()))
        if mode & 1 == 0 {
            let headers = fields.string(3).split(separator: "\n").map { line -> (String, String) in
                let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            }
            let result = SigV4Verifier.verify(method: fields.string(0), rawPath: fields.string(1), rawQuery: fields.string(2), headers: headers,
                                              body: fields.bytes(4), secretForAccessKey: SigV4FuzzSupport.secret, nowMs: SigV4FuzzSupport.nowMs)
            if case .success = result { return "a request nobody signed verified" }
            return nil
        }
        let method = SigV4FuzzSupport.methods[Int(fields.bytes(0).first ?? 0) % SigV4FuzzSupport.methods.count]
        let service = SigV4FuzzSupport.services[Int(fields.bytes(5).first ?? 0) % SigV4FuzzSupport.services.count]
        let path = SigV4FuzzSupport.path(fields.bytes(1)), query = SigV4FuzzSupport.query(fields.bytes(2))
        let url = "http://\(SigV4FuzzSupport.host)\(path)" + (query.isEmpty ? "" : "?" + query)
        var request = HTTPRequest(method: method, url: url, headers: SigV4FuzzSupport.headers(fields.bytes(3)), body: fields.bytes(4))
        let signer = SigV4Signer(credentials: SigV4FuzzSupport.credentials, region: "us-east-1", service: service)
        guard (try? signer.sign(&request, nowMs: SigV4FuzzSupport.nowMs)) != nil else { return "the signer refused a well-formed URL" }
        let wire = SigV4FuzzSupport.split(url: request.url)
        let headers = request.headers + [("Host", SigV4FuzzSupport.host)]
        func verify(method: String, body: [UInt8]) -> Bool {
            if case .success = SigV4Verifier.verify(method: method, rawPath: wire.path, rawQuery: wire.query, headers: headers, body: body,
                                                    secretForAccessKey: SigV4FuzzSupport.secret, nowMs: SigV4FuzzSupport.nowMs) { return true }
            return false
        }
        if !verify(method: method, body: request.body) { return "a request the signer signed did not verify" }
        if verify(method: method == "GET" ? "PUT" : "GET", body: request.body) { return "verified with another method" }
        if verify(method: method, body: request.body + [0x21]) { return "verified with another body" }
        return nil
    }
}

/// The presigned query form (`SigV4Verifier.verifyPresigned`): a random query never verifies; a URL from
/// `SigV4Signer.presignedURL` verifies until it expires, and not with another path or signed header value.
/// Input: mode byte, then fields separated by 0xFF (method, path, query, headers, expiry bytes).
public enum SigV4PresignedFuzz: FuzzTarget {
    public static let name = "sigv4-presigned"

    public static func check(_ input: [UInt8]) -> String? {
        guard let mode = input.first else { return nil }
        let fields = FuzzFields(Array(input.dropFirst()))
        if mode & 1 == 0 {
            let result = SigV4Verifier.verifyPresigned(method: fields.string(0), rawPath: fields.string(1), rawQuery: fields.string(2),
                                                       headers: SigV4FuzzSupport.headers(fields.bytes(3)) + [("host", SigV4FuzzSupport.host)],
                                                       secretForAccessKey: SigV4FuzzSupport.secret, nowMs: SigV4FuzzSupport.nowMs)
            if case .success = result { return "a presigned query nobody signed verified" }
            return nil
        }
        let method = SigV4FuzzSupport.methods[Int(fields.bytes(0).first ?? 0) % SigV4FuzzSupport.methods.count]
        let path = SigV4FuzzSupport.path(fields.bytes(1))
        // A caller's own parameters, never X-Amz-* (those are the signer's).
        let query = SigV4FuzzSupport.query(fields.bytes(2)).split(separator: "&").filter { !$0.hasPrefix("X-Amz-") }.joined(separator: "&")
        let signedHeaders = SigV4FuzzSupport.headers(fields.bytes(3))
        let expiry = 1 + fields.bytes(4).prefix(3).reduce(0) { $0 << 8 | Int($1) } % 604_800
        let url = "http://\(SigV4FuzzSupport.host)\(path)" + (query.isEmpty ? "" : "?" + query)
        let signer = SigV4Signer(credentials: SigV4FuzzSupport.credentials, region: "us-east-1", service: "s3")
        guard let presigned = try? signer.presignedURL(method: method, url: url, headers: signedHeaders, expiresIn: expiry, nowMs: SigV4FuzzSupport.nowMs) else {
            return "the signer refused a well-formed URL"
        }
        let wire = SigV4FuzzSupport.split(url: presigned.url)
        func verify(path: String = wire.path, headers: [(String, String)] = signedHeaders, atMs: Int64 = SigV4FuzzSupport.nowMs) -> Bool {
            if case .success = SigV4Verifier.verifyPresigned(method: method, rawPath: path, rawQuery: wire.query, headers: headers + [("Host", SigV4FuzzSupport.host)],
                                                            secretForAccessKey: SigV4FuzzSupport.secret, nowMs: atMs) { return true }
            return false
        }
        if !verify() { return "a URL the signer presigned did not verify" }
        if !verify(atMs: SigV4FuzzSupport.nowMs + Int64(expiry) * 1000) { return "refused before its expiry" }
        if verify(atMs: SigV4FuzzSupport.nowMs + Int64(expiry + 1) * 1000) { return "verified after its expiry" }
        if verify(path: wire.path + "x") { return "verified for another path" }
        if let (name, value) = signedHeaders.first, verify(headers: [(name, value + "x")] + signedHeaders.dropFirst()) {
            return "verified with another value of a signed header"
        }
        return nil
    }
}
