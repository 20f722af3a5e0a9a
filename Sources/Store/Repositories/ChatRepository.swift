public enum ChatRole: String, Sendable, Codable {
    case user
    case assistant
}

public struct ChatSessionRow: Sendable, Equatable {
    public let id: String
    public let clinicId: String
    public let userId: String
    public let patientId: String?
    public let title: String
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
}

public struct NewChatMessage: Sendable {
    public var sessionId: String
    public var clinicId: String
    public var role: ChatRole
    public var content: String
    /// A JSON array of the chunks the answer cites, stored as `jsonb`.
    public var citationsJSON: String
    public var model: String?
    public var inputTokens: Int
    public var outputTokens: Int

    public init(sessionId: String, clinicId: String, role: ChatRole, content: String, citationsJSON: String = "[]",
                model: String? = nil, inputTokens: Int = 0, outputTokens: Int = 0) {
        self.sessionId = sessionId
        self.clinicId = clinicId
        self.role = role
        self.content = content
        self.citationsJSON = citationsJSON
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }
}

public struct ChatMessageRow: Sendable, Equatable {
    public let id: String
    public let sessionId: String
    public let role: ChatRole
    public let content: String
    public let citationsJSON: String
    public let model: String?
    public let inputTokens: Int
    public let outputTokens: Int
    public let createdAt: Timestamp
}

/// Chat sessions and their messages, always scoped by clinic.
public struct ChatRepository {
    package let runner: any QueryRunner

    public init(_ runner: any QueryRunner) { self.runner = runner }

    package static let sessionColumns = """
        id::text, clinic_id, user_id, patient_id, title,
        \(Timestamp.select("created_at")) AS created_at, \(Timestamp.select("updated_at")) AS updated_at
        """
    package static let messageColumns = """
        id::text, session_id::text, role, content, citations::text AS citations, model, input_tokens, output_tokens,
        \(Timestamp.select("created_at")) AS created_at
        """

    public func createSession(clinicId: String, userId: String, patientId: String?, title: String) throws -> ChatSessionRow {
        let result = try runner.query("""
            INSERT INTO chat_sessions (clinic_id, user_id, patient_id, title) VALUES ($1, $2, $3, $4)
            RETURNING \(ChatRepository.sessionColumns)
            """, [.text(clinicId), .text(userId), .optional(patientId), .text(title)], idempotent: false)
        return try ChatRepository.decodeSession(result.rows[0])
    }

    public func findSession(id: String, clinicId: String) throws -> ChatSessionRow? {
        guard Identifier.isUUID(id) else { return nil }
        let result = try runner.query("SELECT \(ChatRepository.sessionColumns) FROM chat_sessions WHERE id = $1::uuid AND clinic_id = $2",
                                      [.text(id), .text(clinicId)], idempotent: true)
        return try result.first.map(ChatRepository.decodeSession)
    }

    /// Appends a message to a session of this clinic; nil when there is no such session.
    public func append(_ message: NewChatMessage) throws -> ChatMessageRow? {
        guard Identifier.isUUID(message.sessionId) else { return nil }
        let result = try runner.query("""
            WITH session AS (
                UPDATE chat_sessions SET updated_at = now() WHERE id = $1::uuid AND clinic_id = $2 RETURNING id, clinic_id
            )
            INSERT INTO chat_messages (session_id, clinic_id, role, content, citations, model, input_tokens, output_tokens)
            SELECT id, clinic_id, $3, $4, $5::jsonb, $6, $7, $8 FROM session
            RETURNING \(ChatRepository.messageColumns)
            """, [.text(message.sessionId), .text(message.clinicId), .text(message.role.rawValue), .text(message.content),
                  .text(message.citationsJSON), .optional(message.model), .int(message.inputTokens), .int(message.outputTokens)],
            idempotent: false)
        return try result.first.map(ChatRepository.decodeMessage)
    }

    /// The last `limit` messages of a session of this clinic, oldest first.
    public func messages(sessionId: String, clinicId: String, limit: Int) throws -> [ChatMessageRow] {
        guard Identifier.isUUID(sessionId) else { return [] }
        let result = try runner.query("""
            SELECT * FROM (
                SELECT \(ChatRepository.messageColumns), created_at AS at, id AS tiebreak FROM chat_messages
                WHERE session_id = $1::uuid AND clinic_id = $2
                ORDER BY created_at DESC, id DESC LIMIT $3
            ) latest ORDER BY at, tiebreak
            """, [.text(sessionId), .text(clinicId), .int(max(1, min(limit, 500)))], idempotent: true)
        return try result.rows.map(ChatRepository.decodeMessage)
    }

    package static func decodeSession(_ row: Row) throws -> ChatSessionRow {
        ChatSessionRow(id: try row.string("id"), clinicId: try row.string("clinic_id"), userId: try row.string("user_id"),
                       patientId: try row.optionalString("patient_id"), title: try row.string("title"),
                       createdAt: try row.timestamp("created_at"), updatedAt: try row.timestamp("updated_at"))
    }

    package static func decodeMessage(_ row: Row) throws -> ChatMessageRow {
        guard let role = ChatRole(rawValue: try row.string("role")) else {
            throw StoreError.decodingFailed(column: "role", expected: "chat role")
        }
        return ChatMessageRow(id: try row.string("id"), sessionId: try row.string("session_id"), role: role,
                              content: try row.string("content"), citationsJSON: try row.string("citations"),
                              model: try row.optionalString("model"), inputTokens: try row.int("input_tokens"),
                              outputTokens: try row.int("output_tokens"), createdAt: try row.timestamp("created_at"))
    }
}

extension QueryRunner {
    public var chat: ChatRepository { ChatRepository(self) }
}
