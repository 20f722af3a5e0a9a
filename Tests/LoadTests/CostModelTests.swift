import Clinical
import Foundation
import LocalStack
import Testing

@Suite struct CostModelTests {
    static let functions: [String: FunctionFigures] = [
        "health": .init(warmDurationMs: 1, memoryMB: 128), "summarizer": .init(warmDurationMs: 10, memoryMB: 512),
        "file-processor": .init(warmDurationMs: 5, memoryMB: 512), "chat": .init(warmDurationMs: 20, memoryMB: 512),
        "authorizer": .init(warmDurationMs: 2, memoryMB: 256),
    ]

    static func assumptions() -> CostAssumptions {
        var a = CostAssumptions()
        a.monthlyActiveUsers = 1_000
        a.sessionsPerUserMonth = 1
        a.interactionsPerSession = 20
        a.inputTokensPerMessage = 30
        a.systemPromptTokens = 0
        a.chatContextTokens = 70
        a.outputTokensMin = 500
        a.outputTokensMax = 500
        a.authorizerCallsPerSession = 2
        a.documentsPerUserMonth = 0
        a.audioMinutesPerUserMonth = 0
        a.logBytesPerInvocation = 1_000
        a.logRetentionMonths = 1
        a.auroraIOPerRequest = 5
        a.secrets = 2
        a.coldStartFraction = 0.01
        a.kmsKeys = 1
        return a
    }

