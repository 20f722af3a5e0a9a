import APIHandling
import AWSClients
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// `POST /uploads`: validate → budget → a `PENDING_UPLOAD` row (audited) → a presigned PUT that signs
/// `Content-Type` and `Content-Length`, so S3 itself refuses another type or size.
struct UploadRoute: Sendable {
    let configuration: FileProcessorConfiguration
    let s3: S3Client
    let database: DatabaseAccess
    let budget: BudgetGate

    func handle(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let input = try UploadRequest.parse(request, configuration: configuration)
        // Every upload leads to model calls: an exhausted budget is refused before anything is stored.
        try budget.check(identity, context: context)

        let documentId = UUID().uuidString.lowercased()
        let key = DocumentObjectKey.make(clinicId: identity.clinicId, patientId: input.patientId, documentId: documentId,
                                         fileName: input.fileName)
        let nowMs = WallClock.nowMs()
        let url: String
        do {
            url = try s3.presignedPutURL(bucket: configuration.uploadBucket, key: key, expiresIn: configuration.uploadURLExpiresSeconds,
                                         contentType: input.contentType, contentLength: input.sizeBytes, nowMs: nowMs)
        } catch {
            context.logger.error("could not presign the upload URL", ["error": .string("\(error)")])
            throw APIError.internalError
        }
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "document.upload", resourceType: "document")
        let row = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                let row = try tx.documents.insert(NewDocument(
                    clinicId: identity.clinicId, patientId: input.patientId, bucket: configuration.uploadBucket, objectKey: key,
                    fileName: input.fileName, contentType: input.contentType, uploadedBy: identity.sub, id: documentId,
                    sizeBytes: input.sizeBytes))
                return Audited(row, resourceId: row.id)
            }
        }
        context.logger.info("upload announced", ["documentId": .string(row.id), "contentType": .string(row.contentType),
                                                 "sizeBytes": .int(input.sizeBytes)])
        let answer = UploadJSON(documentId: row.id, patientId: input.patientId, status: row.status.rawValue, uploadUrl: url, method: "PUT",
                                headers: ["Content-Type": input.contentType, "Content-Length": String(input.sizeBytes)],
                                expiresAt: WallClock.iso8601(ms: nowMs + Int64(configuration.uploadURLExpiresSeconds) * 1000))
        return try JSONBody.encode(answer, status: 201, headers: ["Location": "/documents/\(row.id)"])
    }
}
