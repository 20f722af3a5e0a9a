import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// Issue 13's "a file-processor that fails the event is retried twice and then the event is in the dead
/// letters", with the real file-processor of template.yaml (not the probe): its database is unreachable, so
/// it fails the S3 event with its retryable error on every attempt.
@Suite(.serialized) struct FileProcessorDeadLetterTests {
    @Test func theRealFileProcessorFailingAnUploadIsRetriedTwiceThenDeadLettered() throws {
        let harness = try CloudHarness { options in
            // Port 1 on loopback: connection refused at once, the file processor's "database unavailable".
            options.environment["DATABASE_URL"] = "postgresql://clinical_app:unused@127.0.0.1:1/clinical?connect_timeout=2"
        }
        let pool = try #require(harness.cloud.pool("file-processor"))
        let bucket = try #require(harness.cloud.template.buckets.values.first { $0.name.hasPrefix("clinical-assistant-uploads-") }?.name)
        let s3 = try #require(harness.cloud.s3).client()
        let key = "clinics/clinic-mx-001/patients/PAC-000123/documents/\(RequestIds.make())/lab-report-es.pdf"
        _ = try s3.putObject(bucket: bucket, key: key, body: Array("%PDF-1.4".utf8), contentType: "application/pdf",
                             context: AsyncInvocationTests.context())
        #expect(CloudHarness.eventually { harness.cloud.asyncInvoker.stats.accepted == 1 })
        #expect(harness.cloud.asyncInvoker.waitUntilSettled(timeoutSeconds: 90))
        let stats = harness.cloud.asyncInvoker.stats
        #expect(stats.retries == 2 && stats.deadLettered == 1 && stats.succeeded == 0)
        #expect(pool.stats.invocations == 3)
        let path = try #require(harness.deadLetters.first)
        let letter = try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(letter["requestContext"]?["condition"]?.string == "RetriesExhausted")
        #expect(letter["requestContext"]?["approximateInvokeCount"]?.number == 3)
        #expect(letter["requestContext"]?["functionArn"]?.string?.hasSuffix(":function:file-processor:$LATEST") == true)
        #expect(letter["requestPayload"]?["Records"]?.array?.first?["s3"]?["bucket"]?["name"]?.string == bucket)
        // The function's own error (it ran and failed the event), not a start-up failure.
        #expect(letter["responsePayload"]?["errorType"]?.string == "FileProcessor.RetryableFailure")
    }
}
