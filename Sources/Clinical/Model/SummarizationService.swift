import FoundationEssentials

/// How a summary was produced.
public enum SummarizationStatus: String, Sendable, Equatable {
    case success = "SUCCESS"
    case fallback = "FALLBACK"
}

/// Why the summary came from the offline model (for metrics; no PHI).
public enum FallbackReason: String, Sendable, Equatable {
    case throttled, unavailable, timeout, deadlineNear, emptyReply, noModel
}

/// The result of summarizing one report.
public struct SummarizationOutcome: Sendable, Equatable {
    public var summary: String
    public var status: SummarizationStatus
    public var fallbackReason: FallbackReason?
    /// The model that actually wrote the summary (the offline model's id on fallback).
    public var modelId: String
    public var inputTokens: Int
    public var outputTokens: Int
    public var language: ClinicalLanguage
    /// Distinct PHI values replaced before the model call (0 when redaction is off).
    public var redactionCount: Int
    public var redactionMs: Double
    public var modelMs: Double
    /// Token usage of a model call that failed after being billed, e.g. a truncated reply (normally nil).
    public var remoteUsage: ModelReply?
}

/// Errors the handler turns into responses: a guardrail block is 422; an invalid request is a 4xx/5xx of its own.
public enum SummarizationError: Error, Sendable, Equatable, CustomStringConvertible {
    case guardrailIntervened(String)
    case invalidRequest(String)
    case emptyReport

    public var description: String {
        switch self {
        case .guardrailIntervened(let why): return "the content was blocked by the guardrail: \(why)"
        case .invalidRequest(let why): return "the model rejected the request: \(why)"
        case .emptyReport: return "the report is empty"
        }
    }
}

/// Orchestrates a summary: language → PHI redaction → prompt → model → placeholders restored, with the offline
/// model as fallback when the remote model is throttled, unavailable, timed out, or the deadline is too near.
public struct SummarizationService: Sendable {
    public let model: (any ClinicalChatModel)?
    public let redactionEnabled: Bool
    public let maxOutputTokens: Int
    /// Below this much time left before the deadline, the remote model is not called.
    public let minimumRemoteBudgetMs: Int64
    let nowMs: @Sendable () -> Int64

    public init(model: (any ClinicalChatModel)?, redactionEnabled: Bool = true, maxOutputTokens: Int = 1500,
                minimumRemoteBudgetMs: Int64 = 3000,
                nowMs: @escaping @Sendable () -> Int64 = { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }) {
        self.model = model
        self.redactionEnabled = redactionEnabled
        self.maxOutputTokens = maxOutputTokens
        self.minimumRemoteBudgetMs = minimumRemoteBudgetMs
        self.nowMs = nowMs
    }

    public func summarize(text: String, language requested: ClinicalLanguage?, deadlineMs: Int64) throws -> SummarizationOutcome {
        guard !text.trimmingWhitespace().isEmpty else { throw SummarizationError.emptyReport }
        let language = requested ?? LanguageDetector.detect(text)
        let clock = ContinuousClock()

        let redactionStart = clock.now
        let redaction = redactionEnabled ? PHIRedactor().redact(text) : nil
        let redactionMs = Self.ms(clock.now - redactionStart)
        let prompt = SummaryPrompt.build(redactedReport: redaction?.text ?? text, language: language)

        func fallback(_ reason: FallbackReason, modelMs: Double) -> SummarizationOutcome {
            // The offline model runs here, on the original text: nothing leaves the function.
            let summary = OfflineClinicalModel().summarize(text, language: language).rendered
            return SummarizationOutcome(
                summary: summary, status: .fallback, fallbackReason: reason, modelId: OfflineClinicalModel.modelId,
                inputTokens: TokenEstimator.estimate(prompt.system) + TokenEstimator.estimate(prompt.user),
                outputTokens: TokenEstimator.estimate(summary), language: language,
                redactionCount: redaction?.distinctCount ?? 0, redactionMs: redactionMs, modelMs: modelMs, remoteUsage: nil)
        }

        guard let model else { return fallback(.noModel, modelMs: 0) }
        if deadlineMs - nowMs() < minimumRemoteBudgetMs { return fallback(.deadlineNear, modelMs: 0) }

        let modelStart = clock.now
        let reply: ModelReply
        do {
            reply = try model.converse(system: prompt.system, user: prompt.user, maxOutputTokens: maxOutputTokens, deadlineMs: deadlineMs)
        } catch {
            let modelMs = Self.ms(clock.now - modelStart)
            let mapped = (error as? ModelCallError) ?? (error as? any ModelCallErrorConvertible)?.modelCallError
            switch mapped {
            case .throttled: return fallback(.throttled, modelMs: modelMs)
            case .unavailable: return fallback(.unavailable, modelMs: modelMs)
            case .timeout: return fallback(.timeout, modelMs: modelMs)
            case .guardrailIntervened(let why): throw SummarizationError.guardrailIntervened(why)
            case .invalidRequest(let why): throw SummarizationError.invalidRequest(why)
            case nil: throw error
            }
        }
        let modelMs = Self.ms(clock.now - modelStart)
        if reply.stopReason == "guardrail_intervened" {
            throw SummarizationError.guardrailIntervened("the model's guardrail blocked the summary")
        }
        guard !reply.text.trimmingWhitespace().isEmpty else {
            var outcome = fallback(.emptyReply, modelMs: modelMs)
            outcome.remoteUsage = reply
            return outcome
        }
        let summary = redaction?.restore(reply.text) ?? reply.text
        return SummarizationOutcome(
            summary: summary, status: .success, fallbackReason: nil, modelId: reply.modelId,
            inputTokens: reply.inputTokens, outputTokens: reply.outputTokens, language: language,
            redactionCount: redaction?.distinctCount ?? 0, redactionMs: redactionMs, modelMs: modelMs, remoteUsage: nil)
    }

    static func ms(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
