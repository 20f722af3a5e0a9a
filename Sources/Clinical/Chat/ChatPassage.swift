/// Where a passage comes from: a knowledge chunk of a document, or a report's summary.
public enum PassageOrigin: Sendable, Equatable, Hashable {
    case chunk(chunkId: String, documentId: String?)
    case reportSummary(reportId: String)

    /// One key per passage, for fusion.
    public var key: String {
        switch self {
        case .chunk(let id, _): return "c:" + id
        case .reportSummary(let id): return "r:" + id
        }
    }
}

/// A retrieval candidate and, once fused, a numbered passage of the prompt.
public struct ChatPassage: Sendable, Equatable {
    public var origin: PassageOrigin
    /// The original text (what the doctor reads in `sources`); redacted only on its way to the model.
    public var text: String
    public var fileName: String?
    /// 0-based page, when known.
    public var page: Int?
    /// The reciprocal-rank fusion score (higher is better).
    public var score: Double

    public init(origin: PassageOrigin, text: String, fileName: String? = nil, page: Int? = nil, score: Double = 0) {
        self.origin = origin
        self.text = text
        self.fileName = fileName
        self.page = page
        self.score = score
    }

    /// A short excerpt for `sources`: whole words, at most `limit` characters.
    public func snippet(limit: Int = 240) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        var cut = String(flat.prefix(limit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
