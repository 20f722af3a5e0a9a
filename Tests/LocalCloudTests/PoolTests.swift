import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// Lambda behaviour of the pools: concurrency, timeouts, crashes, memory, idle stops, logs.
@Suite(.serialized) struct PoolTests {
    @Test func parallelSlowRequestsStartMoreProcesses() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        #expect(pool.maxConcurrency == FunctionPool.defaultConcurrency)
        let results = Locked<[Int32]>([])
        parallel(8) {
            if let response = try? harness.call("GET", "/open/x?action=sleep&ms=1500"), response.status == 200,
               let pid = harness.json(response)?["pid"]?.number {
                results.withValue { $0.append(Int32(pid)) }
            }
        }
        let pids = results.value
        #expect(pids.count == 8)
        #expect(Set(pids).count == 8, "8 parallel slow requests should each get a process of their own (limit 10)")
        #expect(pool.stats.coldStarts == Set(pids).count)
        #expect(pool.stats.peakConcurrency > 1)
        // Cold starts are logged with their init time.
        #expect(harness.logLines.contains { $0.contains("\"type\":\"platform.initReport\"") && $0.contains("initDurationMs") })
    }

    @Test func reservedConcurrencyBoundsTheProcesses() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let pool = try #require(harness.cloud.pool("SmallProbeFunction"))
        #expect(pool.maxConcurrency == 2)
        let statuses = Locked<[Int]>([])
        parallel(4) {
            let status = (try? harness.call("GET", "/small?action=sleep&ms=2000"))?.status ?? 0
            statuses.withValue { $0.append(status) }
        }
        // Two run; the two over the limit are throttled (Lambda's 429, API Gateway's 500), never queued.
        #expect(statuses.value.sorted() == [200, 200, 500, 500])
        #expect(pool.stats.coldStarts == 2)
        #expect(pool.stats.throttles == 2)
        #expect(pool.processCount == 2)
    }

    @Test func aTimedOutProcessIsKilledAndReplaced() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let pool = try #require(harness.cloud.pool("TimeoutProbeFunction"))
        let warm = try harness.call("GET", "/short?action=sleep&ms=10")
        let firstPid = harness.json(warm)?["pid"]?.number
        let started = Date()
        let timedOut = try harness.call("GET", "/short?action=sleep&ms=5000")
        #expect(timedOut.status == 502) // a function error: its own timeout (1 s) came before the integration's
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(pool.stats.timeouts == 1)
        #expect(harness.logLines.contains { $0.contains("Task timed out after 1.00 seconds") })
        let next = try harness.call("GET", "/short?action=sleep&ms=10")
        #expect(next.status == 200)
        #expect(harness.json(next)?["pid"]?.number != firstPid)
        #expect(pool.stats.coldStarts == 2)
    }

    @Test func theIntegrationTimeoutIsA504() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml()) { $0.integrationTimeoutSeconds = 1 }
        let started = Date()
        let response = try harness.call("GET", "/open/x?action=sleep&ms=2500")
        #expect(response.status == 504)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"message": "Endpoint request timed out"}"#)
        #expect(Date().timeIntervalSince(started) < 2.2)
        // The invocation goes on (as in Lambda) and its process serves again afterwards.
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        #expect(CloudHarness.eventually(seconds: 20) { pool.stats.timeouts == 0 && harness.logLines.contains { $0.contains("platform.report") } })
    }

    @Test func aCrashIsReportedAndTheNextInvocationGetsAFreshProcess() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        let before = harness.json(try harness.call("GET", "/open/x?action=sleep&ms=1"))?["pid"]?.number
        #expect(try harness.call("GET", "/open/x?action=crash").status == 502)
        #expect(pool.stats.crashes == 1)
        #expect(harness.logLines.contains { $0.contains("Runtime exited with error: exit status 3") })
        let after = harness.json(try harness.call("GET", "/open/x?action=sleep&ms=1"))?["pid"]?.number
        #expect(after != nil && after != before)
    }

    @Test func pastItsMemorySizeAProcessIsKilled() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        #expect(try harness.call("GET", "/open/x?action=allocate&mb=16").status == 200)
        #expect(try harness.call("GET", "/open/x?action=allocate&mb=200").status == 502) // MemorySize 128
        #expect(pool.stats.outOfMemory == 1)
        #expect(harness.logLines.contains { $0.contains("platform.outOfMemory") })
        #expect(try harness.call("GET", "/open/x").status == 200)
    }

    @Test func idleProcessesAreStopped() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml()) { $0.idleSeconds = 0.5 }
        let pool = try #require(harness.cloud.pool("CloudProbeFunction"))
        #expect(try harness.call("GET", "/open/x").status == 200)
        #expect(pool.processCount == 1)
        #expect(CloudHarness.eventually(seconds: 20) { pool.processCount == 0 })
        #expect(pool.stats.idleStops == 1)
        #expect(try harness.call("GET", "/open/x").status == 200) // a cold start again
        #expect(pool.stats.coldStarts == 2)
    }

    @Test func logsAreTaggedWithFunctionAndRequestId() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let response = try harness.call("GET", "/open/x?action=sleep&ms=1")
        let requestId = try #require(harness.json(response)?["requestId"]?.string)
        #expect(CloudHarness.eventually(seconds: 20) {
            harness.logLines.contains { line in
                guard let record = try? JSONValue.parse(line) else { return false }
                return record["function"]?.string == "cloud-probe" && record["requestId"]?.string == requestId
                    && record["record"]?["message"]?.string == "cloud probe"
            }
        })
        #expect(harness.logLines.allSatisfy { (try? JSONValue.parse($0)) != nil }) // JSON lines, every one
    }
}

/// A value shared by test threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func withValue(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}

/// Runs `body` on `count` threads at once (not a thread pool sized to the cores) and waits for all.
func parallel(_ count: Int, _ body: @escaping @Sendable () -> Void) {
    let group = DispatchGroup()
    for _ in 0..<count {
        group.enter()
        Thread { body(); group.leave() }.start()
    }
    group.wait()
}