    /// Worked by hand: 1,000 users × 1 session × 20 interactions = 20,000 requests in the session mix
    /// (health 2, summarizer 6 + 3, file-processor 2 + 2, chat 4 + 1 per 20) plus 2 authorizer calls per session.
    /// The configured `us.` profile of Haiku 4.5 is a geographic one: $0.0011 in / $0.0055 out per 1K (global + 10 %).
    @Test func aHandComputedBill() throws {
        let model = CostModel(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0", embeddingModelId: "amazon.titan-embed-text-v2:0",
                              functions: Self.functions)
        let bill = try model.bill(Self.assumptions())
        func line(_ prefix: String) throws -> BillLine { try #require(bill.lines.first { $0.name.hasPrefix(prefix) }, "\(prefix)") }
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

        #expect(bill.invocations == ["health": 2_000, "summarizer": 9_000, "file-processor": 4_000, "chat": 5_000, "authorizer": 2_000])
        // GB-s: 2,000 × 1 ms × 0.125 GB + 9,000 × 10 ms × 0.5 + 4,000 × 5 ms × 0.5 + 5,000 × 20 ms × 0.5 + 2,000 × 2 ms × 0.25
        let summarizer = try line("Lambda summarizer"), chat = try line("Lambda chat"), health = try line("Lambda health")
        #expect(near(summarizer.quantity, 45) && near(chat.quantity, 50) && near(health.quantity, 0.25))
        let gbs = 0.25 + 45 + 10 + 50 + 1
        let lambda = bill.lines.filter { $0.name.hasPrefix("Lambda ") && $0.unit == "GB-second" }.reduce(0) { $0 + $1.usd }
        #expect(near(lambda, gbs * 0.0000166667))
        #expect(near(try line("Lambda requests").usd, 22_000 / 1e6 * 0.20))
        #expect(near(try line("API Gateway").usd, 20_000 / 1e6 * 3.50))
        // Haiku 4.5 (us.): 3,000 summaries × 30 in + 4,000 chats × (30 + 70) in; 7,000 replies × 500 out.
        #expect(near(try line("Bedrock anthropic.claude-haiku-4-5-20251001-v1:0 input").usd, 490_000 / 1000 * 0.0011))
        #expect(near(try line("Bedrock anthropic.claude-haiku-4-5-20251001-v1:0 output").usd, 3_500_000 / 1000 * 0.0055))
        #expect(near(try line("Bedrock amazon.titan-embed-text-v2:0").usd, 120_000 / 1000 * 0.00002))
        // Aurora: 2 ACU per 10,000 users is 0.2, below the 0.5 minimum: 0.5 × 730 h × $0.12; 2 GB × $0.10.
        let acu = try line("Aurora Serverless"), storage = try line("Aurora storage")
        #expect(near(acu.usd, 43.8) && near(storage.usd, 0.2))
        let ingest = try line("CloudWatch Logs ingestion"), kept = try line("CloudWatch Logs storage")
        #expect(near(ingest.usd, 0.022 * 0.5) && near(kept.usd, 0.022 * 0.03))
        let pages = try line("Bedrock Data Automation, document"), s3 = try line("S3 Standard")
        #expect(pages.usd == 0 && s3.usd == 0)
        // Aurora I/O: 20,000 requests × 5 = 0.1 M × $0.20. Secrets: 2 × $0.40, 22,000 × 1 % = 220 reads × $0.05 per 10,000.
        // KMS: the DataKey $1, no documents so no requests. RDS Proxy: 50 req/s at 1,000 MAU, far below 1,000 connections: $0.
        let io = try line("Aurora I/O"), secrets = try line("Secrets Manager secrets"), reads = try line("Secrets Manager API calls")
        let key = try line("KMS customer managed key"), kms = try line("KMS requests"), proxy = try line("RDS Proxy")
        let tier2 = try line("API Gateway REST API calls past 333 M")
        #expect(near(io.usd, 0.02) && near(secrets.usd, 0.80) && near(reads.usd, 0.0011))
        #expect(near(key.usd, 1) && kms.usd == 0 && tier2.usd == 0)
        #expect(proxy.usd == 0 && !bill.rdsProxy)
        let total = gbs * 0.0000166667 + 0.0044 + 0.07 + 0.539 + 19.25 + 0.0024 + 43.8 + 0.2 + 0.02 + 0.011 + 0.00066 + 0.80 + 0.0011 + 1
        #expect(near(bill.totalUSD, total))
        #expect(near(bill.perUserUSD, total / 1_000))
        #expect(near(bill.arm64SavingUSD, gbs * (0.0000166667 - 0.0000133334)))
        #expect(bill.largest.map(\.name) == ["Aurora Serverless v2 (PostgreSQL, Standard)", "Bedrock anthropic.claude-haiku-4-5-20251001-v1:0 output tokens",
                                             "KMS customer managed key (DataKey)"])
    }

    /// Tokens from the ledger replace the assumed ones; the rest of the bill is unchanged.
    @Test func ledgerTokensReplaceTheAssumptions() throws {
        let model = CostModel(modelId: "anthropic.claude-haiku-4-5-20251001-v1:0", embeddingModelId: "amazon.titan-embed-text-v2:0", functions: Self.functions)
        let measured = MeasuredTokens(summarizeInput: 100, summarizeOutput: 50, chatInput: 400, chatOutput: 80, embeddingInput: 12, calls: 7)
        let bill = try model.bill(Self.assumptions(), tokens: measured)
        let input = try #require(bill.lines.first { $0.name.hasSuffix("input tokens") })
        let output = try #require(bill.lines.first { $0.name.hasSuffix("output tokens") })
        #expect(abs(input.quantity - (3_000 * 100 + 4_000 * 400) / 1000) < 1e-9)
        #expect(abs(output.quantity - (3_000 * 50 + 4_000 * 80) / 1000) < 1e-9)
        #expect(abs(try #require(bill.lines.first { $0.name.contains("titan") }).quantity - 4_000 * 12 / 1000) < 1e-9)
    }

    @Test func aFunctionWithoutAMeasuredDurationIsAnError() {
        var functions = Self.functions
        functions["chat"] = nil
        let model = CostModel(modelId: "anthropic.claude-haiku-4-5-20251001-v1:0", embeddingModelId: "amazon.titan-embed-text-v2:0", functions: functions)
        #expect(throws: CostError.self) { try model.bill(Self.assumptions()) }
    }

    /// Every price carries the date it was taken and its page, in the one table; verification is stated either way.
    @Test func everyPriceHasADateAndASource() {
        let date = /^20\d\d-\d\d-\d\d$/
        let table = AWSPriceTable.usEast1
        #expect(table.infrastructure.count == 20)
        for entry in table.infrastructure {
            #expect(entry.source.taken.wholeMatch(of: date) != nil, "\(entry.name)")
            #expect(entry.source.checkedOn.wholeMatch(of: date) != nil, "\(entry.name)")
            #expect(entry.source.page.hasPrefix("https://aws.amazon.com/"), "\(entry.name)")
            #expect(!entry.source.summary.isEmpty && entry.usd > 0, "\(entry.name)")
        }
        for (id, price) in table.models.prices {
            #expect(price.source.taken.wholeMatch(of: date) != nil, "\(id)")
            #expect(!price.source.page.isEmpty, "\(id)")
        }
        // What no AWS page confirmed is named as such, not hidden.
        #expect(!table.dataAutomationDocumentPage.source.isVerified && !table.dataAutomationAudioMinute.source.isVerified)
        #expect(table.dataAutomationAudioMinute.source.summary.hasPrefix("NOT VERIFIED"))
        #expect(table.models.price(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0")?.source.summary.hasPrefix("corroborated") == true)
        // One place per price: the model table is PriceTable's, the functions' ledger uses the same.
        #expect(table.models.price(modelId: "amazon.titan-embed-text-v2:0") == PriceTable.standard.price(modelId: "amazon.titan-embed-text-v2:0"))
    }

    /// `lambda-local cost` reads a load result's warm durations and the template's memory sizes.
    @Test func theCommandPricesALoadResult() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let path = NSTemporaryDirectory() + "load-\(UUID().uuidString).json"
        let durations = #"{"warmDurationMsByFunction":{"health":1.2,"summarizer":6.5,"file-processor":4,"chat":12,"authorizer":1.5}}"#
        try Data(durations.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try CostCommand.readDurations(path) == ["health": 1.2, "summarizer": 6.5, "file-processor": 4, "chat": 12, "authorizer": 1.5])
        #expect(CostCommand.run(arguments: ["--load-result", path, "--template", root + "/template.yaml", "--mau", "10000"]) == 0)
        #expect(CostCommand.run(arguments: ["--mau", "0"]) == 2)
        #expect(CostCommand.run(arguments: ["--nonsense", "1"]) == 2)
    }
}
