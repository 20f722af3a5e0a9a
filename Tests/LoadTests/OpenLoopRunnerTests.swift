import Foundation
import LambdaRuntime
import LoadGenerator
import LocalStack
import Testing

/// The open-loop generator against a loopback server whose delays are known (HTTPServer: one thread per
/// connection, so a connection is busy exactly as long as its handler sleeps).
@Suite(.serialized) struct OpenLoopRunnerTests {
    static func server(_ delays: [String: Double], status: [String: Int] = [:]) throws -> HTTPServer {
        try HTTPServer(port: 0) { request in
            if let delay = delays[request.path] { usleep(UInt32(delay * 1e6)) }
            return .json(status[request.path] ?? 200, "{}")
        }
    }

    static func ms(_ micros: UInt64) -> Double { Double(micros) / 1000 }

    @Test func reportsTheInjectedLatencyPerRoute() throws {
        let server = try Self.server(["/fast": 0.005, "/slow": 0.060])
        defer { server.stop() }
        let runner = OpenLoopRunner(port: server.port)
        let result = runner.run(LoadPhase(name: "t", rate: 100, durationSeconds: 1.5, connections: 64)) { i in
            i % 2 == 0 ? LoadRequest(route: "fast", method: "GET", target: "/fast") : LoadRequest(route: "slow", method: "GET", target: "/slow")
        }
        #expect(result.requests == 150)
        let fast = try #require(result.routes["fast"]), slow = try #require(result.routes["slow"])
        #expect(fast.requests == 75 && slow.requests == 75)
        // Never below the injected delay; above it only by loopback and scheduling noise.
        #expect(Self.ms(fast.latency.value(atQuantile: 0.5)) >= 5 && Self.ms(fast.latency.value(atQuantile: 0.5)) < 40)
        #expect(Self.ms(slow.latency.value(atQuantile: 0.5)) >= 60 && Self.ms(slow.latency.value(atQuantile: 0.5)) < 110)
        #expect(Self.ms(slow.latency.min) >= 59)
        #expect(fast.statuses == [200: 75] && result.errors == 0)
    }

    /// One connection, 50 ms per answer, 50 requests per second due: the connection falls behind by 30 ms
    /// per request. A closed-loop tool would report ~50 ms; measured from the schedule the last request
    /// waited ~1.5 s, and the percentiles say so.
    @Test func countsAStallItCausedAsLatencyFromTheScheduledTime() throws {
        let server = try Self.server(["/x": 0.050])
        defer { server.stop() }
        let result = OpenLoopRunner(port: server.port).run(LoadPhase(name: "t", rate: 50, durationSeconds: 1, connections: 1)) { _ in
            LoadRequest(route: "x", method: "GET", target: "/x")
        }
        let x = try #require(result.routes["x"])
        #expect(x.requests == 50 && result.connectionsUsed == 1)
        #expect(Self.ms(x.service.value(atQuantile: 0.5)) < 120)          // what each exchange took
        #expect(Self.ms(x.latency.value(atQuantile: 0.5)) >= 700)         // what the schedule's users waited
        #expect(Self.ms(x.latency.max) >= 1400)                            // the last: 49 × 30 ms + 50 ms behind
        #expect(Self.ms(x.startDelay.max) >= 1300)                          // it was written that late
    }

    /// 200 ms per answer at 100 requests per second needs ~20 connections: the pool opens about that many,
    /// every request is written on time (start delay small) and the arrival rate is the one asked for.
    @Test func keepsTheArrivalRateWhenAnswersAreSlow() throws {
        let server = try Self.server(["/slow": 0.200])
        defer { server.stop() }
        let result = OpenLoopRunner(port: server.port).run(LoadPhase(name: "t", rate: 100, durationSeconds: 2, connections: 128)) { _ in
            LoadRequest(route: "slow", method: "GET", target: "/slow")
        }
        let slow = try #require(result.routes["slow"])
        #expect(slow.requests == 200)
        #expect(result.sentRate > 90 && result.sentRate < 110)
        #expect(Self.ms(slow.startDelay.value(atQuantile: 0.99)) < 60)
        #expect(result.connectionsUsed >= 20 && result.connectionsUsed < 128)
        #expect(Self.ms(slow.latency.value(atQuantile: 0.5)) >= 200 && Self.ms(slow.latency.value(atQuantile: 0.5)) < 300)
    }

