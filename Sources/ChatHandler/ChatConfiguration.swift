import AWSClients
import Clinical
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// The chat's settings, read once at start-up; a bad value is an init error (README: the chat's variables).
public struct ChatConfiguration: Sendable {
    public static let defaultModelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    public static let defaultEmbeddingModelId = "amazon.titan-embed-text-v2:0"
    /// The name usage rows and metrics carry, whatever the deployed function is called.
    public static let functionName = "chat"

    public var modelId: String
    /// Must be the model the chunks were embedded with: only its vectors are compared.
    public var embeddingModelId: String
    public var redactionEnabled: Bool
    public var guardrail: GuardrailConfig?
    public var budgetUSDPerUserMonth: Decimal
    /// Posting to a session idle for longer answers 409 SESSION_CLOSED.
    public var sessionIdleMinutes: Int
    public var retentionDays: Int
    /// Passages sent to the model (CHAT_TOP_K) and the token budget they share (CHAT_PASSAGE_TOKEN_BUDGET).
    public var topK: Int
    public var passageTokenBudget: Int
    /// Earlier turns sent with a question (CHAT_HISTORY_TOKEN_BUDGET; 0 sends none).
    public var historyTokenBudget: Int
    public var maxOutputTokens: Int
    /// A vector candidate below this cosine similarity is not relevant (full-text matches always are).
    public var minSimilarity: Double
    /// Candidates each retriever returns before fusion.
    public var candidatesPerRetriever: Int

    public init(modelId: String = ChatConfiguration.defaultModelId, embeddingModelId: String = ChatConfiguration.defaultEmbeddingModelId,
                redactionEnabled: Bool = true, guardrail: GuardrailConfig? = nil, budgetUSDPerUserMonth: Decimal = 20,
                sessionIdleMinutes: Int = 60, retentionDays: Int = ReportRetention.defaultDays, topK: Int = 6,
                passageTokenBudget: Int = 3000, historyTokenBudget: Int = 1500, maxOutputTokens: Int = 800,
                minSimilarity: Double = HybridRanking.defaultMinSimilarity, candidatesPerRetriever: Int = 20) {
        self.modelId = modelId
        self.embeddingModelId = embeddingModelId
        self.redactionEnabled = redactionEnabled
        self.guardrail = guardrail
        self.budgetUSDPerUserMonth = budgetUSDPerUserMonth
        self.sessionIdleMinutes = sessionIdleMinutes
        self.retentionDays = retentionDays
        self.topK = topK
        self.passageTokenBudget = passageTokenBudget
        self.historyTokenBudget = historyTokenBudget
        self.maxOutputTokens = maxOutputTokens
        self.minSimilarity = minSimilarity
        self.candidatesPerRetriever = candidatesPerRetriever
    }

    public init(environment: Environment) throws {
        func modelId(_ name: String, _ fallback: String) throws -> String {
            let value = environment.string(name, default: fallback)
            guard !value.isEmpty, value.utf8.count <= 2048, !value.contains(where: { $0.isWhitespace }) else {
                throw ConfigurationError("\(name) must be a Bedrock model id, inference profile id or ARN")
            }
            return value
        }
        var guardrail: GuardrailConfig?
        switch (environment["GUARDRAIL_ID"], environment["GUARDRAIL_VERSION"]) {
        case (nil, nil): guardrail = nil
        case (let id?, let version?): guardrail = GuardrailConfig(identifier: id, version: version)
        default: throw ConfigurationError("GUARDRAIL_ID and GUARDRAIL_VERSION must be set together")
        }
        self.init(modelId: try modelId("MODEL_ID", Self.defaultModelId),
                  embeddingModelId: try modelId("EMBEDDING_MODEL_ID", Self.defaultEmbeddingModelId),
                  redactionEnabled: try environment.flag("PHI_REDACTION", default: true), guardrail: guardrail,
                  budgetUSDPerUserMonth: try BudgetGate.limit(environment),
                  sessionIdleMinutes: try environment.int("CHAT_SESSION_IDLE_MINUTES", default: 60, range: 1...1440),
                  retentionDays: try ReportRetention.days(environment),
                  topK: try environment.int("CHAT_TOP_K", default: 6, range: 1...20),
                  passageTokenBudget: try environment.int("CHAT_PASSAGE_TOKEN_BUDGET", default: 3000, range: 200...50_000),
                  historyTokenBudget: try environment.int("CHAT_HISTORY_TOKEN_BUDGET", default: 1500, range: 0...20_000),
                  maxOutputTokens: try environment.int("CHAT_MAX_OUTPUT_TOKENS", default: 800, range: 64...4096),
                  minSimilarity: try environment.double("CHAT_MIN_SIMILARITY", default: HybridRanking.defaultMinSimilarity, range: 0...1),
                  candidatesPerRetriever: 20)
    }
}
