import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing
import TestSupport

/// moto's S3 server (started by `make test`, MOTO_ENDPOINT_URL) for the file processor's uploads.
enum MotoS3 {
    static func endpoint() throws -> String {
        let value = ProcessInfo.processInfo.environment["MOTO_ENDPOINT_URL"] ?? ""
        return try #require(value.hasPrefix("http://127.0.0.1:") ? value : nil,
                            "MOTO_ENDPOINT_URL is not set to a loopback moto server (make test starts it)")
    }

    static func client(endpoint: String? = nil) throws -> S3Client {
        S3Client(configuration: AWSServiceConfiguration(service: .s3, region: "us-east-1", endpoint: try endpoint ?? Self.endpoint(),
                                                        isCustomEndpoint: true,
                                                        credentials: .success(AWSCredentials(accessKeyId: LocalCredentials.accessKeyId,
                                                                                             secretAccessKey: LocalCredentials.secretAccessKey)),
                                                        retry: RetryPolicy(maxAttempts: 2)))
    }

    static func createBucket() throws -> String {
        let bucket = "faults-\(UUID().uuidString.lowercased().prefix(13))"
        var request = HTTPRequest(method: "PUT", url: "\(try endpoint())/\(bucket)")
        try SigV4Signer(credentials: AWSCredentials(accessKeyId: "AKIDMOTO", secretAccessKey: "moto-secret"), region: "us-east-1", service: "s3")
            .sign(&request)
        let status = try HTTPClient.shared.send(request, timeoutMs: 20_000).status
        #expect(status == 200, "CreateBucket answered \(status)")
        return bucket
    }

    static func context() -> AWSCallContext {
        AWSCallContext(deadlineMs: WallClock.nowMs() + 20_000, traceId: nil, logger: Logger(level: .error))
    }
}

extension FaultFunction {
    /// The file processor's environment against moto's S3 (or `s3Endpoint`, a forwarder in front of it).
    static func fileProcessorEnvironment(bucket: String, s3Endpoint: String? = nil) throws -> [String: String] {
        ["AWS_ENDPOINT_URL_S3": try s3Endpoint ?? MotoS3.endpoint(), "UPLOAD_BUCKET": bucket]
    }

    /// POST /uploads, then the PUT to the presigned URL: the document id, its object key and the S3 event for it.
    func uploadText(_ text: String, bucket: String, caller: Caller, patientId: String = "PAC-61") throws
        -> (id: String, key: String, event: [String: Any]) {
        let body = Array(text.utf8)
        let upload = try request("POST", resource: "/uploads", path: "/uploads",
                                 body: ["patientId": patientId, "fileName": "nota.txt", "contentType": "text/plain", "sizeBytes": body.count],
                                 caller: caller)
        #expect(upload.status == 201, "POST /uploads answered \(upload.status)")
        let id = try #require(upload["documentId"] as? String)
        let url = try #require(upload["uploadUrl"] as? String)
        let headers = try #require(upload["headers"] as? [String: String])
        let put = HTTPRequest(method: "PUT", url: url, headers: headers.filter { $0.key != "Content-Length" }.map { ($0.key, $0.value) }, body: body)
        #expect(try HTTPClient.shared.send(put, timeoutMs: 20_000).status == 200)
        let path = try #require(URLComponents(string: url)).path
        let key = String(path.dropFirst(bucket.count + 2))
        return (id, key, Self.s3Event(bucket: bucket, key: key, size: body.count))
    }

    /// An S3 ObjectCreated:Put notification (keys of this test are plain: letters, digits, `-`, `/`, `.`).
    static func s3Event(bucket: String, key: String, size: Int) -> [String: Any] {
        ["Records": [[
            "eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
            "eventTime": ISO8601DateFormatter().string(from: Date()), "eventName": "ObjectCreated:Put",
            "s3": ["s3SchemaVersion": "1.0", "configurationId": "uploads",
                   "bucket": ["name": bucket, "arn": "arn:aws:s3:::\(bucket)"],
                   "object": ["key": key, "size": size, "sequencer": "0055AED6DCD90281E5"]],
        ] as [String: Any]]]
    }

    func document(_ id: String, caller: Caller) throws -> Response {
        try request("GET", resource: "/documents/{documentId}", path: "/documents/\(id)", pathParameters: ["documentId": id], caller: caller)
    }
}
