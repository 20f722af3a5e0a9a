import APIHandling
import AWSClients
import AWSEvents
import Clinical
import LambdaRuntime
import Store

/// A BDA job event from EventBridge: the document is found by its job (never by the event's paths), a
/// failure marks it FAILED with BDA's message, a success is claimed conditionally (a duplicate event does
/// nothing) and its output read from the prefix the document recorded, then processed like a text upload.
struct DataAutomationCompletion: Sendable {
    /// A result.json larger than this is refused (a 3,000-page PDF's Markdown stays well below).
    static let maxResultBytes = 64 << 20

    let configuration: FileProcessorConfiguration
    let s3: S3Client
    let provider: DatabaseProvider
    let pipeline: DocumentPipeline
    let settlement: FailureSettlement

    func handle(_ event: DataAutomationJobEvent, context lambda: LambdaContext) throws -> [UInt8] {
        let logger = lambda.logger
        guard let jobId = event.jobId, !jobId.isEmpty else {
            logger.warn("data automation event without job_id ignored", ["detailType": .string(event.detailType)])
            return Array(#"{"ignored":"no job_id"}"#.utf8)
        }
        switch event.outcome {
        case .created, .other:
            logger.info("data automation event ignored", ["jobId": .string(jobId), "detailType": .string(event.detailType)])
            return Array(#"{"ignored":"not a completion"}"#.utf8)
        case .succeeded, .clientError, .serviceError:
            break
        }
        let database: Database
        let row: DocumentRow?
        do {
            database = try provider.database(context: AWSCallContext(lambda))
            row = try database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents.find(bdaJobId: jobId)
        } catch {
            throw DocumentProcessingRetry(message: "the database was unavailable (\(error.errorCode))")
        }
        guard let row else {
            logger.warn("no document waits for this data automation job; ignored", ["jobId": .string(jobId)])
            return Array(#"{"ignored":"unknown job"}"#.utf8)
        }
        if event.outcome != .succeeded {
            let message = event.failureText.map { FailureText.sanitized($0) } ?? "no error message"
            let retryable = event.outcome == .serviceError
            let access = AuditAccess(requestId: lambda.requestId, identity: DocumentPipeline.systemIdentity, clinicId: row.clinicId,
                                     action: "document.process", resourceType: "document")
            do {
                try database.audited(access, timeoutMs: DocumentPipeline.timeoutMs(lambda)) { tx in
                    let changed = try tx.documents.markFailed(id: row.id, clinicId: row.clinicId,
                                                              reason: "Bedrock Data Automation could not process the file: \(message)",
                                                              retryable: retryable)
                    return Audited((), resourceId: row.id, outcome: changed ? .error : .notFound)
                }
            } catch {
                throw DocumentProcessingRetry(message: "the database was unavailable (\(error.errorCode))")
            }
            logger.warn("data automation job failed", ["documentId": .string(row.id), "jobId": .string(jobId),
                                                       "detailType": .string(event.detailType), "retryable": .bool(retryable)])
            return Array(#"{"document":"FAILED"}"#.utf8)
        }
        let claimed: DocumentRow?
        do {
            claimed = try database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents
                .claimCompletion(bdaJobId: jobId, leaseMs: lambda.remainingMs + UploadedObjectEvents.leaseMarginMs)
        } catch {
            throw DocumentProcessingRetry(message: "the database was unavailable (\(error.errorCode))")
        }
        guard let claimed else {
            logger.info("duplicate data automation event ignored", ["documentId": .string(row.id), "status": .string(row.status.rawValue)])
            return Array(#"{"ignored":"duplicate"}"#.utf8)
        }
        do {
            var phases = DocumentPipeline.Phases()
            let started = WallClock.monotonicNs()
            let sections = try readOutput(claimed, jobId: jobId, lambda: lambda)
            phases.readMs = DocumentPipeline.ms(since: started)
            try pipeline.process(claimed, sections: sections, phases: &phases, lambda: lambda, encoding: nil)
            removeOutput(claimed, jobId: jobId, lambda: lambda)
            return Array(#"{"document":"PROCESSED"}"#.utf8)
        } catch {
            if settlement.settle(error, row: claimed, eventTime: event.time, lambda: lambda) {
                throw DocumentProcessingRetry(message: error.reason)
            }
            return Array(#"{"document":"FAILED"}"#.utf8)
        }
    }

    /// The job's folder holds the document's text: once it is in the store, it goes (best effort; the bucket's
    /// lifecycle rule removes what this leaves).
    private func removeOutput(_ row: DocumentRow, jobId: String, lambda: LambdaContext) {
        guard let output = row.bdaOutputURI.flatMap(S3URI.init) else { return }
        do {
            let removed = try s3.deleteObjects(bucket: output.bucket, prefix: "\(output.key)/\(jobId)/", context: AWSCallContext(lambda, reservingMs: 500))
            lambda.logger.debug("data automation output removed", ["documentId": .string(row.id), "objects": .from(removed)])
        } catch {
            lambda.logger.warn("data automation output not removed; the lifecycle rule will", ["documentId": .string(row.id),
                                                                                               "error": .string(error.errorCode)])
        }
    }

    /// job_metadata.json at `<recorded prefix>/<job_id>/`, then every standard output it names — only those
    /// under the same job folder (a path elsewhere is not followed).
    private func readOutput(_ row: DocumentRow, jobId: String, lambda: LambdaContext) throws(ProcessingFailure) -> [TextSection] {
        guard let output = row.bdaOutputURI.flatMap(S3URI.init) else { throw .poisoned("the document has no recorded conversion output") }
        let aws = AWSCallContext(lambda, reservingMs: 20_000)
        let folder = "\(output.key)/\(jobId)/"
        let metadata: S3Object
        do { metadata = try s3.getObject(bucket: output.bucket, key: folder + "job_metadata.json", maxBytes: 4 << 20, context: aws) } catch {
            throw .aws(error, what: "reading the conversion's job_metadata.json")
        }
        let paths: [String]
        do { paths = try DataAutomationOutput.standardOutputPaths(jobMetadata: metadata.body) } catch {
            throw .poisoned("the conversion's output could not be read (\(error.reason))")
        }
        var sections: [TextSection] = []
        for path in paths {
            guard let uri = S3URI(path), uri.bucket == output.bucket, uri.key.hasPrefix(folder), !uri.key.contains("/../") else {
                lambda.logger.warn("standard output outside the job's folder not followed", ["documentId": .string(row.id)])
                continue
            }
            let result: S3Object
            do { result = try s3.getObject(bucket: uri.bucket, key: uri.key, maxBytes: Self.maxResultBytes, context: aws) } catch {
                if case .transport(.responseTooLarge) = error { throw .poisoned("the conversion's output is too large to process") }
                throw .aws(error, what: "reading the conversion's result")
            }
            do { sections += try DataAutomationOutput.sections(result: result.body) } catch {
                throw .poisoned("the conversion's output could not be read (\(error.reason))")
            }
        }
        guard !paths.isEmpty else { throw .poisoned("the conversion produced no output") }
        return sections
    }
}
