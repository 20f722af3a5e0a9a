import Foundation
import Store
import Testing
import TestSupport

/// The clinic-wide full text leaves out of its ranking the terms found in more than half of the clinic's chunks
/// (`FullTextTermPolicy`), when other terms match: in Spanish and English, per clinic, never for one patient, and a
/// question made only of common terms (or of common terms and absent ones) is searched as before.
@Suite struct FullTextCommonTermTests {
    /// The rule at test scale: clinics of 50 chunks or more (the standard policy starts at 1,000).
    static let policy = FullTextTermPolicy(commonShare: 0.5, minClinicRows: 50)

    @Test func theChoiceByHand() {
        let policy = FullTextTermPolicy(commonShare: 0.5, minClinicRows: 100)
        #expect(policy.commonAbove(clinicRows: 5_169) == 2_584)
        // "control" in 5,169 of 5,169 chunks, "ferritina" in 350: only the rare term is ranked.
        #expect(policy.choose(["control", "ferritina"], matches: ["control": 2_585, "ferritina": 350], clinicRows: 5_169)
            == FullTextTermChoice(kept: ["ferritina"], dropped: ["control"]))
        // Exactly half is not "more than half"; keys are case-folded.
        #expect(policy.choose(["Dieta", "ferritina"], matches: ["dieta": 2_584, "ferritina": 1], clinicRows: 5_169).dropped.isEmpty)
        #expect(policy.choose(["Control", "ferritina"], matches: ["control": 2_585, "ferritina": 1], clinicRows: 5_169).dropped == ["Control"])
        // Only common terms, or common terms and terms found nowhere: every term, as before.
        #expect(policy.choose(["control", "dieta"], matches: ["control": 2_585, "dieta": 2_585], clinicRows: 5_169).dropped.isEmpty)
        #expect(policy.choose(["próximo", "control"], matches: ["próximo": 0, "control": 2_585], clinicRows: 5_169).dropped.isEmpty)
        // A small clinic, and the rule switched off: every term.
        #expect(policy.choose(["control", "ferritina"], matches: ["control": 60, "ferritina": 3], clinicRows: 60).dropped.isEmpty)
        #expect(FullTextTermPolicy.everyTerm.choose(["control", "ferritina"], matches: ["control": 2_585, "ferritina": 1], clinicRows: 5_169).dropped.isEmpty)
    }

    @Test func commonTermsAreLeftOutOfTheRankingInEachLanguageAndClinic() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let spanish = TestDatabase.uniqueClinic("ft-es"), english = TestDatabase.uniqueClinic("ft-en"), other = TestDatabase.uniqueClinic("ft-other")
        defer {
            _ = try? session.query("DELETE FROM knowledge_chunks WHERE clinic_id = ANY($1::text[])", [.text("{\(spanish),\(english),\(other)}")], idempotent: true)
        }
        let axes = RandomAxes(count: 1)
        func insert(_ clinic: String, _ notes: [String], patient: (Int) -> String? = { _ in nil }) throws {
            try db.transaction(timeoutMs: 120_000) { tx in
                for (i, note) in notes.enumerated() {
                    _ = try tx.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: patient(i), chunkIndex: i, embeddingModel: "ft-common",
                                                         content: note, embedding: axes.vector([1])))
                }
            }
        }
        // Every Spanish note says "control" and "dieta"; one in six a ferritin value, another one in six "control" three times
        // more (so ranked by every term, those outrank some ferritin notes); two mention insulin in English.
        try insert(spanish, (0..<60).map { i in
            "Consulta \(i): control de presión arterial, dieta y ejercicio." + (i % 6 == 0 ? " Ferritina \(10 + i) ng/mL." : " Hemograma normal.")
                + (i % 6 == 3 ? " Control en 1 mes; control de glucemia y control de peso." : "")
                + (i % 30 == 1 ? " Insulin glargine 10 units at night." : "")
        }, patient: { "p-\($0 % 3)" })
        // Every English note says "visit"; one in seven insulin.
        try insert(english, (0..<56).map { i in
            "Visit \(i): routine visit, blood pressure stable." + (i % 7 == 0 ? " Insulin glargine \(8 + i % 5) units nightly." : " No medication change.")
        })
        // Another clinic where "control" is rare: 5 of 60.
        try insert(other, (0..<60).map { i in
            "Nota \(i): " + (i % 12 == 0 ? "control de ferritina pendiente." : "faringitis aguda, reposo.") + (i % 20 == 0 ? " Ferritina baja." : "")
        })

        func ids(_ terms: [String], _ clinic: String, patient: String? = nil, _ policy: FullTextTermPolicy) throws -> [String] {
            try session.knowledge.fullTextBounded(terms, clinicId: clinic, patientId: patient, limit: 8, termPolicy: policy).map(\.id)
        }

        // Spanish: "control" (60 of 60) is left out, "ferritina" (10) ranks alone; the rows are the ferritin notes.
        #expect(try session.knowledge.fullTextTerms(["control", "ferritina"], clinicId: spanish, policy: Self.policy)
            == FullTextTermChoice(kept: ["ferritina"], dropped: ["control"]))
        let ferritin = try session.knowledge.fullTextBounded(["control", "ferritina"], clinicId: spanish, limit: 8, termPolicy: Self.policy)
        #expect(ferritin.count == 8 && ferritin.allSatisfy { $0.content.contains("Ferritina") })
        #expect(ferritin.map(\.id) == (try ids(["ferritina"], spanish, .everyTerm)))
        #expect(try ids(["control", "ferritina"], spanish, .everyTerm) != ferritin.map(\.id), "the rule must change this ranking for the test to mean anything")
        // English: "visit" (56 of 56) left out, "insulin" ranks; a term of the other language in a Spanish clinic too.
        #expect(try session.knowledge.fullTextTerms(["visit", "insulin"], clinicId: english, policy: Self.policy).kept == ["insulin"])
        #expect(try session.knowledge.fullTextBounded(["visit", "insulin"], clinicId: english, limit: 8, termPolicy: Self.policy)
            .allSatisfy { $0.content.contains("Insulin") })
        #expect(try session.knowledge.fullTextTerms(["Control", "insulin"], clinicId: spanish, policy: Self.policy)
            == FullTextTermChoice(kept: ["insulin"], dropped: ["Control"]))
        #expect(try ids(["Control", "insulin"], spanish, Self.policy).count == 2)

        // Only common terms, or common terms and an absent one: every term is ranked, and the search returns rows.
        for terms in [["control", "dieta"], ["control", "ausente"]] {
            #expect(try session.knowledge.fullTextTerms(terms, clinicId: spanish, policy: Self.policy).dropped.isEmpty, "\(terms)")
            let found = try ids(terms, spanish, Self.policy), before = try ids(terms, spanish, .everyTerm)
            #expect(found.count == 8 && found == before, "\(terms)")
        }
        // Per clinic: where "control" is rare it is ranked.
        #expect(try session.knowledge.fullTextTerms(["control", "ferritina"], clinicId: other, policy: Self.policy).dropped.isEmpty)
        #expect(try ids(["control", "ferritina"], other, Self.policy) == (try ids(["control", "ferritina"], other, .everyTerm)))
        // One patient's chunks rank every term.
        #expect(try ids(["control", "ferritina"], spanish, patient: "p-0", Self.policy) == (try ids(["control", "ferritina"], spanish, patient: "p-0", .everyTerm)))
        // The standard policy leaves a clinic of 60 chunks as it was.
        #expect(try ids(["control", "ferritina"], spanish, .standard) == (try ids(["control", "ferritina"], spanish, .everyTerm)))
        // Counted on a transaction too (no cache there), with the same answer.
        #expect(try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
            try tx.knowledge.fullTextTerms(["control", "ferritina"], clinicId: spanish, policy: Self.policy)
        } == FullTextTermChoice(kept: ["ferritina"], dropped: ["control"]))
    }

    @Test func theCountsAreKeptTenMinutesPerClinic() throws {
        let cache = FullTextTermCache()
        let start: UInt64 = 1_000
        #expect(try cache.clinic("c1", now: start) == nil)
        try cache.store("c1", .init(rows: 5_000, matches: ["control": 2_501]), now: start)
        #expect(try cache.clinic("c1", now: start + 1)?.matches["control"] == 2_501)
        #expect(try cache.clinic("c2", now: start + 1) == nil)
        // A new term joins the entry without extending its ten minutes.
        try cache.store("c1", .init(rows: 5_000, matches: ["control": 2_501, "ferritina": 350]), now: start + FullTextTermCache.ttlNs / 2)
        #expect(try cache.clinic("c1", now: start + FullTextTermCache.ttlNs - 1)?.matches.count == 2)
        #expect(try cache.clinic("c1", now: start + FullTextTermCache.ttlNs) == nil)
    }
}

