import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// S3 notifications and EventBridge events reach their functions as Lambda's async invoke does.
@Suite(.serialized) struct AsyncInvocationTests {
    static func context() -> AWSCallContext {
        AWSCallContext(deadlineMs: WallClock.nowMs() + 20_000, traceId: nil, logger: Logger(level: .fatal, sink: { _ in }))
    }

    @Test func aPutNotifiesTheFunctionPerTheTemplatesFilter() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let s3 = try #require(harness.cloud.s3).client()
        let bucket = "uploads-000000000000-probe"
        _ = try s3.putObject(bucket: bucket, key: "uploads/clinic 1/análisis.pdf", body: Array("%PDF-1.4".utf8), contentType: "application/pdf", context: Self.context())
        _ = try s3.putObject(bucket: bucket, key: "elsewhere/x.pdf", body: [1], contentType: "application/pdf", context: Self.context())
        #expect(CloudHarness.eventually { harness.records.count == 1 })
        #expect(harness.cloud.asyncInvoker.waitUntilSettled(timeoutSeconds: 10))
        usleep(200_000)
        #expect(harness.records.count == 1) // the other key is outside the prefix filter
        let record = try #require(harness.records.first)
        let event = try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: harness.state + "/records/" + record))))
        let first = try #require(event["Records"]?.array?.first)
        #expect(first["eventName"]?.string == "ObjectCreated:Put")
        #expect(first["s3"]?["bucket"]?["name"]?.string == bucket)
        #expect(first["s3"]?["object"]?["key"]?.string == "uploads/clinic+1/an%C3%A1lisis.pdf") // form-encoded, as S3 sends it
        #expect(harness.cloud.asyncInvoker.stats.succeeded == 1)
        #expect(harness.deadLetters.isEmpty)
    }

    @Test func aFailingEventIsRetriedTwiceThenDeadLettered() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let s3 = try #require(harness.cloud.s3).client()
        _ = try s3.putObject(bucket: "uploads-000000000000-probe", key: "uploads/fail-me.pdf", body: [1, 2], contentType: "application/pdf", context: Self.context())
        #expect(CloudHarness.eventually { harness.cloud.asyncInvoker.stats.accepted == 1 })
        #expect(harness.cloud.asyncInvoker.waitUntilSettled(timeoutSeconds: 15))
        #expect(harness.records.count == 3) // the first attempt and two retries
        #expect(Set(harness.records.map { $0.prefix(36) }).count == 1) // one request id on every attempt
        let stats = harness.cloud.asyncInvoker.stats
        #expect(stats.retries == 2 && stats.deadLettered == 1 && stats.succeeded == 0)
        let path = try #require(harness.deadLetters.first)
        #expect(harness.deadLetters.count == 1)
        let letter = try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(letter["version"]?.string == "1.0")
        #expect(letter["timestamp"]?.string?.hasSuffix("Z") == true)
        #expect(letter["requestContext"]?["condition"]?.string == "RetriesExhausted")
        #expect(letter["requestContext"]?["approximateInvokeCount"]?.number == 3)
        #expect(letter["requestContext"]?["functionArn"]?.string == "arn:aws:lambda:us-east-1:000000000000:function:cloud-probe:$LATEST")
        #expect(letter["requestContext"]?["requestId"]?.string == String(harness.records[0].prefix(36)))
        #expect(letter["requestPayload"]?["Records"]?.array?.first?["s3"]?["object"]?["key"]?.string == "uploads/fail-me.pdf")
        #expect(letter["responseContext"]?["functionError"]?.string == "Unhandled")
        #expect(letter["responsePayload"]?["errorType"]?.string == "ProbeFailure")
    }

    @Test func eventBridgeRulesRouteCompletionEvents() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let matching = #"{"version":"0","id":"1","detail-type":"Bedrock Data Automation Job Succeeded","source":"aws.bedrock","account":"000000000000","region":"us-east-1","time":"2026-12-01T00:00:00Z","resources":[],"detail":{"job_id":"j-1","job_status":"SUCCESS"}}"#
        let other = #"{"version":"0","id":"2","detail-type":"Something Else","source":"aws.bedrock","detail":{}}"#
        harness.cloud.eventBridgeEvent(Array(matching.utf8))
        harness.cloud.eventBridgeEvent(Array(other.utf8))
        #expect(harness.cloud.asyncInvoker.waitUntilSettled(timeoutSeconds: 10))
        #expect(harness.records.count == 1)
        #expect(harness.cloud.asyncInvoker.stats.accepted == 1)
    }
}
