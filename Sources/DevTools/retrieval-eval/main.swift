// Retrieval quality of the chat on a labelled synthetic corpus (`make eval`): loads
// Tests/RetrievalEval/corpus.json into the local database (clinics suffixed per run, removed afterwards)
// as file-processor stores chunks (hashed offline embeddings of the redacted text), then ranks each
// question with the chat's own pieces (PHIPlaceholderMap, ChatQueryTerms, KnowledgeRepository.nearest /
// fullText, HybridRanking) and prints recall@6 and MRR for vector-only, full-text-only and fused retrieval.
import Clinical
import Foundation
import LambdaRuntime
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
defer {
    for (id, clinicId) in inserted {
        _ = try? session.query("DELETE FROM documents WHERE id = $1::uuid AND clinic_id = $2", [.text(id), .text(clinicId)], idempotent: true)
    }
    database.close()
}

struct Score { var recall = 0.0; var reciprocal = 0.0; var answered = 0; var emptyOnAnswerable = 0; var emptyOnUnanswerable = 0; var unanswerable = 0 }
let methods = ["vector only", "full-text only", "fused (RRF)"]
var totals = Array(repeating: Score(), count: 3)
var byKind: [String: [Score]] = [:]

func documents(_ ranked: [ChatPassage], _ documentOf: [String: String]) -> [String] {
    ranked.compactMap { passage -> String? in
        if case .chunk(_, let documentId) = passage.origin { return documentId.flatMap { documentOf[$0] } }
        return nil
    }
}

let ranking = HybridRanking(minSimilarity: minSimilarity)
var thinned = 0   // clinic-wide questions whose full text left common terms out (FullTextTermPolicy)
for question in questions {
    var map = PHIPlaceholderMap()
    let vector = HashedEmbedding.embed(map.redact(question.question))
    let clinicId = clinic(question.clinic)
    let near: [ChunkMatch]
    let text: [ChunkMatch]
    do {
        near = try session.knowledge.nearest(to: vector, clinicId: clinicId, patientId: question.patient, embeddingModel: embeddingModel, limit: 20)
        if question.patient == nil,
           !(try session.knowledge.fullTextTerms(ChatQueryTerms.terms(question.question), clinicId: clinicId, policy: termPolicy).dropped.isEmpty) { thinned += 1 }
        text = try session.knowledge.fullTextBounded(ChatQueryTerms.terms(question.question), clinicId: clinicId, patientId: question.patient, limit: 20,
                                                     termPolicy: termPolicy)
    } catch { fail("query failed: \(error)") }
    func passage(_ m: ChunkMatch) -> ChatPassage { ChatPassage(origin: .chunk(chunkId: m.id, documentId: m.documentId), text: m.content) }
    let candidates = near.map { HybridRanking.VectorCandidate(passage: passage($0), similarity: 1 - $0.distance) }
    let lists = [ranking.rank(vector: candidates, fullText: [], reports: []),
                 ranking.rank(vector: [], fullText: text.map(passage), reports: []),
                 ranking.rank(vector: candidates, fullText: text.map(passage), reports: [])]
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
        for target in [0, 1] {
            func add(_ s: inout Score) {
                s.recall += score.recall; s.reciprocal += score.reciprocal; s.answered += score.answered
                s.emptyOnAnswerable += score.emptyOnAnswerable; s.emptyOnUnanswerable += score.emptyOnUnanswerable; s.unanswerable += score.unanswerable
            }
            if target == 0 { add(&totals[index]) } else { var kind = byKind[question.kind] ?? Array(repeating: Score(), count: 3); add(&kind[index]); byKind[question.kind] = kind }
        }
    }
}

func f(_ x: Double) -> String { String(format: "%.3f", x) }
let answerable = totals[0].answered
print("Retrieval on \(corpus.count) documents (\(corpus.reduce(0) { $0 + $1.chunks.count }) chunks, \(Set(corpus.map(\.clinic)).count) clinics), "
      + "\(questions.count) questions from \(questionsFile) (\(answerable) answerable, \(totals[0].unanswerable) unanswerable); "
      + "offline hashed embeddings, k=\(k), min similarity \(minSimilarity); full text: "
      + (termPolicy == .everyTerm ? "every term" : "terms in more than \(Int(termPolicy.commonShare * 100)) % of a clinic's chunks left out from clinics of \(termPolicy.minClinicRows)"))
print("full text: common terms left out on \(thinned) of \(questions.filter { $0.patient == nil }.count) clinic-wide questions")
print("method            recall@\(k)  MRR     answerable with nothing found   unanswerable correctly empty")
for (index, name) in methods.enumerated() {
    let s = totals[index]
    print(name.padding(toLength: 18, withPad: " ", startingAt: 0) + f(s.recall / Double(max(1, s.answered))) + "     "
          + f(s.reciprocal / Double(max(1, s.answered))) + "   " + "\(s.emptyOnAnswerable)/\(s.answered)".padding(toLength: 32, withPad: " ", startingAt: 0)
          + "\(s.emptyOnUnanswerable)/\(s.unanswerable)")
}
print("by kind (recall@\(k) / MRR: vector | full-text | fused)")
for kind in byKind.keys.sorted() where kind != "unanswerable" {
    let s = byKind[kind]!
    let cells = s.map { "\(f($0.recall / Double(max(1, $0.answered)))) / \(f($0.reciprocal / Double(max(1, $0.answered))))" }
    print("  " + "\(kind) (\(s[0].answered))".padding(toLength: 18, withPad: " ", startingAt: 0) + cells.joined(separator: " | "))
}
let fused = totals[2], vectorOnly = totals[0], textOnly = totals[1]
let n = Double(max(1, answerable))
print("fused vs vector only: recall@\(k) \(f((fused.recall - vectorOnly.recall) / n)) , MRR \(f((fused.reciprocal - vectorOnly.reciprocal) / n)); "
      + "fused vs full-text only: recall@\(k) \(f((fused.recall - textOnly.recall) / n)) , MRR \(f((fused.reciprocal - textOnly.reciprocal) / n))")
