extension KnowledgeRepository {
    /// The file names of these documents of this clinic (documents without a name, or of another clinic,
    /// are absent): what a chat answer shows next to each passage it cites.
    public func fileNames(documentIds: [String], clinicId: String) throws -> [String: String] {
        let ids = Array(Set(documentIds.filter(Identifier.isUUID))).sorted()
        guard !ids.isEmpty else { return [:] }
        let result = try runner.query("""
            SELECT id::text, file_name FROM documents
            WHERE clinic_id = $1 AND id = ANY($2::uuid[]) AND file_name IS NOT NULL
            """, [.text(clinicId), .text("{" + ids.joined(separator: ",") + "}")], idempotent: true)
        var names: [String: String] = [:]
        for row in result.rows { names[try row.string("id")] = try row.string("file_name") }
        return names
    }
}

extension KnowledgeRepository {
    /// `fullText` with a bounded ranking cost: `ts_rank_cd` (cover density) costs ~30 µs a row, and a
    /// term common to most of a clinic's notes makes every chunk a match, so the matches are first cut
    /// to the `prefilter` best by the cheap `ts_rank` (~2 µs a row), then ordered by `ts_rank_cd` as
    /// `fullText` orders them. With fewer matches than `prefilter` the result is `fullText`'s.
    /// The tsqueries are written inline, not in a CTE: `websearch_to_tsquery(regconfig, text)` is immutable,
    /// so the planner folds them to constants and estimates each term's matches from the tsvector columns'
    /// statistics — a CTE hid them (266 rows guessed), so a term common to every clinic's notes was read from
    /// the whole table's GIN posting lists (50,500 rows, 27 ms) instead of filtering the clinic's own rows
    /// (README, "Clinic-wide retrieval").
    public func fullTextBounded(_ terms: [String], clinicId: String, patientId: String? = nil, limit: Int,
                                prefilter: Int = 200) throws -> [ChunkMatch] {
        let cleaned = terms.map { $0.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" } }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return [] }
        let query = cleaned.prefix(64).joined(separator: " or ")
        let es = "websearch_to_tsquery('spanish'::regconfig, $3)", en = "websearch_to_tsquery('english'::regconfig, $3)"
        let result = try runner.query("""
            WITH m AS (
                SELECT c.id FROM knowledge_chunks c
                WHERE c.clinic_id = $1 AND ($4::text IS NULL OR c.patient_id = $4) AND (c.search_es @@ \(es) OR c.search_en @@ \(en))
                ORDER BY GREATEST(ts_rank(c.search_es, \(es)), ts_rank(c.search_en, \(en))) DESC, c.id
                LIMIT $5
            )
            SELECT k.id::text, k.document_id::text, k.patient_id, k.chunk_index, k.page, k.time_offset_ms, k.content,
                   1 - GREATEST(ts_rank_cd(k.search_es, \(es)), ts_rank_cd(k.search_en, \(en))) AS distance
            FROM m JOIN knowledge_chunks k ON k.id = m.id
            ORDER BY distance, k.id
            LIMIT $2
            """, [.text(clinicId), .int(max(1, min(limit, 100))), .text(query), .optional(patientId), .int(max(limit, min(prefilter, 5000)))],
            idempotent: true)
        return try result.rows.map(KnowledgeRepository.decodeMatch)
    }
}
