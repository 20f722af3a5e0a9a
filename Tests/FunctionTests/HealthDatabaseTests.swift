import Foundation
import LambdaRuntime
import LocalStack
import Testing
import TestSupport

/// `health` with a database: the real binary through the Runtime API emulator,
/// against the local PostgreSQL of `.ci/localdb.sh` (make test exports its URL).
@Suite struct HealthDatabaseTests {
    let fixture: [UInt8]

    init() throws {
        fixture = Array(try Data(contentsOf: FunctionBinaryTests.root.appendingPathComponent("events/health/get-health.json")))
    }

    /// One warm process answering `count` invocations of the fixture.
    func invoke(count: Int, environment: [String: String]) throws -> [[String: Any]] {
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: FunctionBinaryTests().binary("health"), runtimeAPI: emulator.address,
                                          functionName: "health", environment: environment)
        defer { process.stop(); emulator.stop() }
        return try (0..<count).map { _ in
            let id = emulator.enqueue(fixture, timeoutMs: 10_000)
            guard case .response(let bytes)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 20_000) else {
                throw FunctionBinaryTests.TestFailure("no response from health")
            }
            return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        }
    }

    func body(_ response: [String: Any]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data((response["body"] as? String ?? "").utf8)) as? [String: Any])
    }

    @Test func aReachableDatabaseIsOk() throws {
        let url = try #require(ProcessInfo.processInfo.environment["DATABASE_URL"],
                               "DATABASE_URL is not set: eval \"$(.ci/localdb.sh start | sed 's/^/export /')\" (make test does this)")
        for response in try invoke(count: 2, environment: ["DATABASE_URL": url]) {
            #expect(response["statusCode"] as? Int == 200)
            let status = try body(response)
            #expect(status["status"] as? String == "ok")
            #expect(status["database"] as? String == "ok")
            #expect(status["error"] == nil)
        }
    }

    @Test func anUnreachableDatabaseIs503WithRetryAfterAndTheProcessKeepsServing() throws {
        let url = "postgresql://clinical_app:secret@127.0.0.1:\(closedLoopbackPort())/clinical"
        let started = Date()
        let responses = try invoke(count: 3, environment: ["DATABASE_URL": url, "AWS_REGION": "sa-east-1"])
        #expect(Date().timeIntervalSince(started) < 10, "each check is bounded")
        for response in responses {
            #expect(response["statusCode"] as? Int == 503)
            let headers = try #require(response["headers"] as? [String: String])
            #expect(headers["Retry-After"] == "5")
            #expect(headers["Content-Type"] == "application/json; charset=utf-8")
            let status = try body(response)
            #expect(status["database"] as? String == "unavailable")
            #expect(status["region"] as? String == "sa-east-1")
            let error = try #require(status["error"] as? [String: Any])
            #expect(error["code"] as? String == "SERVICE_UNAVAILABLE")
            #expect((error["requestId"] as? String)?.isEmpty == false)
            // Neither the password nor the URL leaks into the answer.
            #expect(!(response["body"] as? String ?? "").contains("secret"))
        }
    }

    @Test func noDatabaseConfiguredIsOkAndSaysSo() throws {
        let response = try #require(try invoke(count: 1, environment: ["DATABASE_URL": "", "DB_SECRET_ARN": ""]).first)
        #expect(response["statusCode"] as? Int == 200)
        #expect(try body(response)["database"] as? String == "not_configured")
    }
}
