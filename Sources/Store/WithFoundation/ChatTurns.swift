import FoundationEssentials
import StoreCore

/// A session as `POST /chat` checks it: owner, idle time (measured by the database's clock) and the
/// placeholder map of its turns (JSON, written by the clinical domain).
public struct ChatSessionState: Sendable, Equatable {
    public let session: ChatSessionRow
    public let idleSeconds: Double
    public let phiMapJSON: String
}

/// One message of a turn, with what the model saw and what it cost (V004).
public struct NewChatTurnMessage: Sendable {
    public var role: ChatRole
    public var content: String
    /// What the model saw or wrote: the redacted question, the reply before placeholders were restored.
    public var modelContent: String?
    public var sourcesJSON: String
    public var model: String?
    public var status: String?
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Decimal

    public init(role: ChatRole, content: String, modelContent: String?, sourcesJSON: String = "[]", model: String? = nil,
                status: String? = nil, inputTokens: Int = 0, outputTokens: Int = 0, costUSD: Decimal = 0) {
        self.role = role
        self.content = content
        self.modelContent = modelContent
        self.sourcesJSON = sourcesJSON
        self.model = model
        self.status = status
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
    }
}

/// A stored message with its V004 columns.
public struct ChatTurnMessageRow: Sendable, Equatable {
    public let message: ChatMessageRow
    public let modelContent: String?
    public let status: String?
    public let costUSD: Decimal
}

/// One page of a user's sessions, newest first.
public struct ChatSessionPage: Sendable {
    public let sessions: [ChatSessionRow]
    public let nextCursor: String?
}

extension ChatRepository {
    /// The session when it belongs to this user of this clinic and has not expired; nil otherwise
    /// (another user's session reads exactly like a missing one).
    public func findOwnedSession(id: String, clinicId: String, userId: String) throws -> ChatSessionState? {
        guard Identifier.isUUID(id) else { return nil }
        let result = try runner.query("""
            SELECT \(ChatRepository.sessionColumns), extract(epoch from (now() - updated_at))::float8 AS idle_seconds,
                   phi_map::text AS phi_map
            FROM chat_sessions WHERE id = $1::uuid AND clinic_id = $2 AND user_id = $3 AND expires_at > now()
            """, [.text(id), .text(clinicId), .text(userId)], idempotent: true)
        guard let row = result.first else { return nil }
        return ChatSessionState(session: try ChatRepository.decodeSession(row), idleSeconds: try row.double("idle_seconds"),
                                phiMapJSON: try row.string("phi_map"))
    }

    /// A new session that expires with its messages.
    public func createSession(clinicId: String, userId: String, patientId: String?, title: String,
                              retentionDays: Int) throws -> ChatSessionRow {
        guard ReportRetention.allowedDays.contains(retentionDays) else { throw StoreError.invalidParameter("retention days out of range") }
        let result = try runner.query("""
            INSERT INTO chat_sessions (clinic_id, user_id, patient_id, title, expires_at)
            VALUES ($1, $2, $3, $4, now() + make_interval(days => $5::int))
            RETURNING \(ChatRepository.sessionColumns)
            """, [.text(clinicId), .text(userId), .optional(patientId), .text(title), .int(retentionDays)], idempotent: false)
        return try ChatRepository.decodeSession(result.rows[0])
    }

    /// Appends one message to a session of this clinic (and moves its activity and expiry along);
    /// nil when there is no such session.
    public func appendTurnMessage(_ message: NewChatTurnMessage, sessionId: String, clinicId: String,
                                  retentionDays: Int) throws -> ChatTurnMessageRow? {
        guard Identifier.isUUID(sessionId) else { return nil }
        guard ReportRetention.allowedDays.contains(retentionDays) else { throw StoreError.invalidParameter("retention days out of range") }
        let result = try runner.query("""
            WITH session AS (
                UPDATE chat_sessions SET updated_at = now(), expires_at = now() + make_interval(days => $11::int)
                WHERE id = $1::uuid AND clinic_id = $2 RETURNING id, clinic_id
            )
            INSERT INTO chat_messages (session_id, clinic_id, role, content, citations, model, input_tokens, output_tokens,
                                       model_content, status, cost_usd, expires_at)
            SELECT id, clinic_id, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $12::numeric, now() + make_interval(days => $11::int)
            FROM session
            RETURNING \(ChatRepository.messageColumns), model_content, status, cost_usd::text AS cost_usd
            """, [.text(sessionId), .text(clinicId), .text(message.role.rawValue), .text(message.content),
                  .text(message.sourcesJSON), .optional(message.model), .int(message.inputTokens), .int(message.outputTokens),
                  .optional(message.modelContent), .optional(message.status), .int(retentionDays), .decimal(message.costUSD)],
            idempotent: false)
        return try result.first.map(ChatRepository.decodeTurnMessage)
    }

