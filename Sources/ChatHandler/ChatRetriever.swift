import APIHandling
import Clinical
import LambdaRuntime
import ModelHandling
import Store

/// Retrieval for one question, in the caller's clinic only (and the patient's documents and recent
/// report summaries only, when a patient is named): the question's embedding (same model as the
/// chunks) against pgvector's HNSW index, PostgreSQL full-text search in Spanish and English, and the
/// report summaries ranked by shared words, fused by reciprocal rank. When the question cannot be
/// embedded (Bedrock down or throttled past the retries), full-text search carries on alone.
struct ChatRetriever: Sendable {
    /// Recent report summaries of the patient considered as candidates.
    static let reportCandidates = 5

    let configuration: ChatConfiguration
    let database: DatabaseAccess

    struct Timings: Sendable {
        var embeddingMs = 0.0
        var vectorMs = 0.0
        var fullTextMs = 0.0
        var reportsMs = 0.0
        var fusionMs = 0.0
        var namesMs = 0.0
    }

    struct Result: Sendable {
        /// Fused and relevant, best first (not yet cut to k or the token budget).
        var ranked: [ChatPassage]
        var embedded: Bool
        var vectorHits: Int
        var fullTextHits: Int
        var reportHits: Int
        var timings: Timings
    }

    /// `embeddingText` is the redacted question (what Bedrock may see); `searchText` the original one
    /// (full-text search runs in our own database).
    func retrieve(embeddingText: String, searchText: String, clinicId: String, patientId: String?,
                  embedder: BedrockEmbeddingModel, context: RouteContext) throws -> Result {
        var timings = Timings()
        var vector: [Float]?
        timings.embeddingMs = Self.timed {
            do {
                vector = try embedder.embed(embeddingText, deadlineMs: context.lambda.deadlineMs - 2500)
            } catch {
                // Logged by the adapter (type and status only); full-text search goes on alone.
                vector = nil
            }
        }
        let terms = ChatQueryTerms.terms(searchText)
        let limit = configuration.candidatesPerRetriever
        var byVector: [ChunkMatch] = []
        var byText: [ChunkMatch] = []
        var reports: [ReportRow] = []
        var names: [String: String] = [:]
        try database.run(context) { db, timeoutMs in
            let session = db.session(timeoutMs: timeoutMs)
            if let vector {
                timings.vectorMs = try Self.timed {
                    byVector = try session.knowledge.nearest(to: vector, clinicId: clinicId, patientId: patientId,
                                                             embeddingModel: configuration.embeddingModelId, limit: limit)
                }
            }
            timings.fullTextMs = try Self.timed {
                byText = try session.knowledge.fullTextBounded(terms, clinicId: clinicId, patientId: patientId, limit: limit)
            }
            if let patientId {
                timings.reportsMs = try Self.timed {
                    reports = try session.reports.list(clinicId: clinicId, patientId: patientId, limit: Self.reportCandidates).reports
                }
            }
            let documents = (byVector + byText).compactMap(\.documentId)
            timings.namesMs = try Self.timed {
                names = try session.knowledge.fileNames(documentIds: documents, clinicId: clinicId)
            }
        }

        var fused: [ChatPassage] = []
        var vectorHits = 0, reportHits = 0
        timings.fusionMs = Self.timed {
            func passage(_ match: ChunkMatch) -> ChatPassage {
                ChatPassage(origin: .chunk(chunkId: match.id, documentId: match.documentId), text: match.content,
                            fileName: match.documentId.flatMap { names[$0] }, page: match.page)
            }
            let ranking = HybridRanking(minSimilarity: configuration.minSimilarity)
            let vectorCandidates = byVector.map { HybridRanking.VectorCandidate(passage: passage($0), similarity: 1 - $0.distance) }
            let rankedReports = HybridRanking.rankReports(reports.map { ChatPassage(origin: .reportSummary(reportId: $0.id), text: $0.summary) },
                                                          question: searchText)
            vectorHits = vectorCandidates.filter { $0.similarity >= configuration.minSimilarity }.count
            reportHits = rankedReports.count
            fused = ranking.rank(vector: vectorCandidates, fullText: byText.map(passage), reports: rankedReports)
        }
        return Result(ranked: fused, embedded: vector != nil, vectorHits: vectorHits, fullTextHits: byText.count,
                      reportHits: reportHits, timings: timings)
    }

    static func timed(_ body: () throws -> Void) rethrows -> Double {
        let started = WallClock.monotonicNs()
        try body()
        return Double(WallClock.monotonicNs() - started) / 1e6
    }
}
