import FoundationEssentials

/// On-demand Amazon Bedrock prices in USD per 1,000 input and output tokens, standard tier, us-east-1.
/// Costs are `Decimal` (FoundationEssentials) so that sums of many small calls stay exact.
///
/// Prices taken on 2025-11-15 from aws.amazon.com/bedrock/pricing (and the Anthropic rate cards it mirrors).
/// Cross-region inference profiles (`us.`, `eu.`, `apac.`, `global.`, …) are billed at the source region's
/// on-demand rate, so the geo prefix is stripped before lookup. The table holds the `global.` price of the
/// Claude 4.5 generation; an in-Region id or a geographic profile (`us.` — the one this project configures)
/// of those models costs ~10 % more (`geographicPremium`), applied in `price(modelId:)`. Unknown model → nil.
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
        var found = prices[base]
        // "anthropic.claude-3-haiku-20240307-v1:0:200k" → try without the context-window suffix.
        let parts = base.split(separator: ":")
        if found == nil, parts.count > 2 { found = prices[parts.prefix(2).joined(separator: ":")] }
        guard let price = found else { return nil }
        guard Self.geographicPremiumModels.contains(where: { base.hasPrefix($0) }), !Self.isGlobalProfile(modelId) else { return price }
        return Price(inputPer1K: price.inputPer1K * Self.geographicPremium, outputPer1K: price.outputPer1K * Self.geographicPremium, source: price.source)
    }

    /// In-Region and geographic cross-Region ids of the Claude 4.5 generation cost this much more than `global.`.
    public static let geographicPremium = Decimal(plainLiteral: "1.1")!
    /// Models billed with `geographicPremium` unless called through a `global.` profile (checked: `geographicPremiumSource`).
    static let geographicPremiumModels = ["anthropic.claude-haiku-4-5", "anthropic.claude-sonnet-4-5", "anthropic.claude-opus-4-5"]
    public static let geographicPremiumSource = PriceSource(
        taken: "2026-12-01", page: "https://docs.aws.amazon.com/bedrock/latest/userguide/global-cross-region-inference.html", checkedOn: "2026-12-01",
        check: .verified(by: "AWS Bedrock user guide, global cross-Region inference: 'approximately 10% savings on both input and output token pricing compared to geographic cross-Region inference'; clauder-navi.com/en/bedrock-claude-cost: from the 4.5 models 'regional priced 10% higher than global'"))

    static func isGlobalProfile(_ modelId: String) -> Bool {
        var id = Substring(modelId.trimmingWhitespace())
        if id.hasPrefix("arn:"), let slash = id.lastIndex(of: "/") { id = id[id.index(after: slash)...] }
        return id.hasPrefix("global.")
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
        Price(inputPer1K: Decimal(plainLiteral: input)!, outputPer1K: Decimal(plainLiteral: output)!, source: source)
    }

    /// Re-checked for issue 15 (the configured models); the other entries keep their 2025-11-15 source.
    static let haiku45Checked = PriceSource(
        taken: "2025-11-15", page: "https://aws.amazon.com/bedrock/pricing/", checkedOn: "2026-12-02",
        check: .corroborated(by: "clauder-navi.com/en/bedrock-claude-cost: Haiku 4.5 $1 in / $5 out per 1M (global), regional +10 %; no stored AWS page shows the per-token figure (learn.cloudbuckle.com lists $0.80/$4, the Claude 3.5 Haiku price); 2026-12-02: searched again, the same page; deploybase.ai (2026-03-21 table) has only Claude 3.5 Haiku ($0.80/$4), the model card copy (git.helu.ca, 2026-05-12) refers to the pricing page"))
    static let sonnet45Checked = PriceSource(
        taken: "2025-11-15", page: "https://aws.amazon.com/bedrock/pricing/", checkedOn: "2026-12-01",
        check: .unverified(found: "$3 / $15 per 1M for Sonnet 4.6 (clauder-navi.com, learn.cloudbuckle.com), no figure for Sonnet 4.5 itself; not configured by this project"))
    static let titanV2Checked = PriceSource(
        taken: "2025-11-15", page: "https://aws.amazon.com/bedrock/pricing/", checkedOn: "2026-12-02",
        check: .corroborated(by: "openrouter.ai/amazon/titan-embed-text-v2/providers: Amazon Bedrock $0.02 per 1M tokens (= $0.00002 per 1K); the AWS model page (docs.aws.amazon.com/bedrock/latest/userguide/titan-embedding-models.html) gives no price; 2026-12-02: the AWS ML blog launching V2 (aws.amazon.com/blogs/machine-learning/get-started-with-amazon-titan-text-embeddings-v2…) and theneuralbase.com carry no per-token figure"))
    static let local = PriceSource(taken: "2025-11-15", page: "local offline model (no AWS charge)", checkedOn: "2025-11-15", check: .verified(by: "by definition: no AWS call"))

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
        "anthropic.claude-sonnet-4-5-20250929-v1:0": p("0.003", "0.015", sonnet45Checked),
        "anthropic.claude-haiku-4-5-20251001-v1:0": p("0.001", "0.005", haiku45Checked),
        "anthropic.claude-opus-4-20250514-v1:0": p("0.015", "0.075"),
        "anthropic.claude-opus-4-1-20250805-v1:0": p("0.015", "0.075"),
        // Amazon Nova
        "amazon.nova-micro-v1:0": p("0.000035", "0.00014"),
        "amazon.nova-lite-v1:0": p("0.00006", "0.00024"),
        "amazon.nova-pro-v1:0": p("0.0008", "0.0032"),
        "amazon.nova-premier-v1:0": p("0.0025", "0.0125"),
        // Amazon Titan Text Embeddings V2 (input only)
        "amazon.titan-embed-text-v2:0": p("0.00002", "0", titanV2Checked),
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
