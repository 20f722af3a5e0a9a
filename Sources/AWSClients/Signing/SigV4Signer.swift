import LambdaRuntime
import OpenSSLCrypto

/// AWS Signature Version 4: header signing for API calls and query signing
/// for presigned URLs. `service` is the signing name (`bedrock` for the
/// Bedrock runtime, `s3`, `secretsmanager`), not the endpoint prefix.
public struct SigV4Signer: Sendable {
    public let credentials: AWSCredentials
    public let region: String
    public let service: String

    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// Everything one signature was computed from, for tests and diagnostics
    /// (holds no secret: the signing key is not kept).
    public struct Signature: Sendable {
        public let canonicalRequest: String
        public let stringToSign: String
        public let signature: String
        public let signedHeaders: String
        public let credentialScope: String
    }

    /// Signs `request` in place: sets `X-Amz-Date`, `X-Amz-Security-Token` when
    /// there is a session token, `X-Amz-Content-SHA256` for S3, and `Authorization`.
    @discardableResult
    public func sign(_ request: inout HTTPRequest, nowMs: Int64 = WallClock.nowMs()) throws -> Signature {
        let date = SigV4Date(milliseconds: nowMs)
        let url = try SigV4Canonical.URLParts(request.url)
        for name in ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"] {
            request.headers.removeAll { asciiLowercased($0.0) == name }
        }
        request.headers.append(("X-Amz-Date", date.amzDate))
        if let token = credentials.sessionToken { request.headers.append(("X-Amz-Security-Token", token)) }
        let payloadHash = Hex.encode(SHA256Digest.hash(request.body))
        if service == "s3" { request.headers.append(("X-Amz-Content-SHA256", payloadHash)) }

        let signed = SigV4Canonical.headers(signableHeaders(request.headers, host: url.host))
        let result = compute(method: request.method, uri: SigV4Canonical.uri(path: url.path, service: service),
                             query: SigV4Canonical.query(url.query), headers: signed, payloadHash: payloadHash, date: date)
        request.headers.append(("Authorization",
            "\(SigV4Canonical.algorithm) Credential=\(credentials.accessKeyId)/\(result.credentialScope), SignedHeaders=\(result.signedHeaders), Signature=\(result.signature)"))
        return result
    }

    /// A presigned URL (query signing). `headers` are signed too, so the caller
    /// of the URL must send them unchanged (e.g. `Content-Type`). S3 signs
    /// `UNSIGNED-PAYLOAD`: the body is not known when the URL is made.
    public func presignedURL(method: String, url: String, headers: [(String, String)] = [],
                             expiresIn seconds: Int, nowMs: Int64 = WallClock.nowMs()) throws -> (url: String, signature: Signature) {
        guard (1...604_800).contains(seconds) else { throw SigV4Error.invalidExpiry(seconds) }
        let date = SigV4Date(milliseconds: nowMs)
        let parts = try SigV4Canonical.URLParts(url)
        let signed = SigV4Canonical.headers(signableHeaders(headers, host: parts.host))
        let scope = SigV4Canonical.scope(date: date, region: region, service: service)
        var authParameters = [
            ("X-Amz-Algorithm", SigV4Canonical.algorithm),
            ("X-Amz-Credential", "\(credentials.accessKeyId)/\(scope)"),
            ("X-Amz-Date", date.amzDate),
            ("X-Amz-Expires", String(seconds)),
            ("X-Amz-SignedHeaders", signed.map(\.name).joined(separator: ";")),
        ]
        if let token = credentials.sessionToken { authParameters.append(("X-Amz-Security-Token", token)) }
        let authQuery = authParameters
            .map { "\($0.0)=\(AWSURIEncoding.encode($0.1, keepingSlashes: false))" }
            .joined(separator: "&")
        let query = parts.query.isEmpty ? authQuery : parts.query + "&" + authQuery
        let payloadHash = service == "s3" ? SigV4Canonical.unsignedPayload : Hex.encode(SHA256Digest.hash([UInt8]()))
        let result = compute(method: method, uri: SigV4Canonical.uri(path: parts.path, service: service),
                             query: SigV4Canonical.query(query), headers: signed, payloadHash: payloadHash, date: date)
        let base = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return ("\(base)?\(query)&X-Amz-Signature=\(result.signature)", result)
    }

    private func signableHeaders(_ headers: [(String, String)], host: String) -> [(String, String)] {
        var kept = headers.filter { !SigV4Canonical.unsignedHeaderNames.contains(asciiLowercased($0.0)) }
        if !kept.contains(where: { asciiLowercased($0.0) == "host" }) { kept.append(("host", host)) }
        return kept
    }

    private func compute(method: String, uri: String, query: String, headers: [(name: String, value: String)],
                         payloadHash: String, date: SigV4Date) -> Signature {
        let canonical = SigV4Canonical.request(method: method.uppercased(), uri: uri, query: query, headers: headers, payloadHash: payloadHash)
        let scope = SigV4Canonical.scope(date: date, region: region, service: service)
        let stringToSign = SigV4Canonical.stringToSign(date: date, scope: scope, canonicalRequest: canonical)
        let key = SigV4Canonical.signingKey(secret: credentials.secretAccessKey, date: date, region: region, service: service)
        let signature = Hex.encode(HMACSHA256.authenticationCode(key: key, message: stringToSign))
        return Signature(canonicalRequest: canonical, stringToSign: stringToSign, signature: signature,
                         signedHeaders: headers.map(\.name).joined(separator: ";"), credentialScope: scope)
    }
}
