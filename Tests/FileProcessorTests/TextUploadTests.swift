import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// Upload URL → PUT → S3 event → PROCESSED, against moto's S3, LocalBedrock and the local database.
@Suite struct TextUploadTests {
    @Test func uploadUrlThenPutThenEventGivesProcessedDocumentWithExtractionAndChunks() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let body = Array(TestDocuments.long(paragraphs: 30).utf8)
        let upload = try harness.upload(patientId: "PAC-7781", fileName: "nota de evolución (marzo).txt", contentType: "text/plain",
                                        sizeBytes: body.count, caller: caller)
        #expect(upload.status == 201)
        let documentId = try #require(upload["documentId"] as? String)
        #expect(upload["method"] as? String == "PUT")
        #expect(upload["headers"] as? [String: String] == ["Content-Type": "text/plain", "Content-Length": String(body.count)])
        let key = try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)
        #expect(key.hasPrefix("clinics/\(caller.clinicId)/patients/PAC-7781/documents/\(documentId)/"))
        #expect(key.hasSuffix("/nota_de_evoluci_n_marzo_.txt"))
        #expect(try harness.document(documentId, caller: caller)["status"] as? String == "PENDING_UPLOAD")

        #expect(try harness.put(upload, body: body) == 200)
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [key], size: body.count)) else {
            Issue.record("the S3 event failed the invocation: \(harness.logs.suffix(2000))"); return
        }
        let processed = try harness.document(documentId, caller: caller)
        #expect(processed["status"] as? String == "PROCESSED")
        let extraction = try #require(processed["extraction"] as? [String: Any])
        #expect(extraction["source"] as? String == "MODEL")
        let medications = try #require(extraction["medications"] as? [[String: Any]])
        #expect(medications.contains { ($0["name"] as? String)?.lowercased().contains("metformina") == true })
        #expect((extraction["diagnosis"] as? [String])?.isEmpty == false)
        let chunkCount = try #require(processed["chunkCount"] as? Int)
        #expect(chunkCount >= 3, "a ~9 KB note gives several 300-500 token passages")

        // The chunks: original text, the embedding model's id, the clinic and patient; embeddings of the redacted text.
        let database = try TestDatabase.app()
        let session = database.session(timeoutMs: TestDatabase.timeoutMs)
        let stored = try session.query("""
            SELECT content, embedding_model, patient_id, chunk_index FROM knowledge_chunks WHERE document_id = $1::uuid AND clinic_id = $2
            ORDER BY chunk_index
            """, [.text(documentId), .text(caller.clinicId)], idempotent: true)
        #expect(stored.rows.count == chunkCount)
        #expect(try stored.rows.allSatisfy { try $0.string("embedding_model") == FileProcessorHarness.embeddingModelId })
        #expect(try stored.rows.allSatisfy { try $0.optionalString("patient_id") == "PAC-7781" })
        #expect(try stored.rows[0].string("content").contains("José Luis Hernández Gutiérrez"), "the doctor reads the original text")

        // Nothing of the document's identifiers reached the model endpoint (chat or embeddings).
        let received = harness.bedrock.receivedTexts.joined(separator: "\n")
        #expect(!received.isEmpty)
        for identifier in TestDocuments.identifiers + ["PAC-7781", caller.clinicId, documentId] {
            #expect(!received.contains(identifier), "\(identifier) reached the model")
        }
        // Usage rows for the uploader: the extraction and every embedding call.
        let usage = try session.usage.totals(identity: caller.sub, clinicId: caller.clinicId, since: Timestamp(microsecondsSinceEpoch: 0))
        #expect(usage.inputTokens > 0)
        // No document text, identifier, patient id or key in any log line.
        let logs = harness.logs
        #expect(logs.contains("\"document processed\""))
        for secret in TestDocuments.identifiers + TestDocuments.clinicalPhrases + ["PAC-7781", key] {
            #expect(!logs.contains(secret), "a log line carries \(secret)")
        }
    }

    @Test func theSameEventDeliveredTwiceProcessesOnce() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let body = Array(TestDocuments.long(paragraphs: 12).utf8)
        let upload = try harness.upload(patientId: "PAC-2", fileName: "nota.md", contentType: "text/markdown", sizeBytes: body.count, caller: caller)
        let documentId = try #require(upload["documentId"] as? String)
        let key = try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)
        #expect(try harness.put(upload, body: body) == 200)
        let event = harness.s3Event(keys: [key], size: body.count)
        guard case .response = try harness.invokeJSON(event) else { Issue.record("first delivery failed"); return }
        let first = try harness.document(documentId, caller: caller)
        let converseAfterFirst = harness.bedrock.converseRequestCount
        let embeddingsAfterFirst = harness.behaviour.embeddingCalls
        guard case .response = try harness.invokeJSON(event) else { Issue.record("second delivery failed"); return }
        let second = try harness.document(documentId, caller: caller)
        #expect(second["status"] as? String == "PROCESSED")
        #expect(second["chunkCount"] as? Int == first["chunkCount"] as? Int)
        #expect(second["updatedAt"] as? String == first["updatedAt"] as? String, "the duplicate changed nothing")
        #expect(harness.bedrock.converseRequestCount == converseAfterFirst, "no second extraction")
        #expect(harness.behaviour.embeddingCalls == embeddingsAfterFirst, "no second set of embeddings")
        #expect(harness.logs.contains("duplicate delivery ignored"))
    }

    @Test func oneEventWithSeveralRecordsAndAnUnknownKey() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        var ids: [String] = []
        var keys: [String] = []
        for n in 1...2 {
            let body = Array("Paciente con cefalea tensional. Paracetamol 500 mg VO cada 8 horas. Control en \(n) semanas.".utf8)
            let upload = try harness.upload(patientId: "PAC-\(n)", fileName: "n\(n).txt", contentType: "text/plain", sizeBytes: body.count, caller: caller)
            ids.append(try #require(upload["documentId"] as? String))
            keys.append(try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket))
            #expect(try harness.put(upload, body: body) == 200)
        }
        let unknown = "clinics/\(caller.clinicId)/patients/PAC-9/documents/\(UUID().uuidString.lowercased())/secreto de José.txt"
        guard case .response(let answer) = try harness.invokeJSON(harness.s3Event(keys: keys + [unknown])) else {
            Issue.record("the event failed"); return
        }
        #expect(answer["records"] as? Int == 3)
        for id in ids { #expect(try harness.document(id, caller: caller)["status"] as? String == "PROCESSED") }
        #expect(harness.logs.contains("object belongs to no document; skipped"))
        #expect(harness.logs.contains("keyHash"))
        #expect(!harness.logs.contains("secreto"), "the unknown key is logged hashed only")
    }

    @Test func presignedUrlSignsContentTypeAndLength() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let upload = try harness.upload(patientId: "PAC-3", fileName: "a.txt", contentType: "text/plain", sizeBytes: 1234, caller: .doctor())
        #expect(upload.status == 201)
        let text = try #require(upload["uploadUrl"] as? String)
        let url = try #require(URLComponents(string: text))
        let query = try #require(url.percentEncodedQuery)
        #expect(query.contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost"))
        #expect(query.contains("X-Amz-Expires=900"))
        let host = "\(url.host!):\(url.port!)"
        func verify(_ type: String, _ length: String) -> Bool {
            let result = SigV4Verifier.verifyPresigned(method: "PUT", rawPath: url.percentEncodedPath, rawQuery: query,
                                                       headers: [("Host", host), ("Content-Type", type), ("Content-Length", length)],
                                                       secretForAccessKey: LocalCredentials.secret(forAccessKey:))
            if case .success = result { return true }
            return false
        }
        #expect(verify("text/plain", "1234"))
        #expect(!verify("application/pdf", "1234"), "another content type breaks the signature")
        #expect(!verify("text/plain", "1235"), "another size breaks the signature")
        let expires = try #require(upload["expiresAt"] as? String)
        #expect(expires.hasSuffix("Z"))
    }

    @Test func aLatin1LegacyExportIsReadAsLatin1() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let text = "Diagnóstico: hipertensión arterial. Losartán 50 mg VO cada 24 horas. Control en 3 meses."
        let body = text.unicodeScalars.map { UInt8($0.value) }   // ISO-8859-1
        let upload = try harness.upload(patientId: "PAC-4", fileName: "legacy.txt", contentType: "text/plain", sizeBytes: body.count, caller: caller)
        let id = try #require(upload["documentId"] as? String)
        #expect(try harness.put(upload, body: body) == 200)
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)])) else {
            Issue.record("the event failed"); return
        }
        #expect(try harness.document(id, caller: caller)["status"] as? String == "PROCESSED")
        let stored = try TestDatabase.app().session(timeoutMs: TestDatabase.timeoutMs).documents.findExtraction(documentId: id, clinicId: caller.clinicId)
        #expect(stored?.extractedText == text, "decoded as Latin-1, not mangled")
        #expect(harness.logs.contains("read as Latin-1"))
    }

    @Test func anObjectThatDoesNotMatchItsDeclarationIsFailedNotRetried() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let upload = try harness.upload(patientId: "PAC-5", fileName: "a.txt", contentType: "text/plain", sizeBytes: 10, caller: caller)
        let id = try #require(upload["documentId"] as? String)
        let key = try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)
        // moto does not check presigned signatures: an object of another size can land, as a broken client could make.
        try harness.s3.putObject(bucket: harness.bucket, key: key, body: Array("much longer than ten bytes".utf8), contentType: "text/plain",
                                 context: MotoS3.context())
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [key])) else { Issue.record("a poisoned file must not fail the invocation"); return }
        let failed = try harness.document(id, caller: caller)
        #expect(failed["status"] as? String == "FAILED")
        #expect(failed["failureRetryable"] as? Bool == false)
        #expect((failed["failureReason"] as? String)?.contains("does not match the upload request") == true)
    }
}
