import AWSClients
import Foundation
import LambdaRuntime

/// Local Bedrock Data Automation runtime: InvokeDataAutomationAsync / GetDataAutomationStatus (awsJson1.1,
/// X-Amz-Target AmazonBedrockKeystoneRuntimeService.<Op>, SigV4 signing name `bedrock`), jobs run asynchronously:
/// read the input object through `s3`, write BDA's output layout to the output prefix through `s3`
/// (<prefix>/<job_id>/job_metadata.json, <prefix>/<job_id>/0/standard_output/<n>/result.json in BDA's DOCUMENT / IMAGE shapes),
/// then call `deliver` with the EventBridge completion event JSON (source aws.bedrock, detail-type
/// "Bedrock Data Automation Job Succeeded" / "... Failed With Client Error" / "... Failed With Service Error").
/// Text comes from pdftotext / pdftoppm / tesseract (DocumentTextExtractor); audio and video end in a ClientError.
/// `deliver` is called on the job's own thread; two jobs may call it at the same time.
public final class LocalDataAutomation: @unchecked Sendable {
    public static let target = "AmazonBedrockKeystoneRuntimeService"
    /// The largest input object read (BDA allows 500 MB in AWS; the local S3 holds at most 32 MiB per object).
    public static let defaultMaxInputBytes = 64 << 20

    public let region: String
    public let accountId: String
    /// The local project and profile: the only ones this endpoint knows (plus AWS's public-default project).
    public let projectArn: String
    public let profileArn: String

    private let s3: S3Client
    private let deliver: @Sendable ([UInt8]) -> Void
    private let extractor: DocumentTextExtractor
    private let maxInputBytes: Int
    private let logger: Logger
    private let jobs = OperationQueue()
    private let lock = NSLock()
    private var records: [String: JobRecord] = [:]
    private var tokens: [String: (fingerprint: String, jobId: String)] = [:]
    private var stopped = false
    private var server: HTTPServer!

    struct JobRecord {
        let request: DataAutomationRequest
        var status: String // Created | InProgress | Success | ClientError | ServiceError
        let submittedMs: Int64
        var completedMs: Int64?
        var errorMessage: String?
    }

    public convenience init(s3: S3Client, region: String = LocalCredentials.region, accountId: String = "000000000000",
                            maxConcurrentJobs: Int = 2, logger: Logger = Logger(level: .info, sink: LocalS3.standardError),
                            deliver: @escaping @Sendable (_ eventBridgeEvent: [UInt8]) -> Void) throws {
        try self.init(s3: s3, region: region, accountId: accountId, tools: DocumentTextExtractor.Tools(), maxInputBytes: Self.defaultMaxInputBytes,
                      maxConcurrentJobs: maxConcurrentJobs, logger: logger, deliver: deliver)
    }

    init(s3: S3Client, region: String, accountId: String, tools: DocumentTextExtractor.Tools, maxInputBytes: Int, maxConcurrentJobs: Int,
         logger: Logger, deliver: @escaping @Sendable ([UInt8]) -> Void) throws {
        self.s3 = s3
        self.region = region
        self.accountId = accountId
        self.projectArn = "arn:aws:bedrock:\(region):\(accountId):data-automation-project/local-clinical-documents"
        self.profileArn = "arn:aws:bedrock:\(region):\(accountId):data-automation-profile/us.data-automation-v1"
        self.extractor = DocumentTextExtractor(tools: tools)
        self.maxInputBytes = maxInputBytes
        self.logger = logger
        self.deliver = deliver
        jobs.maxConcurrentOperationCount = max(1, maxConcurrentJobs) // the tools are CPU-bound
        server = try HTTPServer(owner: self, threadName: "local-bda") { automation, request in automation.handle(request) }
    }

    public var endpointURL: String { server.baseURL }

