import AWSClients
import Clinical
import LambdaRuntime

/// Titan Text Embeddings V2 through Bedrock InvokeModel (1024 dimensions, normalized), with every call
/// written down for metering. One per request (not shared): `calls` is the request's own record.
/// Failures are `ModelCallError`s; there is no silent fallback to another embedding model, because
/// vectors of different models must never be compared (the caller decides what a failure means).
public final class BedrockEmbeddingModel: @unchecked Sendable {
    public struct Call: Sendable {
        public var modelId: String
        public var inputTokens: Int
        public var succeeded: Bool
        public var latencyMs: Double
    }

    public let client: BedrockRuntimeClient
    public let modelId: String
    public let dimensions: Int
    let traceId: String?
    let logger: Logger
    /// Calls made through this adapter, in order. Used on the invocation's own thread only.
    public private(set) var calls: [Call] = []

    public init(client: BedrockRuntimeClient, modelId: String, dimensions: Int = 1024, traceId: String?, logger: Logger) {
        self.client = client
        self.modelId = modelId
        self.dimensions = dimensions
        self.traceId = traceId
        self.logger = logger
    }

    /// The embedding of `text` (already redacted by the caller: PHI never reaches Bedrock).
    public func embed(_ text: String, deadlineMs: Int64) throws(ModelCallError) -> [Float] {
        let context = AWSCallContext(deadlineMs: deadlineMs, traceId: traceId, logger: logger)
        let started = WallClock.monotonicNs()
        func elapsedMs() -> Double { Double(WallClock.monotonicNs() - started) / 1e6 }
        do {
            let vector = try client.embedTitanV2(modelId: modelId, text: text, dimensions: dimensions, normalize: true, context: context)
            calls.append(Call(modelId: modelId, inputTokens: TokenEstimator.estimate(text), succeeded: true, latencyMs: elapsedMs()))
            return vector
        } catch let error as BedrockError {
            calls.append(Call(modelId: modelId, inputTokens: 0, succeeded: false, latencyMs: elapsedMs()))
            let mapped = BedrockChatModel.map(error)
            logger.warn("embedding call failed", ["model": .string(modelId), "errorType": .string(error.errorType),
                                                  "status": .from(error.details?.status ?? 0)])
            throw mapped
        } catch {
            calls.append(Call(modelId: modelId, inputTokens: 0, succeeded: false, latencyMs: elapsedMs()))
            throw .unavailable(String(describing: type(of: error)))
        }
    }
}
