import Foundation
import Store
import Testing
import TestSupport

/// Clinic-wide and patient-wide vector search at the sizes the policy tells apart (VectorSearchPolicy):
/// exact where it is exact, the HNSW walk sized from the clinic's share and measured against the exact ranking.
@Suite struct ClinicWideVectorSearchTests {
    /// Vectors in this test's own random subspace: clusters around `centers` directions, so the nearest
    /// neighbours of a query are a structured set (as embeddings are), not a tie among random points.
    struct Corpus {
        let axes: RandomAxes
        let centers: [[Float]]

        init(dimensions: Int, clusters: Int) {
            axes = RandomAxes(count: dimensions)
            centers = (0..<clusters).map { _ in (0..<dimensions).map { _ in Float.random(in: -1...1) } }
        }

        func vector(near center: Int, spread: Float) -> [Float] {
            axes.vector(centers[center].map { $0 + Float.random(in: -spread...spread) })
        }
    }

    static func insert(_ vectors: [[Float]], clinic: String, patient: String?, model: String, in db: Database) throws -> [String] {
        try db.transaction(timeoutMs: 120_000) { tx in
            try vectors.enumerated().map { index, vector in
                try tx.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: patient, chunkIndex: index, embeddingModel: model,
                                                 content: "chunk \(index)", embedding: vector))
            }
        }
    }

    /// The exact top k computed here: ids by cosine distance, ties by id (as the database orders them).
    static func bruteForce(_ query: [Float], ids: [String], vectors: [[Float]], k: Int) -> [String] {
        var scored: [(id: String, distance: Double)] = []
        for (id, vector) in zip(ids, vectors) { scored.append((id, cosineDistance(query, vector))) }
        scored.sort { a, b in a.distance != b.distance ? a.distance < b.distance : a.id < b.id }
        return scored.prefix(k).map { $0.id }
    }

    static func refreshStatistics() throws {
        let owner = try TestDatabase.owner()
        defer { owner.close() }
        _ = try owner.session(timeoutMs: 120_000).query("ANALYZE knowledge_chunks", [], idempotent: true)
    }

    @Test func thePolicyExactForSmallClinicsSizedForLargeOnes() {
        let policy = VectorSearchPolicy(exactRowLimit: 2_000, oversampling: 2)
        #expect(policy.plan(clinicRows: 2_000, indexRows: 50_000, limit: 20) == .exact)
        // 10 % of the index: 20 ÷ 0.1 × 2 = 400 candidates.
        #expect(policy.plan(clinicRows: 5_000, indexRows: 50_000, limit: 20) == .approximate(efSearch: 400))
        // Half of it: 80; most of it: pgvector's default 40 is the floor.
        #expect(policy.plan(clinicRows: 25_000, indexRows: 50_000, limit: 20) == .approximate(efSearch: 80))
        #expect(policy.plan(clinicRows: 45_000, indexRows: 50_000, limit: 20) == .approximate(efSearch: 45))
        #expect(policy.plan(clinicRows: 49_000, indexRows: 50_000, limit: 10) == .approximate(efSearch: 40))
        // 1 % of a large index would need 4,000 candidates, past pgvector's 1,000: exact.
        #expect(policy.plan(clinicRows: 5_000, indexRows: 500_000, limit: 20) == .exact)
        // Never analyzed (reltuples -1) or lagging: the clinic's own count bounds the share.
        #expect(policy.plan(clinicRows: 3_000, indexRows: -1, limit: 20) == .approximate(efSearch: 40))
        // A capped count (2,001) under-estimates a large clinic: the planner's share, when larger, wins.
        #expect(policy.plan(clinicRows: 2_001, indexRows: 1_000_000, clinicShare: 0.5, limit: 20) == .approximate(efSearch: 80))
        #expect(policy.plan(clinicRows: 2_001, indexRows: 1_000_000, clinicShare: nil, limit: 20) == .exact)
    }

    /// A clinic of 40 chunks among 400 of another clinic in the same region of the space: exact top 10.
    @Test func aSmallClinicAmongALargeOneGetsItsExactTopK() throws {
        let db = try TestDatabase.app()
        let small = TestDatabase.uniqueClinic("small"), large = TestDatabase.uniqueClinic("large")
        let corpus = Corpus(dimensions: 24, clusters: 8)
        let largeVectors = (0..<400).map { corpus.vector(near: $0 % 8, spread: 0.4) }
        let smallVectors = (0..<40).map { corpus.vector(near: $0 % 8, spread: 0.4) }
        _ = try Self.insert(largeVectors, clinic: large, patient: nil, model: "wide-test", in: db)
        let smallIds = try Self.insert(smallVectors, clinic: small, patient: nil, model: "wide-test", in: db)
        #expect(try db.session(timeoutMs: TestDatabase.timeoutMs).knowledge.searchPlan(clinicId: small, embeddingModel: "wide-test", limit: 10) == .exact)
        for center in 0..<8 {
            let query = corpus.vector(near: center, spread: 0.2)
            let found = try db.session(timeoutMs: TestDatabase.timeoutMs).knowledge.nearest(to: query, clinicId: small, embeddingModel: "wide-test", limit: 10)
            #expect(found.map(\.id) == Self.bruteForce(query, ids: smallIds, vectors: smallVectors, k: 10))
        }
        _ = try db.session(timeoutMs: TestDatabase.timeoutMs).query("DELETE FROM knowledge_chunks WHERE clinic_id = ANY($1::text[])",
                                                                    [.text("{\(small),\(large)}")], idempotent: true)
    }

    /// A patient with 500 chunks gets the exact top 10 of them; a patient without chunks gets none.
    @Test func aPatientsChunksAreRankedExactlyWhateverTheirNumber() throws {
        let db = try TestDatabase.app()
        let clinic = TestDatabase.uniqueClinic()
        let corpus = Corpus(dimensions: 24, clusters: 10)
        let vectors = (0..<500).map { corpus.vector(near: $0 % 10, spread: 0.4) }
        let ids = try Self.insert(vectors, clinic: clinic, patient: "p-500", model: "wide-test", in: db)
        _ = try Self.insert((0..<50).map { corpus.vector(near: $0 % 10, spread: 0.1) }, clinic: clinic, patient: "p-other", model: "wide-test", in: db)
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        for center in 0..<5 {
            let query = corpus.vector(near: center, spread: 0.2)
            let found = try session.knowledge.nearest(to: query, clinicId: clinic, patientId: "p-500", embeddingModel: "wide-test", limit: 10)
            #expect(found.map(\.id) == Self.bruteForce(query, ids: ids, vectors: vectors, k: 10))
            for match in found { #expect(abs(match.distance - cosineDistance(query, vectors[ids.firstIndex(of: match.id)!])) < 1e-4) }
        }
        #expect(try session.knowledge.nearest(to: corpus.vector(near: 0, spread: 0), clinicId: clinic, patientId: "p-none",
                                              embeddingModel: "wide-test", limit: 10).isEmpty)
        _ = try session.query("DELETE FROM knowledge_chunks WHERE clinic_id = $1", [.text(clinic)], idempotent: true)
    }

    /// A clinic past the exact limit goes through HNSW with `ef_search` sized from its share of the index; the walk
    /// alone (no exact fallback) finds ≥ 90 % of the exact top 5 on average over 20 queries, and `nearest` returns
    /// a full top 5 drawn from the clinic.
    /// Other clinics' rows in `clinic`'s bucket index (V006). Parallel suites insert and delete clusters of vectors
    /// in their own random subspaces: an island that appears in the bucket's graph mid-measurement can take the HNSW
    /// entry point away from this clinic's island, which says nothing of a clinic's real (one-space) embeddings.
    static func foreignRowsInBucket(of clinic: String, _ session: Session) throws -> Int {
        try session.query("""
            SELECT count(*) AS n FROM knowledge_chunks
            WHERE \(KnowledgeBuckets.sql(of: "clinic_id")) = \(KnowledgeBuckets.sql(of: "$1::text")) AND clinic_id <> $1
            """, [.text(clinic)], idempotent: true).rows[0].int("n")
    }

    /// A fresh clinic id in the bucket that holds the fewest other rows right now.
    static func clinicInQuietestBucket(_ session: Session) throws -> String {
        let drawn = try (0..<32).map { _ in TestDatabase.uniqueClinic("approximate") }.map { ($0, try foreignRowsInBucket(of: $0, session)) }
        return drawn.min { $0.1 < $1.1 }!.0
    }

    @Test func theSizedApproximateWalkMeetsItsRecall() throws {
        // A measurement during which another suite changed this bucket is discarded and taken again (at most 3
        // times, then recorded as an issue): the recall asserted is always one of an unchanged graph.
        for attempt in 1...3 {
            if try measureTheSizedWalk(attempt: attempt, lastAttempt: attempt == 3) { return }
        }
    }

    /// true when the measurement ran on an unchanged bucket (and its expectations were checked).
    private func measureTheSizedWalk(attempt: Int, lastAttempt: Bool) throws -> Bool {
        let db = try TestDatabase.app()
        let clinic = try Self.clinicInQuietestBucket(db.session(timeoutMs: TestDatabase.timeoutMs))
        defer { _ = try? db.session(timeoutMs: TestDatabase.timeoutMs).query("DELETE FROM knowledge_chunks WHERE clinic_id = $1", [.text(clinic)], idempotent: true) }
        let foreignBefore = try Self.foreignRowsInBucket(of: clinic, db.session(timeoutMs: TestDatabase.timeoutMs))
        let corpus = Corpus(dimensions: 32, clusters: 20)
        let vectors = (0..<800).map { corpus.vector(near: $0 % 20, spread: 0.5) }
        let ids = try Self.insert(vectors, clinic: clinic, patient: nil, model: "wide-test", in: db)
        try Self.refreshStatistics()
        // Past an exact limit of 700 (so even among the 50,000 chunks of `make load`'s seed its share, ≥ 1.4 %,
        // keeps ef_search = 5 ÷ share × 2 within pgvector's 1,000).
        let k = 5
        let policy = VectorSearchPolicy(exactRowLimit: 700, oversampling: 2)
        let plan = try db.session(timeoutMs: TestDatabase.timeoutMs).knowledge.searchPlan(clinicId: clinic, embeddingModel: "wide-test",
                                                                                          limit: k, policy: policy)
        guard case .approximate(let efSearch) = plan else {
            Issue.record("a clinic of 800 chunks past an exact limit of 700 must walk the index (plan: \(plan))")
            return true
        }
        var found = 0
        for q in 0..<20 {
            let query = corpus.vector(near: q % 20, spread: 0.3)
            let exact = Set(Self.bruteForce(query, ids: ids, vectors: vectors, k: k))
            let walked = try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
                try tx.knowledge.approximateNearest(to: query, clinicId: clinic, embeddingModel: "wide-test", limit: k, efSearch: efSearch)
            }
            found += walked.filter { exact.contains($0.id) }.count
            let answered = try db.session(timeoutMs: TestDatabase.timeoutMs).knowledge.nearest(to: query, clinicId: clinic, embeddingModel: "wide-test",
                                                                                                limit: k, policy: policy)
            #expect(answered.count == k && answered.allSatisfy { ids.contains($0.id) })
        }
        let recall = Double(found) / Double(20 * k)
        let foreignAfter = try Self.foreignRowsInBucket(of: clinic, db.session(timeoutMs: TestDatabase.timeoutMs))
        if foreignAfter != foreignBefore && !lastAttempt { return false }
        #expect(foreignAfter == foreignBefore, "another suite changed the bucket in all 3 attempts (\(foreignBefore) → \(foreignAfter) rows)")
        #expect(recall >= 0.9, "recall@\(k) of the walk with ef_search \(efSearch): \(recall) (attempt \(attempt))")
        // The setting was local to each search's transaction: the session is back at pgvector's default.
        #expect(try db.session(timeoutMs: TestDatabase.timeoutMs).query("SELECT current_setting('hnsw.ef_search', true) AS ef", [], idempotent: true)
            .rows[0].string("ef") == "40")
        return true
    }

    @Test func theWalkAloneNeedsATransaction() throws {
        let db = try TestDatabase.app()
        #expect(throws: StoreError.self) {
            try db.session(timeoutMs: TestDatabase.timeoutMs).knowledge.approximateNearest(
                to: RandomAxes(count: 1).vector([1]), clinicId: TestDatabase.uniqueClinic(), embeddingModel: "wide-test", limit: 5, efSearch: 100)
        }
    }
}
