import APIHandling
import AWSClients
import LambdaRuntime
import ModelHandling
import Store

/// `GET /documents/{documentId}`, `GET /patients/{patientId}/documents`, `DELETE /documents/{documentId}`:
/// the caller's clinic only (another clinic's document is a 404 like a missing one), every access audited.
struct DocumentRoutes: Sendable {
    static let defaultLimit = 10
    static let limits = 1...50

    let configuration: FileProcessorConfiguration
    let s3: S3Client
    let database: DatabaseAccess

    func read(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let documentId = request.pathParameters["documentId"] ?? ""
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "document.read", resourceType: "document")
        let found = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx -> Audited<(DocumentRow, DocumentExtraction?, Int)?> in
                guard let row = try tx.documents.find(id: documentId, clinicId: identity.clinicId) else {
                    return Audited(nil, resourceId: Self.bounded(documentId), outcome: .notFound)
                }
                let extraction = try tx.documents.findExtraction(documentId: row.id, clinicId: row.clinicId)
                let chunks = try tx.knowledge.count(documentId: row.id, clinicId: row.clinicId)
                return Audited((row, extraction, chunks), resourceId: row.id)
            }
        }
        guard let (row, extraction, chunks) = found else { throw APIError.notFound("no such document in this clinic") }
        return try JSONBody.encode(DocumentJSON(row, extraction: extraction, chunkCount: chunks, detailed: true,
                                                stuckAfterSeconds: configuration.stuckAfterSeconds))
    }

    /// Newest first; `limit` 1–50 (default 10); `cursor` is the previous page's `nextCursor`.
    func list(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let patientId = request.pathParameters["patientId"] ?? ""
        try PatientId.validate(patientId)
        let pageRequest = try PageRequest(request, defaultLimit: Self.defaultLimit, limits: Self.limits)
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "document.list", resourceType: "patient")
        let page = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                Audited(try tx.documents.list(clinicId: identity.clinicId, patientId: patientId, limit: pageRequest.limit, cursor: pageRequest.cursor),
                        resourceId: patientId)
            }
        }
        context.logger.info("document list read", ["documents": .from(page.documents.count), "more": .bool(page.nextCursor != nil)])
        return try JSONBody.encode(DocumentPageJSON(
            patientId: patientId,
            documents: page.documents.map { DocumentJSON($0, detailed: false, stuckAfterSeconds: configuration.stuckAfterSeconds) },
            nextCursor: page.nextCursor))
    }

    /// 204 after the object, the BDA output (it holds the document's text), the extraction and the chunks are gone.
    /// Any doctor or admin of the clinic may delete (README: why). Storage first: if it fails, nothing is
    /// forgotten and the same DELETE can be sent again; the audit rows stay.
    func delete(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let documentId = request.pathParameters["documentId"] ?? ""
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "document.delete", resourceType: "document")
        let row = try database.run(context) { db, timeoutMs in
            try db.session(timeoutMs: timeoutMs).documents.find(id: documentId, clinicId: identity.clinicId)
        }
        guard let row else {
            try? database.run(context) { db, timeoutMs in
                try db.audited(access, timeoutMs: timeoutMs) { _ in Audited((), resourceId: Self.bounded(documentId), outcome: .notFound) }
            }
            throw APIError.notFound("no such document in this clinic")
        }
        let aws = AWSCallContext(context.lambda, reservingMs: 1000)
        var outputObjects = 0
        do {
            try s3.deleteObject(bucket: row.bucket, key: row.objectKey, context: aws)
            if let jobId = row.bdaJobId, let output = row.bdaOutputURI.flatMap(S3URI.init) {
                outputObjects = try s3.deleteObjects(bucket: output.bucket, prefix: "\(output.key)/\(jobId)/", context: aws)
            }
        } catch {
            context.logger.error("document storage could not be deleted", ["documentId": .string(row.id), "error": .string(error.errorCode)])
            throw APIError(status: 503, code: "SERVICE_UNAVAILABLE", message: "the document's storage could not be deleted; retry shortly",
                           retryAfterSeconds: 5)
        }
        try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                let deleted = try tx.documents.delete(id: row.id, clinicId: identity.clinicId)
                return Audited((), resourceId: row.id, outcome: deleted ? .success : .notFound)
            }
        }
        context.logger.info("document deleted", ["documentId": .string(row.id), "outputObjects": .from(outputObjects)])
        return APIResponse(status: 204, body: [])
    }

    /// Whatever came in the path is audited, bounded.
    static func bounded(_ id: String) -> String { id.utf8.count <= 64 ? id : String(id.utf8.prefix(64)) ?? "?" }
}

extension AWSCallError {
    /// The AWS code or failure kind, for logs (no URL, no key).
    var errorCode: String { code ?? transportKindName }
    var transportKindName: String {
        switch self {
        case .deadlineExceeded: return "deadlineExceeded"
        case .transport: return "transport"
        case .missingCredentials: return "missingCredentials"
        case .invalidRequest: return "invalidRequest"
        case .malformedResponse: return "malformedResponse"
        case .service(let details): return "HTTP \(details.status)"
        }
    }
}

extension Error {
    var errorCode: String { (self as? AWSCallError)?.errorCode ?? String(describing: type(of: self)) }
}
