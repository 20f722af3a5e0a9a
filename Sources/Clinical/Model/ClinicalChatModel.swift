/// A chat model the domain can call: Bedrock Converse in production (adapted by the handler), the offline
/// model locally. `deadlineMs` is the invocation deadline in Unix epoch milliseconds.
public protocol ClinicalChatModel: Sendable {
    func converse(system: String, user: String, maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply
}

/// A model's answer and its usage.
public struct ModelReply: Sendable, Equatable {
    public var text: String
    public var inputTokens: Int
    public var outputTokens: Int
    /// Converse stop reason: "end_turn", "max_tokens", "guardrail_intervened", …
    public var stopReason: String
    public var modelId: String

    public init(text: String, inputTokens: Int, outputTokens: Int, stopReason: String, modelId: String) {
        self.text = text
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.stopReason = stopReason
        self.modelId = modelId
    }
}

/// The failures a model adapter reports, in the domain's terms. The handler's Bedrock adapter maps
/// ThrottlingException → `.throttled`, 5xx/ServiceUnavailable/ModelNotReady after retries → `.unavailable`,
/// timeouts → `.timeout`, guardrail blocks → `.guardrailIntervened`, ValidationException → `.invalidRequest`.
public enum ModelCallError: Error, Sendable, Equatable, CustomStringConvertible {
    case throttled
    case unavailable(String)
    case timeout
    case guardrailIntervened(String)
    case invalidRequest(String)

    /// Whether the offline model may answer instead.
    public var allowsFallback: Bool {
        switch self {
        case .throttled, .unavailable, .timeout: return true
        case .guardrailIntervened, .invalidRequest: return false
        }
    }

    public var description: String {
        switch self {
        case .throttled: return "model throttled past the retry budget"
        case .unavailable(let why): return "model unavailable: \(why)"
        case .timeout: return "model call timed out"
        case .guardrailIntervened(let why): return "guardrail intervened: \(why)"
        case .invalidRequest(let why): return "model rejected the request: \(why)"
        }
    }
}

/// Errors from other layers that know their `ModelCallError` meaning (the adapter's own error types may conform).
public protocol ModelCallErrorConvertible: Error {
    var modelCallError: ModelCallError { get }
}

/// The offline model behind the `ClinicalChatModel` protocol (local runs, tests, fallback).
public struct OfflineChatModel: ClinicalChatModel {
    public init() {}

    public func converse(system: String, user: String, maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply {
        let text = OfflineClinicalModel().respond(toConverseSystem: system, user: user)
        return ModelReply(text: text, inputTokens: TokenEstimator.estimate(system) + TokenEstimator.estimate(user),
                          outputTokens: TokenEstimator.estimate(text), stopReason: "end_turn", modelId: OfflineClinicalModel.modelId)
    }
}
