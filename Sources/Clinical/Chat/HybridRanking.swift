/// The fusion step of retrieval, shared by the chat and its evaluation: the relevant candidates of each
/// retriever (vector neighbours at least `minSimilarity` close, every full-text match, report summaries
/// sharing a word with the question), fused by reciprocal rank, best first, with their fused scores.
public struct HybridRanking: Sendable {
    public struct VectorCandidate: Sendable {
        public var passage: ChatPassage
        /// Cosine similarity (1 − pgvector's cosine distance).
        public var similarity: Double
        public init(passage: ChatPassage, similarity: Double) {
            self.passage = passage
            self.similarity = similarity
        }
    }

    /// Tuned on the development questions of the retrieval eval (offline hashed embeddings: 0.3 is the
    /// lowest threshold at which every unanswerable question finds nothing; README). Re-tune for Titan.
    public static let defaultMinSimilarity = 0.3

    public var minSimilarity: Double
    public init(minSimilarity: Double) { self.minSimilarity = minSimilarity }

    /// Each list best first. A list left empty (no embedding, no patient) simply does not vote.
    public func rank(vector: [VectorCandidate], fullText: [ChatPassage], reports: [ChatPassage]) -> [ChatPassage] {
        let relevantVector = vector.filter { $0.similarity >= minSimilarity }.map(\.passage)
        var byKey: [String: ChatPassage] = [:]
        for passage in relevantVector + fullText + reports where byKey[passage.origin.key] == nil { byKey[passage.origin.key] = passage }
        let lists = [relevantVector, fullText, reports].map { $0.map(\.origin.key) }
        return RankFusion.fuse(lists).compactMap { key, score in
            guard var passage = byKey[key] else { return nil }
            passage.score = score
            return passage
        }
    }

    /// Report summaries as a ranked list: those sharing content words with the question, most shared first
    /// (newest first among equals, as they arrive).
    public static func rankReports(_ summaries: [ChatPassage], question: String) -> [ChatPassage] {
        summaries.enumerated().map { (offset: $0.offset, passage: $0.element, overlap: ChatQueryTerms.overlap(question, $0.element.text)) }
            .filter { $0.overlap > 0 }
            .sorted { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : $0.offset < $1.offset }
            .map(\.passage)
    }
}
