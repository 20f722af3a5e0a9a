/// Embedding width of Titan Text Embeddings V2 and of `knowledge_chunks.embedding`.
public let embeddingDimensions = 1024

public struct NewChunk: Sendable {
    public var clinicId: String
    public var documentId: String?
    public var patientId: String?
    public var chunkIndex: Int
    /// The model that computed `embedding`; searches compare only vectors of one model.
    public var embeddingModel: String
    /// Where the passage sits in its source: a page (0-based) or a time offset, when known.
    public var page: Int?
    public var timeOffsetMs: Int64?
    /// The original text (what the doctor reads); the embedding may have been computed on its redacted form.
    public var content: String
    public var embedding: [Float]

    public init(clinicId: String, documentId: String?, patientId: String?, chunkIndex: Int, embeddingModel: String,
                page: Int? = nil, timeOffsetMs: Int64? = nil, content: String, embedding: [Float]) {
        self.clinicId = clinicId
        self.documentId = documentId
        self.patientId = patientId
        self.chunkIndex = chunkIndex
        self.embeddingModel = embeddingModel
        self.page = page
        self.timeOffsetMs = timeOffsetMs
        self.content = content
        self.embedding = embedding
    }
}

/// A chunk found by similarity (`distance` is the cosine distance, 0 = same direction) or by full-text
/// search (`distance` is then 1 − the text rank, so that smaller is better either way).
public struct ChunkMatch: Sendable, Equatable {
    public let id: String
    public let documentId: String?
    public let patientId: String?
    public let chunkIndex: Int
    public let page: Int?
    public let timeOffsetMs: Int64?
    public let content: String
    public let distance: Double
}

/// The knowledge base: text chunks with embeddings, searched by cosine
/// distance through the HNSW index; always scoped by clinic.
public struct KnowledgeRepository {
    let runner: any QueryRunner

    public init(_ runner: any QueryRunner) { self.runner = runner }

    /// Inserts one chunk; returns its id.
    public func insert(_ chunk: NewChunk) throws -> String {
        guard chunk.embedding.count == embeddingDimensions else {
            throw StoreError.invalidParameter("an embedding must have \(embeddingDimensions) dimensions")
        }
        if let documentId = chunk.documentId, !Identifier.isUUID(documentId) {
            throw StoreError.invalidParameter("document id is not a UUID")
        }
        guard !chunk.embeddingModel.isEmpty else { throw StoreError.invalidParameter("a chunk needs its embedding model") }
        let result = try runner.query("""
            INSERT INTO knowledge_chunks (clinic_id, document_id, patient_id, chunk_index, content, embedding, embedding_model, page, time_offset_ms)
            VALUES ($1, $2::uuid, $3, $4, $5, $6::vector, $7, $8::int4, $9::int8)
            RETURNING id::text
            """, [.text(chunk.clinicId), .optional(chunk.documentId), .optional(chunk.patientId), .int(chunk.chunkIndex),
                  .text(chunk.content), .vector(chunk.embedding), .text(chunk.embeddingModel),
                  chunk.page.map { .int($0) } ?? .null, chunk.timeOffsetMs.map { .int($0) } ?? .null], idempotent: false)
        return try result.rows[0].string("id")
    }

    /// The `limit` chunks nearest to `embedding` by cosine distance, in this
    /// clinic (and for this patient, when given), among the chunks embedded by
    /// `embeddingModel` only, nearest first.
    ///
    /// One patient's chunks, and a clinic holding at most `policy.exactRowLimit` chunks of the model, are
    /// ranked exactly (through their b-tree indexes). A larger clinic goes through its bucket's HNSW index
    /// (V006, `KnowledgeBuckets`), whose candidates (`hnsw.ef_search`) are filtered by clinic only after the walk
    /// (pgvector before 0.8 has no iterative scan): so `ef_search` is sized from the clinic's share of its
    /// bucket's index (`VectorSearchPolicy`)
    /// and set for this one query (`SET LOCAL` in a transaction, so nothing sticks to the session or pins an
    /// RDS Proxy connection); when the walk still comes back short, the clinic's chunks are ranked exactly.
    public func nearest(to embedding: [Float], clinicId: String, patientId: String? = nil, embeddingModel: String,
                        limit: Int, policy: VectorSearchPolicy = .standard) throws -> [ChunkMatch] {
        try nearestTraced(to: embedding, clinicId: clinicId, patientId: patientId, embeddingModel: embeddingModel, limit: limit, policy: policy).matches
    }

