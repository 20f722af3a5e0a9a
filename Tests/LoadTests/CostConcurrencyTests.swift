import Clinical
import Foundation
import LocalStack
import Testing

/// The AWS concurrency derived from the model's output tokens, the RDS Proxy bill line, the geographic
/// premium of the configured Claude profile, and `lambda-local cost` without a load result.
@Suite struct CostConcurrencyTests {
    static let durations: [String: Double] = ["health": 10, "summarizer": 100, "file-processor": 50, "chat": 1_000, "authorizer": 20]
    static func functions() -> [String: FunctionFigures] {
        durations.mapValues { FunctionFigures(warmDurationMs: $0, memoryMB: 512) }
    }
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test func aModelCallIsTimeToFirstTokenPlusOutputAtTheOutputSpeed() {
        let latency = ModelLatency(timeToFirstTokenMs: 800, outputTokensPerSecond: 150)
        #expect(near(latency.seconds(outputTokens: 1_050), 0.8 + 7))   // 1,050 ÷ 150 = 7 s
        #expect(near(latency.seconds(outputTokens: 0), 0.8))
        #expect(near(ModelLatency(timeToFirstTokenMs: 0, outputTokensPerSecond: 50).seconds(outputTokens: 100), 2))
    }

    /// Worked by hand at 500 req/s with a 7.8 s model call (800 ms + 1,050 tokens ÷ 150/s), the session mix per 20:
    /// health 2 → 50/s × 0.01 s = 0.5; summarizer 6 reads → 150/s × 0.1 = 15 and 3 summaries → 75/s × 7.9 = 592.5;
    /// file-processor 4 reads → 100/s × 0.05 = 5 and document events 500 × (10 ÷ 400) × 2 = 25/s × 3 s = 75;
    /// chat 4 answers → 100/s × 8.8 = 880 and 1 usage → 25/s × 1 = 25; authorizer 500 × 6 ÷ 20 = 150/s × 0.02 = 3.
    @Test func concurrencyAtThePeakByHand() throws {
        let a = CostAssumptions()
        let estimate = try ConcurrencyEstimate.at(peak: 500, durationsMs: Self.durations, assumptions: a,
                                                  latency: ModelLatency(timeToFirstTokenMs: 800, outputTokensPerSecond: 150),
                                                  summarizeOutputTokens: 1_050, chatOutputTokens: 1_050)
        func c(_ name: String) throws -> Double { try #require(estimate.function(name)).concurrency }
        #expect(near(try c("health"), 0.5))
        #expect(near(try c("summarizer"), 15 + 592.5))
        #expect(near(try c("file-processor"), 5 + 75))
        #expect(near(try c("chat"), 880 + 25))
        #expect(near(try c("authorizer"), 3))
        #expect(near(try #require(estimate.function("summarizer")).ratePerSecond, 225))
        #expect(near(estimate.total, 1_596))
        #expect(near(estimate.databaseConnections, 1_593))   // every function but the authorizer holds a connection
        #expect(near(estimate.modelCallSeconds.chat, 7.8))
    }

    /// The concurrency follows the output-token assumption: shorter replies, fewer environments.
    @Test func concurrencyFollowsTheOutputTokens() throws {
        var a = CostAssumptions()
        a.outputTokensMin = 100
        a.outputTokensMax = 100
        let model = CostModel(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0", embeddingModelId: "amazon.titan-embed-text-v2:0", functions: Self.functions())
        let short = try model.bill(a)
        a.outputTokensMin = 2_000
        a.outputTokensMax = 2_000
        let long = try model.bill(a)
        // 100 chat answers/s and 75 summaries/s at 10,000 MAU; (2,000 − 100) ÷ 150 s more per call.
        #expect(near(long.concurrency.total - short.concurrency.total, (100 + 75) * 1_900.0 / 150))
        #expect(near(short.concurrency.peakRequestsPerSecond, 500))
    }

    /// RDS Proxy: per ACU-hour of the cluster, at least 8 ACUs — on, off, or past the direct-connection limit.
    @Test func rdsProxyLineByHand() throws {
        var a = CostAssumptions()
        a.monthlyActiveUsers = 1_000   // Aurora 2 ACU per 10,000 → 0.2, floor 0.5 ACU
        let model = CostModel(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0", embeddingModelId: "amazon.titan-embed-text-v2:0", functions: Self.functions())
        func proxyUSD(_ bill: Bill) throws -> Double { try #require(bill.lines.first { $0.name.hasPrefix("RDS Proxy") }).usd }
        let on = try model.bill(a, rdsProxy: .on), onUSD = try proxyUSD(on)
        #expect(on.rdsProxy && near(onUSD, 8 * 730 * 0.015))   // $87.60: the 8-ACU minimum
        let off = try model.bill(a, rdsProxy: .off), offUSD = try proxyUSD(off)
        #expect(!off.rdsProxy && offUSD == 0)
        #expect(near(on.totalUSD - off.totalUSD, 87.6))
        // auto: 50 req/s at 1,000 MAU needs ~160 connections — under 1,000, no proxy; with a limit of 100 it is billed.
        let under = try model.bill(a)
        #expect(!under.rdsProxy && under.concurrency.databaseConnections > 100 && under.concurrency.databaseConnections < 1_000)
        a.directConnectionLimit = 100
        let over = try model.bill(a)
        #expect(over.rdsProxy)
        // Above the minimum the cluster's own ACUs are billed: 100,000 MAU → 20 ACU × 730 h × $0.015 = $219.
        a.monthlyActiveUsers = 100_000
        let large = try proxyUSD(try model.bill(a, rdsProxy: .on))
        #expect(near(large, 20 * 730 * 0.015))
    }

    /// A `us.` (geographic) or in-Region id of a Claude 4.5 model costs 10 % more than `global.`; older models do not.
    @Test func geographicProfilesOfClaude45CarryThePremium() {
        let table = PriceTable.standard
        #expect(table.cost(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0", inputTokens: 1000, outputTokens: 2000) == Decimal(string: "0.0121"))
        #expect(table.cost(modelId: "anthropic.claude-haiku-4-5-20251001-v1:0", inputTokens: 1000, outputTokens: 2000) == Decimal(string: "0.0121"))
        #expect(table.cost(modelId: "global.anthropic.claude-haiku-4-5-20251001-v1:0", inputTokens: 1000, outputTokens: 2000) == Decimal(string: "0.011"))
        #expect(table.cost(modelId: "arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-5-20250929-v1:0",
                           inputTokens: 1500, outputTokens: 500) == Decimal(string: "0.012"))
        #expect(table.cost(modelId: "us.anthropic.claude-3-5-haiku-20241022-v1:0", inputTokens: 1000, outputTokens: 1000) == Decimal(string: "0.0048"))
        #expect(PriceTable.geographicPremiumSource.isVerified)
    }

    /// The checks the report gives per price, kept in the table itself.
    @Test func thePriceTableSaysWhatEachCheckFound() {
        let t = AWSPriceTable.usEast1
        #expect(t.apiGatewayREST.source.isVerified && t.apiGatewayRESTNext667M.source.isVerified && t.kmsKey.source.isVerified)
        // 2026-12-02: the Lambda lines found in AWS's own text (the pricing whitepaper; arm64 as the Graviton2 post's 20 % below x86).
        #expect(t.lambdaGBSecondX86.source.isVerified && t.lambdaGBSecondArm64.source.isVerified && t.lambdaRequests.source.isVerified)
        // 0.8 × x86, rounded to the price's 10 decimals.
        let armGap = t.lambdaGBSecondArm64.usd - t.lambdaGBSecondX86.usd * Decimal(string: "0.8")!
        #expect(armGap >= 0 && armGap < Decimal(string: "0.00000000005")!)
        #expect(t.rdsProxyACUHour.usd == Decimal(string: "0.015") && t.rdsProxyMinimumACU == 8)
        #expect(t.dataAutomationAudioMinute.source.summary.contains("Whisper"))
        #expect(t.infrastructure.filter(\.source.isVerified).count == 6)
        #expect(t.infrastructure.allSatisfy { $0.source.checkedOn == "2026-12-02" })
        let names = Set(t.infrastructure.map(\.name))
        #expect(names.count == t.infrastructure.count)   // one entry per price
    }

    /// Without a load result the command prices assumed durations and says so; every assumption is a flag.
    @Test func theCommandWorksWithoutALoadResult() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let (status, text) = CostCommand.execute(arguments: ["--assumed-durations", "--template", root + "/template.yaml"])
        #expect(status == 0)
        #expect(text.contains("ASSUMED — no load result (--assumed-durations)"))
        #expect(text.contains("Lambda concurrency at the peak") && text.contains("database connections"))
        #expect(text.contains("NOT VERIFIED 2026-12-02"))
        let help = CostCommand.execute(arguments: ["--help"])
        #expect(help.status == 0)
        for flag in ["--model-ttft-ms", "--model-output-tokens-per-second", "--rds-proxy", "--direct-connection-limit", "--peak-rps-per-10k-mau",
                     "--aurora-io-per-request", "--file-processor-invocations-per-document", "--hours-per-month", "--assumed-durations"] {
            #expect(help.text.contains(flag), "\(flag)")
        }
        #expect(CostCommand.execute(arguments: ["--rds-proxy", "sometimes"]).status == 2)
        #expect(CostCommand.execute(arguments: ["--assumed-durations", "--load-result", "x.json"]).status == 2)
        #expect(CostCommand.execute(arguments: ["--model-output-tokens-per-second", "0"]).status == 2)
    }
}
