import AWSClients
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// The summarizer's settings, read once at start-up; a bad value is an init error.
public struct SummarizerConfiguration: Sendable {
    /// Claude Haiku 4.5 through the US cross-region inference profile (README: why this model).
    public static let defaultModelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    /// The name usage rows and metrics carry, whatever the deployed function is called.
    public static let functionName = "summarizer"

    public var modelId: String
    public var redactionEnabled: Bool
    public var guardrail: GuardrailConfig?
    public var budgetUSDPerUserMonth: Decimal
    public var retentionDays: Int
    /// Summaries need 100–2,000 output tokens; this bounds `inferenceConfig.maxTokens`.
    public var maxOutputTokens: Int

    public init(modelId: String = SummarizerConfiguration.defaultModelId, redactionEnabled: Bool = true,
                guardrail: GuardrailConfig? = nil, budgetUSDPerUserMonth: Decimal = 20, retentionDays: Int = ReportRetention.defaultDays,
                maxOutputTokens: Int = 1500) {
        self.modelId = modelId
        self.redactionEnabled = redactionEnabled
        self.guardrail = guardrail
        self.budgetUSDPerUserMonth = budgetUSDPerUserMonth
        self.retentionDays = retentionDays
        self.maxOutputTokens = maxOutputTokens
    }

    /// `MODEL_ID`, `PHI_REDACTION` (on/off), `GUARDRAIL_ID` + `GUARDRAIL_VERSION` (both or neither),
    /// `BUDGET_USD_PER_USER_MONTH` (≥ 0, default 20), `REPORT_RETENTION_DAYS` (1–3650, default 90).
    public init(environment: Environment) throws {
        let modelId = environment.string("MODEL_ID", default: Self.defaultModelId)
        guard modelId.utf8.count <= 2048, !modelId.contains(where: { $0.isWhitespace }) else {
            throw ConfigurationError("MODEL_ID must be a Bedrock model id, inference profile id or ARN")
        }
        var guardrail: GuardrailConfig?
        switch (environment["GUARDRAIL_ID"], environment["GUARDRAIL_VERSION"]) {
        case (nil, nil): guardrail = nil
        case (let id?, let version?): guardrail = GuardrailConfig(identifier: id, version: version)
        default: throw ConfigurationError("GUARDRAIL_ID and GUARDRAIL_VERSION must be set together")
        }
        let budget = try BudgetGate.limit(environment)
        self.init(modelId: modelId, redactionEnabled: try environment.flag("PHI_REDACTION", default: true),
                  guardrail: guardrail, budgetUSDPerUserMonth: budget,
                  retentionDays: try ReportRetention.days(environment))
    }
}
