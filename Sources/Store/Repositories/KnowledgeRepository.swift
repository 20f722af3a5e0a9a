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
    /// The HNSW index filters by clinic only among its candidates
    /// (`hnsw.ef_search`, 40 by default; pgvector before 0.8 has no iterative
    /// scan), so a clinic holding a small share of the chunks can come back
    /// short: then the clinic's own chunks are ranked exactly (through the
    /// clinic index), which is cheap precisely because they are few.
    public func nearest(to embedding: [Float], clinicId: String, patientId: String? = nil, embeddingModel: String,
                        limit: Int) throws -> [ChunkMatch] {
        guard embedding.count == embeddingDimensions else {
            throw StoreError.invalidParameter("an embedding must have \(embeddingDimensions) dimensions")
        }
        let count = max(1, min(limit, 100))
        // One patient's chunks are few and indexed (V005): rank them exactly. The HNSW index walks the whole
        // table's neighbours, so with a patient filter it nearly always comes back short and costs a second query.
        if patientId != nil {
            return try rank(embedding, clinicId: clinicId, patientId: patientId, model: embeddingModel, limit: count, exact: true)
        }
        let approximate = try rank(embedding, clinicId: clinicId, patientId: patientId, model: embeddingModel, limit: count, exact: false)
        guard approximate.count < count else { return approximate }
        return try rank(embedding, clinicId: clinicId, patientId: patientId, model: embeddingModel, limit: count, exact: true)
    }

    /// The `limit` chunks of this clinic (and patient, when given) that best match `terms` by PostgreSQL
    /// full-text search in Spanish or English (any term may match: `websearch_to_tsquery` with `or`),
    /// best first, ranked by the higher of the two configurations' `ts_rank_cd`. Terms are passed as a
    /// parameter: no query syntax from input can reach the SQL.
    public func fullText(_ terms: [String], clinicId: String, patientId: String? = nil, limit: Int) throws -> [ChunkMatch] {
        let cleaned = terms.map { $0.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" } }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return [] }
        let query = cleaned.prefix(64).joined(separator: " or ")
        let result = try runner.query("""
            WITH q AS (SELECT websearch_to_tsquery('spanish'::regconfig, $3) AS es, websearch_to_tsquery('english'::regconfig, $3) AS en)
            SELECT \(KnowledgeRepository.matchColumns),
                   1 - GREATEST(ts_rank_cd(search_es, q.es), ts_rank_cd(search_en, q.en)) AS distance
            FROM knowledge_chunks, q
            WHERE clinic_id = $1 AND ($4::text IS NULL OR patient_id = $4) AND (search_es @@ q.es OR search_en @@ q.en)
            ORDER BY distance, id
            LIMIT $2
            """, [.text(clinicId), .int(max(1, min(limit, 100))), .text(query), .optional(patientId)], idempotent: true)
        return try result.rows.map(KnowledgeRepository.decodeMatch)
    }

    static let matchColumns = "id::text, document_id::text, patient_id, chunk_index, page, time_offset_ms, content"

    /// `exact` orders by an expression the HNSW index cannot serve (`+ 0`), so the planner ranks every matching row.
    private func rank(_ embedding: [Float], clinicId: String, patientId: String?, model: String, limit: Int, exact: Bool) throws -> [ChunkMatch] {
        let result = try runner.query("""
            SELECT \(KnowledgeRepository.matchColumns), embedding <=> $2::vector AS distance
            FROM knowledge_chunks
            WHERE clinic_id = $1 AND ($4::text IS NULL OR patient_id = $4) AND embedding_model = $5
            ORDER BY \(exact ? "(embedding <=> $2::vector) + 0, id" : "embedding <=> $2::vector")
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
