// Warm POST /chat through the real loop: the chat binary against the Runtime API emulator, the
// Bedrock-compatible local endpoint (offline model and hashed embeddings, SigV4 verified) and the local
// database holding a knowledge base of 10,000 chunks in one clinic (seeded once, kept across runs).
// Prints the median and p99 of the round trip and of the phases the function logs per answer
// (embedding, vector search, full-text search, fusion, model call, database). Run pinned:
// `taskset -c 0 bench-chat` (the function inherits the pinning; PostgreSQL is its own process).
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store

struct Options {
    var count = 500
    var warmup = 30
    var chunks = 10_000
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-chat: \(message)\n".utf8))
    exit(1)
}

func parseOptions() -> Options? {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        guard let value = arguments.popFirst(), let n = Int(value), n >= 0 else { return nil }
        switch argument {
        case "--count": options.count = max(1, n)
        case "--warmup": options.warmup = n
        case "--chunks": options.chunks = max(100, n)
        default: return nil
        }
    }
    return options
}

guard let options = parseOptions() else { fail("usage: bench-chat [--count 500] [--warmup 30] [--chunks 10000]") }
let environment = ProcessInfo.processInfo.environment
guard let databaseURL = environment["DATABASE_URL"], !databaseURL.isEmpty else {
    fail("DATABASE_URL is not set: eval \"$(.ci/localdb.sh start 2>/dev/null | sed 's/^/export /')\"")
}
let silent = Logger(level: .error, sink: { _ in })
if let migrationURL = environment["DATABASE_MIGRATION_URL"], !migrationURL.isEmpty {
    do {
        let owner = Database(settings: try DatabaseSettings.fromURL(migrationURL), logger: silent)
        _ = try Migrator(database: owner, logger: silent).migrate()
        owner.close()
    } catch { fail("migration failed: \(error)") }
}

// The knowledge base: synthetic clinical passages (drugs, doses, lab values, ICD-10 codes) spread over
// 500 documents of one clinic (`SeedPassages`' series, as the load seed), embedded as file-processor embeds them (redacted text, Titan V2 shape).
let clinic = "bench-chat-kb-\(options.chunks)"
let embeddingModel = "amazon.titan-embed-text-v2:0"
do {
    let database = Database(settings: try DatabaseSettings.fromURL(databaseURL), logger: silent)
    let existing = try database.session(timeoutMs: 60_000).knowledge.count(clinicId: clinic)
    if existing < options.chunks {
        FileHandle.standardError.write(Data("bench-chat: seeding \(options.chunks - existing) chunks into \(clinic) (once)\n".utf8))
        let perDocument = 20
        var index = existing
        while index < options.chunks {
            try database.transaction(timeoutMs: 120_000) { tx in
                let document = try tx.documents.insert(NewDocument(clinicId: clinic, patientId: "BENCH-\(index / perDocument % 200)", bucket: "bench",
                                                                   objectKey: "\(clinic)/\(UUID().uuidString)", fileName: "nota-\(index / perDocument).pdf",
                                                                   contentType: "application/pdf", uploadedBy: "bench"))
                for chunk in 0..<perDocument where index < options.chunks {
                    let i = index
                    let text = SeedPassages.passage(i)
                    var map = PHIPlaceholderMap()
                    _ = try tx.knowledge.insert(NewChunk(clinicId: clinic, documentId: document.id, patientId: document.patientId, chunkIndex: chunk,
                                                         embeddingModel: embeddingModel, page: chunk / 4, content: text,
                                                         embedding: HashedEmbedding.embed(map.redact(text))))
                    index += 1
                }
            }
        }
    }
    database.close()
} catch { fail("seeding failed: \(error)") }

let questions = ["¿Qué dosis de metformina se indicó con HbA1c alta?", "¿Quién tiene el diagnóstico I48.91 y qué anticoagulante recibe?",
                 "¿Cuál fue la TSH con levotiroxina?", "What dose of atorvastatin was given for LDL 160?", "¿Cada cuántas horas toma losartán?"]
