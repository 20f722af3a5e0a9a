import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// Over a function's concurrency limit: a synchronous request is throttled as Lambda throttles it (API
/// Gateway answers 500), an asynchronous event waits in the queue and costs no retry.
@Suite(.serialized) struct ThrottleTests {
    /// The probe template with `function` limited to `limit` processes.
    static func template(limiting function: String, to limit: Int) -> String {
        let yaml = ProbeTemplate.yaml()
        let head = "  \(function):\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: .\n"
        precondition(yaml.contains(head), "the probe template changed shape")
        return yaml.replacingOccurrences(of: head, with: head + "      ReservedConcurrentExecutions: \(limit)\n")
    }

    /// Sends `path` on a thread; the response (or nil) when it ends.
    static func inBackground(_ harness: CloudHarness, _ path: String) -> (DispatchGroup, Locked<HTTPResponse?>) {
        let group = DispatchGroup(), result = Locked<HTTPResponse?>(nil)
        group.enter()
        Thread {
            let response = try? harness.call("GET", path)
            result.withValue { $0 = response }
            group.leave()
        }.start()
        return (group, result)
    }

    @Test func aRequestOverTheLimitIsA500AndLogged() throws {
        let harness = try CloudHarness(template: Self.template(limiting: "CloudProbeFunction", to: 1))
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        #expect(pool.maxConcurrency == 1)
        let (first, firstResult) = Self.inBackground(harness, "/open/x?action=sleep&ms=2000")
        #expect(CloudHarness.eventually { pool.stats.invocations == 1 }) // the one process is taken
        let started = Date()
        let second = try harness.call("GET", "/open/x?action=sleep&ms=2000")
        #expect(Date().timeIntervalSince(started) < 1.5, "a throttled request is answered at once, not queued")
        #expect(second.status == 500)
        #expect(String(decoding: second.body, as: UTF8.self) == #"{"message": "Internal server error"}"#)
        #expect(second.headers.first { $0.0.lowercased() == "x-amzn-errortype" }?.1 == "InternalServerErrorException")
        #expect(first.wait(timeout: .now() + 20) == .success, "the running request is not hung")
        #expect(firstResult.value?.status == 200)
        #expect(pool.stats.throttles == 1 && pool.stats.coldStarts == 1 && pool.stats.throttledWaits == 0)
        // The log line names the function, the limit and Lambda's reason; the access line says 500.
        let line = try #require(harness.logLines.first { $0.contains("\"type\":\"platform.throttle\"") })
        let record = try JSONValue.parse(Array(line.utf8))
        #expect(record["function"]?.string == "cloud-probe")
        #expect(record["limit"]?.number == 1)
        #expect(record["reason"]?.string == "ReservedFunctionConcurrentInvocationLimitExceeded")
        #expect(record["message"]?.string?.contains("throttled") == true)
        #expect(harness.logLines.contains { $0.contains("gateway.access") && $0.contains("\"status\":500") })
        // Nothing is left busy: the process serves the next request.
        #expect(try harness.call("GET", "/open/x?action=sleep&ms=1").status == 200)
        #expect(pool.processCount == 1)
    }

    @Test func aThrottledAuthorizerIsA500AuthorizerConfigurationException() throws {
        let harness = try CloudHarness(template: Self.template(limiting: "AuthorizerFunction", to: 1)) { options in
            if let probe = InvokeCommand.resolveExecutable("cloud-probe") { options.executables["AuthorizerFunction"] = probe }
        }
        let pool = try #require(harness.cloud.pool("AuthorizerFunction"))
        // The probe stands in for the authorizer: its one process is held by a slow direct invocation, so the
        // gateway's authorizer call is refused (counted in `throttles`), which API Gateway answers with a 500.
        let slow = Array(#"{"httpMethod":"GET","queryStringParameters":{"action":"sleep","ms":"2000"}}"#.utf8)
        let group = DispatchGroup()
        group.enter()
        Thread { _ = pool.invoke(slow); group.leave() }.start()
        #expect(CloudHarness.eventually { pool.stats.invocations == 1 })
        let token = try CloudHarness.doctorToken()
        let response = try harness.call("GET", "/usage", token: token)
        #expect(response.status == 500)
        #expect(response.headers.first { $0.0.lowercased() == "x-amzn-errortype" }?.1 == "AuthorizerConfigurationException")
        #expect(pool.stats.throttles == 1)
        #expect(group.wait(timeout: .now() + 20) == .success)
    }

    @Test func withAThrottleWaitTheRequestWaitsForTheProcess() throws {
        let harness = try CloudHarness(template: Self.template(limiting: "CloudProbeFunction", to: 1)) { $0.throttleWaitSeconds = 10 }
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        let (first, firstResult) = Self.inBackground(harness, "/open/x?action=sleep&ms=800")
        #expect(CloudHarness.eventually { pool.stats.invocations == 1 })
        #expect(try harness.call("GET", "/open/x?action=sleep&ms=10").status == 200)
        #expect(first.wait(timeout: .now() + 20) == .success)
        #expect(firstResult.value?.status == 200)
        #expect(pool.stats.throttledWaits == 1 && pool.stats.throttles == 0 && pool.stats.coldStarts == 1)
        #expect(harness.logLines.contains { $0.contains("\"type\":\"platform.throttleWait\"") && $0.contains("\"limit\":1") })
    }

    @Test func anAsyncEventOverTheLimitWaitsInTheQueueAndCostsNoRetry() throws {
        let harness = try CloudHarness(template: Self.template(limiting: "CloudProbeFunction", to: 1))
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        let (first, firstResult) = Self.inBackground(harness, "/open/x?action=sleep&ms=1500")
        #expect(CloudHarness.eventually { pool.stats.invocations == 1 })
        let s3 = try #require(harness.cloud.s3).client()
        _ = try s3.putObject(bucket: "uploads-000000000000-probe", key: "uploads/while-busy.pdf", body: Array("%PDF-1.4".utf8),
                             contentType: "application/pdf", context: AsyncInvocationTests.context())
        #expect(CloudHarness.eventually { pool.stats.throttledWaits == 1 })
        #expect(harness.records.isEmpty) // not run while the one process is busy ...
        #expect(first.wait(timeout: .now() + 20) == .success)
        #expect(firstResult.value?.status == 200)
        #expect(harness.cloud.asyncInvoker.waitUntilSettled(timeoutSeconds: 20))
        #expect(harness.records.count == 1) // ... and run once it is free: kept, one attempt
        let stats = harness.cloud.asyncInvoker.stats
        #expect(stats.succeeded == 1 && stats.retries == 0 && stats.deadLettered == 0)
        #expect(harness.deadLetters.isEmpty)
        #expect(pool.stats.throttles == 0)
    }
}
