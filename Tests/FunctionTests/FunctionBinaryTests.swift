import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// The deployed binaries, driven through the emulator with the committed fixtures.
@Suite struct FunctionBinaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func binary(_ name: String) -> String {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent(name).path
    }

    func invoke(_ function: String, fixture: String, environment: [String: String] = [:]) throws -> [String: Any] {
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: binary(function), runtimeAPI: emulator.address, functionName: function, environment: environment)
        defer { process.stop(); emulator.stop() }
        let event = try Data(contentsOf: Self.root.appendingPathComponent("events").appendingPathComponent(fixture))
        let id = emulator.enqueue(Array(event), timeoutMs: 10_000)
        guard case .response(let bytes)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 20_000) else {
            throw TestFailure("no response from \(function)")
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    struct TestFailure: Error { let message: String; init(_ m: String) { message = m } }

    func body(_ response: [String: Any]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data((response["body"] as? String ?? "").utf8)) as? [String: Any])
    }

    @Test func healthAnswersOkWithVersionFunctionAndRegion() throws {
        let response = try invoke("health", fixture: "health/get-health.json", environment: ["AWS_REGION": "sa-east-1"])
        #expect(response["statusCode"] as? Int == 200)
        let status = try body(response)
        #expect(status["status"] as? String == "ok")
        #expect(status["function"] as? String == "health")
        #expect(status["region"] as? String == "sa-east-1")
        #expect((status["version"] as? String)?.isEmpty == false)
    }

    @Test func healthServesHTTPAPIv2Too() throws {
        let response = try invoke("health", fixture: "health/get-health-http-api-v2.json")
        #expect(response["statusCode"] as? Int == 200)
    }

}
