// Retrieval quality of the chat on a labelled synthetic corpus (`make eval`): loads
// Tests/RetrievalEval/corpus.json into the local database (clinics suffixed per run, removed afterwards)
// as file-processor stores chunks (hashed offline embeddings of the redacted text), then ranks each
// question with the chat's own pieces (PHIPlaceholderMap, ChatQueryTerms, KnowledgeRepository.nearest /
// fullText, HybridRanking) and prints recall@6 and MRR for vector-only, full-text-only and fused retrieval.
// `--filler N` adds N unrelated chunks to every clinic (the load seed's passages, `SeedPassages`), so a clinic
// is as large as a real one and the common-term rule (`FullTextTermPolicy`) applies; it then prints the
// figures with the rule and without it (every term), and the questions whose recall the rule moves.
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store

struct Document: Decodable { let id: String; let clinic: String; let patient: String?; let fileName: String; let chunks: [String] }
struct Question: Decodable { let id: String; let clinic: String; let patient: String?; let question: String; let kind: String; let relevant: [String] }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("retrieval-eval: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var questionsFile = "questions.json"
var minSimilarity = HybridRanking.defaultMinSimilarity
var k = 6
var directory = "Tests/RetrievalEval"
var termPolicy = FullTextTermPolicy.standard
var fillerPerClinic = 0
func value(_ name: String, _ arguments: inout [String]) -> String {
    guard !arguments.isEmpty else { fail("\(name) needs a value") }
    return arguments.removeFirst()
}
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--questions": questionsFile = value(argument, &arguments)
    case "--min-similarity": guard let x = Double(value(argument, &arguments)) else { fail("--min-similarity needs a number") }; minSimilarity = x
    case "--k": guard let x = Int(value(argument, &arguments)) else { fail("--k needs an integer") }; k = x
    // The common-term rule (FullTextTermPolicy) from clinics of N chunks (the standard 1,000 spares this corpus's 52-chunk
    // clinics; 0 applies it to them), or switched off (the search before it).
    case "--full-text-min-rows": guard let x = Int(value(argument, &arguments)), x >= 0 else { fail("--full-text-min-rows needs an integer ≥ 0") }
        termPolicy = FullTextTermPolicy(commonShare: FullTextTermPolicy.standard.commonShare, minClinicRows: x)
    case "--full-text-every-term": termPolicy = .everyTerm
    // N unrelated chunks per clinic (a large clinic); the figures are printed with the rule and with every term.
    case "--filler": guard let x = Int(value(argument, &arguments)), x >= 0 else { fail("--filler needs an integer ≥ 0") }; fillerPerClinic = x
    default: directory = argument
    }
}
let base = URL(fileURLWithPath: directory)
guard let corpusData = try? Data(contentsOf: base.appendingPathComponent("corpus.json")),
      let corpus = try? JSONDecoder().decode([Document].self, from: corpusData),
      let questionData = try? Data(contentsOf: base.appendingPathComponent(questionsFile)),
      let questions = try? JSONDecoder().decode([Question].self, from: questionData) else {
    fail("cannot read \(directory)/corpus.json and \(questionsFile)")
}
guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty else {
    fail("DATABASE_URL is not set: eval \"$(.ci/localdb.sh start 2>/dev/null | sed 's/^/export /')\"")
}
let logger = Logger(level: .error, sink: { _ in })
if let owner = ProcessInfo.processInfo.environment["DATABASE_MIGRATION_URL"], !owner.isEmpty {
    let db = Database(settings: try! DatabaseSettings.fromURL(owner), logger: logger)
    _ = try? Migrator(database: db, logger: logger).migrate()
    db.close()
}
let database = Database(settings: try! DatabaseSettings.fromURL(url), logger: logger)
let session = database.session(timeoutMs: 30_000)
let run = String(UUID().uuidString.prefix(8)).lowercased()
let embeddingModel = "amazon.titan-embed-text-v2:0"
func clinic(_ name: String) -> String { "\(name)-\(run)" }

