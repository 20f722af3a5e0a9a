// A text document from its S3 event to PROCESSED through the real loop: the file-processor binary against the
// Runtime API emulator, LocalBedrock (offline model answering the extraction prompt as JSON, hashed embeddings;
// SigV4 verified), moto's S3 server (MOTO_ENDPOINT_URL) and the local database. Each round: a fresh
// PENDING_UPLOAD document and its object are set up (not timed), then its ObjectCreated event is timed to the
// function's answer. Prints the median and p99 of the round trip and of the phases the function logs per
// document (S3 read, redaction, extraction, chunking, embedding calls, database), and the embedding calls per
// document. Run pinned: `taskset -c 0 bench-file-processor` (the function inherits the pinning; moto and the
// database are their own processes and are not pinned).
import AWSClients
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store

struct Options {
    var count = 50
    var warmup = 3
    var kilobytes = 20
    var concurrency = 4
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-file-processor: \(message)\n".utf8))
    exit(1)
}

var options = Options()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    guard let value = arguments.popFirst().flatMap(Int.init), value >= 0 else {
        fail("usage: bench-file-processor [--count N] [--warmup N] [--kilobytes N] [--embedding-concurrency N]")
    }
    switch argument {
    case "--count": options.count = max(1, value)
    case "--warmup": options.warmup = value
    case "--kilobytes": options.kilobytes = max(1, value)
    case "--embedding-concurrency": options.concurrency = max(1, value)
    default: fail("unknown option \(argument)")
    }
}
let environment = ProcessInfo.processInfo.environment
guard let databaseURL = environment["DATABASE_URL"], !databaseURL.isEmpty else {
    fail("DATABASE_URL is not set: eval \"$(.ci/localdb.sh start 2>/dev/null | sed 's/^/export /')\"")
}
guard let motoURL = environment["MOTO_ENDPOINT_URL"], motoURL.hasPrefix("http://127.0.0.1:") else {
    fail("MOTO_ENDPOINT_URL is not set: eval \"$(.ci/moto-server.sh start)\"; export MOTO_ENDPOINT_URL")
}
let silent = Logger(level: .error, sink: { _ in })
if let migrationURL = environment["DATABASE_MIGRATION_URL"], !migrationURL.isEmpty {
    do {
        let owner = Database(settings: try DatabaseSettings.fromURL(migrationURL), logger: silent)
        _ = try Migrator(database: owner, logger: silent).migrate()
        owner.close()
    } catch { fail("migration failed: \(error)") }
}

// A clinical note of about `kilobytes` KB: a header with identifiers, then days of evolution.
var text = """
HOSPITAL GENERAL REGIONAL — CONSULTA EXTERNA
Paciente: José Luis Hernández Gutiérrez   CURP: HEGA920707HNLRNL00   Tel. 55 4821 9034
Diagnósticos:
1. Diabetes mellitus tipo 2 descontrolada (E11.65)
2. Hipertensión arterial sistémica (I10)
Plan:
- Metformina 850 mg VO cada 12 horas con los alimentos.
- Losartán 50 mg VO cada 24 horas.
Control en 4 semanas con HbA1c.

EVOLUCIÓN

"""
var day = 0
while text.utf8.count < options.kilobytes * 1024 - 300 {
    day += 1
    text += "Día \(day): paciente estable, refiere adherencia al tratamiento con metformina y losartán. Glucemia capilar en ayuno de "
        + "\(110 + day % 40) mg/dL, sin hipoglucemias. Se refuerza dieta baja en carbohidratos y actividad física diaria.\n"
}
let body = Array(text.utf8)

let bucket = "bench-fp-\(UUID().uuidString.lowercased().prefix(12))"
let credentials = AWSCredentials(accessKeyId: LocalCredentials.accessKeyId, secretAccessKey: LocalCredentials.secretAccessKey)
let s3 = S3Client(configuration: AWSServiceConfiguration(service: .s3, region: "us-east-1", endpoint: motoURL, isCustomEndpoint: true,
                                                         credentials: .success(credentials), retry: RetryPolicy(maxAttempts: 2)))
let setup = AWSCallContext(deadlineMs: WallClock.nowMs() + 600_000, traceId: nil, logger: silent)
do {
    var create = HTTPRequest(method: "PUT", url: "\(motoURL)/\(bucket)")
    try SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3").sign(&create)
    guard try HTTPClient.shared.send(create, timeoutMs: 20_000).status == 200 else { fail("CreateBucket failed") }
} catch { fail("CreateBucket failed: \(error)") }

