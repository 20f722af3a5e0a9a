import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// S3 misbehaving between the upload and the file processor's read, through the real binary and moto's S3:
/// a document ends PROCESSED, or FAILED with a reason a doctor can read, or is released for Lambda's retry
/// with the reason; never stuck, never half-written.
@Suite struct S3FaultTests {
    struct Setup {
        let db: ScratchDatabase
        let bucket: String
        let function: FaultFunction
        let caller = Caller.doctor()
        func stop() { function.stop(); db.drop() }
    }

    func setUp(_ label: String, s3Endpoint: String? = nil) throws -> Setup {
        let db = try ScratchDatabase(label)
        let bucket = try MotoS3.createBucket()
        let function = try FaultFunction("file-processor", databaseURL: db.appURL,
                                         environment: try FaultFunction.fileProcessorEnvironment(bucket: bucket, s3Endpoint: s3Endpoint))
        return Setup(db: db, bucket: bucket, function: function)
    }

    func row(_ setup: Setup, _ id: String) throws -> (status: String, reason: String) {
        let row = try #require(try setup.db.query("SELECT status, coalesce(failure_reason, '') AS reason FROM documents WHERE id = $1::uuid",
                                                  [.text(id)]).rows.first)
        return (try row.string("status"), try row.string("reason"))
    }

    @Test func anObjectDeletedBetweenTheEventAndTheReadFailsTheDocumentWithAReason() throws {
        let setup = try setUp("s3_deleted")
        defer { setup.stop() }
        let upload = try setup.function.uploadText(FaultNote.text, bucket: setup.bucket, caller: setup.caller)
        try MotoS3.client().deleteObject(bucket: setup.bucket, key: upload.key, context: MotoS3.context())
        let (outcome, _, _) = try setup.function.invoke(upload.event, timeoutMs: 30_000)
        guard case .response = outcome else { Issue.record("a missing object is final, not retried: \(outcome)"); return }
        let document = try row(setup, upload.id)
        #expect(document.status == "FAILED")
        #expect(document.reason.contains("no longer in storage"))
        #expect(try setup.db.count("SELECT count(*)::int AS n FROM knowledge_chunks") == 0)
        try setup.db.expectWhole()
        #expect(setup.function.bedrock.converseRequestCount == 0, "nothing reached the model")
    }

    @Test func aHeadObjectThatDisagreesWithTheUploadFailsTheDocumentUnread() throws {
        let setup = try setUp("s3_disagree")
        defer { setup.stop() }
        let upload = try setup.function.uploadText(FaultNote.text, bucket: setup.bucket, caller: setup.caller)
        // The object replaced after the upload by one of another size and type than the upload request declared.
        _ = try MotoS3.client().putObject(bucket: setup.bucket, key: upload.key, body: Array((FaultNote.text + FaultNote.text).utf8),
                                          contentType: "application/octet-stream", context: MotoS3.context())
        let (outcome, _, _) = try setup.function.invoke(upload.event, timeoutMs: 30_000)
        guard case .response = outcome else { Issue.record("a mismatching object is final, not retried: \(outcome)"); return }
        let document = try row(setup, upload.id)
        #expect(document.status == "FAILED")
        #expect(document.reason.contains("does not match the upload request"))
        #expect(setup.function.bedrock.converseRequestCount == 0)
        try setup.db.expectWhole()
    }

    @Test func aGetObjectSlowerThanTheDeadlineReleasesTheDocumentForTheRetry() throws {
        let motoPort = try #require(URLComponents.port(of: try MotoS3.endpoint()))
        let forwarder = try LoopbackForwarder(upstreamPort: motoPort)
        defer { forwarder.stop() }
        let setup = try setUp("s3_slow", s3Endpoint: "http://\(forwarder.address)")
        defer { setup.stop() }
        let upload = try setup.function.uploadText(FaultNote.text, bucket: setup.bucket, caller: setup.caller)
        forwarder.delay("GET ", ms: 40_000)
        let (slow, ms, _) = try setup.function.invoke(upload.event, timeoutMs: 10_000)
        #expect(forwarder.delayed >= 1, "the GetObject was held")
        guard case .functionError = slow else { Issue.record("a timed-out read must fail the invocation so Lambda retries: \(slow)"); return }
        #expect(ms < 10_000, "the read was cut at the invocation's deadline (\(ms) ms)")
        let released = try row(setup, upload.id)
        #expect(released.status == "PROCESSING" && released.reason.contains("reading the document"), "released with its reason: \(released)")
        try setup.db.expectWhole()

        forwarder.delay(nil)
        let (retry, _, _) = try setup.function.invoke(upload.event, timeoutMs: 60_000)
        guard case .response = retry else { Issue.record("the retry failed: \(retry)"); return }
        #expect(try row(setup, upload.id).status == "PROCESSED")
        try setup.db.expectWhole()
    }
}
