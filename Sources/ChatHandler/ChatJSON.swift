import Clinical
import FoundationEssentials
import Store

/// One entry of `sources`: a cited passage, numbered as in the prompt (and the reply's [n]).
struct SourceJSON: Codable, Sendable, Equatable {
    var n: Int
    var documentId: String?
    var reportId: String?
    var chunkId: String?
    var fileName: String?
    var snippet: String
    var score: Double
    var page: Int?

    init(n: Int, passage: ChatPassage) {
        self.n = n
        switch passage.origin {
        case .chunk(let chunkId, let documentId):
            self.chunkId = chunkId
            self.documentId = documentId
        case .reportSummary(let reportId):
            self.reportId = reportId
        }
        fileName = passage.fileName
        snippet = passage.snippet()
        score = (passage.score * 1_000_000).rounded() / 1_000_000
        page = passage.page
    }

    enum CodingKeys: String, CodingKey { case n, documentId, reportId, chunkId, fileName, snippet, score, page }

    /// `reportId` instead of `documentId` (and no `chunkId`) for a report summary; `fileName` and `page` always present.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(n, forKey: .n)
        if let reportId {
            try c.encode(reportId, forKey: .reportId)
        } else {
            try c.encode(documentId, forKey: .documentId)
            try c.encode(chunkId, forKey: .chunkId)
        }
        try c.encode(fileName, forKey: .fileName)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(score, forKey: .score)
        try c.encode(page, forKey: .page)
    }

    static func json(_ sources: [SourceJSON]) -> String {
        String(decoding: (try? JSONEncoder().encode(sources)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func fromStored(_ json: String) -> [SourceJSON] {
        (try? JSONDecoder().decode([SourceJSON].self, from: Data(json.utf8))) ?? []
    }
}

struct TokensJSON: Encodable, Sendable {
    let input: Int
    let output: Int
}

/// `POST /chat`'s answer.
struct ChatReplyJSON: Encodable, Sendable {
    let sessionId: String
    let messageId: String
    let reply: String
    let sources: [SourceJSON]
    let status: String
    let model: String?
    let tokens: TokensJSON
    let costUsd: Decimal
    let language: String

    enum CodingKeys: String, CodingKey { case sessionId, messageId, reply, sources, status, model, tokens, costUsd, language }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sessionId, forKey: .sessionId)
        try c.encode(messageId, forKey: .messageId)
        try c.encode(reply, forKey: .reply)
        try c.encode(sources, forKey: .sources)
        try c.encode(status, forKey: .status)
        try c.encode(model, forKey: .model)
        try c.encode(tokens, forKey: .tokens)
        try c.encode(costUsd, forKey: .costUsd)
        try c.encode(language, forKey: .language)
    }
}

/// A session in listings and in `GET /chat/sessions/{id}`.
struct SessionJSON: Encodable, Sendable {
    let sessionId: String
    let patientId: String?
    let title: String
    let createdAt: String
    let updatedAt: String
    let closed: Bool

    init(_ row: ChatSessionRow, closed: Bool) {
        sessionId = row.id
        patientId = row.patientId
        title = row.title
        createdAt = row.createdAt.iso8601
        updatedAt = row.updatedAt.iso8601
        self.closed = closed
    }

    enum CodingKeys: String, CodingKey { case sessionId, patientId, title, createdAt, updatedAt, closed }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sessionId, forKey: .sessionId)
        try c.encode(patientId, forKey: .patientId)
        try c.encode(title, forKey: .title)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(closed, forKey: .closed)
    }
}

struct MessageJSON: Encodable, Sendable {
    let messageId: String
    let role: String
    let content: String
    let sources: [SourceJSON]
    let status: String?
    let model: String?
    let tokens: TokensJSON
    let costUsd: Decimal
    let createdAt: String

    init(_ row: ChatTurnMessageRow) {
        messageId = row.message.id
        role = row.message.role.rawValue
        content = row.message.content
        sources = SourceJSON.fromStored(row.message.citationsJSON)
        status = row.status
        model = row.message.model
        tokens = TokensJSON(input: row.message.inputTokens, output: row.message.outputTokens)
        costUsd = row.costUSD
        createdAt = row.message.createdAt.iso8601
    }

    enum CodingKeys: String, CodingKey { case messageId, role, content, sources, status, model, tokens, costUsd, createdAt }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(messageId, forKey: .messageId)
        try c.encode(role, forKey: .role)
        try c.encode(content, forKey: .content)
        try c.encode(sources, forKey: .sources)
        try c.encode(status, forKey: .status)
        try c.encode(model, forKey: .model)
        try c.encode(tokens, forKey: .tokens)
        try c.encode(costUsd, forKey: .costUsd)
        try c.encode(createdAt, forKey: .createdAt)
    }
}

struct SessionDetailJSON: Encodable, Sendable {
    let session: SessionJSON
    let messages: [MessageJSON]

    enum CodingKeys: String, CodingKey { case messages }

    func encode(to encoder: Encoder) throws {
        try session.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(messages, forKey: .messages)
    }
}

struct SessionPageJSON: Encodable, Sendable {
    let sessions: [SessionJSON]
    let nextCursor: String?

    enum CodingKeys: String, CodingKey { case sessions, nextCursor }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(nextCursor, forKey: .nextCursor)
    }
}
