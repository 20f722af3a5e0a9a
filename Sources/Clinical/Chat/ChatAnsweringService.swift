import FoundationEssentials

/// How a chat answer was produced.
public enum ChatAnswerStatus: String, Sendable, Equatable {
    case success = "SUCCESS"
    /// The model could not answer: the reply is the best passages themselves.
    case fallback = "FALLBACK"
    /// Nothing relevant was retrieved: the reply says so, no model was called.
    case notFound = "NOT_FOUND"
}

/// The answer to one question, ready to store and return.
public struct ChatAnswer: Sendable, Equatable {
    /// What the doctor reads: placeholders restored, invalid citation markers removed.
    public var reply: String
    /// The reply as the model wrote it (placeholders kept, invalid markers removed): the next turns' history.
    public var modelReply: String
    /// The passages the reply cites (all passages sent when it cites none), numbered as in the prompt.
    public var sources: [(n: Int, passage: ChatPassage)]
    public var status: ChatAnswerStatus
    public var fallbackReason: FallbackReason?
    /// The model that wrote the reply; nil when none did (fallback, not found).
    public var modelId: String?
    public var inputTokens: Int
    public var outputTokens: Int
    public var historyTurns: Int
    public var removedMarkers: Int
    public var modelMs: Double

    public static func == (a: ChatAnswer, b: ChatAnswer) -> Bool {
        a.reply == b.reply && a.status == b.status && a.sources.map(\.n) == b.sources.map(\.n) && a.modelId == b.modelId
    }
}

/// Refusals the handler turns into responses (422 guardrail, 502 request refused).
public enum ChatAnswerError: Error, Sendable, Equatable {
    case guardrailIntervened(String)
    case invalidRequest(String)
}

/// One turn of the assistant: prompt from the numbered passages and the history within its budget,
/// the model through `ClinicalChatModel` (Converse), citations checked, placeholders restored; the
/// passages themselves when the model cannot answer. PHI never reaches the model when redaction is on:
/// the question arrives redacted (`PHIPlaceholderMap.redact`), the passages are redacted here against
/// the same map, and the history is each turn's stored redacted form.
public struct ChatAnsweringService: Sendable {
    public let model: (any ClinicalChatModel)?
    public let redactionEnabled: Bool
    public let maxOutputTokens: Int
    public let history: ChatHistory
    /// Below this much time left before the deadline, the model is not called.
    public let minimumRemoteBudgetMs: Int64
    let nowMs: @Sendable () -> Int64

    public init(model: (any ClinicalChatModel)?, redactionEnabled: Bool = true, maxOutputTokens: Int = 800,
                history: ChatHistory = ChatHistory(), minimumRemoteBudgetMs: Int64 = 3000,
                nowMs: @escaping @Sendable () -> Int64 = { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }) {
        self.model = model
        self.redactionEnabled = redactionEnabled
        self.maxOutputTokens = maxOutputTokens
        self.history = history
        self.minimumRemoteBudgetMs = minimumRemoteBudgetMs
        self.nowMs = nowMs
    }

    /// `question` is what the model may see (redacted when redaction is on); `passages` are the selected
    /// passages in rank order (original text); `earlier` the session's stored messages, oldest first.
    public func answer(question: String, language: ClinicalLanguage, passages: [ChatPassage], earlier: [ChatHistory.Message],
                       placeholders: inout PHIPlaceholderMap, patientScoped: Bool, deadlineMs: Int64) throws(ChatAnswerError) -> ChatAnswer {
        guard !passages.isEmpty else {
            let reply = ChatReplies.notFound(language, patientScoped: patientScoped)
            return ChatAnswer(reply: reply, modelReply: reply, sources: [], status: .notFound, fallbackReason: nil, modelId: nil,
                              inputTokens: 0, outputTokens: 0, historyTurns: 0, removedMarkers: 0, modelMs: 0)
        }
        func fallback(_ reason: FallbackReason, modelMs: Double) -> ChatAnswer {
            let shown = Array(passages.prefix(3))
            let reply = ChatReplies.fallback(shown, language: language)
            return ChatAnswer(reply: reply, modelReply: CitationParser.stripAll(reply), sources: shown.enumerated().map { ($0 + 1, $1) },
                              status: .fallback, fallbackReason: reason, modelId: nil, inputTokens: 0, outputTokens: 0,
                              historyTurns: 0, removedMarkers: 0, modelMs: modelMs)
        }
        guard let model else { return fallback(.noModel, modelMs: 0) }
        if deadlineMs - nowMs() < minimumRemoteBudgetMs { return fallback(.deadlineNear, modelMs: 0) }

        let sent = passages.map { passage in
            (label: ChatPrompt.label(for: passage, language: language),
             text: redactionEnabled ? placeholders.redact(passage.text) : passage.text)
        }
        let turns = history.select(earlier)
        let messages = turns + [ClinicalTurn(role: .user, text: ChatPrompt.user(question: question, passages: sent, language: language))]
        let clock = ContinuousClock()
        let started = clock.now
        let reply: ModelReply
        do {
            reply = try model.converse(system: ChatPrompt.system(language: language), messages: messages,
                                       maxOutputTokens: maxOutputTokens, deadlineMs: deadlineMs)
        } catch {
            let modelMs = SummarizationService.ms(clock.now - started)
            switch (error as? ModelCallError) ?? (error as? any ModelCallErrorConvertible)?.modelCallError {
            case .throttled: return fallback(.throttled, modelMs: modelMs)
            case .unavailable, nil: return fallback(.unavailable, modelMs: modelMs)
            case .timeout: return fallback(.timeout, modelMs: modelMs)
            case .guardrailIntervened(let why): throw .guardrailIntervened(why)
            case .invalidRequest(let why): throw .invalidRequest(why)
            }
        }
        let modelMs = SummarizationService.ms(clock.now - started)
        if reply.stopReason == "guardrail_intervened" { throw .guardrailIntervened("the guardrail blocked the question or the answer") }
        guard !reply.text.trimmingWhitespace().isEmpty else { return fallback(.emptyReply, modelMs: modelMs) }

        let citations = CitationParser.parse(reply.text, passageCount: passages.count)
        let cited = citations.cited.isEmpty ? Array(1...passages.count) : citations.cited
        let restored = redactionEnabled ? placeholders.restore(citations.text) : citations.text
        return ChatAnswer(reply: restored, modelReply: citations.text, sources: cited.map { ($0, passages[$0 - 1]) },
                          status: .success, fallbackReason: nil, modelId: reply.modelId, inputTokens: reply.inputTokens,
                          outputTokens: reply.outputTokens, historyTurns: turns.count, removedMarkers: citations.removedMarkers,
                          modelMs: modelMs)
    }
}
