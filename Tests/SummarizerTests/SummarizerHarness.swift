import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// The real `summarizer` binary driven through the Runtime API emulator, calling a LocalBedrock endpoint
/// (SigV4 verified) and the real local database; its stdout and stderr are captured to read its logs.
final class SummarizerHarness {
    static let modelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"

    let run: LocalFunctionRun
    var bedrock: LocalBedrock { run.bedrock }
    var emulator: RuntimeEmulator { run.emulator }
    var process: FunctionProcess { run.process }
    var logURL: URL { run.logURL }

    /// `converse` replaces the offline model behind the endpoint; `environment` overrides the function's.
    init(environment: [String: String] = [:], converse: LocalBedrock.Converse? = nil, databaseURL: String? = nil) throws {
        var env: [String: String] = [:]
        env["DATABASE_URL"] = try databaseURL ?? TestDatabase.appURL()
        env["MODEL_ID"] = Self.modelId
        env["AWS_MAX_ATTEMPTS"] = "3"
        env["AWS_LAMBDA_LOG_LEVEL"] = "DEBUG"
        env.merge(environment) { $1 }
        if databaseURL == nil { _ = try TestDatabase.app() } // migrated before the function starts
        run = try LocalFunctionRun(function: "summarizer", environment: env, converse: converse)
    }

    deinit { stop() }

    func stop() { run.stop() }

    /// Everything the function wrote so far (logs and metrics).
    var logs: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: [String: Any]
        let requestId: String

        var errorCode: String? { (body["error"] as? [String: Any])?["code"] as? String }
        subscript(_ key: String) -> Any? { body[key] }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Invokes with a raw event; the payload or a failure.
    func invoke(_ event: [UInt8], timeoutMs: Int64 = 20_000) throws -> [UInt8] {
        let id = emulator.enqueue(event, timeoutMs: timeoutMs)
        switch emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + timeoutMs + 5_000, giveUp: { !self.process.isRunning }) {
        case .response(let bytes)?: return bytes
        case .error(let body, _)?: throw Failure(description: "function error: \(String(decoding: body, as: UTF8.self))")
        case nil: throw Failure(description: "no outcome (init error: \(emulator.initError.map { String(decoding: $0, as: UTF8.self) } ?? "none"))")
        }
    }

    /// An API Gateway REST (v1) proxy request as the authorizer passes it on, with a fresh request id.
    func request(_ method: String, resource: String, path: String, pathParameters: [String: String]? = nil,
                 query: [String: String]? = nil, body: String? = nil, headers: [String: String] = ["Content-Type": "application/json"],
                 caller: Caller? = .doctor(), timeoutMs: Int64 = 20_000) throws -> Response {
        let requestId = UUID().uuidString.lowercased()
        let event = RESTProxyRequest.event(method, resource: resource, path: path, pathParameters: pathParameters, query: query,
                                           body: body, headers: headers, caller: caller, requestId: requestId)
        let payload = try invoke(Array(JSONSerialization.data(withJSONObject: event)), timeoutMs: timeoutMs)
        let answer = RESTProxyRequest.answer(try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any]))
        return Response(status: answer.status, headers: answer.headers, body: answer.body, requestId: requestId)
    }

    func summarize(_ fields: [String: Any], caller: Caller = .doctor(), timeoutMs: Int64 = 20_000) throws -> Response {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
        return try request("POST", resource: "/summarize", path: "/summarize", body: body, caller: caller, timeoutMs: timeoutMs)
    }

    func history(patientId: String, query: [String: String]? = nil, caller: Caller = .doctor()) throws -> Response {
        try request("GET", resource: "/patients/{patientId}/reports", path: "/patients/\(patientId)/reports",
                    pathParameters: ["patientId": patientId], query: query, body: nil, headers: [:], caller: caller)
    }

    func report(_ reportId: String, caller: Caller = .doctor()) throws -> Response {
        try request("GET", resource: "/reports/{reportId}", path: "/reports/\(reportId)", pathParameters: ["reportId": reportId],
                    body: nil, headers: [:], caller: caller)
    }
}

