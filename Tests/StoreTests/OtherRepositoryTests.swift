import Foundation
import Store
import Testing
import TestSupport

@Suite struct OtherRepositoryTests {
    @Test func documentLifecycleAndExtraction() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let key = "uploads/\(clinic)/\(UUID().uuidString)/lab.pdf"
        let document = try session.documents.insert(NewDocument(clinicId: clinic, patientId: "p-3", bucket: "clinical-docs",
                                                                objectKey: key, fileName: "lab.pdf", contentType: "application/pdf",
                                                                uploadedBy: "doctor-sub-2"))
        #expect(document.status == .pendingUpload)
        #expect(try session.documents.find(id: document.id, clinicId: clinic) == document)
        #expect(try session.documents.find(bucket: "clinical-docs", objectKey: key, clinicId: clinic)?.id == document.id)

        #expect(try session.documents.updateStatus(id: document.id, clinicId: clinic, status: .processing, sizeBytes: 48_213))
        #expect(try session.documents.updateStatus(id: document.id, clinicId: clinic, status: .processed))
        let processed = try #require(try session.documents.find(id: document.id, clinicId: clinic))
        #expect(processed.status == .processed)
        #expect(processed.sizeBytes == 48_213)
        #expect(processed.updatedAt >= processed.createdAt)

        // jsonb prints keys shortest first, then by bytes: the fixture is written in that order.
        var extraction = DocumentExtraction(documentId: document.id, clinicId: clinic, diagnosisJSON: #"["hipertensión arterial"]"#,
                                            medicationsJSON: #"[{"dose": "10 mg", "name": "enalapril"}]"#,
                                            followUpJSON: #"["control en 2 semanas"]"#, notes: "TA 150/95",
                                            extractedText: "Texto del laboratorio", model: "offline", status: .fallback)
        #expect(try session.documents.saveExtraction(extraction))
        #expect(try session.documents.findExtraction(documentId: document.id, clinicId: clinic) == extraction)
        extraction.notes = "TA 130/85"
        extraction.status = .success
        #expect(try session.documents.saveExtraction(extraction))
        #expect(try session.documents.findExtraction(documentId: document.id, clinicId: clinic) == extraction)
        #expect(try session.documents.list(clinicId: clinic, patientId: "p-3", limit: 10).map(\.id) == [document.id])

        // The same object key cannot be announced twice.
        let duplicate = NewDocument(clinicId: clinic, patientId: nil, bucket: "clinical-docs", objectKey: key, fileName: nil,
                                    contentType: "application/pdf", uploadedBy: "doctor-sub-2")
        #expect { try session.documents.insert(duplicate) } throws: { ($0 as? StoreError)?.isUniqueViolation == true }
    }

    @Test func chatSessionsAndMessages() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let chat = try session.chat.createSession(clinicId: clinic, userId: "doctor-sub-3", patientId: "p-4", title: "Dudas")
        #expect(try session.chat.findSession(id: chat.id, clinicId: clinic) == chat)
        let question = try #require(try session.chat.append(NewChatMessage(sessionId: chat.id, clinicId: clinic, role: .user,
                                                                             content: "¿Qué dosis de enalapril?")))
        let answer = try #require(try session.chat.append(NewChatMessage(sessionId: chat.id, clinicId: clinic, role: .assistant,
                                                                           content: "10 mg al día.", citationsJSON: #"[{"chunkId": "x"}]"#,
                                                                           model: "anthropic.claude", inputTokens: 900, outputTokens: 12)))
        let third = try #require(try session.chat.append(NewChatMessage(sessionId: chat.id, clinicId: clinic, role: .user, content: "Gracias")))
        #expect(try session.chat.messages(sessionId: chat.id, clinicId: clinic, limit: 10) == [question, answer, third])
        #expect(try session.chat.messages(sessionId: chat.id, clinicId: clinic, limit: 2) == [answer, third])
        #expect(answer.citationsJSON == #"[{"chunkId": "x"}]"#)
        #expect(answer.model == "anthropic.claude" && answer.inputTokens == 900)
        let touched = try #require(try session.chat.findSession(id: chat.id, clinicId: clinic))
        #expect(touched.updatedAt >= chat.updatedAt)
    }

    @Test func usageLedgerRecordsAndSums() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let start = try session.query("SELECT \("(extract(epoch from now()) * 1000000)::int8") AS now", [], idempotent: true).rows[0].int64("now")
        let first = try session.usage.record(UsageEntry(identity: "sub-5", clinicId: clinic, functionName: "summarizer", model: "m1",
                                                        inputTokens: 1000, outputTokens: 200, costUSD: Decimal(string: "0.00123456")!,
                                                        requestId: "req-1"))
        try session.usage.record(UsageEntry(identity: "sub-5", clinicId: clinic, functionName: "chat", model: "m2",
                                            inputTokens: 10, outputTokens: 5, costUSD: Decimal(string: "0.1")!, requestId: "req-2"))
        try session.usage.record(UsageEntry(identity: "sub-other", clinicId: clinic, functionName: "chat", model: "m2",
                                            inputTokens: 7, outputTokens: 7, costUSD: Decimal(string: "5")!, requestId: "req-3"))
        #expect(first.entry.costUSD == Decimal(string: "0.00123456")!)
        let totals = try session.usage.totals(identity: "sub-5", clinicId: clinic, since: Timestamp(microsecondsSinceEpoch: start))
        #expect(totals == UsageTotals(calls: 2, inputTokens: 1010, outputTokens: 205, costUSD: Decimal(string: "0.10123456")!))
        let later = try session.usage.totals(identity: "sub-5", clinicId: clinic,
                                             since: Timestamp(microsecondsSinceEpoch: first.occurredAt.microsecondsSinceEpoch + 3_600_000_000))
        #expect(later.calls == 0 && later.costUSD == 0)
        #expect(try session.usage.recent(identity: "sub-5", clinicId: clinic, limit: 10).map(\.entry.requestId) == ["req-2", "req-1"])
    }

    @Test func auditLogRecordsAndReads() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let requestId = UUID().uuidString
        let entry = AuditEntry(requestId: requestId, identity: "sub-6", clinicId: clinic, action: "report.read",
                               resourceType: "report", resourceId: "r-1", outcome: .success)
        let id = try session.audit.record(entry)
        let rows = try session.audit.entries(requestId: requestId, clinicId: clinic)
        #expect(rows.map(\.id) == [id])
        #expect(rows.first?.entry == entry)
        #expect(try session.audit.entries(resourceType: "report", resourceId: "r-1", clinicId: clinic, limit: 5).map(\.id) == [id])
    }
}
