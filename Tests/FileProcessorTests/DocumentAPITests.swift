import AWSClients
import Foundation
import LambdaRuntime
import Store
import Testing
import TestSupport

/// The routes: validation, clinic isolation, listing, deletion.
@Suite struct DocumentAPITests {
    /// A processed text document of `caller`'s clinic: (id, key).
    func processedDocument(_ harness: FileProcessorHarness, caller: Caller, patientId: String = "PAC-41") throws -> (String, String) {
        let body = Array(TestDocuments.note.utf8)
        let upload = try harness.upload(patientId: patientId, fileName: "nota.txt", contentType: "text/plain", sizeBytes: body.count, caller: caller)
        let id = try #require(upload["documentId"] as? String)
        let key = try FileProcessorHarness.objectKey(of: upload, bucket: harness.bucket)
        #expect(try harness.put(upload, body: body) == 200)
        guard case .response = try harness.invokeJSON(harness.s3Event(keys: [key])) else { throw FileProcessorHarness.Failure(description: "S3 event failed") }
        return (id, key)
    }

    @Test func uploadValidation() throws {
        let harness = try FileProcessorHarness(environment: ["MAX_UPLOAD_BYTES": "1000000"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        func post(_ fields: [String: Any]) throws -> FileProcessorHarness.Response {
            try harness.request("POST", resource: "/uploads", path: "/uploads",
                                body: String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self), caller: caller)
        }
        let good: [String: Any] = ["patientId": "PAC-1", "fileName": "a.pdf", "contentType": "application/pdf", "sizeBytes": 1000]
        #expect(try post(good).status == 201)
        #expect(try post(good.merging(["contentType": "application/zip"]) { $1 }).status == 415)
        #expect(try post(good.merging(["contentType": "text/html"]) { $1 }).errorCode == "UNSUPPORTED_MEDIA_TYPE")
        #expect(try post(good.merging(["contentType": "audio/x-wav"]) { $1 }).status == 201)
        #expect(try post(good.merging(["sizeBytes": 1_000_001]) { $1 }).status == 413)
        #expect(try post(good.merging(["sizeBytes": 0]) { $1 }).status == 400)
        #expect(try post(good.merging(["sizeBytes": -5]) { $1 }).status == 400)
        #expect(try post(good.merging(["sizeBytes": 1.5]) { $1 }).status == 400)
        #expect(try post(good.merging(["sizeBytes": "1000"]) { $1 }).status == 400)
        #expect(try post(good.merging(["fileName": "../../etc/passwd"]) { $1 }).status == 400)
        #expect(try post(good.merging(["fileName": "informe\u{0}.pdf"]) { $1 }).status == 400)
        #expect(try post(good.merging(["fileName": "informe\n.pdf"]) { $1 }).status == 400)
        #expect(try post(good.merging(["fileName": "C:\\informe.pdf"]) { $1 }).status == 400)
        #expect(try post(good.merging(["patientId": "PAC 1/2"]) { $1 }).status == 400)
        #expect(try post(good.merging(["extra": true]) { $1 }).status == 400)
        var missing = good
        missing["fileName"] = nil
        #expect(try post(missing).status == 400)
        let notJSON = try harness.request("POST", resource: "/uploads", path: "/uploads", body: "{", caller: caller)
        #expect(notJSON.status == 400)
        #expect(notJSON.errorCode == "VALIDATION_FAILED")
        let noIdentity = try harness.request("POST", resource: "/uploads", path: "/uploads", body: "{}",
                                             caller: Caller(sub: "", clinicId: ""))
        #expect(noIdentity.status == 401)
    }

    @Test func anotherClinicsDocumentIsNotFoundOnGetAndDelete() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let owner = Caller.doctor()
        let (id, key) = try processedDocument(harness, caller: owner)
        var stranger = Caller.doctor()
        stranger.role = "admin"
        #expect(try harness.document(id, caller: stranger).status == 404)
        #expect(try harness.delete(id, caller: stranger).status == 404)
        #expect(try harness.document(UUID().uuidString.lowercased(), caller: owner).status == 404)
        #expect(try harness.document("not-a-uuid", caller: owner).status == 404)
        // Still there for its clinic.
        #expect(try harness.document(id, caller: owner)["status"] as? String == "PROCESSED")
        _ = try harness.s3.headObject(bucket: harness.bucket, key: key, context: MotoS3.context())
    }

    @Test func deleteRemovesObjectExtractionAndChunksButNotTheAudit() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let (id, key) = try processedDocument(harness, caller: caller)
        let session = try TestDatabase.app().session(timeoutMs: TestDatabase.timeoutMs)
        #expect(try session.knowledge.count(documentId: id, clinicId: caller.clinicId) > 0)
        let deleted = try harness.delete(id, caller: caller)
        #expect(deleted.status == 204)
        #expect(try harness.document(id, caller: caller).status == 404)
        #expect(try session.knowledge.count(documentId: id, clinicId: caller.clinicId) == 0)
        #expect(try session.documents.findExtraction(documentId: id, clinicId: caller.clinicId) == nil)
        #expect(throws: AWSCallError.self) { try harness.s3.headObject(bucket: harness.bucket, key: key, context: MotoS3.context()) }
        let audit = try session.audit.entries(resourceType: "document", resourceId: id, clinicId: caller.clinicId, limit: 50)
        let actions = Set(audit.map(\.entry.action))
        #expect(actions.isSuperset(of: ["document.upload", "document.process", "document.delete"]))
        #expect(try harness.delete(id, caller: caller).status == 404)
    }

    @Test func listingIsNewestFirstWithCursor() throws {
        let harness = try FileProcessorHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        var ids: [String] = []
        for n in 0..<3 {
            let upload = try harness.upload(patientId: "PAC-51", fileName: "d\(n).pdf", contentType: "application/pdf", sizeBytes: 100, caller: caller)
            ids.append(try #require(upload["documentId"] as? String))
        }
        let first = try harness.list(patientId: "PAC-51", query: ["limit": "2"], caller: caller)
        #expect(first.status == 200)
        let page1 = try #require(first["documents"] as? [[String: Any]])
        #expect(page1.map { $0["documentId"] as? String } == [ids[2], ids[1]])
        #expect(page1.allSatisfy { $0["extraction"] == nil && $0["status"] as? String == "PENDING_UPLOAD" })
        let cursor = try #require(first["nextCursor"] as? String)
        let second = try harness.list(patientId: "PAC-51", query: ["limit": "2", "cursor": cursor], caller: caller)
        #expect((second["documents"] as? [[String: Any]])?.map { $0["documentId"] as? String } == [ids[0]])
        #expect(second["nextCursor"] is NSNull)
        #expect(try harness.list(patientId: "PAC-51", query: ["limit": "0"], caller: caller).status == 400)
        #expect(try harness.list(patientId: "PAC-51", query: ["cursor": "garbage"], caller: caller).status == 400)
        #expect((try harness.list(patientId: "PAC-51", caller: Caller.doctor())["documents"] as? [[String: Any]])?.isEmpty == true)
    }
}
