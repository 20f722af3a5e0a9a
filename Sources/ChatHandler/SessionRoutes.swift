import APIHandling
import LambdaRuntime
import ModelHandling
import Store

/// `GET /chat/sessions` and `GET /chat/sessions/{sessionId}`: the caller's own sessions only (another
/// user's or clinic's session is the same 404 as a missing one), every read audited.
struct SessionRoutes: Sendable {
    static let defaultLimit = 20
    static let limits = 1...50
    static let maxMessages = 1000

    let database: DatabaseAccess
    let idleMinutes: Int

    func list(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let pageRequest = try PageRequest(request, defaultLimit: Self.defaultLimit, limits: Self.limits)
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "chat.session.list", resourceType: "chat_session")
        let page = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                Audited(try tx.chat.listSessions(clinicId: identity.clinicId, userId: identity.sub, limit: pageRequest.limit, cursor: pageRequest.cursor),
                        resourceId: nil)
            }
        }
        let now = Timestamp(microsecondsSinceEpoch: WallClock.nowMs() * 1000)
        context.logger.info("chat sessions listed", ["sessions": .from(page.sessions.count), "more": .bool(page.nextCursor != nil)])
        return try JSONBody.encode(SessionPageJSON(sessions: page.sessions.map { SessionJSON($0, closed: closed($0, now: now)) },
                                                   nextCursor: page.nextCursor))
    }

    func read(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let sessionId = (request.pathParameters["sessionId"] ?? "").lowercased()
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "chat.session.read", resourceType: "chat_session")
        let auditedId = sessionId.utf8.count <= 64 ? sessionId : String(sessionId.utf8.prefix(64)) ?? "?"
        let found = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx -> Audited<(ChatSessionState, [ChatTurnMessageRow])?> in
                guard let state = try tx.chat.findOwnedSession(id: sessionId, clinicId: identity.clinicId, userId: identity.sub) else {
                    return Audited(nil, resourceId: auditedId, outcome: .notFound)
                }
                let messages = try tx.chat.turnMessages(sessionId: sessionId, clinicId: identity.clinicId, limit: Self.maxMessages)
                return Audited((state, messages), resourceId: auditedId)
            }
        }
        guard let (state, messages) = found else { throw APIError.notFound("no such chat session") }
        context.logger.info("chat session read", ["sessionId": .string(state.session.id), "messages": .from(messages.count)])
        return try JSONBody.encode(SessionDetailJSON(session: SessionJSON(state.session, closed: state.idleSeconds > Double(idleMinutes * 60)),
                                                     messages: messages.map(MessageJSON.init)))
    }

    private func closed(_ row: ChatSessionRow, now: Timestamp) -> Bool {
        Double(now.microsecondsSinceEpoch - row.updatedAt.microsecondsSinceEpoch) / 1e6 > Double(idleMinutes * 60)
    }
}
