import APIHandling
import LambdaRuntime
import ModelHandling
import Store

/// `GET /patients/{patientId}/reports` and `GET /reports/{reportId}`: the caller's clinic only, every read audited.
struct ReportHistoryRoutes: Sendable {
    static let defaultLimit = 10
    static let limits = 1...50

    let database: DatabaseAccess

    /// Newest first; `limit` 1–50 (default 10); `cursor` is the previous page's `nextCursor`.
    func list(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let patientId = request.pathParameters["patientId"] ?? ""
        try PatientId.validate(patientId)
        let pageRequest = try PageRequest(request, defaultLimit: Self.defaultLimit, limits: Self.limits)
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "report.list", resourceType: "patient")
        let page = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                Audited(try tx.reports.list(clinicId: identity.clinicId, patientId: patientId, limit: pageRequest.limit, cursor: pageRequest.cursor),
                        resourceId: patientId)
            }
        }
        context.logger.info("report history read", ["reports": .from(page.reports.count), "more": .bool(page.nextCursor != nil)])
        return try JSONBody.encode(ReportPageJSON(patientId: patientId, reports: page.reports.map(ReportSummaryJSON.init),
                                                  nextCursor: page.nextCursor))
    }

    /// One report of the caller's clinic; another clinic's report is indistinguishable from a missing one (404).
    func read(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let reportId = request.pathParameters["reportId"] ?? ""
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "report.read", resourceType: "report")
        // Whatever came in the path is audited, bounded.
        let auditedId = reportId.utf8.count <= 64 ? reportId : String(reportId.utf8.prefix(64)) ?? "?"
        let row = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                let row = try tx.reports.find(id: reportId, clinicId: identity.clinicId)
                return Audited(row, resourceId: auditedId, outcome: row == nil ? .notFound : .success)
            }
        }
        guard let row else { throw APIError.notFound("no such report in this clinic") }
        return try JSONBody.encode(ReportDetailJSON(row))
    }
}