    /// `nearest`, with the path that served it (`VectorSearchPath`: the exact ranking, one walk, the wider walk after a
    /// short one, or the exact ranking after short walks).
    public func nearestTraced(to embedding: [Float], clinicId: String, patientId: String? = nil, embeddingModel: String,
                              limit: Int, policy: VectorSearchPolicy = .standard) throws -> (matches: [ChunkMatch], path: VectorSearchPath) {
        guard embedding.count == embeddingDimensions else {
            throw StoreError.invalidParameter("an embedding must have \(embeddingDimensions) dimensions")
        }
        let count = max(1, min(limit, 100))
        // One patient's chunks are few and indexed (V005): rank them exactly. The HNSW index walks the whole
        // table's neighbours, so with a patient filter it nearly always comes back short and costs a second query.
        if patientId != nil {
            return (try rank(embedding, clinicId: clinicId, patientId: patientId, model: embeddingModel, limit: count), .exact)
        }
        // SET LOCAL needs a transaction: a session's statements each run alone, so take one for this search.
        if let session = runner as? Session {
            // The plan's sizes first, outside the transaction: from the minute's cache, no statement at all.
            let sizes = try self.sizes(clinicId: clinicId, model: embeddingModel, policy: policy)
            return try session.database.transaction(timeoutMs: session.timeoutMs) { tx in
                try KnowledgeRepository(tx).nearestInClinic(embedding, clinicId: clinicId, model: embeddingModel, limit: count, policy: policy, sizes: sizes)
            }
        }
        return try nearestInClinic(embedding, clinicId: clinicId, model: embeddingModel, limit: count, policy: policy,
                                   sizes: try sizes(clinicId: clinicId, model: embeddingModel, policy: policy))
    }

    /// `indexSizes`, through the database's one-minute cache when this runs on a session (`VectorSearchSizeCache`).
    private func sizes(clinicId: String, model: String, policy: VectorSearchPolicy) throws -> VectorSearchSizeCache.Sizes {
        let cap = policy.exactRowLimit + 1
        let compute = {
            let found = try self.indexSizes(clinicId: clinicId, model: model, cap: cap)
            return VectorSearchSizeCache.Sizes(clinicRows: found.clinicRows, indexRows: found.indexRows, share: found.share)
        }
        guard let session = runner as? Session else { return try compute() }
        return try session.database.vectorSearchSizes.sizes(clinicId: clinicId, model: model, cap: cap, compute)
    }

    /// How a clinic-wide search of this clinic would run now (what `nearest` decides; for tests and tools).
    public func searchPlan(clinicId: String, embeddingModel: String, limit: Int,
                           policy: VectorSearchPolicy = .standard) throws -> VectorSearchPolicy.Plan {
        let sizes = try sizes(clinicId: clinicId, model: embeddingModel, policy: policy)
        return policy.plan(clinicRows: sizes.clinicRows, indexRows: sizes.indexRows, clinicShare: sizes.share, limit: max(1, min(limit, 100)))
    }

    /// Clinic-wide: exact for a small clinic, else HNSW with a sized `ef_search`; when it comes back short, once more
    /// with 4× the candidates (at most pgvector's 1,000), and exact when that is short too.
    /// Must run in a transaction (`SET LOCAL`).
    private func nearestInClinic(_ embedding: [Float], clinicId: String, model: String, limit: Int,
                                 policy: VectorSearchPolicy, sizes: VectorSearchSizeCache.Sizes) throws -> (matches: [ChunkMatch], path: VectorSearchPath) {
        guard case .approximate(let efSearch) = policy.plan(clinicRows: sizes.clinicRows, indexRows: sizes.indexRows, clinicShare: sizes.share,
                                                            limit: limit) else {
            return (try rank(embedding, clinicId: clinicId, patientId: nil, model: model, limit: limit), .exact)
        }
        let approximate = try approximateRank(embedding, clinicId: clinicId, model: model, limit: limit, efSearch: efSearch)
        guard approximate.count < limit else { return (approximate, .walk(efSearch: efSearch)) }
        // Short (the query's neighbourhood in the bucket's graph is another clinic's): one wider walk, ~1/10 of the
        // exact ranking's cost, before ranking the clinic exactly.
        let wider = min(policy.maxEfSearch, efSearch * 4)
        guard wider > efSearch else {
            return (try rank(embedding, clinicId: clinicId, patientId: nil, model: model, limit: limit), .exactAfterShortWalks(efSearch: efSearch, widened: nil))
        }
        let second = try approximateRank(embedding, clinicId: clinicId, model: model, limit: limit, efSearch: wider)
        if second.count == limit { return (second, .widerWalk(efSearch: efSearch, widened: wider)) }
        return (try rank(embedding, clinicId: clinicId, patientId: nil, model: model, limit: limit), .exactAfterShortWalks(efSearch: efSearch, widened: wider))
    }