    /// AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME + LocalCredentials.environment + BDA_PROJECT_ARN / BDA_PROFILE_ARN of the local project.
    public var environment: [String: String] {
        LocalCredentials.environment.merging([
            "AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME": endpointURL, "BDA_PROJECT_ARN": projectArn, "BDA_PROFILE_ARN": profileArn,
        ]) { $1 }
    }

    /// Stops answering; jobs already running finish but deliver no event.
    public func stop() {
        lock.lock(); stopped = true; lock.unlock()
        server.stop()
        jobs.cancelAllOperations()
    }

    func invocationArn(_ jobId: String) -> String { "arn:aws:bedrock:\(region):\(accountId):data-automation-invocation/\(jobId)" }

    // MARK: requests

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let headers = request.headers.fields.map { ($0.name, $0.value) }
        switch SigV4Verifier.verify(method: request.method, rawPath: request.path, rawQuery: request.query, headers: headers, body: request.body,
                                    secretForAccessKey: LocalCredentials.secret(forAccessKey:)) {
        case .failure(let error):
            return Self.error(403, error.awsErrorCode, error.description)
        case .success(let details) where details.service != "bedrock":
            return Self.error(403, "InvalidSignatureException", "Credential should be scoped to correct service: 'bedrock'.")
        case .success(let details) where details.region != region:
            return Self.error(403, "InvalidSignatureException", "Credential should be scoped to a valid region, not '\(details.region)'.")
        case .success:
            break
        }
        let target = request.headers["x-amz-target"] ?? ""
        guard request.method == "POST", request.path == "/", target.hasPrefix(Self.target + ".") else {
            return Self.error(400, "UnknownOperationException", "Unknown operation")
        }
        guard let body = try? JSONValue.parse(request.body), body.object != nil else {
            return Self.error(400, "SerializationException", "The request body is not a JSON object")
        }
        switch target.dropFirst(Self.target.count + 1) {
        case "InvokeDataAutomationAsync": return invokeAsync(body)
        case "GetDataAutomationStatus": return status(body)
        case "InvokeDataAutomation":
            return Self.error(400, "ValidationException", "InvokeDataAutomation (sync) is not emulated locally; use InvokeDataAutomationAsync")
        default:
            return Self.error(400, "UnknownOperationException", "Unknown operation")
        }
    }

    /// awsJson1.1 errors: the code in `x-amzn-ErrorType` and `__type`, AWS's message (never document text).
    static func error(_ status: Int, _ code: String, _ message: String) -> HTTPServer.Response {
        .json(status, "{\"__type\":\(JSONText.quoted(code)),\"message\":\(JSONText.quoted(message))}",
              headers: [("x-amzn-ErrorType", code), ("x-amzn-RequestId", UUID().uuidString.lowercased())])
    }

    private func invokeAsync(_ body: JSONValue) -> HTTPServer.Response {
        let request: DataAutomationRequest
        do {
            request = try DataAutomationRequest.parse(body, region: region, accountId: accountId, projectArn: projectArn)
        } catch {
            return Self.error(error.code == "ResourceNotFoundException" ? 404 : 400, error.code, error.message)
        }
        lock.lock()
        if let token = request.clientToken, let earlier = tokens[token] {
            lock.unlock()
            guard earlier.fingerprint == request.fingerprint else {
                return Self.error(400, "ValidationException", "clientToken was already used with different parameters")
            }
            return answer(["invocationArn": invocationArn(earlier.jobId)])
        }
        let jobId = UUID().uuidString.lowercased()
        if records.count >= Self.maxRecords { forgetOldestFinished() }
        records[jobId] = JobRecord(request: request, status: "Created", submittedMs: WallClock.nowMs())
        if let token = request.clientToken { tokens[token] = (request.fingerprint, jobId) }
        lock.unlock()
        logger.info("local data automation job created", ["jobId": .string(jobId)])
        jobs.addOperation { [weak self] in self?.run(jobId: jobId, request: request) }
        return answer(["invocationArn": invocationArn(jobId)])
    }

    /// Invocations remembered for GetDataAutomationStatus and clientToken reuse (a long `serve` stays bounded).
    static let maxRecords = 10_000

    /// Drops the oldest tenth of finished jobs and their tokens; the caller holds the lock.
    private func forgetOldestFinished() {
        let finished = records.filter { $0.value.completedMs != nil }.sorted { $0.value.submittedMs < $1.value.submittedMs }
        let forgotten = Set(finished.prefix(max(1, Self.maxRecords / 10)).map(\.key))
        for id in forgotten { records[id] = nil }
        tokens = tokens.filter { !forgotten.contains($0.value.jobId) }
    }

    private func status(_ body: JSONValue) -> HTTPServer.Response {
        let prefix = "arn:aws:bedrock:\(region):\(accountId):data-automation-invocation/"
        guard let arn = body["invocationArn"]?.string else { return Self.error(400, "ValidationException", "invocationArn is required") }
        guard arn.hasPrefix(prefix) else {
            return Self.error(400, "ValidationException", "invocationArn must be a data-automation-invocation ARN (\(prefix)<job_id>), not the bare job id")
        }
        let jobId = String(arn.dropFirst(prefix.count))
        lock.lock(); let record = records[jobId]; lock.unlock()
        guard let record else { return Self.error(404, "ResourceNotFoundException", "No invocation found for this invocationArn") }
        var answer: [String: Any] = ["status": record.status, "jobSubmissionTime": Double(record.submittedMs) / 1000]
        if let completed = record.completedMs {
            answer["jobCompletionTime"] = Double(completed) / 1000
            answer["jobDurationInSeconds"] = Int((completed - record.submittedMs) / 1000)
        }
        if record.status == "Success" {
            answer["outputConfiguration"] = ["s3Uri": Self.jobMetadataLocation(record.request.output, jobId: jobId).uri]
        }
        if let message = record.errorMessage {
            answer["errorType"] = record.status
            answer["errorMessage"] = message
        }
        return self.answer(answer)
    }

    private func answer(_ object: [String: Any]) -> HTTPServer.Response {
        HTTPServer.Response(status: 200, headers: [("Content-Type", "application/x-amz-json-1.1"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
                            body: BDAOutput.json(object))
    }

    // MARK: jobs

    static func child(_ prefix: BDAOutput.Location, _ path: String) -> BDAOutput.Location {
        BDAOutput.Location(bucket: prefix.bucket, key: prefix.key.isEmpty ? path : "\(prefix.key)/\(path)")
    }
    static func jobMetadataLocation(_ output: BDAOutput.Location, jobId: String) -> BDAOutput.Location { child(output, "\(jobId)/job_metadata.json") }

    private func update(_ jobId: String, _ change: (inout JobRecord) -> Void) {
        lock.lock(); defer { lock.unlock() }
        if var record = records[jobId] { change(&record); records[jobId] = record }
    }

    private func run(jobId: String, request: DataAutomationRequest) {
        update(jobId) { $0.status = "InProgress" }
        let started = WallClock.nowMs()
        var modality = "DOCUMENT"
        let outcome = process(jobId: jobId, request: request, modality: &modality)
        let completed = WallClock.nowMs()
        update(jobId) { record in
            record.completedMs = completed
            switch outcome {
            case .succeeded: record.status = "Success"
            case .clientError(let message): record.status = "ClientError"; record.errorMessage = message
            case .serviceError(let message): record.status = "ServiceError"; record.errorMessage = message
            }
        }
        logger.info("local data automation job finished", ["jobId": .string(jobId), "status": .string(outcome.jobStatus),
                                                            "modality": .string(modality), "durationMs": .int(completed - started)])
        guard request.eventBridgeEnabled else { return }
        let event = BDACompletionEvent.json(jobId: jobId, outcome: outcome, modality: modality, input: request.input,
                                            outputAsset: Self.child(request.output, "\(jobId)/0"), region: region, accountId: accountId,
                                            timeMs: completed, durationSeconds: Int((completed - started) / 1000))
        lock.lock(); let live = !stopped; lock.unlock()
        if live { deliver(event) }
    }

    private func process(jobId: String, request: DataAutomationRequest, modality: inout String) -> BDACompletionEvent.Outcome {
        let context = AWSCallContext(deadlineMs: WallClock.nowMs() + 60_000, traceId: nil, logger: logger)
        let object: S3Object
        do {
            object = try s3.getObject(bucket: request.input.bucket, key: request.input.key, maxBytes: maxInputBytes, context: context)
        } catch {
            if case .transport(.responseTooLarge) = error { return .clientError("The input object is larger than the local limit of \(maxInputBytes) bytes") }
            if error.isNotFound || error.code == "NoSuchBucket" { return .clientError("The input object does not exist") } // keys may name patients: no URI in messages
            if case .service(let details) = error, details.status == 403 { return .clientError("Access denied reading the input object (\(details.code))") }
            return .serviceError("Reading the input object failed: \(Self.summary(error))")
        }
        let asset = Self.child(request.output, "\(jobId)/0")
        // BDA first proves it can write the output location.
        do {
            try s3.putObject(bucket: asset.bucket, key: asset.key + "/.s3_access_check", body: [], contentType: "application/octet-stream", context: context)
        } catch {
            return .clientError("Cannot write to the output location: \(Self.summary(error))")
        }
        let kind = InputKind.sniff(object.body, key: request.input.key, contentType: object.metadata.contentType)
        modality = kind.modality
        let result: [UInt8]
        do throws(ExtractionFailure) {
            let content = try withWorkFile(object.body) { file, directory throws(ExtractionFailure) in
                try extractor.extract(kind, file: file, workDirectory: directory)
            }
            switch content {
            case .document(let fileType, let pages):
                logger.info("local data automation text extracted", ["jobId": .string(jobId), "pages": .from(pages.count),
                                                                     "textBytes": .from(pages.reduce(0) { $0 + $1.utf8.count })])
                result = BDAOutput.document(fileType: fileType, pages: pages, input: request.input)
            case .image(let encoding, let width, let height, let lines):
                logger.info("local data automation text extracted", ["jobId": .string(jobId), "lines": .from(lines.count)])
                result = BDAOutput.image(encoding: encoding, width: width, height: height, lines: lines, input: request.input)
            }
        } catch {
            switch error {
            case .client(let message): return .clientError(message)
            case .service(let message): return .serviceError(message)
            }
        }
        let resultLocation = Self.child(asset, "standard_output/0/result.json")
        do {
            try s3.putObject(bucket: resultLocation.bucket, key: resultLocation.key, body: result, contentType: "application/json", context: context)
            let metadata = Self.jobMetadataLocation(request.output, jobId: jobId)
            try s3.putObject(bucket: metadata.bucket, key: metadata.key,
                             body: BDAOutput.jobMetadata(jobId: jobId, modality: modality, resultURI: resultLocation.uri),
                             contentType: "application/json", context: context)
        } catch {
            return .serviceError("Writing the output failed: \(Self.summary(error))")
        }
        return .succeeded
    }

    /// The S3 error's code and status, not its full text.
    static func summary(_ error: AWSCallError) -> String {
        if case .service(let details) = error { return "HTTP \(details.status) \(details.code)" }
        return error.description
    }

    /// The input written to a file in a private temporary directory (the tools read files), removed afterwards.
    private func withWorkFile<T>(_ bytes: [UInt8], _ body: (String, String) throws(ExtractionFailure) -> T) throws(ExtractionFailure) -> T {
        var template = Array((FileManager.default.temporaryDirectory.path + "/local-bda-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .service("cannot create a temporary directory")
        }
        let directory = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/input"
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw .service("cannot write the input to a temporary file")
        }
        return try body(file, directory)
    }
}