// Load: one documents row per document, its chunks embedded on the redacted text.
var documentOf: [String: String] = [:] // database id → corpus id
var inserted: [(id: String, clinic: String)] = []
let clinics = Array(Set(corpus.map(\.clinic))).sorted()
defer {
    for (id, clinicId) in inserted {
        _ = try? session.query("DELETE FROM documents WHERE id = $1::uuid AND clinic_id = $2", [.text(id), .text(clinicId)], idempotent: true)
    }
    for name in clinics where fillerPerClinic > 0 {
        _ = try? session.query("DELETE FROM documents WHERE clinic_id = $1 AND bucket = 'eval-filler'", [.text(clinic(name))], idempotent: true)
    }
    database.close()
}
do {
    for document in corpus {
        let row = try session.documents.insert(NewDocument(clinicId: clinic(document.clinic), patientId: document.patient, bucket: "eval",
                                                           objectKey: "\(run)/\(document.id)", fileName: document.fileName,
                                                           contentType: "application/pdf", uploadedBy: "retrieval-eval"))
        documentOf[row.id] = document.id
        inserted.append((row.id, clinic(document.clinic)))
        for (index, text) in document.chunks.enumerated() {
            var map = PHIPlaceholderMap()
            _ = try session.knowledge.insert(NewChunk(clinicId: clinic(document.clinic), documentId: row.id, patientId: document.patient,
                                                      chunkIndex: index, embeddingModel: embeddingModel, page: index, content: text,
                                                      embedding: HashedEmbedding.embed(map.redact(text))))
        }
    }
} catch { fail("loading the corpus failed: \(error)") }

/// `count` filler chunks in `clinicId`: documents of 20 chunks (of other patients than the corpus's), chunk c of document n
/// the seed passage (n·20 + c) mod 500 as `make load` seeds it, embedded on its redacted text and moved ±0.01 per dimension
/// (distinct vectors for the HNSW index), generated by PostgreSQL (no row crosses the wire).
@MainActor func insertFiller(clinicId: String, count: Int) throws {
    let perDocument = 20
    try database.transaction(timeoutMs: 1_800_000) { tx in
        _ = try tx.query("CREATE TEMP TABLE eval_filler_passages (k int PRIMARY KEY, content text NOT NULL, embedding vector(1024) NOT NULL) ON COMMIT DROP", [])
        let passages = SeedPassages.all
        for batch in stride(from: 0, to: passages.count, by: 50) {
            var sql = "INSERT INTO eval_filler_passages (k, content, embedding) VALUES "
            var parameters: [SQLValue] = []
            for (offset, text) in passages[batch..<min(passages.count, batch + 50)].enumerated() {
                let n = parameters.count
                var map = PHIPlaceholderMap()
                sql += (offset == 0 ? "" : ", ") + "($\(n + 1)::int, $\(n + 2), $\(n + 3)::vector)"
                parameters += [.int(Int64(batch + offset)), .text(text), .vector(HashedEmbedding.embed(map.redact(text)))]
            }
            _ = try tx.query(sql, parameters)
        }
        _ = try tx.query("""
            INSERT INTO documents (clinic_id, patient_id, bucket, object_key, file_name, content_type, size_bytes, status, uploaded_by)
            SELECT $1, 'eval-filler-patient-' || (n % 50), 'eval-filler', $2 || '/' || $1 || '/filler/' || n, 'consulta-' || n || '.pdf',
                   'application/pdf', 180000, 'PROCESSED', 'retrieval-eval'
            FROM generate_series(0, $3::int - 1) AS n
            """, [.text(clinicId), .text(run), .int(Int64((count + perDocument - 1) / perDocument))])
        _ = try tx.query("""
            INSERT INTO knowledge_chunks (clinic_id, document_id, patient_id, chunk_index, content, embedding_model, page, embedding)
            SELECT d.clinic_id, d.id, d.patient_id, c, p.content || ' (documento ' || split_part(d.object_key, '/', 4) || ')', $2, c / 7,
                   (SELECT array_agg(x + (random()::real - 0.5) * 0.02 ORDER BY i) FROM unnest(p.embedding::real[]) WITH ORDINALITY AS u(x, i))::vector
            FROM documents d
            CROSS JOIN generate_series(0, $3::int - 1) AS c
            JOIN eval_filler_passages p ON p.k = (split_part(d.object_key, '/', 4)::int * $3 + c) % \(passages.count)
            WHERE d.clinic_id = $1 AND d.bucket = 'eval-filler' AND split_part(d.object_key, '/', 4)::int * $3 + c < $4
            """, [.text(clinicId), .text(embeddingModel), .int(Int64(perDocument)), .int(Int64(count))])
    }
}
if fillerPerClinic > 0 {
    let started = Date()
    do { for name in clinics { try insertFiller(clinicId: clinic(name), count: fillerPerClinic) } } catch { fail("adding the filler failed: \(error)") }
    FileHandle.standardError.write(Data(String(format: "retrieval-eval: %d filler chunks in each of %d clinics in %.1f s\n",
                                                fillerPerClinic, clinics.count, Date().timeIntervalSince(started)).utf8))
}

