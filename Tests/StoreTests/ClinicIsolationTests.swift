import Foundation
import Store
import Testing
import TestSupport

/// Clinic A, knowing every id of clinic B, reads, lists and changes none of B's rows.
@Suite struct ClinicIsolationTests {
    let db: Database
    let session: Session
    let clinicA = TestDatabase.uniqueClinic("a")
    let clinicB = TestDatabase.uniqueClinic("b")
    let patient = "p-shared-id" // the same patient id exists in both clinics

    init() throws {
        db = try TestDatabase.app()
        session = db.session(timeoutMs: TestDatabase.timeoutMs)
    }

    @Test func reports() throws {
        let mine = try session.reports.insert(sampleReport(clinic: clinicA, patient: patient, summary: "A"))
        let theirs = try session.reports.insert(sampleReport(clinic: clinicB, patient: patient, summary: "B"))
        #expect(try session.reports.find(id: theirs.id, clinicId: clinicA) == nil)
        #expect(try session.reports.find(id: mine.id, clinicId: clinicA) == mine)
        #expect(try session.reports.list(clinicId: clinicA, patientId: patient, limit: 100).reports.map(\.id) == [mine.id])
        #expect(try session.reports.list(clinicId: clinicB, patientId: patient, limit: 100).reports.map(\.id) == [theirs.id])
    }

    @Test func documentsAndExtractions() throws {
        func announce(_ clinic: String) throws -> DocumentRow {
            try session.documents.insert(NewDocument(clinicId: clinic, patientId: patient, bucket: "docs", objectKey: "\(clinic)/x.pdf",
                                                     fileName: "x.pdf", contentType: "application/pdf", uploadedBy: "sub"))
        }
        let mine = try announce(clinicA)
        let theirs = try announce(clinicB)
        #expect(try session.documents.find(id: theirs.id, clinicId: clinicA) == nil)
        #expect(try session.documents.find(bucket: "docs", objectKey: theirs.objectKey, clinicId: clinicA) == nil)
        #expect(try session.documents.list(clinicId: clinicA, patientId: patient, limit: 100).map(\.id) == [mine.id])
        // Writes aimed at B's document from A change nothing.
        #expect(try !session.documents.updateStatus(id: theirs.id, clinicId: clinicA, status: .failed, failureReason: "x"))
        #expect(try session.documents.find(id: theirs.id, clinicId: clinicB)?.status == .pendingUpload)
        let extraction = DocumentExtraction(documentId: theirs.id, clinicId: clinicA, diagnosisJSON: "[]", medicationsJSON: "[]",
                                            followUpJSON: "[]", notes: "planted by A", extractedText: "", model: "m", status: .success)
        #expect(try !session.documents.saveExtraction(extraction))
        #expect(try session.documents.findExtraction(documentId: theirs.id, clinicId: clinicB) == nil)
        // B's real extraction is invisible to A.
        var real = extraction
        real.clinicId = clinicB
        real.notes = "B's notes"
        #expect(try session.documents.saveExtraction(real))
        #expect(try session.documents.findExtraction(documentId: theirs.id, clinicId: clinicA) == nil)
        #expect(try session.documents.findExtraction(documentId: theirs.id, clinicId: clinicB)?.notes == "B's notes")
    }

    @Test func knowledgeChunks() throws {
        let axes = RandomAxes(count: 2)
        // B's chunk is exactly the query; A's is farther. A must still see only its own.
        let theirsDocument = try session.documents.insert(NewDocument(clinicId: clinicB, patientId: patient, bucket: "docs",
                                                                      objectKey: "\(clinicB)/kb.pdf", fileName: nil,
                                                                      contentType: "application/pdf", uploadedBy: "sub"))
        _ = try session.knowledge.insert(NewChunk(clinicId: clinicB, documentId: theirsDocument.id, patientId: patient, chunkIndex: 0, embeddingModel: "test-embedding",
                                                  content: "B", embedding: axes.vector([1, 0])))
        _ = try session.knowledge.insert(NewChunk(clinicId: clinicA, documentId: nil, patientId: patient, chunkIndex: 0, embeddingModel: "test-embedding",
                                                  content: "A", embedding: axes.vector([1, 1])))
        #expect(try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: clinicA, embeddingModel: "test-embedding", limit: 10).map(\.content) == ["A"])
        #expect(try session.knowledge.nearest(to: axes.vector([1, 0]), clinicId: clinicA, patientId: patient, embeddingModel: "test-embedding", limit: 10).map(\.content) == ["A"])
        #expect(try session.knowledge.count(clinicId: clinicA) == 1)
        #expect(try session.knowledge.deleteChunks(documentId: theirsDocument.id, clinicId: clinicA) == 0)
        #expect(try session.knowledge.count(clinicId: clinicB) == 1)
    }

    @Test func chatSessionsAndMessages() throws {
        let theirs = try session.chat.createSession(clinicId: clinicB, userId: "sub", patientId: patient, title: "B")
        _ = try session.chat.append(NewChatMessage(sessionId: theirs.id, clinicId: clinicB, role: .user, content: "B's question"))
        #expect(try session.chat.findSession(id: theirs.id, clinicId: clinicA) == nil)
        #expect(try session.chat.messages(sessionId: theirs.id, clinicId: clinicA, limit: 100).isEmpty)
        // A cannot write into B's session either.
        #expect(try session.chat.append(NewChatMessage(sessionId: theirs.id, clinicId: clinicA, role: .user, content: "planted")) == nil)
        #expect(try session.chat.messages(sessionId: theirs.id, clinicId: clinicB, limit: 100).map(\.content) == ["B's question"])
    }

    @Test func usageLedger() throws {
        for clinic in [clinicA, clinicB] {
            try session.usage.record(UsageEntry(identity: "same-sub", clinicId: clinic, functionName: "chat", model: "m",
                                                inputTokens: clinic == clinicA ? 1 : 1000, outputTokens: 1,
                                                costUSD: clinic == clinicA ? 1 : 1000, requestId: "req-\(clinic)"))
        }
        let totals = try session.usage.totals(identity: "same-sub", clinicId: clinicA, since: Timestamp(microsecondsSinceEpoch: 0))
        #expect(totals == UsageTotals(calls: 1, inputTokens: 1, outputTokens: 1, costUSD: 1))
        #expect(try session.usage.recent(identity: "same-sub", clinicId: clinicA, limit: 100).map(\.entry.requestId) == ["req-\(clinicA)"])
    }

    @Test func auditLog() throws {
        let request = UUID().uuidString
        for clinic in [clinicA, clinicB] {
            try session.audit.record(AuditEntry(requestId: request, identity: "sub", clinicId: clinic, action: "report.read",
                                                resourceType: "report", resourceId: "r-\(request)", outcome: .success))
        }
        #expect(try session.audit.entries(requestId: request, clinicId: clinicA).map(\.entry.clinicId) == [clinicA])
        #expect(try session.audit.entries(resourceType: "report", resourceId: "r-\(request)", clinicId: clinicA, limit: 100)
            .map(\.entry.clinicId) == [clinicA])
    }
}
