import Clinical
import FoundationEssentials
import LambdaRuntime
import Store

/// Turns the model calls of one summary into usage-ledger entries and EMF metrics
/// (dimensions: function, model). A model missing from the price table costs nothing in the
/// ledger and raises the `UnpricedModelCalls` warning metric, so a new MODEL_ID is noticed.
struct ModelMetering: Sendable {
    let prices: PriceTable
    let metrics: MetricsEmitter
    let configuredModel: String

    /// One metered call: what the ledger stores and the metrics count.
    struct Usage: Sendable {
        var model: String
        var inputTokens: Int
        var outputTokens: Int
        var latencyMs: Double
        var costUSD: Decimal?
    }

    /// Every call Bedrock answered (billed, guardrail blocks included), plus the offline model's summary on fallback.
    func usages(calls: [BedrockChatModel.Call], outcome: SummarizationOutcome?) -> [Usage] {
        var usages = calls.compactMap { call -> Usage? in
            guard let reply = call.reply else { return nil }
            return Usage(model: reply.modelId, inputTokens: reply.inputTokens, outputTokens: reply.outputTokens,
                         latencyMs: call.latencyMs,
                         costUSD: prices.cost(modelId: reply.modelId, inputTokens: reply.inputTokens, outputTokens: reply.outputTokens))
        }
        if let outcome, outcome.status == .fallback {
            usages.append(Usage(model: outcome.modelId, inputTokens: outcome.inputTokens, outputTokens: outcome.outputTokens,
                                latencyMs: 0,
                                costUSD: prices.cost(modelId: outcome.modelId, inputTokens: outcome.inputTokens, outputTokens: outcome.outputTokens)))
        }
        return usages
    }

    func ledgerEntries(_ usages: [Usage], identity: String, clinicId: String, requestId: String) -> [UsageEntry] {
        usages.map {
            UsageEntry(identity: identity, clinicId: clinicId, functionName: SummarizerConfiguration.functionName, model: $0.model,
                       inputTokens: $0.inputTokens, outputTokens: $0.outputTokens, costUSD: $0.costUSD ?? 0, requestId: requestId)
        }
    }

    /// One EMF line per metered call, and one for the configured model with its fallback and throttle counts.
    func emit(_ usages: [Usage], calls: [BedrockChatModel.Call], outcome: SummarizationOutcome?, logger: Logger, requestId: String) {
        for usage in usages {
            var values: [MetricsEmitter.Metric] = [
                .init("InputTokens", Double(usage.inputTokens), .count), .init("OutputTokens", Double(usage.outputTokens), .count),
                .init("CostUSD", usage.costUSD.map(Self.double) ?? 0, .none),
            ]
            if usage.model != OfflineClinicalModel.modelId { values.append(.init("ModelLatency", usage.latencyMs, .milliseconds)) }
            if usage.costUSD == nil {
                values.append(.init("UnpricedModelCalls", 1, .count))
                logger.warn("model has no price in the price table; usage recorded with no cost", ["model": .string(usage.model)])
            }
            metrics.emit(values, dimensions: ["function": SummarizerConfiguration.functionName, "model": usage.model], requestId: requestId)
        }
        let fellBack = outcome?.status == .fallback
        let throttled = calls.contains { $0.failure == .throttled }
        guard fellBack || !calls.isEmpty else { return }
        var counters: [MetricsEmitter.Metric] = [.init("Fallbacks", fellBack ? 1 : 0, .count), .init("Throttles", throttled ? 1 : 0, .count)]
        // A failed call has no usage line; its time still counts as model latency.
        let failedMs = calls.filter { $0.reply == nil }.reduce(0) { $0 + $1.latencyMs }
        if calls.contains(where: { $0.reply == nil }) { counters.append(.init("ModelLatency", failedMs, .milliseconds)) }
        metrics.emit(counters, dimensions: ["function": SummarizerConfiguration.functionName, "model": configuredModel], requestId: requestId)
    }

    static func double(_ value: Decimal) -> Double { Double(value.description) ?? 0 }
}