    /// Replaces the session's placeholder map (JSON array written by the clinical domain).
    public func updatePHIMap(sessionId: String, clinicId: String, json: String) throws {
        guard Identifier.isUUID(sessionId) else { return }
        _ = try runner.query("UPDATE chat_sessions SET phi_map = $3::jsonb WHERE id = $1::uuid AND clinic_id = $2",
                             [.text(sessionId), .text(clinicId), .text(json)], idempotent: true)
    }

    /// The last `limit` unexpired messages of a session of this clinic, oldest first, with their V004 columns.
    public func turnMessages(sessionId: String, clinicId: String, limit: Int) throws -> [ChatTurnMessageRow] {
        guard Identifier.isUUID(sessionId) else { return [] }
        let result = try runner.query("""
            SELECT * FROM (
                SELECT \(ChatRepository.messageColumns), model_content, status, cost_usd::text AS cost_usd,
                       created_at AS at, id AS tiebreak FROM chat_messages
                WHERE session_id = $1::uuid AND clinic_id = $2 AND expires_at > now()
                ORDER BY created_at DESC, id DESC LIMIT $3
            ) latest ORDER BY at, tiebreak
            """, [.text(sessionId), .text(clinicId), .int(max(1, min(limit, 1000)))], idempotent: true)
        return try result.rows.map(ChatRepository.decodeTurnMessage)
    }

    /// This user's unexpired sessions, newest (by creation) first; `cursor` is the previous page's `nextCursor`.
    public func listSessions(clinicId: String, userId: String, limit: Int, cursor: String?) throws -> ChatSessionPage {
        let pageSize = max(1, min(limit, 100))
        let after = try cursor.map { try PageCursor(encoded: $0, kind: .sessions) }
        let result = try runner.query("""
            SELECT \(ChatRepository.sessionColumns) FROM chat_sessions
            WHERE clinic_id = $1 AND user_id = $2 AND expires_at > now()
              AND ($4::int8 IS NULL OR (created_at, id) < ('epoch'::timestamptz + $4::int8 * interval '1 microsecond', $5::uuid))
            ORDER BY created_at DESC, id DESC
            LIMIT $3
            """, [.text(clinicId), .text(userId), .int(pageSize + 1),
                  after.map { .int($0.createdAt.microsecondsSinceEpoch) } ?? .null, .optional(after?.id)], idempotent: true)
        let rows = try result.rows.prefix(pageSize).map(ChatRepository.decodeSession)
        let next = result.rows.count > pageSize ? rows.last.map { PageCursor(.sessions, createdAt: $0.createdAt, id: $0.id).encoded } : nil
        return ChatSessionPage(sessions: rows, nextCursor: next)
    }

    /// The retention job: deletes up to `batchSize` expired messages, then expired sessions (with whatever
    /// they still hold); call again while it returns `batchSize`.
    public func deleteExpired(batchSize: Int = 1000) throws -> (messages: Int, sessions: Int) {
        let messages = try runner.query("""
            DELETE FROM chat_messages WHERE id IN (
                SELECT id FROM chat_messages WHERE expires_at <= now() ORDER BY expires_at LIMIT $1
            )
            """, [.int(max(1, batchSize))], idempotent: true).affectedRows
        let sessions = try runner.query("""
            DELETE FROM chat_sessions WHERE id IN (
                SELECT id FROM chat_sessions WHERE expires_at <= now() ORDER BY expires_at LIMIT $1
            )
            """, [.int(max(1, batchSize))], idempotent: true).affectedRows
        return (messages, sessions)
    }

    static func decodeTurnMessage(_ row: Row) throws -> ChatTurnMessageRow {
        ChatTurnMessageRow(message: try decodeMessage(row), modelContent: try row.optionalString("model_content"),
                           status: try row.optionalString("status"), costUSD: try row.decimal("cost_usd"))
    }
}

