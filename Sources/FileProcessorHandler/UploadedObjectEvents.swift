import APIHandling
import AWSClients
import AWSEvents
import Clinical
import FoundationEssentials
import LambdaRuntime
import OpenSSLCrypto
import Store

/// S3 `ObjectCreated:*` records: each object is matched to its document by bucket and key (the key is never
/// trusted alone), claimed conditionally (a duplicate delivery finds it claimed and does nothing), checked
/// against what the upload declared, then read here (text) or handed to Bedrock Data Automation.
struct UploadedObjectEvents: Sendable {
    /// A claim outlives the invocation by this much before a retry may take it over.
    static let leaseMarginMs: Int64 = 60_000

    let configuration: FileProcessorConfiguration
    let s3: S3Client
    let dataAutomation: DataAutomationRuntimeClient
    let provider: DatabaseProvider
    let pipeline: DocumentPipeline
    let settlement: FailureSettlement

    func handle(_ event: S3Event, context lambda: LambdaContext) throws -> [UInt8] {
        var retry: ProcessingFailure?
        var outcomes: [String: Int] = [:]
        for record in event.Records {
            let outcome: String
            do {
                outcome = try handle(record, lambda: lambda)
            } catch {
                outcome = "retry"
                retry = error
            }
            outcomes[outcome, default: 0] += 1
        }
        lambda.logger.info("s3 event handled", ["records": .from(event.Records.count),
                                                "outcomes": .string(outcomes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))])
        // After every record had its turn: the retry of this event finds the finished ones done.
        if let retry { throw DocumentProcessingRetry(message: retry.reason) }
        return Array("{\"records\":\(event.Records.count)}".utf8)
    }

    /// The record's outcome name; throws only when Lambda must retry the event.
    private func handle(_ record: S3Event.Record, lambda: LambdaContext) throws(ProcessingFailure) -> String {
        let logger = lambda.logger
        guard record.eventSource == "aws:s3", record.eventName.hasPrefix("ObjectCreated:") else {
            logger.info("s3 record ignored", ["eventName": .string(String(record.eventName.prefix(64)))])
            return "ignored"
        }
        guard let key = record.s3.object.decodedKey else {
            logger.warn("s3 record with an undecodable key skipped", ["keyHash": .string(Self.hash(record.s3.object.key))])
            return "skipped"
        }
        let bucket = record.s3.bucket.name
        let row: DocumentRow?
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            row = try database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents.find(bucket: bucket, objectKey: key)
        } catch let error as StoreError { throw .store(error) } catch { throw .transient("database access failed") }
        // Keys hold clinic and patient ids: logged hashed only.
        guard let row, row.objectKey.hasPrefix(DocumentObjectKey.prefix(clinicId: row.clinicId)) else {
            logger.warn("object belongs to no document; skipped", ["keyHash": .string(Self.hash(key)), "bucketHash": .string(Self.hash(bucket))])
            return "unknown"
        }
        let leaseMs = lambda.remainingMs + Self.leaseMarginMs
        let claimed: DocumentRow?
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            claimed = try database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents
                .claimUpload(id: row.id, clinicId: row.clinicId, leaseMs: leaseMs)
        } catch let error as StoreError { throw .store(error) } catch { throw .transient("database access failed") }
        guard let claimed else {
            logger.info("duplicate delivery ignored", ["documentId": .string(row.id), "status": .string(row.status.rawValue)])
            return "duplicate"
        }
        do {
            try process(claimed, lambda: lambda)
            return claimed.contentType.hasPrefix("text/") ? "processed" : "dataAutomation"
        } catch {
            if settlement.settle(error, row: claimed, eventTime: record.eventTime, lambda: lambda) { throw error }
            return "failed"
        }
    }

    private func process(_ row: DocumentRow, lambda: LambdaContext) throws(ProcessingFailure) {
        let aws = AWSCallContext(lambda, reservingMs: 2000)
        var phases = DocumentPipeline.Phases()
        var started = WallClock.monotonicNs()
        let head: S3ObjectMetadata
        do { head = try s3.headObject(bucket: row.bucket, key: row.objectKey, context: aws) } catch {
            throw .aws(error, what: "reading the object's metadata", missing: "the uploaded file is no longer in storage")
        }
        let actualType = head.contentType.map(DocumentMediaType.essence) ?? "unknown"
        if let declared = row.sizeBytes, Int64(head.contentLength) != declared || actualType != DocumentMediaType.essence(row.contentType) {
            throw .poisoned("the uploaded file does not match the upload request (declared \(declared) bytes of \(row.contentType), "
                            + "received \(head.contentLength) bytes of \(actualType))")
        }
        guard DocumentMediaType.isText(row.contentType) else {
            try startDataAutomation(row, aws: aws, lambda: lambda)
            return
        }
        let object: S3Object
        do { object = try s3.getObject(bucket: row.bucket, key: row.objectKey, maxBytes: configuration.maxTextDocumentBytes, context: aws) } catch {
            if case .transport(.responseTooLarge) = error {
                throw .poisoned("the text document is larger than \(configuration.maxTextDocumentBytes) bytes")
            }
            throw .aws(error, what: "reading the document", missing: "the uploaded file is no longer in storage")
        }
        let decoded: (text: String, encoding: TextDocumentDecoding.Encoding)
        do { decoded = try TextDocumentDecoding.decode(object.body) } catch {
            throw .poisoned("the file is not a text document (it contains binary data)")
        }
        if decoded.encoding == .latin1 {
            lambda.logger.info("text document is not valid UTF-8; read as Latin-1", ["documentId": .string(row.id)])
        }
        phases.readMs = DocumentPipeline.ms(since: started)
        started = WallClock.monotonicNs()
        try pipeline.process(row, sections: [TextSection(text: decoded.text)], phases: &phases, lambda: lambda,
                             encoding: decoded.encoding.rawValue)
    }

    /// The document stays PROCESSING with the invocation ARN stored; the completion event finishes it.
    private func startDataAutomation(_ row: DocumentRow, aws: AWSCallContext, lambda: LambdaContext) throws(ProcessingFailure) {
        guard let project = configuration.bdaProjectArn, let profile = configuration.bdaProfileArn else {
            throw .poisoned("this deployment cannot convert \(row.contentType) files (Bedrock Data Automation is not configured)")
        }
        let output = configuration.bdaOutput
        // The same token starts the same job once (a retried event); a reprocessing round needs a new job.
        let token = row.processingRound == 0 ? row.id : "\(row.id)-r\(row.processingRound)"
        let job = DataAutomationJobRequest(clientToken: token, inputS3URI: S3URI(bucket: row.bucket, key: row.objectKey).description,
                                           outputS3URI: output.description, projectArn: project, projectStage: configuration.bdaProjectStage,
                                           profileArn: profile)
        let arn: String
        do { arn = try dataAutomation.invokeAsync(job, context: aws) } catch {
            if case .service(let details) = error, details.code == "ValidationException" {
                throw .poisoned("Bedrock Data Automation refused the file: \(FailureText.sanitized(details.message))")
            }
            throw .aws(error, what: "starting Bedrock Data Automation")
        }
        guard let jobId = DataAutomationInvocation.jobId(fromArn: arn) else {
            throw .transient("Bedrock Data Automation answered an invocation ARN of an unknown form")
        }
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            try database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents
                .recordBDAJob(id: row.id, clinicId: row.clinicId, invocationArn: arn, jobId: jobId, outputURI: output.description)
        } catch let error as StoreError { throw .store(error) } catch { throw .transient("database access failed") }
        lambda.logger.info("data automation started", ["documentId": .string(row.id), "jobId": .string(jobId),
                                                       "contentType": .string(row.contentType)])
    }

    /// The first 16 hex digits of SHA-256: enough to correlate log lines, nothing to read back.
    static func hash(_ text: String) -> String { String(Hex.encode(SHA256Digest.hash(text)).prefix(16)) }
}

/// The invocation's error when Lambda should retry the event (a transient failure; nothing was lost).
struct DocumentProcessingRetry: LambdaError {
    let message: String
    var errorType: String { "FileProcessor.RetryableFailure" }
    var errorMessage: String { message }
}

/// Text from another service shown to doctors: one line, printable, bounded.
enum FailureText {
    static func sanitized(_ text: String, limit: Int = 300) -> String {
        let line = String(text.unicodeScalars.map { $0.properties.generalCategory.isControlOrFormat ? " " : Character($0) })
        let trimmed = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return trimmed.count <= limit ? trimmed : String(trimmed.prefix(limit)) + "…"
    }
}