var functionEnvironment: [String: String] = [:]
functionEnvironment["DATABASE_URL"] = databaseURL
functionEnvironment["AWS_ENDPOINT_URL_S3"] = motoURL
functionEnvironment["UPLOAD_BUCKET"] = bucket
functionEnvironment["EMBEDDING_CONCURRENCY"] = String(options.concurrency)
functionEnvironment["AWS_LAMBDA_LOG_LEVEL"] = "INFO"
let run = try! LocalFunctionRun(function: "file-processor", environment: functionEnvironment)
let (emulator, function, logURL) = (run.emulator, run.process, run.logURL)
defer { run.stop() }

let database = Database(settings: try! DatabaseSettings.fromURL(databaseURL), logger: silent)
let clinic = "clinic-bench-\(UUID().uuidString.prefix(8).lowercased())"
var roundTripsMs: [Double] = []
for index in 0..<(options.warmup + options.count) {
    let id = UUID().uuidString.lowercased()
    let key = "clinics/\(clinic)/patients/PAC-BENCH/documents/\(id)/nota.txt"
    do {
        _ = try database.session(timeoutMs: 10_000).documents.insert(NewDocument(
            clinicId: clinic, patientId: "PAC-BENCH", bucket: bucket, objectKey: key, fileName: "nota.txt", contentType: "text/plain",
            uploadedBy: "bench-doctor", id: id, sizeBytes: Int64(body.count)))
        try s3.putObject(bucket: bucket, key: key, body: body, contentType: "text/plain", context: setup)
    } catch { fail("set-up of document \(index) failed: \(error)") }
    let event: [String: Any] = ["Records": [[
        "eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1", "eventName": "ObjectCreated:Put",
        "eventTime": ISO8601DateFormatter().string(from: Date()),
        "s3": ["s3SchemaVersion": "1.0", "bucket": ["name": bucket], "object": ["key": key, "size": body.count]],
    ]]]
    let bytes = Array(try! JSONSerialization.data(withJSONObject: event))
    let started = WallClock.monotonicNs()
    let request = emulator.enqueue(bytes, timeoutMs: 120_000)
    guard case .response? = emulator.waitForOutcome(request, untilMs: WallClock.nowMs() + 125_000, giveUp: { !function.isRunning }) else {
        fail("document \(index) got no response (see \(logURL.path))")
    }
    let elapsed = Double(WallClock.monotonicNs() - started) / 1e6
    guard (try? database.session(timeoutMs: 10_000).documents.find(id: id, clinicId: clinic))??.status == .processed else {
        fail("document \(index) is not PROCESSED (see \(logURL.path))")
    }
    if index >= options.warmup { roundTripsMs.append(elapsed) }
}

let keys = ["readMs", "redactionMs", "extractionMs", "chunkingMs", "embeddingMs", "dbMs"]
var phases: [String: [Double]] = Dictionary(uniqueKeysWithValues: keys.map { ($0, []) })
var embeddingCalls: [Double] = []
var chunks: [Double] = []
let logText = run.logs
for line in logText.split(separator: "\n") {
    guard line.hasPrefix("{\"timestamp\""), let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          object["message"] as? String == "document processed" else { continue }
    for key in keys { phases[key]!.append(object[key] as? Double ?? 0) }
    embeddingCalls.append(Double(object["embeddingCalls"] as? Int ?? 0))
    chunks.append(Double(object["chunks"] as? Int ?? 0))
}
for key in keys { phases[key] = Array(phases[key]!.suffix(options.count)) }

func row(_ name: String, _ values: [Double]) {
    let label = name.padding(toLength: 48, withPad: " ", startingAt: 0)
    print(label + String(format: " median %8.2f ms   p99 %8.2f ms   (n=%d)", percentile(values, 0.5), percentile(values, 0.99), values.count))
}
print("File processor: \(body.count)-byte text document, S3 event → PROCESSED through the loop (\(options.count) after \(options.warmup) warm-up; "
      + "embedding calls in parallel: \(options.concurrency))")
row("  round trip (event queued → answer)", roundTripsMs)
row("  S3 read (HeadObject + GetObject, moto)", phases["readMs"]!)
row("  PHI redaction (document; passages by offset)", phases["redactionMs"]!)
row("  extraction (Converse, local model)", phases["extractionMs"]!)
row("  chunking (passages + their redacted form)", phases["chunkingMs"]!)
row("  embedding calls (Titan-shaped, local)", phases["embeddingMs"]!)
row("  database (chunks, extraction, audit, ledger)", phases["dbMs"]!)
print(String(format: "  embedding calls per document: median %.0f (one per passage; passages median %.0f)",
             percentile(embeddingCalls, 0.5), percentile(chunks, 0.5)))
