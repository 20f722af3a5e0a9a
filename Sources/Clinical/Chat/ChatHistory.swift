/// The earlier turns that go to the model with a new question: the latest ones whose text fits
/// `tokenBudget` (TokenEstimator), oldest dropped first, whole question/answer pairs only, so that the
/// conversation starts with a user turn and roles alternate (what Converse requires).
public struct ChatHistory: Sendable, Equatable {
    /// A stored message as the model saw or wrote it (redacted form, citation markers stripped).
    public struct Message: Sendable, Equatable {
        public var role: ClinicalTurn.Role
        public var text: String
        public init(role: ClinicalTurn.Role, text: String) {
            self.role = role
            self.text = text
        }
    }

    public var tokenBudget: Int
    public init(tokenBudget: Int = 1500) { self.tokenBudget = max(0, tokenBudget) }

    /// `messages` oldest first. A pair is a user message followed by an assistant message; anything
    /// else (an unanswered question) is skipped.
    public func select(_ messages: [Message]) -> [ClinicalTurn] {
        var pairs: [(ClinicalTurn, ClinicalTurn)] = []
        var i = 0
        while i + 1 < messages.count {
            if messages[i].role == .user, messages[i + 1].role == .assistant {
                pairs.append((ClinicalTurn(role: .user, text: messages[i].text),
                              ClinicalTurn(role: .assistant, text: CitationParser.stripAll(messages[i + 1].text))))
                i += 2
            } else {
                i += 1
            }
        }
        var kept: [(ClinicalTurn, ClinicalTurn)] = []
        var used = 0
        for pair in pairs.reversed() {
            let tokens = TokenEstimator.estimate(pair.0.text) + TokenEstimator.estimate(pair.1.text)
            guard used + tokens <= tokenBudget else { break }
            used += tokens
            kept.append(pair)
        }
        return kept.reversed().flatMap { [$0.0, $0.1] }
    }
}