let sub = "bench-\(UUID().uuidString.prefix(8).lowercased())"
func event(_ question: String, _ n: Int) -> [UInt8] {
    let body = String(decoding: try! JSONSerialization.data(withJSONObject: ["message": question]), as: UTF8.self)
    let object: [String: Any] = [
        "resource": "/chat", "path": "/chat", "httpMethod": "POST", "headers": ["Content-Type": "application/json"], "isBase64Encoded": false,
        "requestContext": ["requestId": "bench-\(n)", "stage": "prod", "resourcePath": "/chat", "httpMethod": "POST",
                           "authorizer": ["principalId": sub, "sub": sub, "role": "doctor", "clinicId": clinic, "email": "bench@example.org"]],
        "body": body,
    ]
    return Array(try! JSONSerialization.data(withJSONObject: object))
}

var functionEnvironment: [String: String] = [:]
functionEnvironment["DATABASE_URL"] = databaseURL
functionEnvironment["BUDGET_USD_PER_USER_MONTH"] = "1000000"
functionEnvironment["AWS_LAMBDA_LOG_LEVEL"] = "INFO"
let run = try! LocalFunctionRun(function: "chat", environment: functionEnvironment)
let (emulator, function, logURL) = (run.emulator, run.process, run.logURL)
defer { run.stop() }

var roundTripsMs: [Double] = []
for index in 0..<(options.warmup + options.count) {
    let bytes = event(questions[index % questions.count], index)
    let started = WallClock.monotonicNs()
    let id = emulator.enqueue(bytes, timeoutMs: 29_000)
    guard case .response(let payload)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 30_000, giveUp: { !function.isRunning }) else {
        fail("invocation \(index) got no response (see \(logURL.path))")
    }
    let elapsed = Double(WallClock.monotonicNs() - started) / 1e6
    guard (try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])?["statusCode"] as? Int == 200 else {
        fail("invocation \(index) did not answer 200: \(String(decoding: payload.prefix(300), as: UTF8.self))")
    }
    if index >= options.warmup { roundTripsMs.append(elapsed) }
}

let keys = ["embeddingMs", "vectorMs", "fullTextMs", "fusionMs", "reportsMs", "redactionMs", "modelMs", "dbMs"]
var phases: [String: [Double]] = Dictionary(uniqueKeysWithValues: (keys + ["handlerMs"]).map { ($0, []) })
var statuses: [String: Int] = [:]
var passages: [Double] = []
let logText = run.logs
for line in logText.split(separator: "\n") {
    guard line.hasPrefix("{\"timestamp\""), let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
    switch object["message"] as? String {
    case "chat answered":
        for key in keys { phases[key]!.append(object[key] as? Double ?? 0) }
        statuses[object["status"] as? String ?? "?", default: 0] += 1
        passages.append(Double(object["passages"] as? Int ?? 0))
    case "request":
        phases["handlerMs"]!.append(Double(object["durationUs"] as? Int ?? 0) / 1000)
    default:
        break
    }
}
for key in phases.keys { phases[key] = Array(phases[key]!.suffix(options.count)) }

func row(_ name: String, _ values: [Double]) {
    print(name.padding(toLength: 54, withPad: " ", startingAt: 0)
          + String(format: " median %8.3f ms   p99 %8.3f ms   (n=%d)", percentile(values, 0.5), percentile(values, 0.99), values.count))
}
print("Chat: warm POST /chat through the loop (\(options.count) after \(options.warmup) warm-up; \(options.chunks) chunks in the clinic; "
      + "\(questions.count) questions in turn; passages per answer median \(Int(percentile(passages, 0.5))); statuses incl. warm-up "
      + statuses.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + ")")
row("  round trip (emulator → 200)", roundTripsMs)
row("  handler (route, JSON in/out)", phases["handlerMs"]!)
row("  retrieval: embedding (Titan shape, local)", phases["embeddingMs"]!)
row("  retrieval: vector search (pgvector HNSW)", phases["vectorMs"]!)
row("  retrieval: full-text search (es + en)", phases["fullTextMs"]!)
row("  retrieval: file names (+ report summaries)", phases["reportsMs"]!)
row("  retrieval: fusion (RRF, relevance)", phases["fusionMs"]!)
row("  PHI redaction (question, history, passages)", phases["redactionMs"]!)
row("  model call (Converse, local model)", phases["modelMs"]!)
row("  database (session, budget, turn + ledger + audit)", phases["dbMs"]!)
