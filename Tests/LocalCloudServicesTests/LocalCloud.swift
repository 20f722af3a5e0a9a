import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// Shared helpers: a LocalS3 in a scratch directory, signed raw calls, a collector of delivered events.
enum LocalCloud {
    static let quiet = Logger(level: .fatal, sink: { _ in })

    static func context(seconds: Int64 = 20) -> AWSCallContext {
        AWSCallContext(deadlineMs: WallClock.nowMs() + seconds * 1000, traceId: nil, logger: quiet)
    }

    static func scratchDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("local-cloud-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let localCredentials = AWSCredentials(accessKeyId: LocalCredentials.accessKeyId, secretAccessKey: LocalCredentials.secretAccessKey)

    /// A request signed in the header form (SigV4Signer adds X-Amz-Content-SHA256 for s3), sent as it is.
    static func signedCall(_ method: String, _ url: String, headers: [(String, String)] = [], body: [UInt8] = [], service: String = "s3",
                           credentials: AWSCredentials = localCredentials, region: String = LocalCredentials.region,
                           alter: (inout HTTPRequest) -> Void = { _ in }) throws -> HTTPResponse {
        var request = HTTPRequest(method: method, url: url, headers: headers, body: body)
        try SigV4Signer(credentials: credentials, region: region, service: service).sign(&request)
        alter(&request)
        return try HTTPClient.shared.send(request, timeoutMs: 20_000)
    }

    static func xmlValue(_ name: String, in response: HTTPResponse) -> String? {
        let text = String(decoding: response.body, as: UTF8.self)
        guard let open = text.range(of: "<\(name)>"), let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    static func xmlValues(_ name: String, in response: HTTPResponse) -> [String] {
        var values: [String] = []
        var text = Substring(String(decoding: response.body, as: UTF8.self))
        while let open = text.range(of: "<\(name)>"), let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex) {
            values.append(String(text[open.upperBound..<close.lowerBound]))
            text = text[close.upperBound...]
        }
        return values
    }

    static func unescapeXML(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Events a local service delivered, for a test to wait on.
final class Delivered<Value: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    private var values: [Value] = []

    func append(_ value: Value) {
        lock.lock(); values.append(value); lock.broadcast(); lock.unlock()
    }

    var all: [Value] { lock.lock(); defer { lock.unlock() }; return values }

    /// Waits until `count` values arrived or `seconds` passed; returns what arrived.
    func wait(for count: Int, seconds: Double = 10) -> [Value] {
        let deadline = Date().addingTimeInterval(seconds)
        lock.lock(); defer { lock.unlock() }
        while values.count < count && lock.wait(until: deadline) {}
        return values
    }
}

/// A LocalS3 on a scratch root with one bucket, collecting its notifications.
final class S3Fixture: @unchecked Sendable {
    let root: String
    let s3: LocalS3
    let bucket = "clinical-uploads"
    let created = Delivered<LocalS3.ObjectCreated>()

    init(maxObjectBytes: Int = LocalS3.defaultMaxObjectBytes) throws {
        root = try LocalCloud.scratchDirectory()
        let created = self.created
        s3 = try LocalS3(root: root, maxObjectBytes: maxObjectBytes, logger: LocalCloud.quiet) { created.append($0) }
        try s3.createBucket(bucket)
    }

    var client: S3Client { s3.client() }
    func url(_ key: String) -> String { "\(s3.endpointURL)/\(bucket)/\(AWSURIEncoding.encode(key, keepingSlashes: true))" }

    deinit {
        s3.stop()
        try? FileManager.default.removeItem(atPath: root)
    }
}
