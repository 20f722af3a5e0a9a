import Foundation
import Store
import Testing
import TestSupport

@Suite struct KnowledgeRepositoryTests {
    @Test func chunksRoundTripAndDeleteByDocument() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let document = try session.documents.insert(NewDocument(clinicId: clinic, patientId: "p-7", bucket: "kb",
                                                                objectKey: "\(clinic)/guide.pdf", fileName: "guide.pdf",
                                                                contentType: "application/pdf", uploadedBy: "sub-7"))
        let axes = RandomAxes(count: 2)
        let stored = axes.vector([0.6, 0.8])
        let id = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: document.id, patientId: "p-7", chunkIndex: 0, embeddingModel: "test-embedding",
                                                       content: "Enalapril 10 mg cada 12 h", embedding: stored))
        _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: document.id, patientId: "p-7", chunkIndex: 1, embeddingModel: "test-embedding",
                                                  content: "Control en dos semanas", embedding: axes.vector([1, 0])))
        #expect(try session.knowledge.count(clinicId: clinic) == 2)

        let match = try #require(try session.knowledge.nearest(to: stored, clinicId: clinic, embeddingModel: "test-embedding", limit: 1).first)
        #expect(match.id == id)
        #expect(match.documentId == document.id && match.patientId == "p-7" && match.chunkIndex == 0)
        #expect(match.content == "Enalapril 10 mg cada 12 h")
        #expect(abs(match.distance) < 1e-6)
        // The embedding itself comes back component for component.
        let raw = try session.query("SELECT embedding::text AS embedding FROM knowledge_chunks WHERE id = $1::uuid", [.text(id)], idempotent: true)
        #expect(try raw.rows[0].vector("embedding") == stored)

        // Re-chunking a document starts from nothing; the same index cannot be stored twice.
        #expect {
            try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: document.id, patientId: nil, chunkIndex: 1, embeddingModel: "test-embedding",
                                                  content: "dup", embedding: axes.vector([0, 1])))
        } throws: { ($0 as? StoreError)?.isUniqueViolation == true }
        #expect(try session.knowledge.deleteChunks(documentId: document.id, clinicId: clinic) == 2)
        #expect(try session.knowledge.count(clinicId: clinic) == 0)
    }

    @Test func nearestChunksByCosineOnHandMadeVectors() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let axes = RandomAxes(count: 3)
        // Directions at known angles from the query (1, 0, 0); lengths differ on
        // purpose: cosine ranks by angle, not by length or Euclidean distance.
        let chunks: [(String, [Float])] = [
            ("same direction, long", axes.vector([10, 0, 0])),
            ("20 degrees", axes.vector([cos(0.349), sin(0.349), 0])),
            ("45 degrees, short", axes.vector([0.1, 0, 0.1])),
            ("80 degrees", axes.vector([cos(1.396), 0, sin(1.396)])),
            ("orthogonal", axes.vector([0, 1, 0])),
            ("opposite", axes.vector([-1, 0, 0])),
        ]
        for (index, (content, vector)) in chunks.shuffled().enumerated() {
            _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: nil, chunkIndex: index, embeddingModel: "test-embedding",
                                                      content: content, embedding: vector))
        }
        let query = axes.vector([1, 0, 0])
        let matches = try session.knowledge.nearest(to: query, clinicId: clinic, embeddingModel: "test-embedding", limit: 4)
        #expect(matches.map(\.content) == ["same direction, long", "20 degrees", "45 degrees, short", "80 degrees"])
        for match in matches {
            let expected = cosineDistance(query, chunks.first { $0.0 == match.content }!.1)
            #expect(abs(match.distance - expected) < 1e-4)
        }
        #expect(try session.knowledge.nearest(to: query, clinicId: clinic, embeddingModel: "test-embedding", limit: 100).last?.content == "opposite")
    }

    @Test func patientFilterKeepsOnlyThatPatientsChunks() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let axes = RandomAxes(count: 2)
        _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: "p-a", chunkIndex: 0, embeddingModel: "test-embedding",
                                                  content: "a", embedding: axes.vector([1, 0.2])))
        _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: "p-b", chunkIndex: 0, embeddingModel: "test-embedding",
                                                  content: "b", embedding: axes.vector([1, 0])))
        let matches = try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: clinic, patientId: "p-a", embeddingModel: "test-embedding", limit: 5)
        #expect(matches.map(\.content) == ["a"])
    }

    /// Other clinics' chunks crowd the index's candidates; this clinic's own
    /// nearest chunks still come back (ranked exactly among its rows).
    @Test func aSmallClinicStillGetsItsNearestAmongManyForeignChunks() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let small = TestDatabase.uniqueClinic("small")
        let big = TestDatabase.uniqueClinic("big")
        let axes = RandomAxes(count: 2)
        try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
            for index in 0..<120 {
                _ = try tx.knowledge.insert(NewChunk(clinicId: big, documentId: nil, patientId: nil, chunkIndex: index, embeddingModel: "test-embedding",
                                                     content: "foreign", embedding: axes.vector([1, Float(index) * 1e-4])))
            }
        }
        _ = try session.knowledge.insert(NewChunk(clinicId: small, documentId: nil, patientId: nil, chunkIndex: 0, embeddingModel: "test-embedding",
                                                  content: "ours, nearer", embedding: axes.vector([1, 0.5])))
        _ = try session.knowledge.insert(NewChunk(clinicId: small, documentId: nil, patientId: nil, chunkIndex: 1, embeddingModel: "test-embedding",
                                                  content: "ours, farther", embedding: axes.vector([1, 2])))
        let matches = try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: small, embeddingModel: "test-embedding", limit: 5)
        #expect(matches.map(\.content) == ["ours, nearer", "ours, farther"])
        _ = try session.query("DELETE FROM knowledge_chunks WHERE clinic_id = $1", [.text(big)], idempotent: true)
    }

    @Test func vectorsOfAnotherEmbeddingModelAreNeverCompared() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let axes = RandomAxes(count: 2)
        _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: nil, chunkIndex: 0, embeddingModel: "model-a",
                                                  page: 3, content: "from model a", embedding: axes.vector([1, 0])))
        _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: nil, chunkIndex: 1, embeddingModel: "model-b",
                                                  timeOffsetMs: 61_000, content: "from model b", embedding: axes.vector([1, 0])))
        let a = try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: clinic, embeddingModel: "model-a", limit: 5)
        #expect(a.map(\.content) == ["from model a"] && a.first?.page == 3 && a.first?.timeOffsetMs == nil)
        let b = try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: clinic, embeddingModel: "model-b", limit: 5)
        #expect(b.map(\.content) == ["from model b"] && b.first?.timeOffsetMs == 61_000)
        #expect(try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: clinic, embeddingModel: "model-c", limit: 5).isEmpty)
        #expect(throws: StoreError.self) {
            try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: nil, chunkIndex: 2, embeddingModel: "",
                                                  content: "no model", embedding: axes.vector([1, 0])))
        }
    }

    @Test func fullTextFindsDrugNamesCodesAndStemsInSpanishAndEnglish() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let other = TestDatabase.uniqueClinic()
        let axes = RandomAxes(count: 1)
        let texts = ["Metformina 850 mg cada 12 horas con los alimentos.", "Diagnóstico: diabetes mellitus tipo 2 (E11.9).",
                     "Hemoglobin A1c was 8.2 percent; the patient was started on insulin glargine.", "Control en dos semanas."]
        for (index, text) in texts.enumerated() {
            _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: nil, patientId: index < 2 ? "p-1" : "p-2", chunkIndex: index,
                                                      embeddingModel: "m", content: text, embedding: axes.vector([1])))
        }
        _ = try session.knowledge.insert(NewChunk(clinicId: other, documentId: nil, patientId: "p-1", chunkIndex: 0, embeddingModel: "m",
                                                  content: "Metformina 1 g diaria.", embedding: axes.vector([1])))
        #expect(try session.knowledge.fullText(["metformina"], clinicId: clinic, limit: 5).map(\.chunkIndex) == [0])
        #expect(try session.knowledge.fullText(["E11.9"], clinicId: clinic, limit: 5).map(\.chunkIndex) == [1])
        // Stemming in both languages: "alimento" finds "alimentos", "starting" finds "started".
        #expect(try session.knowledge.fullText(["alimento"], clinicId: clinic, limit: 5).map(\.chunkIndex) == [0])
        #expect(try session.knowledge.fullText(["glargine", "starting"], clinicId: clinic, limit: 5).map(\.chunkIndex) == [2])
        // Any term may match; the chunk matching more terms ranks first.
        let either = try session.knowledge.fullText(["metformina", "alimentos", "control"], clinicId: clinic, limit: 5)
        #expect(either.map(\.chunkIndex) == [0, 3])
        #expect(try session.knowledge.fullText(["metformina"], clinicId: clinic, patientId: "p-2", limit: 5).isEmpty)
        // Query syntax from input is only text: quotes, operators and SQL do nothing.
        #expect(try session.knowledge.fullText(["'); DROP TABLE knowledge_chunks; --", "!&|"], clinicId: clinic, limit: 5).isEmpty)
        #expect(try session.knowledge.count(clinicId: clinic) == 4)
    }

    @Test func embeddingsOfTheWrongWidthAreRefused() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        #expect(throws: StoreError.invalidParameter("an embedding must have 1024 dimensions")) {
            try session.knowledge.nearest(to: [1, 0, 0], clinicId: "c", embeddingModel: "test-embedding", limit: 1)
        }
        #expect(throws: StoreError.invalidParameter("a vector component is not finite")) {
            var values = [Float](repeating: 0, count: embeddingDimensions)
            values[3] = .nan
            _ = try session.knowledge.insert(NewChunk(clinicId: "c", documentId: nil, patientId: nil, chunkIndex: 0, embeddingModel: "test-embedding", content: "x", embedding: values))
        }
    }
}
