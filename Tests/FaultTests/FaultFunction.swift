import AWSClients
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// A real function binary (`summarizer`, `chat`, `file-processor`) through the Runtime API emulator, with
/// LocalBedrock (SigV4 verified, faults injectable) and a database URL the test chooses (a scratch database,
/// or a loopback forwarder in front of it).
final class FaultFunction {
    static let modelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    static let embeddingModelId = "amazon.titan-embed-text-v2:0"

    let run: LocalFunctionRun
    var bedrock: LocalBedrock { run.bedrock }
    var emulator: RuntimeEmulator { run.emulator }
    var process: FunctionProcess { run.process }

    init(_ function: String, databaseURL: String, environment: [String: String] = [:],
         converse: LocalBedrock.Converse? = nil) throws {
        var env: [String: String] = [:]
        env["DATABASE_URL"] = databaseURL
        env["MODEL_ID"] = Self.modelId
        env["EMBEDDING_MODEL_ID"] = Self.embeddingModelId
        env["AWS_MAX_ATTEMPTS"] = "2"
        env["AWS_LAMBDA_LOG_LEVEL"] = "DEBUG"
        env.merge(environment) { $1 }
        let model = OfflineClinicalModel()
        // Extraction prompts get a JSON extraction (as Claude answers them); the rest the offline model.
        let answer: LocalBedrock.Converse = converse ?? { system, user in
            OfflineExtractionAnswer.respond(toUser: user).map { "```json\n\($0)\n```" } ?? model.respond(toConverseSystem: system, user: user)
        }
        run = try LocalFunctionRun(function: function, environment: env, converse: answer)
    }

    deinit { stop() }
    func stop() { run.stop() }
    var logs: String { run.logs }

    struct Failure: Error, CustomStringConvertible { let description: String }

    enum Outcome {
        case response([String: Any])
        case functionError(String)
    }

    /// Invokes with a raw event: the payload, or the function's error; how long the invocation took, and its
    /// Lambda request id (the one the function writes in the ledger and audit rows of a non-API event).
    func invoke(_ object: [String: Any], timeoutMs: Int64 = 20_000) throws -> (outcome: Outcome, ms: Int64, requestId: String) {
        let started = WallClock.nowMs()
        let id = emulator.enqueue(Array(try JSONSerialization.data(withJSONObject: object)), timeoutMs: timeoutMs)
        let outcome = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + timeoutMs + 5_000, giveUp: { !self.process.isRunning })
        let ms = WallClock.nowMs() - started
        switch outcome {
        case .response(let bytes)?:
            return (.response((try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]) ?? [:]), ms, "\(id)")
        case .error(let body, _)?: return (.functionError(String(decoding: body, as: UTF8.self)), ms, "\(id)")
        case nil: throw Failure(description: "no outcome (process running: \(process.isRunning))")
        }
    }

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: [String: Any]
        let requestId: String
        let ms: Int64
        var errorCode: String? { (body["error"] as? [String: Any])?["code"] as? String }
        subscript(_ key: String) -> Any? { body[key] }
    }

    /// An API Gateway REST (v1) proxy request as the authorizer passes it on, with a fresh request id.
    func request(_ method: String, resource: String, path: String, pathParameters: [String: String]? = nil,
                 body: [String: Any]? = nil, caller: Caller, timeoutMs: Int64 = 20_000) throws -> Response {
        let requestId = UUID().uuidString.lowercased()
        let event = try Self.restEvent(method, resource: resource, path: path, pathParameters: pathParameters, body: body,
                                       caller: caller, requestId: requestId)
        let (outcome, ms, _) = try invoke(event, timeoutMs: timeoutMs)
        guard case .response(let response) = outcome else { throw Failure(description: "the API request failed the invocation") }
        let answer = RESTProxyRequest.answer(response)
        return Response(status: answer.status, headers: answer.headers, body: answer.body, requestId: requestId, ms: ms)
    }

    /// The API Gateway REST (v1) proxy event of a request, as the authorizer passes it on.
    static func restEvent(_ method: String, resource: String, path: String, pathParameters: [String: String]? = nil,
                          body: [String: Any]? = nil, caller: Caller, requestId: String) throws -> [String: Any] {
        RESTProxyRequest.event(method, resource: resource, path: path, pathParameters: pathParameters,
                               body: try body.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) },
                               headers: body == nil ? [:] : ["Content-Type": "application/json"], caller: caller, requestId: requestId)
    }

    func summarize(_ text: String, patientId: String = "PAC-77", caller: Caller, timeoutMs: Int64 = 20_000) throws -> Response {
        try request("POST", resource: "/summarize", path: "/summarize", body: ["patientId": patientId, "text": text],
                    caller: caller, timeoutMs: timeoutMs)
    }

    func chat(_ fields: [String: Any], caller: Caller, timeoutMs: Int64 = 20_000) throws -> Response {
        try request("POST", resource: "/chat", path: "/chat", body: fields, caller: caller, timeoutMs: timeoutMs)
    }
}


/// A note with enough clinical content for every model path (no labelled PHI).
enum FaultNote {
    static let text = """
        Paciente de 58 años con diabetes mellitus tipo 2 (E11.9) e hipertensión arterial. HbA1c 8.2 %. \
        Se indica metformina 850 mg cada 12 horas y losartán 50 mg una vez al día. Control en tres meses con laboratorio.
        """
}

/// A value set from one thread (the model's) and read from another (the test's).
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
    func update<T>(_ body: (inout Value) -> T) -> T { lock.lock(); defer { lock.unlock() }; return body(&stored) }
}