/// V007: the full-text GIN indexes keep no pending list, so a search never scans unsorted new entries.
@Suite struct FullTextIndexPendingListTests {
    @Test func theFullTextIndexesUpdateOnInsertAndAChunkIsFoundAtOnce() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let options = try session.query("""
            SELECT c.relname, coalesce(array_to_string(c.reloptions, ','), '') AS options
            FROM pg_class c WHERE c.relname IN ('knowledge_chunks_search_es', 'knowledge_chunks_search_en') ORDER BY 1
            """, [], idempotent: true).rows
        #expect(try options.map { try $0.string("relname") } == ["knowledge_chunks_search_en", "knowledge_chunks_search_es"])
        #expect(try options.allSatisfy { try $0.string("options").contains("fastupdate=off") })
        // A chunk written now is found through the index at once (the posting lists were updated by the insert).
        let clinic = TestDatabase.uniqueClinic("ft-gin")
        defer { _ = try? session.query("DELETE FROM knowledge_chunks WHERE clinic_id = $1", [.text(clinic)], idempotent: true) }
        let id = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: nil, chunkIndex: 0, embeddingModel: "ft-gin",
                                                       content: "Eritropoyetina 4000 UI semanal.", embedding: RandomAxes(count: 1).vector([1])))
        #expect(try session.knowledge.fullTextBounded(["eritropoyetina"], clinicId: clinic, limit: 5).map(\.id) == [id])
    }
}
