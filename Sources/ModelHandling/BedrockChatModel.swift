import AWSClients
import Clinical
import LambdaRuntime

/// The domain's chat model over Bedrock Converse: the guardrail rides along when configured, Bedrock's
/// errors become `ModelCallError`s, and every call is written down for metering (one per request: not shared).
public final class BedrockChatModel: ClinicalChatModel, @unchecked Sendable {
    /// One call as the ledger and metrics see it. `reply` is nil when Bedrock gave no answer to bill.
    public struct Call: Sendable {
        /// What the ledger bills. For a 200 whose body could not be read it is an estimate (`estimated`):
        /// Bedrock ran the model and bills it, but the usage it reported is lost.
        public var reply: ModelReply?
        public var failure: ModelCallError?
        public var latencyMs: Double
        public var estimated = false
    }

    let client: BedrockRuntimeClient
    let modelId: String
    let guardrail: GuardrailConfig?
    let traceId: String?
    let logger: Logger
    /// Calls made through this adapter, in order. Used on the invocation's own thread only.
    public private(set) var calls: [Call] = []

    public init(client: BedrockRuntimeClient, modelId: String, guardrail: GuardrailConfig?, traceId: String?, logger: Logger) {
        self.client = client
        self.modelId = modelId
        self.guardrail = guardrail
        self.traceId = traceId
        self.logger = logger
    }

    public func converse(system: String, user: String, maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply {
        try converse(system: system, messages: [ClinicalTurn(role: .user, text: user)], maxOutputTokens: maxOutputTokens,
                     deadlineMs: deadlineMs)
    }

    /// Earlier turns go to Converse as real messages (the chat's history), the new user turn last.
    public func converse(system: String, messages turns: [ClinicalTurn], maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply {
        let messages = turns.map { ConverseMessage(role: $0.role == .user ? .user : .assistant, text: $0.text) }
        let context = AWSCallContext(deadlineMs: deadlineMs, traceId: traceId, logger: logger)
        let started = WallClock.monotonicNs()
        func elapsedMs() -> Double { Double(WallClock.monotonicNs() - started) / 1e6 }
        do {
            // Only temperature: newer Claude models refuse temperature and topP together.
            let result = try client.converse(modelId: modelId, system: system, messages: messages,
                                             inferenceConfig: InferenceConfig(maxTokens: maxOutputTokens, temperature: 0.2),
                                             guardrail: guardrail, context: context)
            let reply = ModelReply(text: result.text, inputTokens: result.inputTokens, outputTokens: result.outputTokens,
                                   stopReason: result.stopReason, modelId: modelId)
            calls.append(Call(reply: reply, failure: nil, latencyMs: elapsedMs()))
            return reply
        } catch let error as BedrockError {
            let mapped = Self.map(error)
            let billed = Self.billedEstimate(of: error, system: system, turns: turns, maxOutputTokens: maxOutputTokens, modelId: modelId)
            calls.append(Call(reply: billed, failure: mapped, latencyMs: elapsedMs(), estimated: billed != nil))
            // The code and status only: Bedrock's messages can quote the request.
            logger.log(mapped.allowsFallback && error.isRetryable ? .warn : .error, "model call failed", [
                "model": .string(modelId), "errorType": .string(error.errorType),
                "status": .from(error.details?.status ?? 0), "mappedTo": .string(Self.name(mapped)),
            ])
            throw mapped
        }
    }

    /// A 200 with a body that is not Converse's answer (truncated, not JSON) was still a model run Bedrock
    /// bills: it is recorded with the request's estimated input tokens and the most output it could have
    /// billed (`maxOutputTokens`), so a budget never under-counts a call that cost money. Other failures
    /// (refused, throttled, timed out before an answer) carry no usage.
    static func billedEstimate(of error: BedrockError, system: String, turns: [ClinicalTurn], maxOutputTokens: Int,
                               modelId: String) -> ModelReply? {
        guard case .malformedResponse = error else { return nil }
        let input = TokenEstimator.estimate(system) + turns.reduce(0) { $0 + TokenEstimator.estimate($1.text) }
        return ModelReply(text: "", inputTokens: input, outputTokens: maxOutputTokens, stopReason: "unreadable_response", modelId: modelId)
    }

    /// Throttling and quota → throttled; timeouts → timeout; a refused request → invalid; the rest
    /// (5xx after retries, transport, a model or endpoint that cannot serve) → unavailable, so the doctor
    /// still gets the offline summary, marked FALLBACK, while the error log and the Fallbacks metric say why.
    public static func map(_ error: BedrockError) -> ModelCallError {
        switch error {
        case .throttling, .serviceQuotaExceeded: return .throttled
        case .modelTimeout, .deadlineExceeded: return .timeout
        case .transport(.timedOut): return .timeout
        case .validation: return .invalidRequest("Bedrock refused the request as invalid")
        case .invalidRequest(let why): return .invalidRequest(why)
        case .serviceUnavailable, .modelNotReady, .internalServer, .modelError, .service, .transport, .malformedResponse:
            return .unavailable(error.errorType)
        case .accessDenied, .resourceNotFound, .missingCredentials:
            return .unavailable("\(error.errorType) (check MODEL_ID, model access and the function's role)")
        }
    }

    public static func name(_ error: ModelCallError) -> String {
        switch error {
        case .throttled: return "throttled"
        case .unavailable: return "unavailable"
        case .timeout: return "timeout"
        case .guardrailIntervened: return "guardrailIntervened"
        case .invalidRequest: return "invalidRequest"
        }
    }
}