struct Score { var recall = 0.0; var reciprocal = 0.0; var answered = 0; var emptyOnAnswerable = 0; var emptyOnUnanswerable = 0; var unanswerable = 0 }
let methods = ["vector only", "full-text only", "fused (RRF)"]

func documents(_ ranked: [ChatPassage], _ documentOf: [String: String]) -> [String] {
    ranked.compactMap { passage -> String? in
        if case .chunk(_, let documentId) = passage.origin { return documentId.flatMap { documentOf[$0] } }
        return nil
    }
}

/// One pass over the questions with one full-text term policy.
struct Evaluation {
    var totals = Array(repeating: Score(), count: 3)
    var byKind: [String: [Score]] = [:]
    /// Clinic-wide questions whose full text left common terms out, and the terms.
    var thinned = 0
    var dropped: [String: Int] = [:]
    /// Recall@k per question id and method.
    var recall: [String: [Double]] = [:]
}

let ranking = HybridRanking(minSimilarity: minSimilarity)
@MainActor func evaluate(_ policy: FullTextTermPolicy) -> Evaluation {
    var result = Evaluation()
    for question in questions {
        var map = PHIPlaceholderMap()
        let vector = HashedEmbedding.embed(map.redact(question.question))
        let clinicId = clinic(question.clinic)
        let near: [ChunkMatch]
        let text: [ChunkMatch]
        do {
            near = try session.knowledge.nearest(to: vector, clinicId: clinicId, patientId: question.patient, embeddingModel: embeddingModel, limit: 20)
            if question.patient == nil {
                let choice = try session.knowledge.fullTextTerms(ChatQueryTerms.terms(question.question), clinicId: clinicId, policy: policy)
                if !choice.dropped.isEmpty { result.thinned += 1 }
                for term in choice.dropped { result.dropped[term.lowercased(), default: 0] += 1 }
            }
            text = try session.knowledge.fullTextBounded(ChatQueryTerms.terms(question.question), clinicId: clinicId, patientId: question.patient, limit: 20,
                                                         termPolicy: policy)
        } catch { fail("query failed: \(error)") }
        func passage(_ m: ChunkMatch) -> ChatPassage { ChatPassage(origin: .chunk(chunkId: m.id, documentId: m.documentId), text: m.content) }
        let candidates = near.map { HybridRanking.VectorCandidate(passage: passage($0), similarity: 1 - $0.distance) }
        let lists = [ranking.rank(vector: candidates, fullText: [], reports: []),
                     ranking.rank(vector: [], fullText: text.map(passage), reports: []),
                     ranking.rank(vector: candidates, fullText: text.map(passage), reports: [])]
        var recalls: [Double] = []
        for (index, ranked) in lists.enumerated() {
            var score = Score()
            let docs = documents(ranked, documentOf)
            if question.relevant.isEmpty {
                score.unanswerable = 1
                if ranked.isEmpty { score.emptyOnUnanswerable = 1 }
            } else {
                score.answered = 1
                let top = Set(docs.prefix(k))
                score.recall = Double(question.relevant.filter(top.contains).count) / Double(question.relevant.count)
                if let first = docs.firstIndex(where: question.relevant.contains) { score.reciprocal = 1 / Double(first + 1) }
                if ranked.isEmpty { score.emptyOnAnswerable = 1 }
            }
            recalls.append(score.recall)
            func add(_ s: inout Score) {
                s.recall += score.recall; s.reciprocal += score.reciprocal; s.answered += score.answered
                s.emptyOnAnswerable += score.emptyOnAnswerable; s.emptyOnUnanswerable += score.emptyOnUnanswerable; s.unanswerable += score.unanswerable
            }
            add(&result.totals[index])
            var kind = result.byKind[question.kind] ?? Array(repeating: Score(), count: 3)
            add(&kind[index])
            result.byKind[question.kind] = kind
        }
        if !question.relevant.isEmpty { result.recall[question.id] = recalls }
    }
    return result
}

