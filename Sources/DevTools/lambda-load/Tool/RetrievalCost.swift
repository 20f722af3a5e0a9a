// `lambda-load retrieval-cost`: the database cost of each query of the load mix on the seeded database, per
// statement as the Store sends it: mean / p50 / p99 wall time over the same random clinic/question pairs (client
// side, loopback: one round trip included), the backend's CPU per call (utime + stime of the connection's backend
// process from /proc, over the whole pass ÷ calls: /proc counts in 10 ms ticks), and the recall@k of today's
// clinic-wide vector search (`nearest`: exact up to 2,000 chunks, else the HNSW walk with `ef_search` sized from the
// clinic's share, exact when short) against the exact ranking.
//
//   make load-db-cost     (or: DATABASE_URL=… [DATABASE_MIGRATION_URL=…] lambda-load retrieval-cost [--pairs 200] [--seed 1])
import Clinical
import Foundation
import LambdaRuntime
import LoadGenerator
import LocalStack
import Store

enum RetrievalCost {
    /// The load scenario's four questions and eight more of the kinds doctors ask (rare and common terms alike).
    static let questions = Scenario.questions + [
        "¿Qué antibiótico se indicó para la faringitis y por cuántos días?",
        "¿Cuál es la dosis de losartán y cada cuántas horas?",
        "¿Tiene indicación de dieta o control de laboratorio?",
        "¿Qué inhalador usa para el asma?",
        "¿Cuál fue el valor de ferritina?",
        "What is the current insulin dose?",
        "¿Se solicitó ecografía o radiografía de tórax?",
        "¿Hay alergias a medicamentos registradas?",
    ]
    static let model = "offline.hashed-embedding-v1"   // what the seed's chunks and the local chat embed with
    static let limit = 20                               // ChatConfiguration.candidatesPerRetriever
    /// Ranks every clinic exactly: the reference of the recall figure.
    static let exactOnly = VectorSearchPolicy(exactRowLimit: 10_000_000, oversampling: 4)

    struct Pair { let clinic: String; let question: String; let vector: [Float]; let terms: [String]; let patient: String?; let document: String? }

    struct Figures {
        let name: String
        var samplesMs: [Double] = []
        var cpuMs = 0.0
        var line: String {
            let sorted = samplesMs.sorted()
            guard !sorted.isEmpty else { return name }
            let mean = sorted.reduce(0, +) / Double(sorted.count)
            func at(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
            return "  " + name.padding(toLength: 58, withPad: " ", startingAt: 0)
                + String(format: " %5d %8.2f %8.2f %8.2f %10.2f", sorted.count, mean, at(0.5), at(0.99), cpuMs / Double(sorted.count))
        }
    }

