// Benchmark: the Store's warm indexed read (a patient's 10 newest reports)
// through our layer next to the same statement through raw libpq in C
// (Tests/Benchmarks/store_floor.c) in the same run, and a top-5 cosine query
// over 10,000 chunks with and without the HNSW index. Works in a scratch
// database (`clinical_bench`, created and dropped by the owner role).
//
//   taskset -c 0 .build/release/bench-store --floor .build/store-floor [--iterations 10000] [--keep]
//
// Needs DATABASE_URL and DATABASE_MIGRATION_URL (make bench exports them).
import Foundation
import LambdaRuntime
import LoadGenerator
import Store

struct BenchError: Error, CustomStringConvertible { let description: String }

func percentile(_ sorted: [Double], _ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
func format(_ value: Double) -> String { String(format: "%.1f", value) }

/// Times `body` `iterations` times after `warmup` untimed calls; sorted µs.
func measure(iterations: Int, warmup: Int, _ body: () throws -> Void) rethrows -> [Double] {
    for _ in 0..<warmup { try body() }
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = WallClock.monotonicNs()
        try body()
        samples.append(Double(WallClock.monotonicNs() - start) / 1000)
    }
    return samples.sorted()
}

/// A libpq `key='value'` string (for the C floor; passed in its environment, not argv).
func conninfo(_ settings: DatabaseSettings) -> String {
    settings.parameters.sorted { $0.key < $1.key }.map { key, value in
        "\(key)='\(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'"))'"
    }.joined(separator: " ")
}

// --- arguments and configuration ---------------------------------------------
var floorPath: String?
var iterations = 10_000
var keep = false
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--floor": floorPath = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--iterations": iterations = arguments.isEmpty ? 0 : Int(arguments.removeFirst()) ?? 0
    case "--keep": keep = true
    default:
        FileHandle.standardError.write(Data("usage: bench-store --floor <store_floor binary> [--iterations N] [--keep]\n".utf8))
        exit(2)
    }
}
guard iterations >= 100 else { FileHandle.standardError.write(Data("bench-store: --iterations must be ≥ 100\n".utf8)); exit(2) }
let environment = ProcessInfo.processInfo.environment
guard let appURL = environment["DATABASE_URL"], let ownerURL = environment["DATABASE_MIGRATION_URL"] else {
    FileHandle.standardError.write(Data("bench-store: DATABASE_URL and DATABASE_MIGRATION_URL must be set (make bench, or eval \"$(.ci/localdb.sh start | sed 's/^/export /')\")\n".utf8))
    exit(2)
}
let logger = Logger(level: .warn, sink: { line in FileHandle.standardError.write(Data(line.utf8)) })
let benchDatabase = "clinical_bench"
let clinic = "clinic-bench"
let patient = "p-7"
let long = 600_000

// --- a scratch database, migrated and seeded as the owner ----------------------
let ownerHome = Database(settings: try DatabaseSettings.fromURL(ownerURL), logger: logger)
_ = try ownerHome.session(timeoutMs: long).query("DROP DATABASE IF EXISTS \(benchDatabase) WITH (FORCE)", [], idempotent: true)
_ = try ownerHome.session(timeoutMs: long).query("CREATE DATABASE \(benchDatabase)", [], idempotent: false)
let owner = Database(settings: try DatabaseSettings.fromURL(ownerURL).with("dbname", benchDatabase), logger: logger)
_ = try Migrator(database: owner, logger: logger).migrate()
let seed = owner.session(timeoutMs: long)
// 10,000 reports of 20 patients (500 each), ~1.5 KB of text and a summary each, one minute apart.
_ = try seed.query("""
    INSERT INTO reports (clinic_id, patient_id, original_text, summary, status, language, model, input_tokens, output_tokens,
                         created_by, created_at, updated_at)
    SELECT $1, 'p-' || (i % 20), repeat('Paciente de 54 años con cefalea y TA 150/95. ', 34), repeat('Cefalea; HTA. ', 20),
           'SUCCESS', 'es', 'offline', 380, 90, 'bench', now() - i * interval '1 minute', now() - i * interval '1 minute'
    FROM generate_series(1, 10000) AS i
    """, [.text(clinic)], idempotent: false)
// 10,000 chunks with random 1024-dimension embeddings (`WHERE i >= 0` makes the subquery run per row);
// the HNSW index of the clinic's bucket (V006) is built once afterwards (faster than per row), as the migration defines it.
let bucketIndex = try seed.query("SELECT format('knowledge_chunks_embedding_b%s', lpad(\(KnowledgeBuckets.sql(of: "$1::text"))::text, 2, '0')) AS name",
                                 [.text(clinic)], idempotent: true).rows[0].string("name")
let bucketIndexDefinition = try seed.query("SELECT pg_get_indexdef($1::regclass) AS def", [.text(bucketIndex)], idempotent: true).rows[0].string("def")
_ = try seed.query("DROP INDEX \(bucketIndex)", [], idempotent: false)
_ = try seed.query("""
    INSERT INTO knowledge_chunks (clinic_id, chunk_index, content, embedding, embedding_model)
    SELECT $1, i, 'fragmento ' || i, (SELECT array_agg(random() - 0.5)::vector FROM generate_series(1, 1024) WHERE i >= 0), 'test-embedding'
    FROM generate_series(0, 9999) AS i
    """, [.text(clinic)], idempotent: false)
let indexStart = WallClock.monotonicNs()
_ = try seed.query(bucketIndexDefinition, [], idempotent: false)
let indexSeconds = Double(WallClock.monotonicNs() - indexStart) / 1e9
_ = try seed.query("ANALYZE", [], idempotent: false)

