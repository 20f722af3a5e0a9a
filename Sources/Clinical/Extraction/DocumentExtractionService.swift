import FoundationEssentials

/// Where a document's structured data came from.
public enum ExtractionSource: String, Sendable, Equatable {
    case model = "MODEL"
    case fallback = "FALLBACK"
}

/// The result of extracting one document; never PHI in the reason fields.
public struct DocumentExtractionOutcome: Sendable, Equatable {
    public var data: DocumentExtractionData
    public var source: ExtractionSource
    /// The model whose answer was used (the offline extractor's id on fallback).
    public var modelId: String
    /// Why the offline extractor answered: throttled, unavailable, timeout, malformedAnswer, refused, deadlineNear, noModel.
    public var fallbackReason: String?
    /// Model calls made (0, 1, or 2 with the retry of a malformed answer).
    public var modelCalls: Int
    public var modelMs: Double
    public var offlineMs: Double
}

/// Orchestrates a document's extraction: redacted text → Converse asked for JSON only → strict parse and
/// validation → one retry on a malformed answer → placeholders restored; the offline rule-based extractor
/// when the model fails past its retries, refuses, answers malformed twice, or time is short (FALLBACK).
public struct DocumentExtractionService: Sendable {
    /// The offline model's id (it is the one that extracts by rules): priced at $0 in the price table.
    public static let offlineModelId = OfflineClinicalModel.modelId

    public let model: (any ClinicalChatModel)?
    public let maxOutputTokens: Int
    /// The model sees at most this many characters of the document (the offline extractor and the chunks see it all).
    public let maxModelCharacters: Int
    public let minimumRemoteBudgetMs: Int64
    let nowMs: @Sendable () -> Int64

    public init(model: (any ClinicalChatModel)?, maxOutputTokens: Int = 2000, maxModelCharacters: Int = 200_000,
                minimumRemoteBudgetMs: Int64 = 3000,
                nowMs: @escaping @Sendable () -> Int64 = { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }) {
        self.model = model
        self.maxOutputTokens = maxOutputTokens
        self.maxModelCharacters = maxModelCharacters
        self.minimumRemoteBudgetMs = minimumRemoteBudgetMs
        self.nowMs = nowMs
    }

    /// `redaction` is the document's (nil when redaction is off: the text goes to the model as is).
    public func extract(text: String, redaction: PHIRedaction?, language: ClinicalLanguage, deadlineMs: Int64) -> DocumentExtractionOutcome {
        let clock = ContinuousClock()
        var modelMs = 0.0
        var calls = 0
        func fallback(_ reason: String) -> DocumentExtractionOutcome {
            // The offline extractor runs on the original text: nothing leaves the function.
            let started = clock.now
            let data = DocumentExtractionData(offline: ClinicalExtractor().extract(text))
            return DocumentExtractionOutcome(data: data, source: .fallback, modelId: Self.offlineModelId, fallbackReason: reason,
                                             modelCalls: calls, modelMs: modelMs, offlineMs: SummarizationService.ms(clock.now - started))
        }
        guard let model else { return fallback("noModel") }
        let prompt = ExtractionPrompt.build(redactedDocument: String((redaction?.text ?? text).prefix(maxModelCharacters)), language: language)
        for attempt in 1...2 {
            if deadlineMs - nowMs() < minimumRemoteBudgetMs { return fallback("deadlineNear") }
            let started = clock.now
            let reply: ModelReply
            do {
                calls += 1
                reply = try model.converse(system: prompt.system, user: prompt.user + (attempt == 1 ? "" : ExtractionPrompt.retryNote),
                                           maxOutputTokens: maxOutputTokens, deadlineMs: deadlineMs)
                modelMs += SummarizationService.ms(clock.now - started)
            } catch {
                modelMs += SummarizationService.ms(clock.now - started)
                let mapped = (error as? ModelCallError) ?? (error as? any ModelCallErrorConvertible)?.modelCallError
                switch mapped {
                case .throttled: return fallback("throttled")
                case .timeout: return fallback("timeout")
                case .unavailable, nil: return fallback("unavailable")
                // A refused document still gets its rule-based extraction: the upload is not lost.
                case .guardrailIntervened, .invalidRequest: return fallback("refused")
                }
            }
            if reply.stopReason == "guardrail_intervened" { return fallback("refused") }
            guard let parsed = try? ExtractionAnswerParser.parse(reply.text) else { continue }
            let restored = redaction.map { redaction in parsed.mapStrings { redaction.restore($0) } } ?? parsed
            return DocumentExtractionOutcome(data: restored, source: .model, modelId: reply.modelId, fallbackReason: nil,
                                             modelCalls: calls, modelMs: modelMs, offlineMs: 0)
        }
        return fallback("malformedAnswer")
    }
}
