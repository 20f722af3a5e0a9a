import Clinical
import Foundation

/// The usage assumptions of the bill (the seeds' figures; each a flag of `lambda-local cost`).
public struct CostAssumptions: Sendable {
    public var monthlyActiveUsers = 10_000
    public var sessionsPerUserMonth = 20.0          // one session per working day
    public var interactionsPerSession = 20.0
    public var inputTokensPerMessage = 30.0         // the doctor's note or question
    public var systemPromptTokens = 200.0           // instructions sent with every model call
    public var chatContextTokens = 600.0            // 6 retrieved passages of ~100 tokens per chat call
    public var outputTokensMin = 100.0
    public var outputTokensMax = 2_000.0
    public var authorizerCallsPerSession = 6.0      // one per 300 s policy cache per token, a ~30 min session
    public var documentsPerUserMonth = 10.0
    public var pagesPerDocument = 3.0
    public var audioMinutesPerUserMonth = 10.0
    public var tokensPerPage = 500.0                // extraction input per page
    public var extractionOutputTokens = 400.0
    public var chunksPerDocument = 8.0
    public var embeddingTokensPerChunk = 200.0
    public var documentMB = 0.5
    public var documentProcessingMs = 3_000.0       // file-processor per document (events, extraction, embeddings)
    public var fileProcessorInvocationsPerDocument = 3.0   // POST /uploads, the S3 event, the Data Automation completion
    public var s3RetentionMonths = 12.0
    public var logBytesPerInvocation = 800.0        // the REPORT line and the function's JSON lines at INFO
    public var logRetentionMonths = 1.0
    public var auroraACUPer10kMAU = 2.0
    public var auroraMinimumACU = 0.5
    public var auroraStorageGBPer10kMAU = 20.0
    public var auroraIOPerRequest = 5.0            // storage I/Os per API request (audit and ledger writes, cache misses)
    public var hoursPerMonth = 730.0
    public var peakRequestsPerSecondPer10kMAU = 500.0   // the owner's 30,000 per minute at 10,000 MAU
    public var modelTimeToFirstTokenMs = ModelLatency().timeToFirstTokenMs
    public var modelOutputTokensPerSecond = ModelLatency().outputTokensPerSecond
    public var accountConcurrencyLimit = 1_000.0    // Lambda's default concurrent executions per Region
    public var directConnectionLimit = 1_000.0      // direct Aurora connections before RDS Proxy is billed (--rds-proxy auto)
    public var secrets = 2.0                        // DbSecretArn and DbOwnerSecretArn
    public var coldStartFraction = 0.01             // invocations that start an environment (one GetSecretValue each)
    public var kmsKeys = 1.0                        // the stack's DataKey
    public var kmsRequestsPerDocument = 2.0         // SSE-KMS upload and read (bucket keys make it fewer)

    public init() {}

    public var outputTokensMean: Double { (outputTokensMin + outputTokensMax) / 2 }
    public var modelLatency: ModelLatency { ModelLatency(timeToFirstTokenMs: modelTimeToFirstTokenMs, outputTokensPerSecond: modelOutputTokensPerSecond) }
    public var peakRequestsPerSecond: Double { peakRequestsPerSecondPer10kMAU * Double(monthlyActiveUsers) / 10_000 }
}

/// Token counts per model call measured in the local ledger (`--from-database`), instead of the assumptions.
public struct MeasuredTokens: Sendable, Equatable {
    public var summarizeInput: Double, summarizeOutput: Double
    public var chatInput: Double, chatOutput: Double
    public var embeddingInput: Double?
    public var calls: Int
    public init(summarizeInput: Double, summarizeOutput: Double, chatInput: Double, chatOutput: Double, embeddingInput: Double? = nil, calls: Int) {
        self.summarizeInput = summarizeInput; self.summarizeOutput = summarizeOutput
        self.chatInput = chatInput; self.chatOutput = chatOutput
        self.embeddingInput = embeddingInput; self.calls = calls
    }
}

/// What this project measured: warm duration per invocation and memory size per function.
public struct FunctionFigures: Sendable, Equatable {
    public var warmDurationMs: Double
    public var memoryMB: Int
    public init(warmDurationMs: Double, memoryMB: Int) { self.warmDurationMs = warmDurationMs; self.memoryMB = memoryMB }
}

/// One line of the bill.
public struct BillLine: Sendable, Equatable {
    public let name: String
    public let quantity: Double
    public let unit: String
    public let unitUSD: Decimal
    public let usd: Double
}

public struct Bill: Sendable {
    public let monthlyActiveUsers: Int
    public let lines: [BillLine]
    /// Lambda duration lines priced at arm64 instead of x86_64.
    public let arm64SavingUSD: Double
    public let invocations: [String: Double]
    public let bedrockAtOutputMin: Double
    public let bedrockAtOutputMax: Double
    /// Lambda concurrency and database connections at this bill's peak request rate.
    public let concurrency: ConcurrencyEstimate
    /// Whether RDS Proxy is on the bill (`--rds-proxy`, or `auto` past `directConnectionLimit`).
    public let rdsProxy: Bool

