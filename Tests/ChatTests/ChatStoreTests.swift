import Clinical
import Foundation
import Store
import Testing
import TestSupport

/// The Store methods the chat added (V004), against the local database.
@Suite struct ChatStoreTests {
    @Test func boundedFullTextRanksLikeFullTextWhenMostChunksMatch() throws {
        let clinic = TestDatabase.uniqueClinic("fts")
        var chunks = (0..<60).map { "Nota \($0): se indica reposo y control en consulta externa." }
        chunks.append("Nota especial: se indica warfarina 4 mg por INR 3.8 elevado.")
        let document = try KnowledgeBase.add(clinic: clinic, fileName: "muchas.pdf", chunks: chunks)
        let db = try TestDatabase.app()
        defer { db.close() }
        let knowledge = db.session(timeoutMs: TestDatabase.timeoutMs).knowledge
        let terms = ["indica", "warfarina", "INR"]
        let bounded = try knowledge.fullTextBounded(terms, clinicId: clinic, limit: 5, prefilter: 10)
        let full = try knowledge.fullText(terms, clinicId: clinic, limit: 5)
        #expect(bounded.first?.id == document.chunkIds.last)
        #expect(bounded.first?.id == full.first?.id)
        #expect(bounded.count == 5)
        // Fewer matches than the prefilter: exactly fullText's answer.
        #expect(try knowledge.fullTextBounded(["warfarina"], clinicId: clinic, limit: 5).map(\.id) == (try knowledge.fullText(["warfarina"], clinicId: clinic, limit: 5)).map(\.id))
        #expect(try knowledge.fullTextBounded(["warfarina"], clinicId: TestDatabase.uniqueClinic(), limit: 5).isEmpty)
    }

    @Test func fileNamesAreThoseOfTheClinicsOwnDocuments() throws {
        let clinic = TestDatabase.uniqueClinic("names")
        let ours = try KnowledgeBase.add(clinic: clinic, fileName: "nuestro.pdf", chunks: ["texto"])
        let theirs = try KnowledgeBase.add(clinic: TestDatabase.uniqueClinic(), fileName: "ajeno.pdf", chunks: ["texto"])
        let db = try TestDatabase.app()
        defer { db.close() }
        let names = try db.session(timeoutMs: TestDatabase.timeoutMs).knowledge.fileNames(documentIds: [ours.id, theirs.id, "x"], clinicId: clinic)
        #expect(names == [ours.id: "nuestro.pdf"])
    }
}
