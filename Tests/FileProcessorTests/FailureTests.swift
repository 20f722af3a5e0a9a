import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// Model failures: extraction falls back, embeddings fail the document (retryable) rather than mixing models.
@Suite struct FailureTests {
    func uploadText(_ harness: FileProcessorHarness, caller: Caller, text: String = TestDocuments.note) throws -> (String, [String: Any]) {
        let body = Array(text.utf8)
        let upload = try harness.upload(patientId: "PAC-61", fileName: "nota.txt", contentType: "text/plain", sizeBytes: body.count, caller: caller)
        let id = try #require(upload["documentId"] as? String)
        #expect(try harness.put(upload, body: body) == 200)
        return (id, harness.s3Event(keys: [try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)]))
    }

    @Test func bedrockThrottlingGivesTheOfflineExtractionMarkedFallback() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, event) = try uploadText(harness, caller: caller)
        harness.bedrock.inject(.error(status: 429, code: "ThrottlingException"), times: 3)
        guard case .response = try harness.invokeJSON(event) else { Issue.record("throttling must not fail the document"); return }
        let document = try harness.document(id, caller: caller)
        #expect(document["status"] as? String == "PROCESSED")
        let extraction = try #require(document["extraction"] as? [String: Any])
        #expect(extraction["source"] as? String == "FALLBACK")
        #expect((extraction["medications"] as? [[String: Any]])?.contains { ($0["name"] as? String)?.lowercased() == "metformina" } == true)
        #expect(harness.bedrock.converseRequestCount == 3, "the client's retries, then the offline extractor")
        #expect(harness.logs.contains("\"Fallbacks\""))
    }

    @Test func aMalformedAnswerIsRetriedOnceThenTheOfflineExtractorAnswers() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        harness.behaviour.extraction = .proseOnce
        let (first, firstEvent) = try uploadText(harness, caller: caller)
        guard case .response = try harness.invokeJSON(firstEvent) else { Issue.record("event failed"); return }
        #expect((try harness.document(first, caller: caller)["extraction"] as? [String: Any])?["source"] as? String == "MODEL")
        #expect(harness.bedrock.converseRequestCount == 2, "one retry after the malformed answer")

        harness.behaviour.extraction = .prose
        let (second, secondEvent) = try uploadText(harness, caller: caller)
        guard case .response = try harness.invokeJSON(secondEvent) else { Issue.record("event failed"); return }
        #expect((try harness.document(second, caller: caller)["extraction"] as? [String: Any])?["source"] as? String == "FALLBACK")
        #expect(harness.bedrock.converseRequestCount == 4, "retried once, not more")
    }

    @Test func embeddingsFailingPastRetriesFailTheDocumentRetryablyAfterLambdasLastAttempt() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        harness.behaviour.failEmbeddings = true
        let (id, event) = try uploadText(harness, caller: caller)
        // Lambda's first two attempts: the invocation fails, the document stays claimable.
        for attempt in 1...2 {
            guard case .functionError(let error) = try harness.invokeJSON(event) else {
                Issue.record("attempt \(attempt) must fail the invocation so Lambda retries"); return
            }
            #expect(error.contains("embedding model failed"))
            let between = try harness.document(id, caller: caller)
            #expect(between["status"] as? String == "PROCESSING")
            #expect((between["failureReason"] as? String)?.hasPrefix("retrying") == true)
        }
        // The third (last) attempt: FAILED, retryable, and the invocation succeeds (no endless retries).
        guard case .response = try harness.invokeJSON(event) else { Issue.record("the last attempt must not fail the invocation"); return }
        let failed = try harness.document(id, caller: caller)
        #expect(failed["status"] as? String == "FAILED")
        #expect(failed["failureRetryable"] as? Bool == true)
        #expect((failed["failureReason"] as? String)?.contains("embedding model") == true)
        // Never embedded with another model meanwhile.
        #expect(try TestDatabase.app().session(timeoutMs: TestDatabase.timeoutMs).knowledge.count(documentId: id, clinicId: caller.clinicId) == 0)

        // Reprocessing: the embeddings are back and the same ObjectCreated event is delivered again.
        harness.behaviour.failEmbeddings = false
        guard case .response = try harness.invokeJSON(event) else { Issue.record("reprocessing failed"); return }
        #expect(try harness.document(id, caller: caller)["status"] as? String == "PROCESSED")
    }

    @Test func anEmptyTextDocumentIsFailedWithAReadableReason() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, event) = try uploadText(harness, caller: caller, text: "   \n\n   ")
        guard case .response = try harness.invokeJSON(event) else { Issue.record("a poisoned file must not fail the invocation"); return }
        let failed = try harness.document(id, caller: caller)
        #expect(failed["status"] as? String == "FAILED")
        #expect(failed["failureReason"] as? String == "no readable text was found in the file")
        #expect(failed["failureRetryable"] as? Bool == false)
    }

    @Test func aDatabaseThatIsDownFailsTheEventForRetryAndTheAPIWith503() throws {
        let harness = try FileProcessorHarness(environment: ["DATABASE_URL": "postgresql://clinical_app:x@127.0.0.1:\(closedLoopbackPort())/clinical"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        guard case .functionError(let error) = try harness.invokeJSON(harness.s3Event(keys: ["clinics/\(caller.clinicId)/patients/P/documents/x/a.txt"])) else {
            Issue.record("a database outage must fail the invocation so Lambda retries"); return
        }
        #expect(error.contains("FileProcessor.RetryableFailure"))
        let read = try harness.document(UUID().uuidString.lowercased(), caller: caller)
        #expect(read.status == 503)
        #expect(read.headers["Retry-After"] != nil)
    }
}