    /// The HNSW walk alone with this `ef_search` (no exact fallback): what the recall test measures.
    /// Must run in a transaction; `efSearch` is clamped to pgvector's 1...1000. Its `SET LOCAL`s (`hnsw.ef_search`,
    /// `enable_sort` off) last until that transaction ends, as `nearest`'s do when called on a caller's transaction.
    public func approximateNearest(to embedding: [Float], clinicId: String, embeddingModel: String, limit: Int,
                                   efSearch: Int) throws -> [ChunkMatch] {
        guard embedding.count == embeddingDimensions else {
            throw StoreError.invalidParameter("an embedding must have \(embeddingDimensions) dimensions")
        }
        guard runner is Transaction else { throw StoreError.misuse("approximateNearest needs a transaction (SET LOCAL)") }
        return try approximateRank(embedding, clinicId: clinicId, model: embeddingModel, limit: max(1, min(limit, 100)), efSearch: efSearch)
    }

    /// The clinic's chunks of the model, counted up to `cap` (through `knowledge_chunks_by_clinic_model`, an
    /// index-only scan), and — only for a clinic past the cap, the one that may walk an index — the rows of its
    /// bucket's index and its share of them (V006: the walk visits its bucket's graph only). Both come from the
    /// planner's statistics: the table's rows (`pg_class.reltuples`) and the most common values of `clinic_id`
    /// (`pg_stats`; a clinic large enough to walk is among them): the bucket's share of the table is the share of
    /// the common clinics that hash into it plus an even part (1/16) of the rest, as a hash spreads them. Without
    /// statistics the bucket is taken to be the whole table (a larger `ef_search`, or exact: never a smaller one).
    private func indexSizes(clinicId: String, model: String, cap: Int) throws -> (clinicRows: Int, indexRows: Double, share: Double?) {
        let row = try runner.query("""
            SELECT (SELECT count(*) FROM (SELECT 1 FROM knowledge_chunks WHERE clinic_id = $1 AND embedding_model = $2 LIMIT $3) AS c) AS clinic_rows,
                   (SELECT reltuples::float8 FROM pg_class WHERE oid = 'knowledge_chunks'::regclass) AS index_rows
            """, [.text(clinicId), .text(model), .int(cap)], idempotent: true).rows[0]
        let clinicRows = try row.int("clinic_rows"), tableRows = try row.double("index_rows")
        guard clinicRows >= cap else { return (clinicRows, tableRows, nil) }
        let bucket = KnowledgeBuckets.sql(of: "m.v"), own = KnowledgeBuckets.sql(of: "$1::text")
        let stats = try runner.query("""
            SELECT count(*) AS n, max(m.f) FILTER (WHERE m.v = $1)::float8 AS share,
                   coalesce(sum(m.f) FILTER (WHERE \(bucket) = \(own)), 0)::float8 AS bucket_common,
                   coalesce(sum(m.f), 0)::float8 AS all_common
            FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS m(v, f)
            WHERE s.schemaname = current_schema() AND s.tablename = 'knowledge_chunks' AND s.attname = 'clinic_id'
            """, [.text(clinicId)], idempotent: true).rows[0]
        guard try stats.int("n") > 0, tableRows > 0 else { return (clinicRows, tableRows, nil) }
        let bucketShare = try stats.double("bucket_common") + max(0, 1 - (try stats.double("all_common"))) / Double(KnowledgeBuckets.count)
        guard bucketShare > 0 else { return (clinicRows, tableRows, nil) }
        let share = try stats.optionalString("share").flatMap(Double.init).map { min(1, $0 / bucketShare) }
        return (clinicRows, tableRows * bucketShare, share)
    }

    private func approximateRank(_ embedding: [Float], clinicId: String, model: String, limit: Int, efSearch: Int) throws -> [ChunkMatch] {
        // The policy chose the walk; the planner cannot estimate the bucket condition (a blind 0.5 %) and may take a
        // few rows to sort for cheaper, i.e. rank the clinic exactly at ~10 µs a row. Sorting is off for this
        // transaction only, so the walk runs (and if the bucket index could not serve the query, it still sorts).
        _ = try runner.query("SELECT set_config('hnsw.ef_search', $1, true), set_config('enable_sort', 'off', true)",
                             [.text(String(max(1, min(efSearch, 1000))))], idempotent: true)
        let result = try runner.query("""
            SELECT \(KnowledgeRepository.matchColumns), embedding <=> $2::vector AS distance
            FROM knowledge_chunks
            WHERE clinic_id = $1 AND embedding_model = $4 AND \(KnowledgeBuckets.sql(of: "clinic_id")) = \(KnowledgeBuckets.sql(of: "$1::text"))
            ORDER BY embedding <=> $2::vector
            LIMIT $3
            """, [.text(clinicId), .vector(embedding), .int(limit), .text(model)], idempotent: true)
        return try result.rows.map(KnowledgeRepository.decodeMatch)
    }

