import AWSClients
import Foundation
import LambdaRuntime
import OpenSSLCrypto

/// Local S3: path-style, loopback, objects stored under `root` (e.g. .local/s3), every request SigV4-verified
/// with the local credential pair (header form with `x-amz-content-sha256` checked against the body, or a
/// presigned query with its expiry and signed headers such as `Content-Type`/`Content-Length` enforced).
/// Emulates PutObject, GetObject, HeadObject, DeleteObject, CreateBucket, HeadBucket, DeleteBucket and
/// ListObjectsV2 with S3's XML error shapes; anything else answers 501 NotImplemented. After each successful
/// PUT, `onObjectCreated` gets S3's `ObjectCreated:Put` notification, off the request thread, in PUT order.
public final class LocalS3: @unchecked Sendable {
    public struct ObjectCreated: Sendable {
        public let bucket: String, key: String, size: Int64, eTag: String, sequencer: String
        /// The S3 notification event (one record, `ObjectCreated:Put`, key form-encoded) as S3 sends it to Lambda.
        public let eventJSON: [UInt8]
    }

    /// The largest object a PUT may carry (the loopback server's codec refuses bodies above 32 MiB itself).
    public static let defaultMaxObjectBytes = HTTP1.maxBodySize
    /// S3's limit on user metadata (`x-amz-meta-*` names and values).
    static let maxMetadataBytes = 2048
    static let unsignedPayload = "UNSIGNED-PAYLOAD"

    public let region: String
    let store: LocalS3ObjectStore
    private let maxObjectBytes: Int
    private let configurationId: String
    private let onObjectCreated: @Sendable (ObjectCreated) -> Void
    private let notifications = DispatchQueue(label: "local-s3.notifications")
    private let logger: Logger
    private let sequence = NSLock()
    private var lastSequencer: UInt64 = 0
    private var server: HTTPServer!
    /// Each bucket's CORS rules (`LocalS3CORS`); none: no preflight succeeds, as in S3.
    private let corsLock = NSLock()
    private var corsRules: [String: [CloudTemplate.BucketCORSRule]] = [:]

    public init(root: String, port: UInt16 = 0, region: String = LocalCredentials.region,
                maxObjectBytes: Int = LocalS3.defaultMaxObjectBytes, notificationConfigurationId: String = "local-object-created",
                logger: Logger = Logger(level: .info, sink: LocalS3.standardError),
                onObjectCreated: @escaping @Sendable (ObjectCreated) -> Void) throws {
        self.region = region
        self.store = try LocalS3ObjectStore(root: root)
        self.maxObjectBytes = maxObjectBytes
        self.configurationId = notificationConfigurationId
        self.logger = logger
        self.onObjectCreated = onObjectCreated
        server = try HTTPServer(port: port, owner: self, threadName: "local-s3") { s3, request in s3.handle(request) }
    }

    /// http://127.0.0.1:PORT
    public var endpointURL: String { server.baseURL }

    /// AWS_ENDPOINT_URL_S3 + LocalCredentials.environment
    public var environment: [String: String] {
        LocalCredentials.environment.merging(["AWS_ENDPOINT_URL_S3": endpointURL]) { $1 }
    }

    /// An S3 client of this endpoint, signing with the local credentials.
    public func client(http: HTTPClient = .shared) -> S3Client {
        S3Client(configuration: AWSServiceConfiguration(
            service: .s3, region: region, endpoint: endpointURL, isCustomEndpoint: true,
            credentials: .success(AWSCredentials(accessKeyId: LocalCredentials.accessKeyId, secretAccessKey: LocalCredentials.secretAccessKey)),
            retry: RetryPolicy()), http: http)
    }

    /// Creates the bucket when it does not exist yet (idempotent, as S3 in us-east-1 is for its owner).
    public func createBucket(_ name: String) throws {
        guard Self.isValidBucketName(name) else { throw S3Error.invalidBucketName }
        try store.createBucket(name)
    }

    public func stop() { server.stop() }