    static func run(_ arguments: [String], environment: [String: String]) -> Never {
        var pairsWanted = 200, seed: UInt64 = 1
        var rest = arguments
        while !rest.isEmpty {
            let argument = rest.removeFirst()
            switch argument {
            case "--pairs": pairsWanted = rest.isEmpty ? 0 : Int(rest.removeFirst()) ?? 0
            case "--seed": seed = rest.isEmpty ? 0 : UInt64(rest.removeFirst()) ?? 0
            default: fail("retrieval-cost: unknown argument \(argument) (--pairs N, --seed N)")
            }
        }
        guard pairsWanted > 0, let url = environment["DATABASE_URL"], !url.isEmpty else { fail("retrieval-cost needs DATABASE_URL and --pairs > 0") }
        do {
            let silent = Logger(level: .error, sink: { _ in })
            // The schema this build expects (the owner role runs the migrations, as `make load` does).
            if let ownerURL = environment["DATABASE_MIGRATION_URL"], !ownerURL.isEmpty {
                let owner = Database(settings: try DatabaseSettings.fromURL(ownerURL), logger: silent)
                _ = try Migrator(database: owner, logger: silent).migrate()
                owner.close()
            }
            let db = Database(settings: try DatabaseSettings.fromURL(url), logger: silent)
            let session = db.session(timeoutMs: 60_000)
            let backend = try db.backendPID(timeoutMs: 5_000)
            let clinics = try session.query("""
                SELECT DISTINCT clinic_id FROM knowledge_chunks WHERE clinic_id LIKE 'load-clinic-%' AND embedding_model = $1 ORDER BY 1
                """, [.text(model)], idempotent: true).rows.map { try $0.string("clinic_id") }
            guard !clinics.isEmpty else { fail("retrieval-cost: no seeded clinic (run make load once: it seeds)") }
            var patients: [String: [String]] = [:], documents: [String: [String]] = [:]
            for clinic in clinics {
                patients[clinic] = try session.query("SELECT DISTINCT patient_id FROM reports WHERE clinic_id = $1 LIMIT 50", [.text(clinic)], idempotent: true)
                    .rows.map { try $0.string("patient_id") }
                documents[clinic] = try session.query("SELECT id::text AS id FROM documents WHERE clinic_id = $1 LIMIT 50", [.text(clinic)], idempotent: true)
                    .rows.map { try $0.string("id") }
            }
            var random = SplitMix64(state: seed)
            let pairs: [Pair] = (0..<pairsWanted).map { _ in
                let clinic = clinics[Int(random.next() % UInt64(clinics.count))]
                let question = questions[Int(random.next() % UInt64(questions.count))]
                let clinicPatients = patients[clinic] ?? [], clinicDocuments = documents[clinic] ?? []
                return Pair(clinic: clinic, question: question, vector: HashedEmbedding.embed(question), terms: ChatQueryTerms.terms(question),
                            patient: clinicPatients.isEmpty ? nil : clinicPatients[Int(random.next() % UInt64(clinicPatients.count))],
                            document: clinicDocuments.isEmpty ? nil : clinicDocuments[Int(random.next() % UInt64(clinicDocuments.count))])
            }

            /// Today's clinic-wide vector search, as the chat's retriever calls it (a short walk is walked again at 4×, then exact).
            func vector(_ p: Pair) throws -> [ChunkMatch] {
                try session.knowledge.nearest(to: p.vector, clinicId: p.clinic, embeddingModel: model, limit: limit)
            }
            func fullText(_ p: Pair) throws -> [ChunkMatch] { try session.knowledge.fullTextBounded(p.terms, clinicId: p.clinic, limit: limit) }
            /// The full text before the common-term rule (every term ranked): the same run's baseline.
            func fullTextEveryTerm(_ p: Pair) throws -> [ChunkMatch] {
                try session.knowledge.fullTextBounded(p.terms, clinicId: p.clinic, limit: limit, termPolicy: .everyTerm)
            }
            func names(_ matches: [ChunkMatch], _ p: Pair) throws { _ = try session.knowledge.fileNames(documentIds: matches.compactMap(\.documentId), clinicId: p.clinic) }
            let now = Timestamp(microsecondsSinceEpoch: Int64(Date().timeIntervalSince1970 * 1_000_000))
            let monthAgo = Timestamp(microsecondsSinceEpoch: now.microsecondsSinceEpoch - 30 * 86_400 * 1_000_000)
            /// Rolled back: the summarizer's and chat's bookkeeping writes (ledger row + audit row, one transaction).
            struct Rollback: Error {}
            let kinds: [(String, (Pair) throws -> Void)] = [
                ("vector clinic-wide (nearest: HNSW, sized ef_search)", { _ = try vector($0) }),
                ("full text clinic-wide (fullTextBounded)", { _ = try fullText($0) }),
                ("full text clinic-wide, every term (before the rule)", { _ = try fullTextEveryTerm($0) }),
                ("chat retrieval (vector + full text + file names)", { p in try names(try vector(p) + fullText(p), p) }),
                ("chat retrieval, full text of every term (before)", { p in try names(try vector(p) + fullTextEveryTerm(p), p) }),
                ("vector of one patient (exact, V005)", { p in
                    _ = try session.knowledge.nearest(to: p.vector, clinicId: p.clinic, patientId: p.patient, embeddingModel: model, limit: limit) }),
                ("full text of one patient", { p in _ = try session.knowledge.fullTextBounded(p.terms, clinicId: p.clinic, patientId: p.patient, limit: limit) }),
                ("history: a patient's 20 newest reports", { p in _ = try session.reports.list(clinicId: p.clinic, patientId: p.patient ?? "-", limit: 20) }),
                ("documents of a patient", { p in _ = try session.documents.list(clinicId: p.clinic, patientId: p.patient ?? "-", limit: 50) }),
                ("one document + its extraction", { p in
                    _ = try session.documents.find(id: p.document ?? "", clinicId: p.clinic)
                    _ = try session.documents.findExtraction(documentId: p.document ?? "", clinicId: p.clinic) }),
                ("usage of one doctor, 30 days", { p in
                    _ = try session.usage.byFunctionAndModel(identity: "load-doctor-000", clinicId: p.clinic, from: monthAgo, to: now) }),
                ("usage of the clinic, 30 days", { p in _ = try session.usage.clinicByFunctionAndModel(clinicId: p.clinic, from: monthAgo, to: now) }),
                ("ledger + audit rows (a model call's writes, rolled back)", { p in
                    do {
                        try db.transaction(timeoutMs: 60_000) { tx in
                            _ = try tx.usage.record(UsageEntry(identity: "retrieval-cost", clinicId: p.clinic, functionName: "chat", model: "m",
                                                                inputTokens: 30, outputTokens: 300, costUSD: 0, requestId: "retrieval-cost"))
                            _ = try tx.audit.record(AuditEntry(requestId: "retrieval-cost", identity: "retrieval-cost", clinicId: p.clinic, action: "chat",
                                                               resourceType: "chat_session", resourceId: nil, outcome: .success))
                            throw Rollback()
                        }
                    } catch is Rollback {} }),
            ]
            // Recall@k of today's clinic-wide vector search against the exact ranking, and the walk's ef_search.
            // By id, and by distance: a row as near as the exact k-th counts (the seed holds ten near-copies of each passage).
            var found = 0, near = 0, full = 0, short = 0, stillShort = 0, efSearches: [Int] = []
            var paths: [String: Int] = [:]
            // What the common-term rule changes: the pairs whose terms it thinned, and the share of the old top k still shown.
            var thinned = 0, kept = 0, shown = 0
            for p in pairs {
                let choice = try session.knowledge.fullTextTerms(p.terms, clinicId: p.clinic)
                if !choice.dropped.isEmpty { thinned += 1 }
                let before = try fullTextEveryTerm(p).map(\.id), after = Set(try fullText(p).map(\.id))
                kept += before.filter(after.contains).count
                shown += before.count
                switch try session.knowledge.nearestTraced(to: p.vector, clinicId: p.clinic, embeddingModel: model, limit: limit).path {
                case .exact: paths["exact", default: 0] += 1
                case .walk: paths["one walk", default: 0] += 1
                case .widerWalk: paths["wider walk after a short one", default: 0] += 1
                case .exactAfterShortWalks: paths["exact after short walks", default: 0] += 1
                }
            }
            for p in pairs {
                let exactRows = try session.knowledge.nearest(to: p.vector, clinicId: p.clinic, embeddingModel: model, limit: limit, policy: exactOnly)
                let exact = Set(exactRows.map(\.id)), kth = (exactRows.last?.distance ?? 0) + 1e-9
                let rows = try vector(p)
                found += rows.filter { exact.contains($0.id) }.count
                near += rows.filter { $0.distance <= kth }.count
                if rows.count == limit { full += 1 }
                if case .approximate(let ef) = try session.knowledge.searchPlan(clinicId: p.clinic, embeddingModel: model, limit: limit) {
                    efSearches.append(ef)
                    // The walk alone: a short one makes `nearest` rank the clinic exactly (the costly fallback).
                    let walked = try db.transaction(timeoutMs: 60_000) { tx in
                        try tx.knowledge.approximateNearest(to: p.vector, clinicId: p.clinic, embeddingModel: model, limit: limit, efSearch: ef)
                    }
                    if walked.count < limit {
                        short += 1
                        let wider = try db.transaction(timeoutMs: 60_000) { tx in
                            try tx.knowledge.approximateNearest(to: p.vector, clinicId: p.clinic, embeddingModel: model, limit: limit,
                                                                efSearch: min(1000, ef * 4))
                        }
                        if wider.count < limit { stillShort += 1 }
                    }
                }
            }
            var rows: [Figures] = []
            for (name, body) in kinds {
                for p in pairs.prefix(20) { try body(p) }   // warm the caches the pass reads
                var figures = Figures(name: name)
                let cpuStart = ProcessStats.cpuSeconds(backend) ?? 0
                for p in pairs {
                    let started = WallClock.monotonicNs()
                    try body(p)
                    figures.samplesMs.append(Double(WallClock.monotonicNs() - started) / 1e6)
                }
                figures.cpuMs = ((ProcessStats.cpuSeconds(backend) ?? 0) - cpuStart) * 1000
                rows.append(figures)
            }
            let load = ProcStat.loadAverage()
            print("lambda-load retrieval-cost: \(pairs.count) random clinic/question pairs (seed \(seed)) over \(clinics.count) seeded clinics, k \(limit); \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load)")
            print("  " + "statement(s)".padding(toLength: 58, withPad: " ", startingAt: 0) + "     n  mean ms   p50 ms   p99 ms  db cpu ms")
            for row in rows { print(row.line) }
            let total = Double(pairs.count * limit)
            let efRange = efSearches.isEmpty ? "exact for every clinic"
                : "ef_search \(efSearches.min()!)–\(efSearches.max()!) on \(efSearches.count) of \(pairs.count) pairs, \(short) walks short, \(stillShort) of them short at 4× too → exact"
            print(String(format: "  recall@%d of the clinic-wide vector search (nearest) against the exact ranking (by id / within the exact k-th distance): %.4f / %.4f (%d of %d full; ",
                         limit, Double(found) / total, Double(near) / total, full, pairs.count) + efRange + ")")
            print("  paths that served the clinic-wide vector search (nearestTraced): "
                  + paths.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            print(String(format: "  full text: common terms left out on %d of %d pairs; %.1f %% of the every-term top %d still among the rule's (%d of %d rows)",
                         thinned, pairs.count, shown == 0 ? 100 : 100 * Double(kept) / Double(shown), limit, kept, shown))
            exit(0)
        } catch { fail("retrieval-cost: \(error)") }
    }
}
