/// A chat model the domain can call: Bedrock Converse in production (adapted by the handler), the offline
/// model locally. `deadlineMs` is the invocation deadline in Unix epoch milliseconds.
public protocol ClinicalChatModel: Sendable {
    func converse(system: String, user: String, maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply
    /// A conversation: earlier turns, then the new user turn last (roles alternate, starting with the user).
    /// Models without multi-turn support get the default: the turns folded into one user text.
    func converse(system: String, messages: [ClinicalTurn], maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply
}

/// One turn of a conversation as the domain sends it to a model.
public struct ClinicalTurn: Sendable, Equatable {
    public enum Role: String, Sendable { case user, assistant }
    public var role: Role
    public var text: String

    public init(role: Role, text: String) {
        self.role = role
        self.text = text
    }
}

extension ClinicalChatModel {
    public func converse(system: String, messages: [ClinicalTurn], maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply {
        guard messages.count > 1 else {
            return try converse(system: system, user: messages.last?.text ?? "", maxOutputTokens: maxOutputTokens, deadlineMs: deadlineMs)
        }
        let earlier = messages.dropLast().map { "\($0.role.rawValue): \($0.text)" }.joined(separator: "\n")
        let user = "<conversation>\n" + earlier + "\n</conversation>\n\n" + (messages.last?.text ?? "")
        return try converse(system: system, user: user, maxOutputTokens: maxOutputTokens, deadlineMs: deadlineMs)
    }
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