    /// The `limit` chunks of this clinic (and patient, when given) that best match `terms` by PostgreSQL
    /// full-text search in Spanish or English (any term may match: `websearch_to_tsquery` with `or`),
    /// best first, ranked by the higher of the two configurations' `ts_rank_cd`. Terms are passed as a
    /// parameter: no query syntax from input can reach the SQL.
    public func fullText(_ terms: [String], clinicId: String, patientId: String? = nil, limit: Int) throws -> [ChunkMatch] {
        let cleaned = terms.map { $0.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" } }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return [] }
        let query = cleaned.prefix(64).joined(separator: " or ")
        // Inline, not a CTE: the planner folds the (immutable) tsqueries and sizes the matches (fullTextBounded).
        let es = "websearch_to_tsquery('spanish'::regconfig, $3)", en = "websearch_to_tsquery('english'::regconfig, $3)"
        let result = try runner.query("""
            SELECT \(KnowledgeRepository.matchColumns),
                   1 - GREATEST(ts_rank_cd(search_es, \(es)), ts_rank_cd(search_en, \(en))) AS distance
            FROM knowledge_chunks
            WHERE clinic_id = $1 AND ($4::text IS NULL OR patient_id = $4) AND (search_es @@ \(es) OR search_en @@ \(en))
            ORDER BY distance, id
            LIMIT $2
            """, [.text(clinicId), .int(max(1, min(limit, 100))), .text(query), .optional(patientId)], idempotent: true)
        return try result.rows.map(KnowledgeRepository.decodeMatch)
    }

    static let matchColumns = "id::text, document_id::text, patient_id, chunk_index, page, time_offset_ms, content"

    /// Exact: every matching row's distance, computed once (the subquery's `OFFSET 0` keeps the planner
    /// from flattening it and serving the ORDER BY from the HNSW index), then the top `limit` by distance and id.
    private func rank(_ embedding: [Float], clinicId: String, patientId: String?, model: String, limit: Int) throws -> [ChunkMatch] {
        let result = try runner.query("""
            SELECT id::text, document_id::text, patient_id, chunk_index, page, time_offset_ms, content, distance
            FROM (SELECT id, document_id, patient_id, chunk_index, page, time_offset_ms, content, embedding <=> $2::vector AS distance
                  FROM knowledge_chunks
                  WHERE clinic_id = $1 AND ($4::text IS NULL OR patient_id = $4) AND embedding_model = $5
                  OFFSET 0) AS scored
            ORDER BY distance, id
            LIMIT $3
            """, [.text(clinicId), .vector(embedding), .int(limit), .optional(patientId), .text(model)], idempotent: true)
        return try result.rows.map(KnowledgeRepository.decodeMatch)
    }

    static func decodeMatch(_ row: Row) throws -> ChunkMatch {
        ChunkMatch(id: try row.string("id"), documentId: try row.optionalString("document_id"),
                   patientId: try row.optionalString("patient_id"), chunkIndex: try row.int("chunk_index"),
                   page: try row.optionalInt("page"), timeOffsetMs: try row.optionalInt64("time_offset_ms"),
                   content: try row.string("content"), distance: try row.double("distance"))
    }

    /// Removes a document's chunks before re-chunking it.
    @discardableResult
    public func deleteChunks(documentId: String, clinicId: String) throws -> Int {
        guard Identifier.isUUID(documentId) else { return 0 }
        return try runner.query("DELETE FROM knowledge_chunks WHERE document_id = $1::uuid AND clinic_id = $2",
                                [.text(documentId), .text(clinicId)], idempotent: true).affectedRows
    }

    public func count(clinicId: String) throws -> Int {
        try runner.query("SELECT count(*) AS n FROM knowledge_chunks WHERE clinic_id = $1", [.text(clinicId)], idempotent: true)
            .rows[0].int("n")
    }
}

extension QueryRunner {
    public var knowledge: KnowledgeRepository { KnowledgeRepository(self) }
}