func f(_ x: Double) -> String { String(format: "%.3f", x) }
func describe(_ policy: FullTextTermPolicy) -> String {
    policy == .everyTerm ? "every term" : "terms in more than \(Int(policy.commonShare * 100)) % of a clinic's chunks left out from clinics of \(policy.minClinicRows)"
}
@MainActor func report(_ e: Evaluation, _ policy: FullTextTermPolicy) {
    let answerable = e.totals[0].answered
    let chunks = corpus.reduce(0) { $0 + $1.chunks.count }
    print("Retrieval on \(corpus.count) documents (\(chunks) chunks, \(clinics.count) clinics"
          + (fillerPerClinic > 0 ? ", plus \(fillerPerClinic) filler chunks in each clinic" : "") + "), "
          + "\(questions.count) questions from \(questionsFile) (\(answerable) answerable, \(e.totals[0].unanswerable) unanswerable); "
          + "offline hashed embeddings, k=\(k), min similarity \(minSimilarity); full text: " + describe(policy))
    let terms = e.dropped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
    print("full text: common terms left out on \(e.thinned) of \(questions.filter { $0.patient == nil }.count) clinic-wide questions"
          + (terms.isEmpty ? "" : " (\(terms))"))
    print("method            recall@\(k)  MRR     answerable with nothing found   unanswerable correctly empty")
    for (index, name) in methods.enumerated() {
        let s = e.totals[index]
        print(name.padding(toLength: 18, withPad: " ", startingAt: 0) + f(s.recall / Double(max(1, s.answered))) + "     "
              + f(s.reciprocal / Double(max(1, s.answered))) + "   " + "\(s.emptyOnAnswerable)/\(s.answered)".padding(toLength: 32, withPad: " ", startingAt: 0)
              + "\(s.emptyOnUnanswerable)/\(s.unanswerable)")
    }
    print("by kind (recall@\(k) / MRR: vector | full-text | fused)")
    for kind in e.byKind.keys.sorted() where kind != "unanswerable" {
        let s = e.byKind[kind]!
        let cells = s.map { "\(f($0.recall / Double(max(1, $0.answered)))) / \(f($0.reciprocal / Double(max(1, $0.answered))))" }
        print("  " + "\(kind) (\(s[0].answered))".padding(toLength: 18, withPad: " ", startingAt: 0) + cells.joined(separator: " | "))
    }
    let fused = e.totals[2], vectorOnly = e.totals[0], textOnly = e.totals[1]
    let n = Double(max(1, answerable))
    print("fused vs vector only: recall@\(k) \(f((fused.recall - vectorOnly.recall) / n)) , MRR \(f((fused.reciprocal - vectorOnly.reciprocal) / n)); "
          + "fused vs full-text only: recall@\(k) \(f((fused.recall - textOnly.recall) / n)) , MRR \(f((fused.reciprocal - textOnly.reciprocal) / n))")
}

// With filler the rule applies: the same questions are ranked with it and with every term (the search before it).
let policies = fillerPerClinic > 0 && termPolicy != .everyTerm ? [termPolicy, .everyTerm] : [termPolicy]
let evaluations = policies.map(evaluate)
for (index, evaluation) in evaluations.enumerated() {
    if index > 0 { print("") }
    report(evaluation, policies[index])
}
if evaluations.count == 2 {
    let (rule, every) = (evaluations[0], evaluations[1])
    let n = Double(max(1, rule.totals[0].answered))
    print("")
    print("the rule vs every term (recall@\(k)): full-text \(f(rule.totals[1].recall / n)) vs \(f(every.totals[1].recall / n)), "
          + "fused \(f(rule.totals[2].recall / n)) vs \(f(every.totals[2].recall / n))")
    let moved = questions.filter { rule.recall[$0.id] != nil && rule.recall[$0.id]![1...] != every.recall[$0.id]![1...] }
    print("questions whose full-text or fused recall@\(k) the rule moves: \(moved.count)"
          + moved.map { "\n  \($0.id) (\($0.kind)): full-text \(f(every.recall[$0.id]![1])) → \(f(rule.recall[$0.id]![1])), fused \(f(every.recall[$0.id]![2])) → \(f(rule.recall[$0.id]![2]))" }.joined())
}
