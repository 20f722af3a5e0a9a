import Store

/// `tokens: {input, output}` of a report.
struct TokenCounts: Encodable, Sendable {
    let input: Int
    let output: Int
}

/// A report as `POST /summarize` answers it and history pages list it.
struct ReportSummaryJSON: Encodable, Sendable {
    let reportId: String
    let patientId: String
    let summary: String
    let status: String
    let timestamp: String
    let model: String
    let tokens: TokenCounts
    let language: String
    let sourceSystem: String?

    init(_ row: ReportRow) {
        reportId = row.id
        patientId = row.patientId
        summary = row.summary
        status = row.status.rawValue
        timestamp = row.createdAt.iso8601
        model = row.model
        tokens = TokenCounts(input: row.inputTokens, output: row.outputTokens)
        language = row.language
        sourceSystem = row.sourceSystem
    }
}

/// `GET /reports/{reportId}`: the summary plus the original text, metadata and expiry.
struct ReportDetailJSON: Encodable, Sendable {
    let report: ReportSummaryJSON
    let text: String
    let metadata: FlatMetadata
    let createdBy: String
    let expiresAt: String

    init(_ row: ReportRow) {
        report = ReportSummaryJSON(row)
        text = row.originalText
        metadata = FlatMetadata.fromStored(row.metadataJSON) ?? FlatMetadata()
        createdBy = row.createdBy
        expiresAt = row.expiresAt.iso8601
    }

    enum Keys: String, CodingKey { case text, metadata, createdBy, expiresAt }

    func encode(to encoder: Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(text, forKey: .text)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(createdBy, forKey: .createdBy)
        try container.encode(expiresAt, forKey: .expiresAt)
    }
}

/// One page of a patient's history; `nextCursor` is null on the last page.
struct ReportPageJSON: Encodable, Sendable {
    let patientId: String
    let reports: [ReportSummaryJSON]
    let nextCursor: String?

    enum Keys: String, CodingKey { case patientId, reports, nextCursor }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(patientId, forKey: .patientId)
        try container.encode(reports, forKey: .reports)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
