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
    ///
    /// Clinic-wide, the terms found in more than half of the clinic's chunks are left out of the ranking when other
    /// terms match (`FullTextTermPolicy`, `fullTextTerms`): one patient's chunks are few, so they rank every term.
    public func fullTextBounded(_ terms: [String], clinicId: String, patientId: String? = nil, limit: Int,
                                prefilter: Int = 200, termPolicy: FullTextTermPolicy = .standard) throws -> [ChunkMatch] {
        let cleaned = Self.searchTerms(terms)
        guard !cleaned.isEmpty else { return [] }
        let ranked = patientId == nil ? try fullTextTerms(cleaned, clinicId: clinicId, policy: termPolicy).kept : cleaned
        let query = ranked.joined(separator: " or ")
        let es = "websearch_to_tsquery('spanish'::regconfig, $3)", en = "websearch_to_tsquery('english'::regconfig, $3)"
        // The prefilter carries the columns the answer and `ts_rank_cd` need, so its rows are not fetched a second time
        // through the primary key (200 index lookups, ~600 buffers a clinic-wide call on the load seed).
        let result = try runner.query("""
            WITH m AS (
                SELECT c.id, c.document_id, c.patient_id, c.chunk_index, c.page, c.time_offset_ms, c.content, c.search_es, c.search_en
                FROM knowledge_chunks c
                WHERE c.clinic_id = $1 AND ($4::text IS NULL OR c.patient_id = $4) AND (c.search_es @@ \(es) OR c.search_en @@ \(en))
                ORDER BY GREATEST(ts_rank(c.search_es, \(es)), ts_rank(c.search_en, \(en))) DESC, c.id
                LIMIT $5
            )
            SELECT m.id::text, m.document_id::text, m.patient_id, m.chunk_index, m.page, m.time_offset_ms, m.content,
                   1 - GREATEST(ts_rank_cd(m.search_es, \(es)), ts_rank_cd(m.search_en, \(en))) AS distance
            FROM m
            ORDER BY distance, m.id
            LIMIT $2
            """, [.text(clinicId), .int(max(1, min(limit, 100))), .text(query), .optional(patientId), .int(max(limit, min(prefilter, 5000)))],
            idempotent: true)
        return try result.rows.map(KnowledgeRepository.decodeMatch)
    }
}

extension KnowledgeRepository {
    /// The terms as the full-text statements take them: letters, digits, dots and hyphens only, at most 64.
    static func searchTerms(_ terms: [String]) -> [String] {
        Array(terms.map { $0.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" } }.filter { !$0.isEmpty }.prefix(64))
    }

    /// The terms a clinic-wide `fullTextBounded` of these terms ranks with, and those it leaves out as common in the
    /// clinic (`FullTextTermPolicy`). The clinic's chunk count and each term's matches (counted up to one past the
    /// common limit, one statement for the terms not yet known) are kept ten minutes per database on a session
    /// (`FullTextTermCache`); on a transaction they are counted each time.
    public func fullTextTerms(_ terms: [String], clinicId: String, policy: FullTextTermPolicy = .standard) throws -> FullTextTermChoice {
        let cleaned = Self.searchTerms(terms)
        guard policy.commonShare < 1, policy.minClinicRows < Int.max, !cleaned.isEmpty else { return FullTextTermChoice(kept: cleaned, dropped: []) }
        let cache = (runner as? Session)?.database.fullTextTermCounts
        let entry = "\(policy.commonShare)\u{1F}\(clinicId)"
        var clinic: FullTextTermCache.Clinic
        if let cached = try cache?.clinic(entry) {
            clinic = cached
        } else {
            let rows = try runner.query("SELECT count(*) AS n FROM knowledge_chunks WHERE clinic_id = $1", [.text(clinicId)], idempotent: true).rows[0].int("n")
            clinic = FullTextTermCache.Clinic(rows: rows, matches: [:])
        }
        if clinic.rows >= policy.minClinicRows {
            var missing: [String] = []
            for term in cleaned {
                let key = FullTextTermPolicy.key(term)
                if clinic.matches[key] == nil, !missing.contains(key) { missing.append(key) }
            }
            if !missing.isEmpty {
                // One capped count per term, its tsqueries inline (folded to constants: the planner picks the GIN index
                // for a rare term, the clinic's rows for a common one) and stopped one past the common limit.
                let columns = missing.indices.map { i in
                    "(SELECT count(*) FROM (SELECT 1 FROM knowledge_chunks WHERE clinic_id = $1 AND "
                        + "(search_es @@ websearch_to_tsquery('spanish'::regconfig, $\(i + 3)) OR search_en @@ websearch_to_tsquery('english'::regconfig, $\(i + 3))) "
                        + "LIMIT $2) AS c) AS t\(i)"
                }
                let row = try runner.query("SELECT " + columns.joined(separator: ", "),
                                           [.text(clinicId), .int(policy.commonAbove(clinicRows: clinic.rows) + 1)] + missing.map { .text($0) },
                                           idempotent: true).rows[0]
                for (i, key) in missing.enumerated() { clinic.matches[key] = try row.int("t\(i)") }
            }
        }
        try cache?.store(entry, clinic)
        return policy.choose(cleaned, matches: clinic.matches, clinicRows: clinic.rows)
    }
}
