import AWSClients
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// How the local model behind LocalBedrock answers, switchable while a test runs.
final class ModelBehaviour: @unchecked Sendable {
    enum Extraction { case json, proseOnce, prose }
    private let lock = NSLock()
    private var extractionMode = Extraction.json
    private var embeddingsFail = false
    private var embedded = 0

    var extraction: Extraction {
        get { lock.lock(); defer { lock.unlock() }; return extractionMode }
        set { lock.lock(); extractionMode = newValue; lock.unlock() }
    }
    var failEmbeddings: Bool {
        get { lock.lock(); defer { lock.unlock() }; return embeddingsFail }
        set { lock.lock(); embeddingsFail = newValue; lock.unlock() }
    }
    var embeddingCalls: Int { lock.lock(); defer { lock.unlock() }; return embedded }

    /// Extraction prompts get the rule-based extraction of the (redacted) document as JSON; others the offline model.
    func converse(system: String?, user: String) -> String {
        guard let answer = OfflineExtractionAnswer.respond(toUser: user) else {
            return OfflineClinicalModel().respond(toConverseSystem: system, user: user)
        }
        lock.lock(); defer { lock.unlock() }
        switch extractionMode {
        case .json: return "```json\n\(answer)\n```"
        case .prose: return "Here is the extraction you asked for: \(answer)"
        case .proseOnce:
            extractionMode = .json
            return "Sure! The patient has several diagnoses."
        }
    }

    /// A wrong-sized vector makes the client fail the call (as a broken endpoint would), past every retry.
    func embed(_ text: String, dimensions: Int) -> [Float] {
        lock.lock()
        embedded += 1
        let fail = embeddingsFail
        lock.unlock()
        return fail ? [] : HashedEmbedding.embed(text, dimensions: dimensions)
    }
}

/// The real `file-processor` binary driven through the Runtime API emulator, calling LocalBedrock (SigV4
/// verified), the test's BDA stand-in (SigV4 verified), moto's S3 server and the real local database.
final class FileProcessorHarness {
    static let modelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    static let embeddingModelId = "amazon.titan-embed-text-v2:0"
    static let projectArn = "arn:aws:bedrock:us-east-1:123456789012:data-automation-project/test-project"
    static let profileArn = "arn:aws:bedrock:us-east-1:123456789012:data-automation-profile/us.data-automation-v1"

    let behaviour = ModelBehaviour()
    let dataAutomation: DataAutomationStandIn
    let bucket: String
    let s3: S3Client
    let run: LocalFunctionRun
    var bedrock: LocalBedrock { run.bedrock }
    var emulator: RuntimeEmulator { run.emulator }
    var process: FunctionProcess { run.process }
    var logURL: URL { run.logURL }

    init(environment: [String: String] = [:]) throws {
        let behaviour = self.behaviour
        dataAutomation = try DataAutomationStandIn()
        bucket = "fp-test-\(UUID().uuidString.lowercased().prefix(13))"
        s3 = S3Client(configuration: AWSServiceConfiguration(service: .s3, region: "us-east-1", endpoint: try MotoS3.endpoint(),
                                                             isCustomEndpoint: true,
                                                             credentials: .success(AWSCredentials(accessKeyId: LocalCredentials.accessKeyId,
                                                                                                  secretAccessKey: LocalCredentials.secretAccessKey)),
                                                             retry: RetryPolicy(maxAttempts: 2)))
        try MotoS3.createBucket(bucket)
        var env: [String: String] = [:]
        env["AWS_ENDPOINT_URL_S3"] = try MotoS3.endpoint()
        env["AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME"] = dataAutomation.endpointURL
        env["DATABASE_URL"] = try TestDatabase.appURL()
        env["UPLOAD_BUCKET"] = bucket
        env["MODEL_ID"] = Self.modelId
        env["EMBEDDING_MODEL_ID"] = Self.embeddingModelId
        env["BDA_PROJECT_ARN"] = Self.projectArn
        env["BDA_PROFILE_ARN"] = Self.profileArn
        env["AWS_MAX_ATTEMPTS"] = "3"
        env["AWS_LAMBDA_LOG_LEVEL"] = "DEBUG"
        env.merge(environment) { $1 }
        _ = try TestDatabase.app() // migrated before the function starts
        run = try LocalFunctionRun(function: "file-processor", environment: env,
                                   converse: { behaviour.converse(system: $0, user: $1) }, embed: { behaviour.embed($0, dimensions: $1) })
    }

