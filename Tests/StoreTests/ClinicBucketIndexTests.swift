import Foundation
import Store
import Testing
import TestSupport

/// V006 on a database that already holds chunks (V001–V005 applied, rows inserted, then the migration): the
/// whole-table HNSW index is replaced by one partial index per clinic bucket, each holding exactly its bucket's
/// rows, the clinic-wide walk goes through its clinic's bucket index, and searches answer as before.
@Suite struct ClinicBucketIndexTests {
    @Test func theMigrationBuildsTheBucketIndexesOnATableWithRows() throws {
        let name = try TestDatabase.createScratchDatabase("buckets")
        defer { TestDatabase.dropScratchDatabase(name) }
        let owner = Database(settings: try DatabaseSettings.fromURL(try TestDatabase.url(try TestDatabase.migrationURL(), database: name)),
                             logger: TestDatabase.logger)
        defer { owner.close() }
        let before = Migrations.all.filter { $0.version < 6 }
        #expect(try Migrator(database: owner, migrations: before, logger: TestDatabase.logger).migrate().applied == before.map(\.version))
        let app = Database(settings: try DatabaseSettings.fromURL(try TestDatabase.url(try TestDatabase.appURL(), database: name)),
                           logger: TestDatabase.logger)
        defer { app.close() }

        // Three clinics' chunks in the same clusters, written before the migration.
        let corpus = ClinicWideVectorSearchTests.Corpus(dimensions: 24, clusters: 6)
        let clinics = (0..<3).map { TestDatabase.uniqueClinic("bucket\($0)") }
        var vectors: [String: [[Float]]] = [:], ids: [String: [String]] = [:]
        for (n, clinic) in clinics.enumerated() {
            vectors[clinic] = (0..<(40 + 30 * n)).map { corpus.vector(near: $0 % 6, spread: 0.4) }
            ids[clinic] = try ClinicWideVectorSearchTests.insert(vectors[clinic]!, clinic: clinic, patient: nil, model: "bucket-test", in: app)
        }
        let session = app.session(timeoutMs: TestDatabase.timeoutMs)
        #expect(try session.query("SELECT to_regclass('knowledge_chunks_embedding') IS NOT NULL AS present", [], idempotent: true)
            .rows[0].bool("present"))

        #expect(try Migrator(database: owner, migrations: Migrations.all.filter { $0.version <= 6 }, logger: TestDatabase.logger).migrate().applied == [6])

        let indexes = try owner.session(timeoutMs: TestDatabase.timeoutMs).query("""
            SELECT c.relname, i.indisvalid::text AS valid, pg_get_expr(i.indpred, i.indrelid) AS predicate
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
            WHERE i.indrelid = 'knowledge_chunks'::regclass AND a.amname = 'hnsw' ORDER BY 1
            """, [], idempotent: true).rows
        #expect(try indexes.map { try $0.string("relname") } == (0..<KnowledgeBuckets.count).map { String(format: "knowledge_chunks_embedding_b%02d", $0) })
        #expect(try indexes.allSatisfy { try $0.string("valid") == "true" && $0.string("predicate").contains("md5(clinic_id)") })

        for clinic in clinics {
            let bucket = try session.query("SELECT \(KnowledgeBuckets.sql(of: "$1::text")) AS b", [.text(clinic)], idempotent: true).rows[0].int("b")
            let query = corpus.vector(near: 2, spread: 0.2)
            let clinicIds = ids[clinic]!, clinicVectors = vectors[clinic]!
            // The walk alone, as `nearest` sends it, uses this clinic's bucket index: its plan names it.
            let plan = try app.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
                // As `nearest`'s walk runs it (ef_search and sorting off, KnowledgeRepository.approximateRank).
                _ = try tx.query("SELECT set_config('hnsw.ef_search', '1000', true), set_config('enable_sort', 'off', true)", [], idempotent: true)
                return try tx.query("""
                    EXPLAIN SELECT id FROM knowledge_chunks
                    WHERE clinic_id = $1 AND embedding_model = $3 AND \(KnowledgeBuckets.sql(of: "clinic_id")) = \(KnowledgeBuckets.sql(of: "$1::text"))
                    ORDER BY embedding <=> $2::vector LIMIT 10
                    """, [.text(clinic), .vector(query), .text("bucket-test")], idempotent: true).rows.map { try $0.string("QUERY PLAN") }
            }
            #expect(plan.contains { $0.contains(String(format: "knowledge_chunks_embedding_b%02d", bucket)) }, "plan: \(plan)")
            // The bucket index holds the clinic's rows: a walk wider than the bucket returns all of them, nearest first.
            let walked = try app.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
                try tx.knowledge.approximateNearest(to: query, clinicId: clinic, embeddingModel: "bucket-test", limit: 100, efSearch: 1000)
            }
            #expect(Set(walked.map(\.id)) == Set(clinicIds))
            #expect(walked.prefix(10).map(\.id) == ClinicWideVectorSearchTests.bruteForce(query, ids: clinicIds, vectors: clinicVectors, k: 10))
            // And the search the chat uses is unchanged: exact for a clinic of this size.
            let found = try session.knowledge.nearest(to: query, clinicId: clinic, embeddingModel: "bucket-test", limit: 10)
            #expect(found.map(\.id) == ClinicWideVectorSearchTests.bruteForce(query, ids: clinicIds, vectors: clinicVectors, k: 10))
        }
        // A chunk written after the migration lands in its bucket's index.
        let late = corpus.vector(near: 2, spread: 0.01)
        let lateId = try app.session(timeoutMs: TestDatabase.timeoutMs).knowledge.insert(NewChunk(
            clinicId: clinics[0], documentId: nil, patientId: nil, chunkIndex: 999, embeddingModel: "bucket-test", content: "late", embedding: late))
        let walked = try app.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
            try tx.knowledge.approximateNearest(to: late, clinicId: clinics[0], embeddingModel: "bucket-test", limit: 1, efSearch: 200)
        }
        #expect(walked.map(\.id) == [lateId])
    }

    /// The plan's sizes are computed once a minute per clinic, model and exact limit: a second search within the
    /// minute sends no statement for them, another clinic (or limit) is computed on its own, and they expire.
    @Test func theSearchSizesAreKeptOneMinutePerClinicAndModel() throws {
        let cache = VectorSearchSizeCache()
        var computed = 0
        func lookup(_ clinic: String, cap: Int = 2_001, at now: UInt64) throws -> VectorSearchSizeCache.Sizes {
            try cache.sizes(clinicId: clinic, model: "m", cap: cap, now: now) {
                computed += 1
                return VectorSearchSizeCache.Sizes(clinicRows: computed, indexRows: 50_000, share: nil)
            }
        }
        let start: UInt64 = 1_000_000_000
        #expect(try lookup("a", at: start).clinicRows == 1)
        #expect(try lookup("a", at: start + VectorSearchSizeCache.ttlNs - 1).clinicRows == 1)
        #expect(try lookup("b", at: start).clinicRows == 2)
        #expect(try lookup("a", cap: 701, at: start).clinicRows == 3)
        #expect(try lookup("a", at: start + VectorSearchSizeCache.ttlNs).clinicRows == 4)
        #expect(computed == 4)
    }
}
