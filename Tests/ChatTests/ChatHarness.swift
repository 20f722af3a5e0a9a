import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// The real `chat` binary driven through the Runtime API emulator, calling a LocalBedrock endpoint
/// (SigV4 verified; the offline model answers Converse, hashed embeddings answer Titan) and the real
/// local database; its stdout and stderr are captured to read its logs.
final class ChatHarness {
    static let modelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    static let embeddingModelId = "amazon.titan-embed-text-v2:0"

    let run: LocalFunctionRun
    var bedrock: LocalBedrock { run.bedrock }
    var emulator: RuntimeEmulator { run.emulator }
    var process: FunctionProcess { run.process }
    var logURL: URL { run.logURL }

    /// `converse` replaces the offline model behind the endpoint, `embed` the hashed embeddings.
    init(environment: [String: String] = [:], converse: LocalBedrock.Converse? = nil, embed: LocalBedrock.Embed? = nil) throws {
        var env: [String: String] = [:]
        env["DATABASE_URL"] = try TestDatabase.appURL()
        env["MODEL_ID"] = Self.modelId
        env["EMBEDDING_MODEL_ID"] = Self.embeddingModelId
        env["AWS_MAX_ATTEMPTS"] = "2"
        env["AWS_LAMBDA_LOG_LEVEL"] = "DEBUG"
        env.merge(environment) { $1 }
        _ = try TestDatabase.app() // migrated before the function starts
        run = try LocalFunctionRun(function: "chat", environment: env, converse: converse, embed: embed)
    }

    deinit { stop() }

    func stop() { run.stop() }

    var logs: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// The function's JSON log lines with this message.
    func logLines(_ message: String) -> [[String: Any]] {
        logs.split(separator: "\n").compactMap { line -> [String: Any]? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["message"] as? String == message else { return nil }
            return object
        }
    }

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: [String: Any]
        let requestId: String

        var errorCode: String? { (body["error"] as? [String: Any])?["code"] as? String }
        subscript(_ key: String) -> Any? { body[key] }
        var sources: [[String: Any]] { body["sources"] as? [[String: Any]] ?? [] }
        var reply: String { body["reply"] as? String ?? "" }
        var sessionId: String { body["sessionId"] as? String ?? "" }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    func invoke(_ event: [UInt8], timeoutMs: Int64 = 20_000) throws -> [UInt8] {
        let id = emulator.enqueue(event, timeoutMs: timeoutMs)
        switch emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + timeoutMs + 5_000, giveUp: { !self.process.isRunning }) {
        case .response(let bytes)?: return bytes
        case .error(let body, _)?: throw Failure(description: "function error: \(String(decoding: body, as: UTF8.self))")
        case nil: throw Failure(description: "no outcome (init error: \(emulator.initError.map { String(decoding: $0, as: UTF8.self) } ?? "none"))")
        }
    }

    func request(_ method: String, resource: String, path: String, pathParameters: [String: String]? = nil,
                 query: [String: String]? = nil, body: String? = nil, headers: [String: String] = ["Content-Type": "application/json"],
                 caller: Caller?, timeoutMs: Int64 = 20_000) throws -> Response {
        let requestId = UUID().uuidString.lowercased()
        let event = RESTProxyRequest.event(method, resource: resource, path: path, pathParameters: pathParameters, query: query,
                                           body: body, headers: headers, caller: caller, requestId: requestId)
        let payload = try invoke(Array(JSONSerialization.data(withJSONObject: event)), timeoutMs: timeoutMs)
        let answer = RESTProxyRequest.answer(try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any]))
        return Response(status: answer.status, headers: answer.headers, body: answer.body, requestId: requestId)
    }

    func chat(_ fields: [String: Any], caller: Caller) throws -> Response {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
        return try request("POST", resource: "/chat", path: "/chat", body: body, caller: caller)
    }

    func session(_ id: String, caller: Caller) throws -> Response {
        try request("GET", resource: "/chat/sessions/{sessionId}", path: "/chat/sessions/\(id)", pathParameters: ["sessionId": id],
                    headers: [:], caller: caller)
    }

    func sessions(query: [String: String]? = nil, caller: Caller) throws -> Response {
        try request("GET", resource: "/chat/sessions", path: "/chat/sessions", query: query, headers: [:], caller: caller)
    }

    func usage(query: [String: String]? = nil, caller: Caller) throws -> Response {
        try request("GET", resource: "/usage", path: "/usage", query: query, headers: [:], caller: caller)
    }
}


/// Knowledge chunks as file-processor writes them: a documents row, then chunks embedded (Titan V2 shape,
/// here the local endpoint's hashed embedding) on the PHI-redacted text, the original text as content.
enum KnowledgeBase {
    struct Document {
        let id: String
        let fileName: String
        let chunkIds: [String]
    }

    @discardableResult
    static func add(clinic: String, patient: String? = nil, fileName: String, chunks: [String], pages: [Int]? = nil,
                    embeddingModel: String = ChatHarness.embeddingModelId) throws -> Document {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let document = try session.documents.insert(NewDocument(clinicId: clinic, patientId: patient, bucket: "uploads-test",
                                                                objectKey: "\(clinic)/\(UUID().uuidString)/\(fileName)",
                                                                fileName: fileName, contentType: "application/pdf", uploadedBy: "test"))
        var ids: [String] = []
        for (index, text) in chunks.enumerated() {
            let embedding = HashedEmbedding.embed(PHIRedactor().redact(text).text, dimensions: 1024)
            ids.append(try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: document.id, patientId: patient, chunkIndex: index,
                                                             embeddingModel: embeddingModel, page: pages?[index] ?? index,
                                                             content: text, embedding: embedding)))
        }
        return Document(id: document.id, fileName: fileName, chunkIds: ids)
    }

    /// Runs SQL as the owner (tests that age a session or a message).
    static func owner(_ sql: String, _ parameters: [SQLValue]) throws {
        let db = try TestDatabase.owner()
        defer { db.close() }
        _ = try db.session(timeoutMs: TestDatabase.timeoutMs).query(sql, parameters, idempotent: false)
    }

    static func query(_ sql: String, _ parameters: [SQLValue]) throws -> QueryResult {
        let db = try TestDatabase.owner()
        defer { db.close() }
        return try db.session(timeoutMs: TestDatabase.timeoutMs).query(sql, parameters, idempotent: true)
    }

    /// A small clinic corpus in Spanish and English.
    static func standard(clinic: String, patient: String? = nil) throws -> (metformin: Document, asthma: Document, hypertension: Document) {
        let metformin = try add(clinic: clinic, patient: patient, fileName: "control-diabetes-2026.pdf", chunks: [
            "Control de diabetes mellitus tipo 2 (E11.9). HbA1c 8.2 % en marzo. Se indica metformina 850 mg cada 12 horas con las comidas.",
            "Glucosa en ayunas 162 mg/dL. Se refuerza dieta y actividad física. Control en tres meses con nueva HbA1c.",
        ])
        let asthma = try add(clinic: clinic, patient: patient, fileName: "asthma-follow-up.pdf", chunks: [
            "Asthma follow-up: mild persistent asthma (J45.30). Salbutamol inhaler 100 mcg two puffs as needed, budesonide 200 mcg twice daily.",
        ])
        let hypertension = try add(clinic: clinic, patient: patient, fileName: "hipertension-consulta.pdf", chunks: [
            "Hipertensión arterial esencial (I10). Presión arterial 150/95 mmHg. Se inicia losartán 50 mg una vez al día.",
        ])
        return (metformin, asthma, hypertension)
    }
}
