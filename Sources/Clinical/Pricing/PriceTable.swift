import FoundationEssentials

/// On-demand Amazon Bedrock prices in USD per 1,000 input and output tokens, standard tier, us-east-1.
/// Costs are `Decimal` (FoundationEssentials) so that sums of many small calls stay exact.
///
/// Prices taken on 2025-11-15 from aws.amazon.com/bedrock/pricing (and the Anthropic rate cards it mirrors).
/// Cross-region inference profiles (`us.`, `eu.`, `apac.`, `global.`, …) are billed at the source region's
/// on-demand rate, so the geo prefix is stripped before lookup. Regional endpoints of the Claude 4.5 models
/// carry a ~10% premium over `global.` that this table does not model. Unknown model → nil cost.
public struct PriceTable: Sendable {
    public struct Price: Sendable, Equatable {
        public let inputPer1K: Decimal
        public let outputPer1K: Decimal
        /// When and where the price was taken (AWSPriceTable's entries carry the same).
        public let source: PriceSource

        public init(inputPer1K: Decimal, outputPer1K: Decimal, source: PriceSource = .bedrock2025) {
            self.inputPer1K = inputPer1K
            self.outputPer1K = outputPer1K
            self.source = source
        }
    }

    public let prices: [String: Price]

    public init(prices: [String: Price] = PriceTable.bedrockOnDemand) {
        self.prices = prices
    }

    public static let standard = PriceTable()

    /// The price of a model id, inference-profile id or ARN, or nil when unknown.
    public func price(modelId: String) -> Price? {
        let base = Self.baseModelId(modelId)
        if let price = prices[base] { return price }
        // "anthropic.claude-3-haiku-20240307-v1:0:200k" → try without the context-window suffix.
        let parts = base.split(separator: ":")
        if parts.count > 2, let price = prices[parts.prefix(2).joined(separator: ":")] { return price }
        return nil
    }

    /// USD for one call, or nil for an unknown model.
    public func cost(modelId: String, inputTokens: Int, outputTokens: Int) -> Decimal? {
        guard let price = price(modelId: modelId) else { return nil }
        return price.inputPer1K * Decimal(max(inputTokens, 0)) / 1000 + price.outputPer1K * Decimal(max(outputTokens, 0)) / 1000
    }

    /// Strips an ARN's resource path and a cross-region inference profile's geo prefix.
    public static func baseModelId(_ modelId: String) -> String {
        var id = Substring(modelId.trimmingWhitespace())
        if id.hasPrefix("arn:"), let slash = id.lastIndex(of: "/") { id = id[id.index(after: slash)...] }
        if let dot = id.firstIndex(of: "."), geoPrefixes.contains(String(id[..<dot])) { id = id[id.index(after: dot)...] }
        return String(id)
    }

    static let geoPrefixes: Set<String> = ["us", "eu", "apac", "global", "us-gov", "jp", "au", "ca", "ap"]

    private static func p(_ input: String, _ output: String, _ source: PriceSource = .bedrock2025) -> Price {
        Price(inputPer1K: Decimal(string: input)!, outputPer1K: Decimal(string: output)!, source: source)
    }

    /// Re-checked for issue 15 (the configured model); the other entries keep their 2025-11-15 source.
    static let haiku45Checked = PriceSource(taken: "2025-11-15", page: "https://aws.amazon.com/bedrock/pricing/", verifiedOn: "2026-12-01",
                                            verified: "clauder-navi.com/en/bedrock-claude-cost (Haiku 4.5 $1 in / $5 out per 1M; regional endpoints +10 %)")
    static let local = PriceSource(taken: "2025-11-15", page: "local offline model (no AWS charge)", verifiedOn: "2025-11-15", verified: "by definition")

    public static let bedrockOnDemand: [String: Price] = [
        // Anthropic Claude
        "anthropic.claude-3-haiku-20240307-v1:0": p("0.00025", "0.00125"),
        "anthropic.claude-3-sonnet-20240229-v1:0": p("0.003", "0.015"),
        "anthropic.claude-3-opus-20240229-v1:0": p("0.015", "0.075"),
        "anthropic.claude-3-5-haiku-20241022-v1:0": p("0.0008", "0.004"),
        "anthropic.claude-3-5-sonnet-20240620-v1:0": p("0.003", "0.015"),
        "anthropic.claude-3-5-sonnet-20241022-v2:0": p("0.003", "0.015"),
        "anthropic.claude-3-7-sonnet-20250219-v1:0": p("0.003", "0.015"),
        "anthropic.claude-sonnet-4-20250514-v1:0": p("0.003", "0.015"),
        "anthropic.claude-sonnet-4-5-20250929-v1:0": p("0.003", "0.015"),
        "anthropic.claude-haiku-4-5-20251001-v1:0": p("0.001", "0.005", haiku45Checked),
        "anthropic.claude-opus-4-20250514-v1:0": p("0.015", "0.075"),
        "anthropic.claude-opus-4-1-20250805-v1:0": p("0.015", "0.075"),
        // Amazon Nova
        "amazon.nova-micro-v1:0": p("0.000035", "0.00014"),
        "amazon.nova-lite-v1:0": p("0.00006", "0.00024"),
        "amazon.nova-pro-v1:0": p("0.0008", "0.0032"),
        "amazon.nova-premier-v1:0": p("0.0025", "0.0125"),
        // Amazon Titan Text Embeddings V2 (input only)
        "amazon.titan-embed-text-v2:0": p("0.00002", "0"),
        // Meta Llama 3.x
        "meta.llama3-8b-instruct-v1:0": p("0.0003", "0.0006"),
        "meta.llama3-70b-instruct-v1:0": p("0.00265", "0.0035"),
        "meta.llama3-1-8b-instruct-v1:0": p("0.00022", "0.00022"),
        "meta.llama3-1-70b-instruct-v1:0": p("0.00072", "0.00072"),
        "meta.llama3-1-405b-instruct-v1:0": p("0.0024", "0.0024"),
        "meta.llama3-2-1b-instruct-v1:0": p("0.0001", "0.0001"),
        "meta.llama3-2-3b-instruct-v1:0": p("0.00015", "0.00015"),
        "meta.llama3-2-11b-instruct-v1:0": p("0.00016", "0.00016"),
        "meta.llama3-2-90b-instruct-v1:0": p("0.00072", "0.00072"),
        "meta.llama3-3-70b-instruct-v1:0": p("0.00072", "0.00072"),
        // The local deterministic model costs nothing.
        OfflineClinicalModel.modelId: p("0", "0", local),
        "offline.hashed-embedding-v1": p("0", "0", local),
    ]
}
