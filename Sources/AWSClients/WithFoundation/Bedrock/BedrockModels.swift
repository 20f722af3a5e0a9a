import AWSClientsCore

/// One turn of a Converse conversation (text content only).
public struct ConverseMessage: Sendable, Equatable {
    public enum Role: String, Sendable, Codable { case user, assistant }
    public var role: Role
    public var text: String

    public init(role: Role, text: String) {
        self.role = role
        self.text = text
    }

    public static func user(_ text: String) -> ConverseMessage { ConverseMessage(role: .user, text: text) }
    public static func assistant(_ text: String) -> ConverseMessage { ConverseMessage(role: .assistant, text: text) }
}

/// Converse `inferenceConfig`; nil fields are left to the model's defaults.
public struct InferenceConfig: Sendable, Equatable, Encodable {
    public var maxTokens: Int?
    public var temperature: Double?
    public var topP: Double?
    public var stopSequences: [String]?

    public init(maxTokens: Int? = nil, temperature: Double? = nil, topP: Double? = nil, stopSequences: [String]? = nil) {
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.topP = topP
        self.stopSequences = stopSequences
    }
}

/// Converse `guardrailConfig`.
public struct GuardrailConfig: Sendable, Equatable {
    public var identifier: String
    public var version: String
    public var trace: Bool

    public init(identifier: String, version: String, trace: Bool = false) {
        self.identifier = identifier
        self.version = version
        self.trace = trace
    }
}

/// What a Converse call produced.
public struct ConverseResult: Sendable, Equatable {
    /// The text blocks of the output message, concatenated.
    public let text: String
    public let inputTokens: Int
    public let outputTokens: Int
    /// `end_turn`, `max_tokens`, `stop_sequence`, `guardrail_intervened`, `content_filtered`, ...
    public let stopReason: String
    /// Bedrock's reported model latency (`metrics.latencyMs`), or the measured round trip when absent.
    public let latencyMs: Int
    /// The measured wall time of the call, retries included.
    public let roundTripMs: Int

    public init(text: String, inputTokens: Int, outputTokens: Int, stopReason: String, latencyMs: Int, roundTripMs: Int) {
        self.text = text
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.stopReason = stopReason
        self.latencyMs = latencyMs
        self.roundTripMs = roundTripMs
    }

    public var guardrailIntervened: Bool { stopReason == "guardrail_intervened" }
}

/// ApplyGuardrail `source`.
public enum GuardrailSource: String, Sendable { case input = "INPUT", output = "OUTPUT" }

/// What ApplyGuardrail decided.
public struct ApplyGuardrailResult: Sendable, Equatable {
    /// `NONE` or `GUARDRAIL_INTERVENED`.
    public let action: String
    /// The guardrail's replacement texts (masked or blocked messaging), if any.
    public let outputs: [String]

    public init(action: String, outputs: [String]) {
        self.action = action
        self.outputs = outputs
    }

    public var intervened: Bool { action == "GUARDRAIL_INTERVENED" }
}
