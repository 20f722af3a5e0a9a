import APIHandling
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// CORS on a function's own answers (issue 14): the real `health` binary through the Runtime API
/// emulator with `ALLOWED_ORIGINS`, success and error answers, the Origin header in any case.
@Suite struct FunctionCORSTests {
    static let origins = "https://app.clinica.example,http://localhost:5173"

    /// The health fixture with `Origin` under the header name `name`, on `path`.
    func event(origin: String?, name: String = "Origin", path: String = "/health") throws -> [UInt8] {
        let fixture = try Data(contentsOf: FunctionBinaryTests.root.appendingPathComponent("events/health/get-health.json"))
        var event = try #require(try JSONSerialization.jsonObject(with: fixture) as? [String: Any])
        var headers = event["headers"] as? [String: String] ?? [:]
        var multi = event["multiValueHeaders"] as? [String: [String]] ?? [:]
        if let origin { headers[name] = origin; multi[name] = [origin] }
        event["headers"] = headers
        event["multiValueHeaders"] = multi
        event["resource"] = path
        event["path"] = path
        return Array(try JSONSerialization.data(withJSONObject: event))
    }

    func invoke(_ events: [[UInt8]], allowedOrigins: String) throws -> (answers: [[String: Any]], initError: [UInt8]?) {
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: FunctionBinaryTests().binary("health"), runtimeAPI: emulator.address,
                                          functionName: "health", environment: ["ALLOWED_ORIGINS": allowedOrigins])
        defer { process.stop(); emulator.stop() }
        var answers: [[String: Any]] = []
        for event in events {
            let id = emulator.enqueue(event, timeoutMs: 10_000)
            guard case .response(let bytes)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 20_000) else {
                return (answers, emulator.initError)
            }
            answers.append(try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]))
        }
        return (answers, nil)
    }

    @Test func successAndErrorAnswersCarryTheMatchingOrigin() throws {
        let (answers, initError) = try invoke([try event(origin: "http://localhost:5173", name: "origin"),
                                               try event(origin: "https://app.clinica.example", name: "ORIGIN", path: "/nowhere"),
                                               try event(origin: "https://evil.example"),
                                               try event(origin: nil)], allowedOrigins: Self.origins)
        #expect(initError == nil)
        try #require(answers.count == 4)
        let headers = answers.map { $0["headers"] as? [String: String] ?? [:] }
        #expect(answers[0]["statusCode"] as? Int == 200)
        #expect(headers[0]["Access-Control-Allow-Origin"] == "http://localhost:5173")
        #expect(headers[0]["Vary"] == "Origin")
        #expect(headers[0]["Access-Control-Allow-Headers"] == "Authorization, Content-Type")
        #expect(headers[0]["Access-Control-Allow-Methods"] == "DELETE, GET, OPTIONS, POST")
        #expect(headers[0]["Access-Control-Max-Age"] == "600")
        // An error (no such route) from the router: the same headers, the origin read whatever the case.
        #expect((answers[1]["statusCode"] as? Int ?? 0) >= 400)
        #expect(headers[1]["Access-Control-Allow-Origin"] == "https://app.clinica.example")
        #expect(headers[1]["Content-Type"] == "application/json; charset=utf-8")
        // Another origin, or none: no CORS headers, only Vary.
        for index in [2, 3] {
            #expect(headers[index]["Access-Control-Allow-Origin"] == nil)
            #expect(headers[index]["Access-Control-Allow-Methods"] == nil)
            #expect(headers[index]["Vary"] == "Origin")
        }
    }

    @Test func aWildcardOrAMalformedOriginIsAnInitError() throws {
        for bad in ["*", "https://app.example/", "app.example", "https://a.example, https://b.example", "https://APP.example"] {
            let (answers, initError) = try invoke([try event(origin: "https://app.example")], allowedOrigins: bad)
            #expect(answers.isEmpty, "\(bad) was accepted")
            let error = try #require(initError.flatMap { try? JSONValue.parse($0) }, "\(bad): no init error")
            #expect(error["errorType"]?.string == "Runtime.ConfigurationError")
            #expect(error["errorMessage"]?.string?.contains("ALLOWED_ORIGINS") == true)
        }
        #expect(try CORSPolicy(origins: [""]).allowedOrigins.isEmpty)
        #expect(try CORSPolicy(origins: ["https://a.example", "http://127.0.0.1:5173"]).allowedOrigins.count == 2)
    }
}
