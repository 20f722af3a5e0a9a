import Foundation
import Store
import Testing
import TestSupport

/// Clinic-wide full-text search where a term is common to most notes of every clinic (the load seed's case):
/// `fullText` and `fullTextBounded` write their tsqueries inline so the planner can size the matches and
/// filter the clinic's own rows; whatever plan it picks, the rows, distances and ties must be those of the
/// previous formulation (tsqueries in a CTE), kept here as the reference.
@Suite struct ClinicWideFullTextTests {
    static let referenceBounded = """
        WITH q AS (SELECT websearch_to_tsquery('spanish'::regconfig, $3) AS es, websearch_to_tsquery('english'::regconfig, $3) AS en),
        m AS (
            SELECT c.id FROM knowledge_chunks c, q
            WHERE c.clinic_id = $1 AND ($4::text IS NULL OR c.patient_id = $4) AND (c.search_es @@ q.es OR c.search_en @@ q.en)
            ORDER BY GREATEST(ts_rank(c.search_es, q.es), ts_rank(c.search_en, q.en)) DESC, c.id
            LIMIT $5
        )
        SELECT k.id::text AS id, 1 - GREATEST(ts_rank_cd(k.search_es, q.es), ts_rank_cd(k.search_en, q.en)) AS distance
        FROM m JOIN knowledge_chunks k ON k.id = m.id, q
        ORDER BY distance, k.id
        LIMIT $2
        """
    static let referenceFull = """
        WITH q AS (SELECT websearch_to_tsquery('spanish'::regconfig, $3) AS es, websearch_to_tsquery('english'::regconfig, $3) AS en)
        SELECT id::text AS id, 1 - GREATEST(ts_rank_cd(search_es, q.es), ts_rank_cd(search_en, q.en)) AS distance
        FROM knowledge_chunks, q
        WHERE clinic_id = $1 AND ($4::text IS NULL OR patient_id = $4) AND (search_es @@ q.es OR search_en @@ q.en)
        ORDER BY distance, id
        LIMIT $2
        """

    /// A consultation note like the seed's: the same skeleton (so many ties), drugs and labs varying, "control" repeated for rank variety.
    static func note(_ i: Int) -> String {
        let drugs = ["losartán", "metformina", "sertralina", "furosemida"], labs = ["ferritina 12 ng/mL", "creatinina 1.4 mg/dL", "HbA1c 8.1 %"]
        let extra = String(repeating: " Control de presión.", count: i % 3)
        return "Consulta \(i): se indica \(drugs[i % 4]) 50 mg cada \(8 + i % 3 * 4) horas. Laboratorio: \(labs[i % 3]). Control en \(i % 6 + 1) meses; dieta y ejercicio.\(extra)"
    }

    @Test func theInlineQueriesReturnTheCTEQueriesRowsDistancesAndTies() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic(), crowd = TestDatabase.uniqueClinic()
        let axes = RandomAxes(count: 1)
        try db.transaction(timeoutMs: 120_000) { tx in
            for i in 0..<80 {
                _ = try tx.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: "p-\(i % 4)", chunkIndex: i, embeddingModel: "ft-test",
                                                     content: Self.note(i), embedding: axes.vector([1])))
            }
            for i in 0..<800 {
                _ = try tx.knowledge.insert(NewChunk(clinicId: crowd, documentId: nil, patientId: nil, chunkIndex: i, embeddingModel: "ft-test",
                                                     content: Self.note(i), embedding: axes.vector([1])))
            }
        }
        try ClinicWideVectorSearchTests.refreshStatistics()
        let termSets = [["control"], ["ferritina", "control"], ["losartán"], ["dosis", "losartán", "horas"], ["HbA1c", "presión"], ["ausente"]]
        for terms in termSets {
            let query = terms.joined(separator: " or ")
            for patient in [nil, "p-1"] as [String?] {
                for prefilter in [200, 12] {
                    let bounded = try session.knowledge.fullTextBounded(terms, clinicId: clinic, patientId: patient, limit: 10, prefilter: prefilter)
                    let reference = try session.query(Self.referenceBounded, [.text(clinic), .int(10), .text(query), .optional(patient), .int(prefilter)],
                                                      idempotent: true).rows
                    #expect(bounded.map(\.id) == (try reference.map { try $0.string("id") }), "\(terms) patient \(patient ?? "-") prefilter \(prefilter)")
                    #expect(bounded.map(\.distance) == (try reference.map { try $0.double("distance") }))
                }
                let full = try session.knowledge.fullText(terms, clinicId: clinic, patientId: patient, limit: 10)
                let reference = try session.query(Self.referenceFull, [.text(clinic), .int(10), .text(query), .optional(patient)], idempotent: true).rows
                #expect(full.map(\.id) == (try reference.map { try $0.string("id") }), "\(terms) patient \(patient ?? "-")")
                #expect(full.map(\.distance) == (try reference.map { try $0.double("distance") }))
            }
        }
        // Every row of the common term is this clinic's, 10 of its 80; with the prefilter past the matches the bounded ranking is fullText's.
        let common = try session.knowledge.fullTextBounded(["control"], clinicId: clinic, limit: 10)
        #expect(common.count == 10)
        #expect(common.allSatisfy { $0.patientId?.hasPrefix("p-") == true })
        #expect(common.map(\.id) == (try session.knowledge.fullText(["control"], clinicId: clinic, limit: 10)).map(\.id))
        #expect(try session.knowledge.fullTextBounded(["ausente"], clinicId: clinic, limit: 10).isEmpty)
        _ = try session.query("DELETE FROM knowledge_chunks WHERE clinic_id = ANY($1::text[])", [.text("{\(clinic),\(crowd)}")], idempotent: true)
    }
}
