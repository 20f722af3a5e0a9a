import LambdaRuntime

/// S3 objects: GetObject (bounded), HeadObject, PutObject, DeleteObject and
/// presigned PUT/GET URLs. Path-style addressing on a custom endpoint,
/// virtual-hosted on AWS. Keys go on the wire encoded once, exactly as signed
/// (`./`, `../` and `//` included).
public final class S3Client: Sendable {
    let caller: AWSServiceCaller
    public var configuration: AWSServiceConfiguration { caller.configuration }

    public init(environment: Environment, http: HTTPClient = .shared) throws {
        caller = AWSServiceCaller(configuration: try AWSServiceConfiguration(service: .s3, environment: environment), http: http)
    }

    public init(configuration: AWSServiceConfiguration, http: HTTPClient = .shared) {
        caller = AWSServiceCaller(configuration: configuration, http: http)
    }

    /// The object's URL. Buckets with dots use path style on AWS too (their
    /// names do not match the wildcard certificate).
    public func objectURL(bucket: String, key: String) throws(AWSCallError) -> String {
        try Self.validate(bucket: bucket, key: key)
        let encodedKey = AWSURIEncoding.encode(key, keepingSlashes: true)
        if configuration.isCustomEndpoint || bucket.contains(".") {
            return "\(configuration.endpoint)/\(bucket)/\(encodedKey)"
        }
        let host = configuration.endpoint.dropFirst("https://".count)
        return "https://\(bucket).\(host)/\(encodedKey)"
    }

    public func getObject(bucket: String, key: String, maxBytes: Int, context: AWSCallContext) throws(AWSCallError) -> S3Object {
        let response = try send("GetObject", HTTPRequest(method: "GET", url: objectURL(bucket: bucket, key: key)), context, maxBytes: maxBytes)
        return S3Object(body: response.body, metadata: S3ObjectMetadata(response: response))
    }

    public func headObject(bucket: String, key: String, context: AWSCallContext) throws(AWSCallError) -> S3ObjectMetadata {
        S3ObjectMetadata(response: try send("HeadObject", HTTPRequest(method: "HEAD", url: objectURL(bucket: bucket, key: key)), context))
    }

    /// Returns the new object's ETag.
    @discardableResult
    public func putObject(bucket: String, key: String, body: [UInt8], contentType: String, context: AWSCallContext) throws(AWSCallError) -> String? {
        let request = HTTPRequest(method: "PUT", url: try objectURL(bucket: bucket, key: key), headers: [("Content-Type", contentType)], body: body)
        return try send("PutObject", request, context).header("ETag")
    }

    public func deleteObject(bucket: String, key: String, context: AWSCallContext) throws(AWSCallError) {
        _ = try send("DeleteObject", HTTPRequest(method: "DELETE", url: objectURL(bucket: bucket, key: key)), context)
    }

    /// A URL anyone can PUT the object to until it expires (at most 7 days).
    /// With `contentType` and `contentLength`, both are signed: the upload must send exactly that
    /// `Content-Type` and a body of exactly that many bytes, or S3 refuses it (SignatureDoesNotMatch).
    public func presignedPutURL(bucket: String, key: String, expiresIn seconds: Int, contentType: String?, contentLength: Int64? = nil,
                                nowMs: Int64 = WallClock.nowMs()) throws(AWSCallError) -> String {
        var headers: [(String, String)] = []
        if let contentType { headers.append(("Content-Type", contentType)) }
        if let contentLength { headers.append(("Content-Length", String(contentLength))) }
        return try presign("PUT", bucket: bucket, key: key, expiresIn: seconds, headers: headers, nowMs: nowMs)
    }

    /// A URL anyone can GET the object from until it expires (at most 7 days).
    public func presignedGetURL(bucket: String, key: String, expiresIn seconds: Int, nowMs: Int64 = WallClock.nowMs()) throws(AWSCallError) -> String {
        try presign("GET", bucket: bucket, key: key, expiresIn: seconds, headers: [], nowMs: nowMs)
    }

    private func presign(_ method: String, bucket: String, key: String, expiresIn seconds: Int, headers: [(String, String)],
                         nowMs: Int64) throws(AWSCallError) -> String {
        let credentials: AWSCredentials
        switch configuration.credentials {
        case .success(let value): credentials = value
        case .failure(let error): throw .missingCredentials(error)
        }
        let url = try objectURL(bucket: bucket, key: key)
        do {
            return try SigV4Signer(credentials: credentials, region: configuration.region, service: "s3")
                .presignedURL(method: method, url: url, headers: headers, expiresIn: seconds, nowMs: nowMs).url
        } catch {
            throw .invalidRequest("\(error)")
        }
    }

    private func send(_ operation: String, _ request: HTTPRequest, _ context: AWSCallContext, maxBytes: Int = 1 << 20) throws(AWSCallError) -> HTTPResponse {
        do {
            return try caller.send(operation: operation, request, context: context, maxResponseBytes: maxBytes)
        } catch .service(let details) where details.code.isEmpty && details.status == 404 {
            // HEAD answers carry no body, hence no code.
            throw .service(AWSErrorDetails(status: 404, code: "NotFound", message: "no such object", requestId: details.requestId))
        }
    }

    /// Bucket naming rules (lower-case, digits, dots, hyphens; 3-63) and S3's 1024-byte key limit.
    static func validate(bucket: String, key: String) throws(AWSCallError) {
        let bytes = Array(bucket.utf8)
        guard (3...63).contains(bytes.count),
              bytes.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 }),
              bytes.first != 46, bytes.first != 45, bytes.last != 46, bytes.last != 45 else {
            throw .invalidRequest("invalid bucket name")
        }
        guard !key.isEmpty, key.utf8.count <= 1024 else { throw .invalidRequest("S3 keys must be 1 to 1024 bytes") }
    }
}