    public var totalUSD: Double { lines.reduce(0) { $0 + $1.usd } }
    public var perUserUSD: Double { monthlyActiveUsers == 0 ? 0 : totalUSD / Double(monthlyActiveUsers) }
    public var largest: [BillLine] { Array(lines.sorted { $0.usd > $1.usd }.prefix(3)) }
}

/// The monthly AWS bill of the product from the session mix, the assumptions, the measured durations
/// and memory sizes, and one price table. Durations are billed rounded up to the millisecond.
public struct CostModel: Sendable {
    public let prices: AWSPriceTable
    public let modelId: String
    public let embeddingModelId: String
    public let functions: [String: FunctionFigures]

    public init(prices: AWSPriceTable = .usEast1, modelId: String, embeddingModelId: String, functions: [String: FunctionFigures]) {
        self.prices = prices
        self.modelId = modelId
        self.embeddingModelId = embeddingModelId
        self.functions = functions
    }

    static func usd(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

    public func bill(_ a: CostAssumptions, tokens: MeasuredTokens? = nil, rdsProxy choice: RDSProxyChoice = .auto) throws -> Bill {
        guard let model = prices.models.price(modelId: modelId) else { throw CostError("no price for model \(modelId) in PriceTable") }
        guard let embedding = prices.models.price(modelId: embeddingModelId) else { throw CostError("no price for embedding model \(embeddingModelId)") }
        let users = Double(a.monthlyActiveUsers)
        let sessions = users * a.sessionsPerUserMonth
        let interactions = sessions * a.interactionsPerSession
        let perSession = Double(SessionMix.session.count)
        let documents = users * a.documentsPerUserMonth

        // Invocations per function: the API routes of the session mix, the authorizer, document processing.
        var invocations: [String: Double] = [:]
        var requestsByRoute: [String: Double] = [:]
        for step in SessionMix.session {
            invocations[step.function, default: 0] += interactions / perSession
            requestsByRoute[step.route, default: 0] += interactions / perSession
        }
        invocations["authorizer", default: 0] += sessions * a.authorizerCallsPerSession
        invocations["file-processor", default: 0] += documents * a.fileProcessorInvocationsPerDocument
        let apiRequests = interactions + documents   // every interaction and each POST /uploads
        let summarizeCalls = interactions * Double(SessionMix.session.filter { $0 == SessionMix.summarize }.count) / perSession
        let chatCalls = interactions * Double(SessionMix.session.filter { $0 == SessionMix.chat }.count) / perSession

        var lines: [BillLine] = []
        func line(_ entry: AWSPriceTable.Entry, _ quantity: Double, per: Double = 1, name: String? = nil) {
            lines.append(BillLine(name: name ?? entry.name, quantity: quantity / per, unit: entry.unit, unitUSD: entry.usd, usd: quantity / per * Self.usd(entry.usd)))
        }

        // Lambda: GB-seconds per function (x86_64 as the template deploys), requests.
        var gbSeconds = 0.0
        for name in invocations.keys.sorted() {
            guard let figures = functions[name] else { throw CostError("no measured duration or memory size for function \(name)") }
            var durationMs = figures.warmDurationMs.rounded(.up)
            var count = invocations[name]!
            if name == "file-processor" {
                // API reads at the measured duration, document events at the assumed processing time.
                let eventCount = documents * (a.fileProcessorInvocationsPerDocument - 1)
                let seconds = (count - eventCount) * durationMs / 1000 + eventCount * a.documentProcessingMs / 1000
                durationMs = count > 0 ? seconds * 1000 / count : 0
                count = invocations[name]!
            }
            let functionGBs = count * durationMs / 1000 * Double(figures.memoryMB) / 1024
            gbSeconds += functionGBs
            line(prices.lambdaGBSecondX86, functionGBs, name: "Lambda \(name) (\(figures.memoryMB) MB, \(String(format: "%.1f", durationMs)) ms, x86_64)")
        }
        line(prices.lambdaRequests, invocations.values.reduce(0, +) / 1_000_000)
        // API Gateway REST: $3.50 per million for the first 333 million of the month, $2.80 for the next 667 million.
        line(prices.apiGatewayREST, min(apiRequests, 333_000_000) / 1_000_000)
        line(prices.apiGatewayRESTNext667M, min(max(apiRequests - 333_000_000, 0), 667_000_000) / 1_000_000)

        // Bedrock: the configured model for summaries, chat and extraction; Titan for embeddings.
        let summarizeIn = tokens?.summarizeInput ?? (a.systemPromptTokens + a.inputTokensPerMessage)
        let summarizeOut = tokens?.summarizeOutput ?? a.outputTokensMean
        let chatIn = tokens?.chatInput ?? (a.systemPromptTokens + a.inputTokensPerMessage + a.chatContextTokens)
        let chatOut = tokens?.chatOutput ?? a.outputTokensMean
        let extractionIn = documents * (a.systemPromptTokens + a.pagesPerDocument * a.tokensPerPage)
        let extractionOut = documents * a.extractionOutputTokens
        let modelIn = summarizeCalls * summarizeIn + chatCalls * chatIn + extractionIn
        func modelOut(_ perReply: Double) -> Double { summarizeCalls * (tokens?.summarizeOutput ?? perReply) + chatCalls * (tokens?.chatOutput ?? perReply) + extractionOut }
        let modelOutTokens = summarizeCalls * summarizeOut + chatCalls * chatOut + extractionOut
        let shortModel = Self.shortName(modelId)
        lines.append(BillLine(name: "Bedrock \(shortModel) input tokens", quantity: modelIn / 1000, unit: "1K tokens", unitUSD: model.inputPer1K,
                              usd: modelIn / 1000 * Self.usd(model.inputPer1K)))
        lines.append(BillLine(name: "Bedrock \(shortModel) output tokens", quantity: modelOutTokens / 1000, unit: "1K tokens", unitUSD: model.outputPer1K,
                              usd: modelOutTokens / 1000 * Self.usd(model.outputPer1K)))
        let embeddingTokens = chatCalls * (tokens?.embeddingInput ?? a.inputTokensPerMessage) + documents * a.chunksPerDocument * a.embeddingTokensPerChunk
        lines.append(BillLine(name: "Bedrock \(Self.shortName(embeddingModelId)) embeddings", quantity: embeddingTokens / 1000, unit: "1K tokens",
                              unitUSD: embedding.inputPer1K, usd: embeddingTokens / 1000 * Self.usd(embedding.inputPer1K)))
        line(prices.dataAutomationDocumentPage, documents * a.pagesPerDocument)
        line(prices.dataAutomationAudioMinute, users * a.audioMinutesPerUserMonth)

        // S3: the documents kept for the retention period, their PUTs (upload + extraction output) and GETs.
        line(prices.s3StandardStorage, documents * a.documentMB / 1024 * a.s3RetentionMonths)
        line(prices.s3PutRequests, documents * 2, per: 1000)
        line(prices.s3GetRequests, documents * 2, per: 1000)

        // Aurora Serverless v2: average capacity scaled with users, never below the minimum; storage likewise.
        let acu = max(a.auroraMinimumACU, a.auroraACUPer10kMAU * users / 10_000)
        line(prices.auroraServerlessV2ACUHour, acu * a.hoursPerMonth)
        line(prices.auroraStorage, a.auroraStorageGBPer10kMAU * users / 10_000)
        line(prices.auroraIO, apiRequests * a.auroraIOPerRequest / 1_000_000)

        // Concurrency at the peak decides RDS Proxy: billed per ACU-hour of the cluster, at least its minimum ACUs.
        let concurrency = try ConcurrencyEstimate.at(peak: a.peakRequestsPerSecond, durationsMs: functions.mapValues(\.warmDurationMs), assumptions: a,
                                                     latency: a.modelLatency, summarizeOutputTokens: summarizeOut, chatOutputTokens: chatOut)
        let proxy = choice.wanted(databaseConnections: concurrency.databaseConnections, limit: a.directConnectionLimit)
        line(prices.rdsProxyACUHour, proxy ? max(acu, prices.rdsProxyMinimumACU) * a.hoursPerMonth : 0)

        // CloudWatch Logs: bytes per invocation, ingested and kept.
        let logGB = invocations.values.reduce(0, +) * a.logBytesPerInvocation / 1e9
        line(prices.cloudWatchLogsIngestion, logGB)
        line(prices.cloudWatchLogsStorage, logGB * a.logRetentionMonths)

        // Secrets Manager: the database secrets, read once per new execution environment; KMS: the DataKey and its requests.
        let secretReads = invocations.values.reduce(0, +) * a.coldStartFraction
        line(prices.secretsManagerSecret, a.secrets)
        line(prices.secretsManagerAPICalls, secretReads, per: 10_000)
        line(prices.kmsKey, a.kmsKeys)
        line(prices.kmsRequests, documents * a.kmsRequestsPerDocument, per: 10_000)

        let saving = gbSeconds * (Self.usd(prices.lambdaGBSecondX86.usd) - Self.usd(prices.lambdaGBSecondArm64.usd))
        let bedrockOut = { (reply: Double) in modelOut(reply) / 1000 * Self.usd(model.outputPer1K) + modelIn / 1000 * Self.usd(model.inputPer1K) }
        return Bill(monthlyActiveUsers: a.monthlyActiveUsers, lines: lines, arm64SavingUSD: saving, invocations: invocations,
                    bedrockAtOutputMin: bedrockOut(a.outputTokensMin), bedrockAtOutputMax: bedrockOut(a.outputTokensMax),
                    concurrency: concurrency, rdsProxy: proxy)
    }

    static func shortName(_ id: String) -> String { PriceTable.baseModelId(id) }
}

public struct CostError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
