import Foundation
import Store
import Testing
import TestSupport

/// Text that would break SQL built by concatenation is stored and read back
/// byte for byte: every statement is parameterized.
@Suite struct VerbatimTextTests {
    static let hostile: [String] = [
        "'; DROP TABLE reports; --",
        "Robert'); DROP TABLE reports;--",
        "O'Brien dijo \"hola\" y 'adiós'",
        "-- not a comment\n/* nor this */ ; ; ;",
        "a;b;c;",
        "$1 $2 $$ $tag$ body $tag$ \\ \\\\ \\x41 E'\\n' %s %% ?",
        "\u{1}\u{2}\u{7}\u{8}\u{1B}[31m\u{7F}\t\r\n\u{C}",
        "\u{FEFF}e\u{301} \u{202E}gnirts desrever\u{202C} 😷💊 \u{10FFFF} ｆｕｌｌ",
        String((1...0x7F).map { Character(Unicode.Scalar(UInt8($0))) }),
        // Short enough for the B-tree indexes on ids (2704 bytes a key); long text has its own test.
        VerbatimTextTests.noise(length: 300),
    ]

    /// Every Unicode scalar but NUL and surrogates is a valid PostgreSQL UTF-8 character.
    static func noise(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        var scalars = String.UnicodeScalarView()
        while scalars.count < length {
            let value = UInt32.random(in: 1...0x10FFFF, using: &generator)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Byte equality: Swift's `==` on String treats canonically equivalent text as equal.
    func same(_ a: String?, _ b: String) -> Bool { a.map { Array($0.utf8) == Array(b.utf8) } ?? false }

    @Test(arguments: hostile)
    func reportFieldsComeBackVerbatim(text: String) throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let metadata = String(decoding: try JSONSerialization.data(withJSONObject: ["note": text]), as: UTF8.self)
        var report = sampleReport(clinic: clinic, patient: text, text: text, summary: text)
        report.sourceSystem = text
        report.createdBy = text
        report.metadataJSON = metadata
        let inserted = try session.reports.insert(report)
        let found = try #require(try session.reports.find(id: inserted.id, clinicId: clinic))
        #expect(same(found.originalText, text) && same(found.summary, text) && same(found.patientId, text))
        #expect(same(found.sourceSystem, text) && same(found.createdBy, text))
        // Read back through jsonb itself (Foundation's JSON parser drops a U+FEFF inside strings).
        let note = try session.query("SELECT metadata ->> 'note' AS note FROM reports WHERE id = $1::uuid", [.text(inserted.id)], idempotent: true)
        #expect(same(try note.rows[0].optionalString("note"), text))
        // Hostile text as a filter value is just a value.
        #expect(try session.reports.list(clinicId: clinic, patientId: text, limit: 10).reports.map(\.id) == [inserted.id])
        #expect(try session.reports.list(clinicId: text, patientId: text, limit: 10).reports.isEmpty)
        try expectTablesIntact(session)
    }

    @Test(arguments: hostile)
    func otherRepositoriesKeepTextVerbatim(text: String) throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()

        let document = try session.documents.insert(NewDocument(clinicId: clinic, patientId: text, bucket: "docs", objectKey: "\(clinic)/\(text)",
                                                                fileName: text, contentType: "text/plain", uploadedBy: text))
        let foundDocument = try #require(try session.documents.find(id: document.id, clinicId: clinic))
        #expect(same(foundDocument.fileName, text) && same(foundDocument.objectKey, "\(clinic)/\(text)") && same(foundDocument.patientId, text))
        let extraction = DocumentExtraction(documentId: document.id, clinicId: clinic,
                                            diagnosisJSON: String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self),
                                            medicationsJSON: "[]", followUpJSON: "[]", notes: text, extractedText: text, model: text, status: .success)
        #expect(try session.documents.saveExtraction(extraction))
        let foundExtraction = try #require(try session.documents.findExtraction(documentId: document.id, clinicId: clinic))
        #expect(same(foundExtraction.notes, text) && same(foundExtraction.extractedText, text))
        let diagnosis = try session.query("SELECT diagnosis ->> 0 AS first FROM document_extractions WHERE document_id = $1::uuid",
                                          [.text(document.id)], idempotent: true)
        #expect(same(try diagnosis.rows[0].optionalString("first"), text))

        let axes = RandomAxes(count: 1)
        _ = try session.knowledge.insert(NewChunk(clinicId: clinic, documentId: document.id, patientId: text, chunkIndex: 0, embeddingModel: "test-embedding",
                                                  content: text, embedding: axes.vector([1])))
        let chunk = try #require(try session.knowledge.nearest(to: axes.vector([1]), clinicId: clinic, patientId: text, embeddingModel: "test-embedding", limit: 1).first)
        #expect(same(chunk.content, text) && same(chunk.patientId, text))

        let chat = try session.chat.createSession(clinicId: clinic, userId: text, patientId: text, title: text)
        _ = try session.chat.append(NewChatMessage(sessionId: chat.id, clinicId: clinic, role: .user, content: text, model: text))
        let foundChat = try #require(try session.chat.findSession(id: chat.id, clinicId: clinic))
        #expect(same(foundChat.title, text) && same(foundChat.userId, text))
        #expect(same(try session.chat.messages(sessionId: chat.id, clinicId: clinic, limit: 1).first?.content, text))

        try session.usage.record(UsageEntry(identity: text, clinicId: clinic, functionName: text, model: text, inputTokens: 1,
                                            outputTokens: 1, costUSD: 0, requestId: text))
        let usage = try #require(try session.usage.recent(identity: text, clinicId: clinic, limit: 1).first)
        #expect(same(usage.entry.model, text) && same(usage.entry.requestId, text) && same(usage.entry.functionName, text))

        try session.audit.record(AuditEntry(requestId: text, identity: text, clinicId: clinic, action: text, resourceType: text,
                                            resourceId: text, outcome: .denied))
        let audit = try #require(try session.audit.entries(requestId: text, clinicId: clinic).first)
        #expect(same(audit.entry.action, text) && same(audit.entry.resourceId, text) && same(audit.entry.identity, text))
        try expectTablesIntact(session)
    }

    @Test func aFiftyKilobyteReportOfRandomScalarsComesBackVerbatim() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let text = VerbatimTextTests.noise(length: 13_000)
        let inserted = try session.reports.insert(sampleReport(clinic: clinic, patient: "p", text: text, summary: text))
        let found = try #require(try session.reports.find(id: inserted.id, clinicId: clinic))
        #expect(same(found.originalText, text) && same(found.summary, text))
        #expect(found.originalText.utf8.count > 40_000)
    }

    @Test func textWithNULIsRefusedNotTruncated() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        #expect(throws: StoreError.invalidParameter("text contains a NUL character")) {
            _ = try session.reports.insert(sampleReport(clinic: clinic, patient: "p", text: "before\u{0}after"))
        }
        #expect(try session.reports.list(clinicId: clinic, patientId: "p", limit: 10).reports.isEmpty)
    }

    func expectTablesIntact(_ session: Session) throws {
        let tables = try session.query("""
            SELECT count(*) AS n FROM unnest($1::text[]) AS t(name) WHERE to_regclass(t.name) IS NOT NULL
            """, [.text("{reports,documents,document_extractions,knowledge_chunks,chat_sessions,chat_messages,usage_ledger,audit_log}")],
            idempotent: true)
        #expect(try tables.rows[0].int("n") == 8)
    }
}