    /// Bounded by count as well as time, a burst (rate 0) is all due at once, statuses are counted per route.
    @Test func stopsAtTheCountAndCountsStatuses() throws {
        let server = try Self.server([:], status: ["/busy": 503, "/gone": 404, "/refused": 403])
        defer { server.stop() }
        let started = Date()
        let result = OpenLoopRunner(port: server.port).run(LoadPhase(name: "t", rate: 1000, durationSeconds: 60, maxRequests: 40)) { i in
            let route = ["busy", "gone", "gone", "refused"][i % 4]
            return LoadRequest(route: route, method: "GET", target: "/" + route)
        }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(result.requests == 40)
        #expect(result.routes["busy"]?.statuses == [503: 10] && result.routes["gone"]?.statuses == [404: 20])
        #expect(result.routes["refused"]?.statuses == [403: 10])
        // 503 is an error of the service, a 403 to a scenario request a broken stack, 404 an answer
        #expect(result.errors == 20)
        let burst = OpenLoopRunner(port: server.port).run(LoadPhase(name: "b", rate: 0, durationSeconds: 0, maxRequests: 40, connections: 40)) { _ in
            LoadRequest(route: "gone", method: "GET", target: "/gone")
        }
        #expect(burst.requests == 40 && burst.connectionsUsed > 1)
    }

    @Test func aDeadServerIsAFailureNotAHang() throws {
        let server = try Self.server([:])
        let port = server.port
        server.stop()
        let result = OpenLoopRunner(port: port).run(LoadPhase(name: "t", rate: 100, durationSeconds: 0.1)) { _ in
            LoadRequest(route: "x", method: "GET", target: "/")
        }
        #expect(result.requests == 10 && result.routes["x"]?.failures["connect"] == 10)
    }

    @Test func histogramQuantilesAreWithinItsResolution() {
        var h = LogHistogram()
        for v in 1...10_000 { h.record(UInt64(v)) }
        for (q, exact) in [(0.5, 5000.0), (0.9, 9000.0), (0.99, 9900.0)] {
            let got = Double(h.value(atQuantile: q))
            #expect(got >= exact && got <= exact * (1 + 1.0 / 64))
        }
        #expect(h.max == 10_000 && h.min == 1 && h.value(atQuantile: 1) == 10_000)
        var small = LogHistogram()
        small.record(7); small.record(100)
        #expect(small.value(atQuantile: 0.5) == 7 && small.value(atQuantile: 1) == 100)
        var merged = h; merged.add(small)
        #expect(merged.count == 10_002)
    }

    /// The presigned-PUT mechanism: the first server answers where to go next (201 with a port and path); the
    /// follow-up reaches the second server with its body, is counted under its own route, and after a failed
    /// first answer (500) none is sent.
    @Test func followUpsAreSentToTheirPortAndCountedApart() throws {
        let received = Counter()
        let storage = try HTTPServer(port: 0) { request in
            if request.method == "PUT" && request.target == "/bucket/key?signed=1" && request.body == Array("payload".utf8) { received.add() }
            return .json(200, "{}")
        }
        defer { storage.stop() }
        let api = try HTTPServer(port: 0) { request in
            request.path == "/fails" ? .json(500, "{}") : .json(201, #"{"port":"\#(storage.port)"}"#)
        }
        defer { api.stop() }
        let followUp: LoadRequest.FollowUp = { status, body in
            guard status == 201, let port = (try? JSONValue.parse(body))?["port"]?.string.flatMap({ UInt16($0) }) else { return nil }
            return (port, LoadRequest(route: "put", method: "PUT", target: "/bucket/key?signed=1", body: Array("payload".utf8)))
        }
        let result = OpenLoopRunner(port: api.port).run(LoadPhase(name: "t", rate: 50, durationSeconds: 1, connections: 8)) { i in
            LoadRequest(route: "announce", method: "POST", target: i % 5 == 4 ? "/fails" : "/uploads", followUp: followUp)
        }
        let announce = try #require(result.routes["announce"]), put = try #require(result.routes["put"])
        #expect(announce.requests == 50 && announce.statuses == [201: 40, 500: 10])
        #expect(put.requests == 40 && put.statuses == [200: 40] && put.failures.isEmpty)
        #expect(received.value == 40)
    }
}

/// A count shared with a server's handler threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