    deinit { stop() }

    func stop() {
        run.stop()
        dataAutomation.stop()
    }

    /// Everything the function wrote so far (logs and metrics).
    var logs: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: [String: Any]
        let requestId: String
        var errorCode: String? { (body["error"] as? [String: Any])?["code"] as? String }
        subscript(_ key: String) -> Any? { body[key] }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    enum Outcome { case response([String: Any]), functionError(String) }

    /// Invokes with a raw event: the decoded payload, or the function's error.
    func invoke(_ event: [UInt8], timeoutMs: Int64 = 60_000) throws -> Outcome {
        let id = emulator.enqueue(event, timeoutMs: timeoutMs)
        switch emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + timeoutMs + 5_000, giveUp: { !self.process.isRunning }) {
        case .response(let bytes)?: return .response((try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]) ?? [:])
        case .error(let body, _)?: return .functionError(String(decoding: body, as: UTF8.self))
        case nil: throw Failure(description: "no outcome (init error: \(emulator.initError.map { String(decoding: $0, as: UTF8.self) } ?? "none"))")
        }
    }

    func invokeJSON(_ object: [String: Any]) throws -> Outcome {
        try invoke(Array(JSONSerialization.data(withJSONObject: object)))
    }

    /// An API Gateway REST (v1) proxy request as the authorizer passes it on.
    func request(_ method: String, resource: String, path: String, pathParameters: [String: String]? = nil,
                 query: [String: String]? = nil, body: String? = nil, headers: [String: String] = ["Content-Type": "application/json"],
                 caller: Caller) throws -> Response {
        let requestId = UUID().uuidString.lowercased()
        let event = RESTProxyRequest.event(method, resource: resource, path: path, pathParameters: pathParameters, query: query,
                                           body: body, headers: headers, caller: caller, requestId: requestId)
        guard case .response(let response) = try invokeJSON(event) else { throw Failure(description: "API request failed the invocation") }
        let answer = RESTProxyRequest.answer(response)
        return Response(status: answer.status, headers: answer.headers, body: answer.body, requestId: requestId)
    }

    func upload(patientId: String, fileName: String, contentType: String, sizeBytes: Int, caller: Caller) throws -> Response {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: [
            "patientId": patientId, "fileName": fileName, "contentType": contentType, "sizeBytes": sizeBytes,
        ]), as: UTF8.self)
        return try request("POST", resource: "/uploads", path: "/uploads", body: body, caller: caller)
    }

    func document(_ id: String, caller: Caller) throws -> Response {
        try request("GET", resource: "/documents/{documentId}", path: "/documents/\(id)", pathParameters: ["documentId": id],
                    headers: [:], caller: caller)
    }

    func delete(_ id: String, caller: Caller) throws -> Response {
        try request("DELETE", resource: "/documents/{documentId}", path: "/documents/\(id)", pathParameters: ["documentId": id],
                    headers: [:], caller: caller)
    }

    func list(patientId: String, query: [String: String]? = nil, caller: Caller) throws -> Response {
        try request("GET", resource: "/patients/{patientId}/documents", path: "/patients/\(patientId)/documents",
                    pathParameters: ["patientId": patientId], query: query, headers: [:], caller: caller)
    }

    /// PUTs `body` to a presigned upload URL over plain HTTP with the headers the API said to send.
    func put(_ upload: Response, body: [UInt8]) throws -> Int {
        let url = try #require(upload["uploadUrl"] as? String)
        let headers = try #require(upload["headers"] as? [String: String])
        let request = HTTPRequest(method: "PUT", url: url, headers: headers.filter { $0.key != "Content-Length" }.map { ($0.key, $0.value) },
                                  body: body)
        return try HTTPClient.shared.send(request, timeoutMs: 20_000).status
    }

    /// The key of an uploaded document, from the presigned URL's path (moto's path style: /bucket/key).
    static func objectKey(of upload: Response, bucket: String) throws -> String {
        let text = try #require(upload["uploadUrl"] as? String)
        let url = try #require(URLComponents(string: text))
        return String(url.path.dropFirst(bucket.count + 2))
    }

    /// An S3 ObjectCreated:Put event for `key`, encoded as S3 encodes notification keys.
    func s3Event(keys: [String], bucket: String? = nil, size: Int = 0, eventTime: String = "2026-12-01T09:00:00.000Z") -> [String: Any] {
        ["Records": keys.map { key -> [String: Any] in
            [
                "eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
                "eventTime": ISO8601DateFormatter().string(from: Date()), "eventName": "ObjectCreated:Put",
                "s3": ["s3SchemaVersion": "1.0", "configurationId": "uploads",
                       "bucket": ["name": bucket ?? self.bucket, "arn": "arn:aws:s3:::\(bucket ?? self.bucket)"],
                       "object": ["key": Self.s3NotificationEncoding(key), "size": size, "sequencer": "0055AED6DCD90281E5"]],
            ]
        }]
    }

    /// The EventBridge event BDA sends when a job ends.
    func bdaEvent(jobId: String, detailType: String, detail extra: [String: Any] = [:]) -> [String: Any] {
        var detail: [String: Any] = ["job_id": jobId, "job_status": "SUCCESS", "semantic_modality": "Document",
                                     "output_s3_location": ["s3_bucket": bucket, "name": "bda-output/\(jobId)/0"], "error_message": ""]
        detail.merge(extra) { $1 }
        return ["version": "0", "id": UUID().uuidString.lowercased(), "detail-type": detailType, "source": "aws.bedrock",
                "account": "123456789012", "time": ISO8601DateFormatter().string(from: Date()), "region": "us-east-1",
                "resources": [], "detail": detail]
    }

    /// Form encoding as S3 applies it to notification keys (space → `+`, everything else unreserved escaped).
    static func s3NotificationEncoding(_ key: String) -> String {
        var out = ""
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: " "): out += "+"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default: out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// Waits for the emulator to be idle enough: polls a document until `done` or the time is up.
    func waitForDocument(_ id: String, caller: Caller, timeoutMs: Int64 = 20_000, until done: (Response) -> Bool) throws -> Response {
        let end = WallClock.nowMs() + timeoutMs
        var last = try document(id, caller: caller)
        while !done(last) && WallClock.nowMs() < end {
            usleep(100_000)
            last = try document(id, caller: caller)
        }
        return last
    }
}


/// moto's S3 server, started by `make test` (MOTO_ENDPOINT_URL); its absence fails the test.
enum MotoS3 {
    static func endpoint() throws -> String {
        let value = ProcessInfo.processInfo.environment["MOTO_ENDPOINT_URL"] ?? ""
        return try #require(value.hasPrefix("http://127.0.0.1:") ? value : nil,
                            "MOTO_ENDPOINT_URL is not set to a loopback moto server: run `eval \"$(.ci/moto-server.sh start)\"; export MOTO_ENDPOINT_URL` first")
    }

    static func createBucket(_ bucket: String) throws {
        var request = HTTPRequest(method: "PUT", url: "\(try endpoint())/\(bucket)")
        try SigV4Signer(credentials: AWSCredentials(accessKeyId: "AKIDMOTO", secretAccessKey: "moto-secret"), region: "us-east-1", service: "s3")
            .sign(&request)
        let status = try HTTPClient.shared.send(request, timeoutMs: 20_000).status
        #expect(status == 200, "CreateBucket answered \(status)")
    }

    static func context() -> AWSCallContext {
        AWSCallContext(deadlineMs: WallClock.nowMs() + 20_000, traceId: nil, logger: Logger(level: .error))
    }
}