    /// The bucket's `CorsConfiguration` (replaces any earlier one; empty removes it).
    public func setCORSRules(_ rules: [CloudTemplate.BucketCORSRule], bucket: String) {
        corsLock.lock(); defer { corsLock.unlock() }
        corsRules[bucket] = rules.isEmpty ? nil : rules
    }

    private func corsRules(of request: HTTPServer.Request) -> [CloudTemplate.BucketCORSRule] {
        let bucket = AWSURIEncoding.decode(String(request.path.dropFirst().split(separator: "/", maxSplits: 1).first ?? ""))
        corsLock.lock(); defer { corsLock.unlock() }
        return corsRules[bucket] ?? []
    }

    public static let standardError: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }

    /// S3's bucket naming rules: 3–63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.
    static func isValidBucketName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        func alnum(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
        return (3...63).contains(bytes.count) && bytes.allSatisfy { alnum($0) || $0 == 46 || $0 == 45 }
            && alnum(bytes.first!) && alnum(bytes.last!) && !name.contains("..")
    }

    // MARK: requests

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let started = WallClock.monotonicNs()
        let requestId = Self.newRequestId()
        var operation = "Unknown"
        var response: HTTPServer.Response
        if request.method == "OPTIONS" {
            // A browser's CORS preflight: unsigned, answered from the bucket's CORS rules.
            operation = "PreflightRequest"
            response = LocalS3CORS.preflight(corsRules(of: request), origin: request.headers["Origin"],
                                             method: request.headers["Access-Control-Request-Method"],
                                             requestHeaders: request.headers["Access-Control-Request-Headers"], requestId: requestId)
        } else {
            do throws(S3Error) {
                try authenticate(request)
                response = try route(request, requestId: requestId, operation: &operation)
            } catch {
                response = errorResponse(error, requestId: requestId, withBody: request.method != "HEAD")
            }
            if let origin = request.headers["Origin"] {
                response.headers += LocalS3CORS.responseHeaders(corsRules(of: request), origin: origin, method: request.method)
            }
        }
        response.headers.append(("x-amz-request-id", requestId))
        response.headers.append(("x-amz-id-2", requestId))
        // Ids, sizes and timings only: keys may name patients.
        logger.info("local s3", ["operation": .string(operation), "status": .from(response.status), "requestBytes": .from(request.body.count),
                                 "responseBytes": .from(response.body.count), "durationUs": .from(Int((WallClock.monotonicNs() - started) / 1000)),
                                 "s3RequestId": .string(requestId)])
        return response
    }

    private func errorResponse(_ error: S3Error, requestId: String, withBody: Bool) -> HTTPServer.Response {
        guard withBody else { return HTTPServer.Response(status: error.status) } // HEAD answers carry no body
        return HTTPServer.Response(status: error.status, headers: [("Content-Type", "application/xml")], body: Array(error.xml(requestId: requestId).utf8))
    }

    /// Either SigV4 form, with the local credential pair, for service `s3` in this region.
    private func authenticate(_ request: HTTPServer.Request) throws(S3Error) {
        let headers = request.headers.fields.map { ($0.name, $0.value) }
        let presigned = request.query.split(separator: "&").contains { $0.hasPrefix("X-Amz-Signature=") }
        if !presigned {
            guard request.headers["authorization"] != nil else { throw .accessDenied }
            guard request.headers["x-amz-content-sha256"] != nil else { throw .missingContentSHA256 }
        }
        if let declared = request.headers["content-length"], Int(declared) != request.body.count { throw .incompleteBody }
        if let declared = request.headers["x-amz-content-sha256"], declared != LocalS3.unsignedPayload,
           declared.hasPrefix("STREAMING-") {
            throw .notImplemented("aws-chunked uploads (\(declared))")
        }
        switch SigV4Verifier.verifyAny(method: request.method, rawPath: request.path, rawQuery: request.query, headers: headers,
                                       body: request.body, secretForAccessKey: LocalCredentials.secret(forAccessKey:)) {
        case .failure(let error):
            throw Self.s3Error(for: error, presigned: presigned)
        case .success(let details):
            let malformed = presigned ? S3Error.malformedPresignedQuery : S3Error.malformedAuthorization
            guard details.service == "s3" else {
                throw malformed("The authorization is malformed; incorrect service \"\(details.service)\". This endpoint belongs to \"s3\".")
            }
            guard details.region == region else {
                throw malformed("The authorization is malformed; the region '\(details.region)' is wrong; expecting '\(region)'")
            }
        }
        // A presigned request may still declare its payload's hash; S3 holds it to it.
        if presigned, let declared = request.headers["x-amz-content-sha256"], declared != LocalS3.unsignedPayload,
           declared != Hex.encode(SHA256Digest.hash(request.body)) {
            throw .contentSHA256Mismatch
        }
    }

    static func s3Error(for error: SigV4VerificationError, presigned: Bool) -> S3Error {
        switch error {
        case .missingAuthorization: return .accessDenied
        case .unknownAccessKey: return .invalidAccessKeyId
        case .expired: return .expired
        case .requestTimeSkewed: return .requestTimeTooSkewed
        case .payloadHashMismatch: return .contentSHA256Mismatch
        case .missingDate: return S3Error(status: 403, code: "AccessDenied", message: "AWS authentication requires a valid Date or x-amz-date header")
        // A header the URL signed but the request did not send (or sent otherwise) changes the canonical request.
        case .signatureMismatch, .headerNotSigned: return .signatureDoesNotMatch
        case .malformedAuthorization(let why): return .malformedAuthorization("The authorization header is malformed; \(why)")
        case .malformedQuery(let why): return .malformedPresignedQuery("Query-string authentication is malformed; \(why)")
        case .scopeDateMismatch:
            return presigned ? .malformedPresignedQuery("The credential scope date does not match X-Amz-Date")
                             : .malformedAuthorization("The authorization header is malformed; the credential date does not match X-Amz-Date")
        }
    }

    private func route(_ request: HTTPServer.Request, requestId: String, operation: inout String) throws(S3Error) -> HTTPServer.Response {
        let path = request.path
        guard path.hasPrefix("/"), path.count > 1 else { operation = "ListBuckets"; throw .notImplemented("ListBuckets") }
        let rest = path.dropFirst()
        let slash = rest.firstIndex(of: "/")
        let bucket = AWSURIEncoding.decode(String(slash.map { rest[..<$0] } ?? rest))
        let rawKey = slash.map { String(rest[rest.index(after: $0)...]) } ?? ""
        let query = Self.parameters(request.query)
        if rawKey.isEmpty { return try bucketOperation(request.method, bucket: bucket, query: query, operation: &operation) }
        let key = AWSURIEncoding.decode(rawKey)
        guard key.utf8.count <= 1024 else { throw .keyTooLong }
        let allowed: Set<String> = ["x-id", "response-content-type", "response-content-disposition", "response-cache-control",
                                    "response-content-language", "response-expires", "response-content-encoding"]
        if let other = query.keys.first(where: { !allowed.contains($0) }) { throw .notImplemented("The object subresource '\(other)'") }
        switch request.method {
        case "PUT":
            operation = "PutObject"
            return try putObject(request, bucket: bucket, key: key, requestId: requestId)
        case "GET":
            operation = "GetObject"
            return try getObject(bucket: bucket, key: key, query: query, withBody: true)
        case "HEAD":
            operation = "HeadObject"
            return try getObject(bucket: bucket, key: key, query: query, withBody: false)
        case "DELETE":
            operation = "DeleteObject"
            do { try store.delete(bucket: bucket, key: key) } catch { throw Self.s3Error(for: error, bucket: bucket) }
            return HTTPServer.Response(status: 204)
        case "POST":
            operation = "POST"
            throw .notImplemented("POST on an object (multipart uploads)")
        default:
            throw .methodNotAllowed
        }
    }

    private func bucketOperation(_ method: String, bucket: String, query: [String: String], operation: inout String) throws(S3Error) -> HTTPServer.Response {
        guard Self.isValidBucketName(bucket) else { throw .invalidBucketName }
        let subresources = query.keys.filter { $0 != "x-id" }
        switch method {
        case "PUT" where subresources.isEmpty:
            operation = "CreateBucket"
            do { try store.createBucket(bucket) } catch { throw .internalError }
            return HTTPServer.Response(status: 200, headers: [("Location", "/\(bucket)")])
        case "HEAD" where subresources.isEmpty:
            operation = "HeadBucket"
            guard store.bucketExists(bucket) else { throw .noSuchBucket(bucket) }
            return HTTPServer.Response(status: 200, headers: [("x-amz-bucket-region", region)])
        case "DELETE" where subresources.isEmpty:
            operation = "DeleteBucket"
            do { try store.deleteBucket(bucket) } catch { throw Self.s3Error(for: error, bucket: bucket) }
            return HTTPServer.Response(status: 204)
        case "GET" where query["list-type"] == "2":
            operation = "ListObjectsV2"
            return try listObjectsV2(bucket: bucket, query: query)
        case "GET" where subresources.isEmpty:
            operation = "ListObjects"
            throw .notImplemented("ListObjects (version 1); use ListObjectsV2 (list-type=2)")
        default:
            operation = "\(method) bucket"
            throw .notImplemented("\(method) on a bucket with \(subresources.sorted().joined(separator: ", "))")
        }
    }

    static func s3Error(for error: Error, bucket: String) -> S3Error {
        switch error as? LocalS3ObjectStore.Failure {
        case .noSuchBucket?: return .noSuchBucket(bucket)
        case .bucketNotEmpty?: return .bucketNotEmpty
        default: return .internalError
        }
    }

    // MARK: objects

    private func putObject(_ request: HTTPServer.Request, bucket: String, key: String, requestId: String) throws(S3Error) -> HTTPServer.Response {
        if request.headers["x-amz-copy-source"] != nil { throw .notImplemented("CopyObject") }
        guard request.body.count <= maxObjectBytes else { throw .entityTooLarge(maxObjectBytes) }
        if let md5 = request.headers["content-md5"] {
            guard let given = Base64.decode(md5), given.count == 16 else { throw .invalidDigest }
            guard given == MD5Digest.hash(request.body) else { throw .badDigest }
        }
        var metadata: [String: String] = [:]
        var stored: [String: String] = [:]
        for field in request.headers.fields {
            let name = field.name.lowercased()
            if name.hasPrefix("x-amz-meta-") { metadata[String(name.dropFirst("x-amz-meta-".count))] = field.value }
        }
        guard metadata.reduce(0, { $0 + $1.key.utf8.count + $1.value.utf8.count }) <= Self.maxMetadataBytes else {
            throw S3Error(status: 400, code: "MetadataTooLarge", message: "Your metadata headers exceed the maximum allowed metadata size.")
        }
        for name in LocalS3ObjectStore.storedHeaderNames { if let value = request.headers[name] { stored[name] = value } }
        let object: LocalS3ObjectStore.StoredObject
        do {
            object = try store.put(bucket: bucket, key: key, body: request.body,
                                   contentType: request.headers["content-type"] ?? "binary/octet-stream", metadata: metadata, storedHeaders: stored)
        } catch { throw Self.s3Error(for: error, bucket: bucket) }
        notify(object, bucket: bucket, requestId: requestId)
        return HTTPServer.Response(status: 200, headers: [("ETag", "\"\(object.eTag)\"")])
    }

    private func getObject(bucket: String, key: String, query: [String: String], withBody: Bool) throws(S3Error) -> HTTPServer.Response {
        let found: (LocalS3ObjectStore.StoredObject, [UInt8])?
        do {
            if withBody { found = try store.get(bucket: bucket, key: key) } else { found = try store.head(bucket: bucket, key: key).map { ($0, []) } }
        } catch { throw Self.s3Error(for: error, bucket: bucket) }
        guard let (object, body) = found else { throw .noSuchKey }
        var headers: [(String, String)] = []
        // HTTPServer frames every answer by its body, so a HEAD answer would say 0 bytes: the object's length goes
        // first, where clients (libcurl, S3Client) read it. Remove once HTTPServer lets a HEAD answer keep its own.
        if !withBody { headers.append(("Content-Length", String(object.size))) }
        headers += [("Content-Type", query["response-content-type"] ?? object.contentType), ("ETag", "\"\(object.eTag)\""),
                    ("Last-Modified", HTTPDate.rfc1123(ms: object.lastModifiedMs)), ("Accept-Ranges", "bytes")]
        for name in LocalS3ObjectStore.storedHeaderNames {
            if let value = query["response-" + name.lowercased()] ?? object.storedHeaders[name] { headers.append((name, value)) }
        }
        for (name, value) in object.metadata.sorted(by: { $0.key < $1.key }) { headers.append(("x-amz-meta-" + name, value)) }
        return HTTPServer.Response(status: 200, headers: headers, body: body)
    }

    private func notify(_ object: LocalS3ObjectStore.StoredObject, bucket: String, requestId: String) {
        let sequencer = nextSequencer()
        let event = S3NotificationEvent.objectCreatedPut(bucket: bucket, key: object.key, size: object.size, eTag: object.eTag,
                                                         sequencer: sequencer, region: region, eventTimeMs: object.lastModifiedMs,
                                                         requestId: requestId, sourceIP: "127.0.0.1", configurationId: configurationId)
        let created = ObjectCreated(bucket: bucket, key: object.key, size: object.size, eTag: object.eTag, sequencer: sequencer, eventJSON: event)
        let deliver = onObjectCreated
        notifications.async { deliver(created) }
    }

    /// S3's sequencer: hex that grows with each event (compare same-length values as strings).
    private func nextSequencer() -> String {
        sequence.lock(); defer { sequence.unlock() }
        lastSequencer = max(lastSequencer + 1, UInt64(WallClock.nowMs()) * 1_000_000)
        return Hex.fixedWidth(lastSequencer, digits: 18).uppercased()
    }

    // MARK: ListObjectsV2

    private func listObjectsV2(bucket: String, query: [String: String]) throws(S3Error) -> HTTPServer.Response {
        let prefix = query["prefix"] ?? ""
        let delimiter = query["delimiter"] ?? ""
        var maxKeys = 1000
        if let text = query["max-keys"] {
            guard let value = Int(text), value >= 0 else { throw .invalidArgument("Provided max-keys not an integer or within integer range") }
            maxKeys = min(value, 1000)
        }
        let urlEncoded: Bool
        switch query["encoding-type"] {
        case nil: urlEncoded = false
        case "url"?: urlEncoded = true
        default: throw .invalidArgument("Invalid Encoding Method specified in Request")
        }
        var after = query["start-after"]
        var skipPrefix: String?
        if let token = query["continuation-token"] {
            guard let marker = ListToken.decode(token) else { throw .invalidArgument("The continuation token provided is incorrect") }
            after = marker.after
            skipPrefix = marker.commonPrefix
        }
        let candidates: [LocalS3ObjectStore.StoredObject]
        do { candidates = try store.keys(bucket: bucket, prefix: prefix, after: after) } catch { throw Self.s3Error(for: error, bucket: bucket) }

        var contents: [LocalS3ObjectStore.StoredObject] = []
        var commonPrefixes: [String] = []
        var last: ListToken?
        var truncated = false
        for object in candidates {
            if let skipPrefix, object.key.utf8.starts(with: skipPrefix.utf8) { continue }
            let groupedUnder = delimiter.isEmpty ? nil : Self.commonPrefix(of: object.key, after: prefix, delimiter: delimiter)
            if let groupedUnder, groupedUnder == commonPrefixes.last { continue }
            if contents.count + commonPrefixes.count == maxKeys { truncated = maxKeys > 0; break }
            if let groupedUnder {
                commonPrefixes.append(groupedUnder)
                last = ListToken(after: object.key, commonPrefix: groupedUnder)
            } else {
                contents.append(object)
                last = ListToken(after: object.key, commonPrefix: nil)
            }
        }
        func value(_ text: String) -> String { urlEncoded ? S3NotificationEvent.formEncodedKey(text) : text }
        var xml = S3XML.declaration + "<ListBucketResult xmlns=\"\(S3XML.namespace)\">"
        xml += S3XML.element("Name", bucket) + S3XML.element("Prefix", value(prefix))
        if !delimiter.isEmpty { xml += S3XML.element("Delimiter", value(delimiter)) }
        xml += S3XML.element("MaxKeys", String(maxKeys)) + S3XML.element("KeyCount", String(contents.count + commonPrefixes.count))
        xml += S3XML.element("IsTruncated", truncated ? "true" : "false")
        if urlEncoded { xml += S3XML.element("EncodingType", "url") }
        if let token = query["continuation-token"] { xml += S3XML.element("ContinuationToken", token) }
        if let startAfter = query["start-after"] { xml += S3XML.element("StartAfter", value(startAfter)) }
        if truncated, let last { xml += S3XML.element("NextContinuationToken", last.encoded) }
        for object in contents {
            xml += "<Contents>" + S3XML.element("Key", value(object.key)) + S3XML.element("LastModified", WallClock.iso8601(ms: object.lastModifiedMs))
                + S3XML.element("ETag", "\"\(object.eTag)\"") + S3XML.element("Size", String(object.size))
                + S3XML.element("StorageClass", "STANDARD") + "</Contents>"
        }
        for common in commonPrefixes { xml += "<CommonPrefixes>" + S3XML.element("Prefix", value(common)) + "</CommonPrefixes>" }
        xml += "</ListBucketResult>"
        return HTTPServer.Response(status: 200, headers: [("Content-Type", "application/xml")], body: Array(xml.utf8))
    }

    /// The key up to and including the first `delimiter` after `prefix` (byte-wise, as S3), or nil.
    static func commonPrefix(of key: String, after prefix: String, delimiter: String) -> String? {
        let bytes = Array(key.utf8), mark = Array(delimiter.utf8)
        var index = prefix.utf8.count
        while index + mark.count <= bytes.count {
            if Array(bytes[index..<(index + mark.count)]) == mark { return String(decoding: bytes[0..<(index + mark.count)], as: UTF8.self) }
            index += 1
        }
        return nil
    }

    /// The opaque continuation token: where the previous page stopped (and the common prefix it ended on).
    struct ListToken: Codable {
        let after: String
        let commonPrefix: String?
        var encoded: String { (try? JSONEncoder().encode(self)).map { Base64.encode(Array($0)) } ?? "" }
        static func decode(_ token: String) -> ListToken? {
            Base64.decode(token).flatMap { try? JSONDecoder().decode(ListToken.self, from: Data($0)) }
        }
    }

    /// The query's parameters but the SigV4 ones, decoded (`+` as a space, as S3 reads query strings).
    static func parameters(_ rawQuery: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for item in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = AWSURIEncoding.decode(parts[0].replacingOccurrences(of: "+", with: " "))
            if name.hasPrefix("X-Amz-") { continue }
            let value = parts.count > 1 ? AWSURIEncoding.decode(parts[1].replacingOccurrences(of: "+", with: " ")) : ""
            if parameters[name] == nil { parameters[name] = value }
        }
        return parameters
    }

    static func newRequestId() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.fixedWidth(generator.next(), digits: 16).uppercased()
    }
}

/// HTTP dates (RFC 1123, always GMT), as S3 writes `Last-Modified`.
enum HTTPDate {
    static func rfc1123(ms: Int64) -> String {
        var seconds = time_t(ms / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