// --- the warm indexed read: our layer vs raw libpq -------------------------------
let appSettings = try DatabaseSettings.fromURL(appURL).with("dbname", benchDatabase)
let app = Database(settings: appSettings, logger: logger)
let session = app.session(timeoutMs: 10_000)
let plan = try session.query("EXPLAIN " + ReportRepository.listStatement,
                             [.text(clinic), .text(patient), .int(11), .null, .null], idempotent: true)
let usesIndex = plan.rows.contains { ($0.values.first ?? nil)?.contains("reports_by_patient") == true }

@MainActor func ourRead() throws -> [Double] {
    try measure(iterations: iterations, warmup: 1_000) {
        let page = try session.reports.list(clinicId: clinic, patientId: patient, limit: 10)
        guard page.reports.count == 10 else { throw BenchError(description: "expected 10 reports, got \(page.reports.count)") }
    }
}

@MainActor func floorRead() throws -> (median: Double, p99: Double) {
    guard let floorPath else { throw BenchError(description: "no --floor binary") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: floorPath)
    process.arguments = [clinic, patient, "11", String(iterations), "1000"]
    var childEnvironment = environment
    childEnvironment["BENCH_CONNINFO"] = conninfo(appSettings)
    childEnvironment["BENCH_SQL"] = ReportRepository.listStatement
    process.environment = childEnvironment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = text.split(separator: " ").map { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    guard process.terminationStatus == 0, fields.count == 3, let median = fields[0], let p99 = fields[1], fields[2] == 11 else {
        throw BenchError(description: "store_floor failed (exit \(process.terminationStatus)): \(text)")
    }
    return (median, p99)
}

print("Store benchmark (scratch database \(benchDatabase); this process and the C floor pinned by the caller, e.g. taskset -c 0)")
print("Warm indexed read: 10 newest reports of one patient (500 of 10,000 rows; plan uses reports_by_patient: \(usesIndex)), \(iterations) calls per round")
print("  round   ours median µs   ours p99 µs   libpq C median µs   libpq C p99 µs   ratio")
var ratios: [Double] = []
for round in 1...3 { // interleaved, so drift hits both alike
    let floor = try floorRead()
    let ours = try ourRead()
    let median = percentile(ours, 0.5)
    ratios.append(median / floor.median)
    print("  \(round)       \(format(median).padding(toLength: 17, withPad: " ", startingAt: 0))\(format(percentile(ours, 0.99)).padding(toLength: 14, withPad: " ", startingAt: 0))\(format(floor.median).padding(toLength: 20, withPad: " ", startingAt: 0))\(format(floor.p99).padding(toLength: 17, withPad: " ", startingAt: 0))\(String(format: "%.2f", median / floor.median))")
}
print("  median ratio ours / libpq: \(String(format: "%.2f", ratios.sorted()[1]))")

// --- top 5 by cosine over 10,000 chunks, with and without HNSW ------------------
var generator = SplitMix64(state: 42)  // the same vectors on every run
let queries: [[Float]] = (0..<200).map { _ in (0..<embeddingDimensions).map { _ in Float.random(in: -0.5...0.5, using: &generator) } }
var next = 0
@MainActor func query() -> [Float] { defer { next = (next + 1) % queries.count }; return queries[next] }

/// Top 5 in one transaction with `settings` applied locally (`SET LOCAL` lasts until its COMMIT).
@MainActor func top5(_ vector: [Float], _ settings: [String]) throws -> [ChunkMatch] {
    if settings.isEmpty { return try session.knowledge.nearest(to: vector, clinicId: clinic, embeddingModel: "test-embedding", limit: 5) }
    return try app.transaction(timeoutMs: 10_000) { tx in
        for setting in settings { _ = try tx.query("SET LOCAL " + setting, []) }
        return try tx.knowledge.nearest(to: vector, clinicId: clinic, embeddingModel: "test-embedding", limit: 5)
    }
}

let variants: [(label: String, settings: [String], iterations: Int)] = [
    ("HNSW, ef_search 40 (default), autocommit", [], 2_000),
    ("HNSW, ef_search 200 (SET LOCAL in a transaction)", ["hnsw.ef_search = 200"], 1_000),
    ("exact scan (SET LOCAL enable_indexscan = off)", ["enable_indexscan = off"], 200),
]
let exactIds = try queries.map { Set(try top5($0, variants[2].settings).map(\.id)) }
print("Vector query: top 5 by cosine distance over 10,000 chunks of 1024 dimensions (uniform random vectors, the index's worst case;")
print("  recall@5 is against the exact ranking over the same 200 queries; HNSW built with m=16, ef_construction=64 in \(String(format: "%.1f", indexSeconds)) s)")
var medians: [Double] = []
for variant in variants {
    let samples = try measure(iterations: variant.iterations, warmup: 20) {
        guard try top5(query(), variant.settings).count == 5 else { throw BenchError(description: "fewer than 5 chunks") }
    }
    var found = 0
    for (vector, exact) in zip(queries, exactIds) { found += try top5(vector, variant.settings).filter { exact.contains($0.id) }.count }
    medians.append(percentile(samples, 0.5))
    print("  \(variant.label.padding(toLength: 52, withPad: " ", startingAt: 0)) median \(format(percentile(samples, 0.5))) µs, p99 \(format(percentile(samples, 0.99))) µs, recall@5 \(String(format: "%.3f", Double(found) / Double(queries.count * 5))) (\(variant.iterations) queries)")
}
print("  exact / HNSW default: \(String(format: "%.1f", medians[2] / medians[0]))x")

app.close()
owner.close()
if !keep {
    _ = try ownerHome.session(timeoutMs: long).query("DROP DATABASE IF EXISTS \(benchDatabase) WITH (FORCE)", [], idempotent: true)
}
ownerHome.close()
