import Clinical
import FoundationEssentials
import LambdaRuntime
import Store

/// Turns the model calls of one request into usage-ledger entries and EMF metrics
/// (dimensions: function, model). A model missing from the price table costs nothing in the
/// ledger and raises the `UnpricedModelCalls` warning metric, so a new MODEL_ID is noticed.
public struct ModelMetering: Sendable {
    /// The name usage rows and metrics carry, whatever the deployed function is called.
    public let functionName: String
    public let prices: PriceTable
    public let metrics: MetricsEmitter
    public let configuredModel: String

    public init(functionName: String, prices: PriceTable = .standard, metrics: MetricsEmitter, configuredModel: String) {
        self.functionName = functionName
        self.prices = prices
        self.metrics = metrics
        self.configuredModel = configuredModel
    }

    /// One metered call: what the ledger stores and the metrics count.
    public struct Usage: Sendable {
        public var model: String
        public var inputTokens: Int
        public var outputTokens: Int
        public var latencyMs: Double
        public var costUSD: Decimal?
    }

    /// Every chat call Bedrock answered (billed, guardrail blocks included).
    public func usages(calls: [BedrockChatModel.Call]) -> [Usage] {
        calls.compactMap { call -> Usage? in
            guard let reply = call.reply else { return nil }
            return usage(model: reply.modelId, inputTokens: reply.inputTokens, outputTokens: reply.outputTokens, latencyMs: call.latencyMs)
        }
    }

    /// Every embedding call Bedrock answered (input tokens only).
    public func usages(embeddings: [BedrockEmbeddingModel.Call]) -> [Usage] {
        embeddings.compactMap { call -> Usage? in
            guard call.succeeded else { return nil }
            return usage(model: call.modelId, inputTokens: call.inputTokens, outputTokens: 0, latencyMs: call.latencyMs)
        }
    }

    /// A call with its price-table cost (nil for an unknown model).
    public func usage(model: String, inputTokens: Int, outputTokens: Int, latencyMs: Double) -> Usage {
        Usage(model: model, inputTokens: inputTokens, outputTokens: outputTokens, latencyMs: latencyMs,
              costUSD: prices.cost(modelId: model, inputTokens: inputTokens, outputTokens: outputTokens))
    }

    public func ledgerEntries(_ usages: [Usage], identity: String, clinicId: String, requestId: String) -> [UsageEntry] {
        usages.map {
            UsageEntry(identity: identity, clinicId: clinicId, functionName: functionName, model: $0.model,
                       inputTokens: $0.inputTokens, outputTokens: $0.outputTokens, costUSD: $0.costUSD ?? 0, requestId: requestId)
        }
    }

    /// One EMF line per metered call, and one for the configured model with its fallback and throttle counts
    /// (only when the request called a model or fell back).
    public func emit(_ usages: [Usage], calls: [BedrockChatModel.Call], fellBack: Bool, logger: Logger, requestId: String) {
        for usage in usages {
            var values: [MetricsEmitter.Metric] = [
                .init("InputTokens", Double(usage.inputTokens), .count), .init("OutputTokens", Double(usage.outputTokens), .count),
                .init("CostUSD", usage.costUSD.map(Self.double) ?? 0, .none),
            ]
            if !usage.model.hasPrefix("offline.") { values.append(.init("ModelLatency", usage.latencyMs, .milliseconds)) }
            if usage.costUSD == nil {
                values.append(.init("UnpricedModelCalls", 1, .count))
                logger.warn("model has no price in the price table; usage recorded with no cost", ["model": .string(usage.model)])
            }
            metrics.emit(values, dimensions: ["function": functionName, "model": usage.model], requestId: requestId)
        }
        let throttled = calls.contains { $0.failure == .throttled }
        guard fellBack || !calls.isEmpty else { return }
        var counters: [MetricsEmitter.Metric] = [.init("Fallbacks", fellBack ? 1 : 0, .count), .init("Throttles", throttled ? 1 : 0, .count)]
        // A failed call has no usage line (or an estimated one); its time still counts as model latency.
        let failedMs = calls.filter { $0.reply == nil }.reduce(0) { $0 + $1.latencyMs }
        if calls.contains(where: { $0.reply == nil }) { counters.append(.init("ModelLatency", failedMs, .milliseconds)) }
        let estimated = calls.filter(\.estimated).count
        if estimated > 0 { counters.append(.init("EstimatedModelUsage", Double(estimated), .count)) }
        metrics.emit(counters, dimensions: ["function": functionName, "model": configuredModel], requestId: requestId)
    }

    public static func double(_ value: Decimal) -> Double { Double(value.description) ?? 0 }
}
