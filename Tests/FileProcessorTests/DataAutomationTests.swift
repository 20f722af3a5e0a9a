import AWSClients
import Foundation
import LambdaRuntime
import Store
import Testing
import TestSupport

/// PDFs, images and audio through Bedrock Data Automation: the invocation, the output in BDA's layout, the
/// EventBridge completion events.
@Suite struct DataAutomationTests {
    /// Uploads a PDF, PUTs it and delivers its S3 event: the document id, key and the recorded invocation.
    func startPDF(_ harness: FileProcessorHarness, caller: Caller) throws -> (String, String, DataAutomationStandIn.Invocation) {
        let bytes = Array("%PDF-1.7 not really a pdf, BDA reads it in these tests".utf8)
        let upload = try harness.upload(patientId: "PAC-31", fileName: "laboratorio marzo.pdf", contentType: "application/pdf",
                                        sizeBytes: bytes.count, caller: caller)
        let id = try #require(upload["documentId"] as? String)
        let key = try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)
        #expect(try harness.put(upload, body: bytes) == 200)
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [key])) else { throw FileProcessorHarness.Failure(description: "S3 event failed") }
        let invocation = try #require(harness.dataAutomation.received.last)
        return (id, key, invocation)
    }

    func put(_ harness: FileProcessorHarness, _ key: String, _ json: Any) throws {
        try harness.s3.putObject(bucket: harness.bucket, key: key, body: Array(try JSONSerialization.data(withJSONObject: json)),
                                 contentType: "application/json", context: MotoS3.context())
    }

    @Test func pdfGoesToDataAutomationThenItsSuccessEventProcessesIt() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, key, invocation) = try startPDF(harness, caller: caller)
        #expect(invocation.clientToken == id, "a retry of the event starts the same job")
        #expect(invocation.inputURI == "s3://\(harness.bucket)/\(key)")
        #expect(invocation.outputURI == "s3://\(harness.bucket)/bda-output", "no trailing slash")
        #expect(invocation.projectArn == FileProcessorHarness.projectArn)
        #expect(invocation.profileArn == FileProcessorHarness.profileArn)
        #expect(invocation.eventBridgeEnabled)
        #expect(harness.dataAutomation.rejectedCount == 0, "every request was signed")

        let waiting = try harness.document(id, caller: caller)
        #expect(waiting["status"] as? String == "PROCESSING")
        let processing = try #require(waiting["processing"] as? [String: Any])
        #expect(processing["waitingFor"] as? String == "DATA_AUTOMATION")
        #expect(processing["stuck"] as? Bool == false)

        // BDA's layout: job_metadata.json names two segments (the splitter cut the file), never only /0/.
        let job = invocation.jobId
        let folder = "bda-output/\(job)"
        try put(harness, "\(folder)/0/.s3_access_check", [:] as [String: Any])
        let segments = [
            TestDocuments.documentResult(pages: [TestDocuments.note, "# Resultados\nHbA1c 9.1 %. Glucosa 182 mg/dL."], startPage: 0,
                                         bucket: harness.bucket, key: key),
            TestDocuments.documentResult(pages: ["## Plan\nMetformina 850 mg VO cada 12 horas. Control en 4 semanas.\n" + TestDocuments.long(paragraphs: 20)], startPage: 20,
                                         bucket: harness.bucket, key: key),
        ]
        for (n, segment) in segments.enumerated() { try put(harness, "\(folder)/0/standard_output/\(n)/result.json", segment) }
        try put(harness, "\(folder)/job_metadata.json", [
            "job_id": job, "job_status": "PROCESSED", "semantic_modality": "DOCUMENT",
            "output_metadata": [["asset_id": 0, "segment_metadata": (0..<2).map {
                ["standard_output_path": "s3://\(harness.bucket)/\(folder)/0/standard_output/\($0)/result.json"]
            }]],
        ])
        guard case .response = try harness.invokeJSON(harness.bdaEvent(jobId: job, detailType: "Bedrock Data Automation Job Succeeded")) else {
            Issue.record("the success event failed: \(harness.logs.suffix(1500))"); return
        }
        let done = try harness.document(id, caller: caller)
        #expect(done["status"] as? String == "PROCESSED")
        #expect((done["extraction"] as? [String: Any])?["source"] as? String == "MODEL")
        let pages = try TestDatabase.app().session(timeoutMs: TestDatabase.timeoutMs).query(
            "SELECT DISTINCT page FROM knowledge_chunks WHERE document_id = $1::uuid ORDER BY page", [.text(id)], idempotent: true)
            .rows.map { try $0.optionalInt("page") }
        #expect(pages.contains(0) && pages.contains(20), "chunk positions follow the pages, second segment from page 20: \(pages)")
        // Its text is in the store now: the job's folder is gone from the bucket.
        #expect(try harness.s3.listObjects(bucket: harness.bucket, prefix: folder + "/", context: MotoS3.context()).keys.isEmpty)
        // A duplicate completion event does nothing.
        guard case .response(let again) = try harness.invokeJSON(harness.bdaEvent(jobId: job, detailType: "Bedrock Data Automation Job Succeeded")) else {
            Issue.record("the duplicate event failed"); return
        }
        #expect(again["ignored"] as? String == "duplicate")
        let logs = harness.logs
        for secret in TestDocuments.identifiers + [key] { #expect(!logs.contains(secret)) }
    }

    @Test func failureEventMarksTheDocumentFailedWithBDAsMessage() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, _, invocation) = try startPDF(harness, caller: caller)
        let event = harness.bdaEvent(jobId: invocation.jobId, detailType: "Bedrock Data Automation Job Failed With Client Error",
                                     detail: ["job_status": "CLIENT_ERROR", "error_message": "The document is password protected."])
        guard case .response = try harness.invokeJSON(event) else { Issue.record("the failure event failed"); return }
        let failed = try harness.document(id, caller: caller)
        #expect(failed["status"] as? String == "FAILED")
        #expect(failed["failureRetryable"] as? Bool == false)
        #expect((failed["failureReason"] as? String)?.contains("The document is password protected.") == true)
    }

    @Test func aFailureEventWithoutMessageUsesItsStatusAndServiceErrorsAreRetryable() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, key, invocation) = try startPDF(harness, caller: caller)
        var event = harness.bdaEvent(jobId: invocation.jobId, detailType: "Bedrock Data Automation Job Failed With Service Error")
        var detail = event["detail"] as! [String: Any]
        detail["error_message"] = nil
        detail["job_status"] = "SERVICE_ERROR"
        event["detail"] = detail
        guard case .response = try harness.invokeJSON(event) else { Issue.record("the failure event failed"); return }
        let failed = try harness.document(id, caller: caller)
        #expect(failed["status"] as? String == "FAILED")
        #expect(failed["failureRetryable"] as? Bool == true)
        #expect((failed["failureReason"] as? String)?.contains("SERVICE_ERROR") == true)

        // Reprocessing (the ObjectCreated event again) starts a new job: the first job's token would return the failed one.
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [key])) else { Issue.record("reprocessing failed"); return }
        let again = try #require(harness.dataAutomation.received.last)
        #expect(again.clientToken == "\(id)-r1")
        #expect(again.jobId != invocation.jobId)
        #expect((try harness.document(id, caller: caller)["processing"] as? [String: Any])?["waitingFor"] as? String == "DATA_AUTOMATION")
    }

    @Test func deleteRemovesTheJobsOutputFolder() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, key, invocation) = try startPDF(harness, caller: caller)
        let folder = "bda-output/\(invocation.jobId)/"
        try put(harness, folder + "0/.s3_access_check", [:] as [String: Any])
        try put(harness, folder + "0/standard_output/0/result.json", TestDocuments.documentResult(pages: ["texto"], startPage: 0, bucket: harness.bucket, key: key))
        #expect(try harness.delete(id, caller: caller).status == 204)
        #expect(try harness.s3.listObjects(bucket: harness.bucket, prefix: folder, context: MotoS3.context()).keys.isEmpty)
        // Its completion event finds no document and changes nothing.
        guard case .response(let answer) = try harness.invokeJSON(harness.bdaEvent(jobId: invocation.jobId, detailType: "Bedrock Data Automation Job Succeeded")) else {
            Issue.record("the late event failed"); return
        }
        #expect(answer["ignored"] as? String == "unknown job")
    }

    @Test func aThrottledInvocationFailsTheEventAndItsRetryStartsTheJob() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        harness.dataAutomation.inject(status: 429, code: "ThrottlingException", times: 3)
        let bytes = Array("%PDF-1.7".utf8)
        let upload = try harness.upload(patientId: "PAC-32", fileName: "x.pdf", contentType: "application/pdf", sizeBytes: bytes.count, caller: caller)
        let id = try #require(upload["documentId"] as? String)
        let key = try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)
        #expect(try harness.put(upload, body: bytes) == 200)
        guard case .functionError(let error) = try harness.invokeJSON(harness.s3Event(keys: [key])) else {
            Issue.record("a throttled BDA call must fail the invocation so Lambda retries"); return
        }
        #expect(error.contains("FileProcessor.RetryableFailure"))
        let between = try harness.document(id, caller: caller)
        #expect(between["status"] as? String == "PROCESSING")
        #expect((between["processing"] as? [String: Any])?["waitingFor"] as? String == "RETRY")
        // Lambda's retry of the same event claims it again and starts the job.
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [key])) else { Issue.record("the retry failed"); return }
        #expect(harness.dataAutomation.received.last?.clientToken == id)
        #expect((try harness.document(id, caller: caller)["processing"] as? [String: Any])?["waitingFor"] as? String == "DATA_AUTOMATION")
    }

    @Test func aDocumentProcessingTooLongIsShownAsStuck() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, _, _) = try startPDF(harness, caller: caller)
        let owner = try TestDatabase.owner()
        _ = try owner.session(timeoutMs: TestDatabase.timeoutMs).query(
            "UPDATE documents SET processing_started_at = now() - interval '2 hours' WHERE id = $1::uuid", [.text(id)], idempotent: true)
        let processing = try #require(try harness.document(id, caller: caller)["processing"] as? [String: Any])
        #expect(processing["stuck"] as? Bool == true)
        #expect((processing["elapsedSeconds"] as? Int ?? 0) >= 7200)
    }

    @Test func aCompletionEventThatNeverCameIsFoundByTheScheduledCheck() throws {
        let harness = try FileProcessorHarness(environment: ["PROCESSING_STUCK_SECONDS": "60"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (running, _, runningJob) = try startPDF(harness, caller: caller)
        let (done, key, doneJob) = try startPDF(harness, caller: caller)
        let (refused, _, refusedJob) = try startPDF(harness, caller: caller)
        let folder = "bda-output/\(doneJob.jobId)"
        try put(harness, "\(folder)/0/standard_output/0/result.json",
                TestDocuments.documentResult(pages: [TestDocuments.note], startPage: 0, bucket: harness.bucket, key: key))
        try put(harness, "\(folder)/job_metadata.json", ["job_id": doneJob.jobId, "output_metadata": [["asset_id": 0, "segment_metadata": [
            ["standard_output_path": "s3://\(harness.bucket)/\(folder)/0/standard_output/0/result.json"]]]]])
        harness.dataAutomation.finish(doneJob.jobId, status: "Success")
        harness.dataAutomation.finish(refusedJob.jobId, status: "ClientError", message: "Unsupported file.")
        let owner = try TestDatabase.owner()
        // The check spans every clinic: documents earlier test runs left waiting for their stand-in's jobs are retired
        // (only those older than the threshold, i.e. not this run's), so that this run's are in the batch.
        _ = try owner.session(timeoutMs: TestDatabase.timeoutMs).query("""
            UPDATE documents SET status = 'FAILED', failure_reason = 'left by an earlier test run', lease_until = NULL
            WHERE status = 'PROCESSING' AND bda_job_id IS NOT NULL AND updated_at < now() - interval '1 minute'
            """, [], idempotent: true)
        for id in [running, done, refused] {
            _ = try owner.session(timeoutMs: TestDatabase.timeoutMs).query(
                "UPDATE documents SET updated_at = now() - interval '2 hours' WHERE id = $1::uuid", [.text(id)], idempotent: true)
        }
        guard case .response(let answer) = try harness.invokeJSON(["action": "reconcileDataAutomation"]) else {
            Issue.record("the scheduled check failed"); return
        }
        #expect((answer["completed"] as? Int ?? 0) >= 2)
        #expect(try harness.document(done, caller: caller)["status"] as? String == "PROCESSED")
        let failed = try harness.document(refused, caller: caller)
        #expect(failed["status"] as? String == "FAILED")
        #expect((failed["failureReason"] as? String)?.contains("Unsupported file.") == true)
        #expect(try harness.document(running, caller: caller)["status"] as? String == "PROCESSING")
        _ = runningJob
        // The late event of the completed job still does nothing twice.
        guard case .response(let late) = try harness.invokeJSON(harness.bdaEvent(jobId: doneJob.jobId, detailType: "Bedrock Data Automation Job Succeeded")) else {
            Issue.record("the late event failed"); return
        }
        #expect(late["ignored"] as? String == "duplicate")
    }
}
