import Clinical
import Foundation
import LambdaRuntime
import Store

/// `lambda-local cost`: the monthly AWS bill and the cost per active user for N monthly active users
/// and for N × growth, from this project's measured warm durations (a `make load` result) and memory
/// sizes (template.yaml), the usage assumptions (flags) and one dated price table (AWSPriceTable).
/// `--from-database` takes the tokens per model call from the local ledger (usage_ledger) instead.
public enum CostCommand {
    /// Each numeric assumption: flag, what it is, where it lives in CostAssumptions.
    nonisolated(unsafe) static let assumptionFlags: [(String, String, WritableKeyPath<CostAssumptions, Double>)] = [
        ("--sessions-per-user", "doctor sessions per active user per month", \.sessionsPerUserMonth),
        ("--interactions-per-session", "interactions per session (SessionMix: 20)", \.interactionsPerSession),
        ("--input-tokens", "input tokens per message (note or question)", \.inputTokensPerMessage),
        ("--system-prompt-tokens", "instruction tokens sent with every model call", \.systemPromptTokens),
        ("--chat-context-tokens", "retrieved-passage tokens per chat call", \.chatContextTokens),
        ("--output-tokens-min", "output tokens per reply, low end", \.outputTokensMin),
        ("--output-tokens-max", "output tokens per reply, high end (priced at the mean of both)", \.outputTokensMax),
        ("--authorizer-calls-per-session", "authorizer invocations per session (policy cached 300 s per token)", \.authorizerCallsPerSession),
        ("--documents-per-user", "documents uploaded per active user per month", \.documentsPerUserMonth),
        ("--pages-per-document", "pages per document (Data Automation)", \.pagesPerDocument),
        ("--audio-minutes-per-user", "audio minutes per active user per month (Data Automation)", \.audioMinutesPerUserMonth),
        ("--tokens-per-page", "extraction input tokens per page", \.tokensPerPage),
        ("--extraction-output-tokens", "extraction output tokens per document", \.extractionOutputTokens),
        ("--chunks-per-document", "knowledge chunks embedded per document", \.chunksPerDocument),
        ("--embedding-tokens-per-chunk", "tokens per embedded chunk", \.embeddingTokensPerChunk),
        ("--document-mb", "stored size per document, MB", \.documentMB),
        ("--document-processing-ms", "file-processor duration per document event, ms", \.documentProcessingMs),
        ("--file-processor-invocations-per-document", "POST /uploads, the S3 event, the Data Automation completion", \.fileProcessorInvocationsPerDocument),
        ("--s3-retention-months", "months documents stay in S3", \.s3RetentionMonths),
        ("--log-bytes-per-invocation", "CloudWatch log bytes per invocation", \.logBytesPerInvocation),
        ("--log-retention-months", "months logs are kept", \.logRetentionMonths),
        ("--aurora-acu-per-10k-mau", "average Aurora Serverless v2 ACUs per 10,000 active users", \.auroraACUPer10kMAU),
        ("--aurora-min-acu", "Aurora minimum ACUs", \.auroraMinimumACU),
        ("--aurora-storage-gb-per-10k-mau", "Aurora storage GB per 10,000 active users", \.auroraStorageGBPer10kMAU),
        ("--aurora-io-per-request", "Aurora storage I/Os per API request", \.auroraIOPerRequest),
        ("--hours-per-month", "hours billed per month", \.hoursPerMonth),
        ("--peak-rps-per-10k-mau", "peak API requests per second per 10,000 active users (30,000/min)", \.peakRequestsPerSecondPer10kMAU),
        ("--model-ttft-ms", "Bedrock time to first token, ms (Artificial Analysis, Bedrock Claude 3.5 Haiku 0.70-0.81 s)", \.modelTimeToFirstTokenMs),
        ("--model-output-tokens-per-second", "Bedrock output tokens/s (Haiku 4.5 150-180, learn.cloudbuckle.com)", \.modelOutputTokensPerSecond),
        ("--account-concurrency", "Lambda concurrent executions of the account and Region", \.accountConcurrencyLimit),
        ("--direct-connection-limit", "direct Aurora connections before --rds-proxy auto bills RDS Proxy", \.directConnectionLimit),
        ("--secrets", "Secrets Manager secrets of the stack", \.secrets),
        ("--cold-start-fraction", "invocations that start a new environment (one GetSecretValue each)", \.coldStartFraction),
        ("--kms-keys", "KMS customer managed keys", \.kmsKeys),
        ("--kms-requests-per-document", "KMS requests per document (SSE-KMS)", \.kmsRequestsPerDocument),
    ]

    /// Warm durations used when no load result is found and no `--duration` is given: the steady phase of
    /// `make load` on 2026-12-01 13:25 UTC (README, "Load, scale and cost"; 2 vCPUs, saturated), ms per invocation.
    public static let assumedDurationsMs: [String: Double] = [
        "authorizer": 22.1, "chat": 915.5, "file-processor": 82.2, "health": 19.0, "summarizer": 94.8,
    ]

    static func option(_ flag: String, _ what: String) -> String { "  \(flag)".padding(toLength: 44, withPad: " ", startingAt: 0) + what + "\n" }

    static var usage: String {
        let assumed = assumedDurationsMs.sorted { $0.key < $1.key }.map { "\($0.key) \(format($0.value))" }.joined(separator: ", ")
        var text = "usage: lambda-local cost [--mau 10000] [--growth 5] [--load-result .local/load/<t>.json | --assumed-durations] [--duration FUNCTION=MS]...\n"
        text += "                         [--template template.yaml] [--from-database] [--rds-proxy auto|on|off] [assumption flags]\n"
        text += option("--mau N", "monthly active users (10000)")
        text += option("--growth N", "the second column: MAU × growth (5)")
        text += option("--load-result FILE", "warm durations (warmDurationMsByFunction) of a make load result (default: newest .local/load/*.json)")
        text += option("--assumed-durations", "use no load result: the README's steady-phase means (\(assumed) ms)")
        text += option("--duration FUNCTION=MS", "override one function's warm duration")
        text += option("--rds-proxy auto|on|off", "bill RDS Proxy; auto: when peak direct connections pass --direct-connection-limit (auto)")
        text += option("--from-database", "tokens per call from the local ledger (DATABASE_URL) instead of the token assumptions")
        for (flag, what, path) in assumptionFlags { text += option("\(flag) N", "\(what) (\(format(CostAssumptions()[keyPath: path])))") }
        return text
    }

    static func format(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }

    public static func run(arguments: [String]) -> Int32 {
        let (status, text) = execute(arguments: arguments)
        if status == 0 { print(text, terminator: "") } else { FileHandle.standardError.write(Data(text.utf8)) }
        return status
    }

    /// The command without its output streams: exit status and the text for stdout (status 0) or stderr.
    public static func execute(arguments: [String]) -> (status: Int32, text: String) {
        var assumptions = CostAssumptions()
        var growth = 5.0
        var loadResult: String?
        var assumedDurations = false
        var durations: [String: Double] = [:]
        var templatePath = "template.yaml"
        var fromDatabase = false
        var proxy = RDSProxyChoice.auto
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--from-database" { fromDatabase = true; continue }
            if flag == "--assumed-durations" { assumedDurations = true; continue }
            if flag == "-h" || flag == "--help" { return (0, usage) }
            guard let value = rest.popFirst() else { return bad("\(flag) needs a value") }
            switch flag {
            case "--mau": guard let n = Int(value), n > 0 else { return bad("--mau must be a positive integer") }; assumptions.monthlyActiveUsers = n
            case "--growth": guard let g = Double(value), g > 0 else { return bad("--growth must be positive") }; growth = g
            case "--load-result": loadResult = value
            case "--template": templatePath = value
            case "--rds-proxy": guard let choice = RDSProxyChoice(rawValue: value) else { return bad("--rds-proxy wants auto, on or off") }; proxy = choice
            case "--duration":
                let parts = value.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let ms = Double(parts[1]), ms >= 0 else { return bad("--duration wants FUNCTION=MS") }
                durations[String(parts[0])] = ms
            default:
                guard let (_, _, path) = assumptionFlags.first(where: { $0.0 == flag }) else { return bad("unknown flag \(flag)") }
                guard let v = Double(value), v >= 0, v.isFinite else { return bad("\(flag) must be a number ≥ 0") }
                assumptions[keyPath: path] = v
            }
        }
        guard assumptions.outputTokensMin <= assumptions.outputTokensMax else { return bad("--output-tokens-min is above --output-tokens-max") }
        guard assumptions.modelOutputTokensPerSecond > 0 else { return bad("--model-output-tokens-per-second must be above 0") }
        guard assumptions.interactionsPerSession > 0, assumptions.sessionsPerUserMonth > 0 else { return bad("--sessions-per-user and --interactions-per-session must be above 0") }
        guard assumptions.fileProcessorInvocationsPerDocument >= 1 else { return bad("--file-processor-invocations-per-document must be at least 1") }
        if assumedDurations && loadResult != nil { return bad("--assumed-durations and --load-result exclude each other") }
        do {
            let template = try CloudTemplate.load(path: templatePath)
            if loadResult == nil && !assumedDurations { loadResult = newestLoadResult() }
            let measured = try loadResult.map(readLoadResult)
            let measuredFrom = measured.map { "\(loadResult!) (\($0.phase ?? "phase not recorded"))" }
                ?? "ASSUMED — no load result (\(assumedDurations ? "--assumed-durations" : "none in .local/load")): the README's steady phase of make load 2026-12-01 13:25 UTC"
            let fromLoad = measured?.durations ?? assumedDurationsMs
            var functions: [String: FunctionFigures] = [:]
            for function in template.functions.values {
                guard let ms = durations[function.executable] ?? fromLoad[function.executable] else { continue }
                functions[function.executable] = FunctionFigures(warmDurationMs: ms, memoryMB: function.memoryMB)
            }
            let modelId = template.function(named: "summarizer")?.environment["MODEL_ID"] ?? "us.anthropic.claude-haiku-4-5-20251001-v1:0"
            let embeddingId = template.function(named: "file-processor")?.environment["EMBEDDING_MODEL_ID"] ?? "amazon.titan-embed-text-v2:0"
            let tokens = fromDatabase ? try ledgerTokens() : nil
            let model = CostModel(modelId: modelId, embeddingModelId: embeddingId, functions: functions)
            var grown = assumptions
            grown.monthlyActiveUsers = Int((Double(assumptions.monthlyActiveUsers) * growth).rounded())
            let baseBill = try model.bill(assumptions, tokens: tokens, rdsProxy: proxy)
            let grownBill = try model.bill(grown, tokens: tokens, rdsProxy: proxy)
            return (0, render(baseBill, grownBill, assumptions: assumptions, functions: functions, measuredFrom: measuredFrom, modelId: modelId,
                              tokens: tokens, proxy: proxy))
        } catch {
            return (1, "lambda-local cost: \(error)\n")
        }
    }

    static func bad(_ message: String) -> (status: Int32, text: String) { (2, "lambda-local cost: \(message)\n\(usage)") }

    /// The newest `.local/load/*.json`, or nil.
    static func newestLoadResult() -> String? {
        let directory = ".local/load"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.last.map { "\(directory)/\($0)" }
    }

    /// `warmDurationMsByFunction` of a `make load` result.
    public static func readDurations(_ path: String) throws -> [String: Double] { try readLoadResult(path).durations }

    /// `warmDurationMsByFunction` and `warmDurationSource` (the phase) of a `make load` result.
    static func readLoadResult(_ path: String) throws -> (durations: [String: Double], phase: String?) {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CostError("cannot read \(path)") }
        guard let durations = object["warmDurationMsByFunction"] as? [String: Any] else { throw CostError("\(path) has no warmDurationMsByFunction") }
        var out: [String: Double] = [:]
        for (name, value) in durations {
            guard let ms = (value as? NSNumber)?.doubleValue, ms >= 0 else { throw CostError("\(path): warm duration of \(name) is not a number") }
            out[name] = ms
        }
        return (out, (object["warmDurationSource"] as? String).map { "\($0) phase" })
    }

    static func ledgerTokens() throws -> MeasuredTokens {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty else { throw CostError("--from-database needs DATABASE_URL") }
        let database = Database(settings: try DatabaseSettings.fromURL(url), logger: Logger(level: .error, sink: { _ in }))
        defer { database.close() }
        let rows = try database.session(timeoutMs: 30_000).query("""
            SELECT function_name, (model LIKE '%embed%') AS embedding, count(*) AS calls,
                   avg(input_tokens)::float8 AS input, avg(output_tokens)::float8 AS output
            FROM usage_ledger GROUP BY 1, 2
            """, [], idempotent: true).rows
        var figures: [String: (calls: Int, input: Double, output: Double)] = [:]
        for row in rows {
            let key = try row.string("function_name") + (try row.bool("embedding") ? "/embedding" : "")
            figures[key] = (try row.int("calls"), try row.double("input"), try row.double("output"))
        }
        guard let summarize = figures["summarizer"], let chat = figures["chat"] else {
            throw CostError("the ledger has no summarizer and chat calls yet (run make load, or the API, first)")
        }
        let embedding = figures["chat/embedding"]?.input ?? figures["file-processor/embedding"]?.input
        return MeasuredTokens(summarizeInput: summarize.input, summarizeOutput: summarize.output, chatInput: chat.input, chatOutput: chat.output,
                              embeddingInput: embedding, calls: figures.values.reduce(0) { $0 + $1.calls })
    }

    static func money(_ v: Double) -> String {
        if v >= 100 { return String(format: "%.0f", v) }
        if v >= 1 { return String(format: "%.2f", v) }
        return String(format: "%.4f", v)
    }

    static func render(_ base: Bill, _ grown: Bill, assumptions a: CostAssumptions, functions: [String: FunctionFigures], measuredFrom: String,
                       modelId: String, tokens: MeasuredTokens?, proxy: RDSProxyChoice) -> String {
        var out = "AWS bill per month, us-east-1 on demand (AWSPriceTable; no free tier; API Gateway's first two volume tiers)\n"
        out += "warm duration per invocation: \(measuredFrom); memory sizes from template.yaml\n"
        out += "  " + functions.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.2f", $0.value.warmDurationMs)) ms × \($0.value.memoryMB) MB" }.joined(separator: ", ") + "\n"
        if let tokens {
            out += String(format: "tokens per call from the local ledger (%d calls): summarize %.0f in / %.0f out, chat %.0f in / %.0f out\n",
                          tokens.calls, tokens.summarizeInput, tokens.summarizeOutput, tokens.chatInput, tokens.chatOutput)
        }
        out += "\n| line | quantity at \(base.monthlyActiveUsers) MAU | unit price (USD) | \(base.monthlyActiveUsers) MAU USD/month | \(grown.monthlyActiveUsers) MAU USD/month |\n|---|---|---|---|---|\n"
        for (line, grownLine) in zip(base.lines, grown.lines) {
            // A tier or a proxy neither bill reaches is left out of the table (the RDS Proxy decision is printed below).
            if line.quantity == 0 && grownLine.quantity == 0 && (line.name.contains("past 333 M") || line.name.hasPrefix("RDS Proxy")) { continue }
            let quantity = line.quantity == 0 && grownLine.quantity > 0 ? "0 (\(String(format: "%.1f", grownLine.quantity)) at \(grown.monthlyActiveUsers))" : String(format: "%.1f", line.quantity)
            out += "| \(line.name) | \(quantity) \(line.unit) | \(line.unitUSD) per \(line.unit) | \(money(line.usd)) | \(money(grownLine.usd)) |\n"
        }
        out += "| **total** | | | **\(money(base.totalUSD))** | **\(money(grown.totalUSD))** |\n"
        out += "| **per active user** | | | **\(money(base.perUserUSD))** | **\(money(grown.perUserUSD))** |\n"
        out += "\nlargest drivers at \(base.monthlyActiveUsers) MAU: " + base.largest.map { "\($0.name) (\(money($0.usd)), \(String(format: "%.0f", $0.usd / max(base.totalUSD, 1e-9) * 100)) %)" }.joined(separator: "; ") + "\n"
        out += "arm64 instead of x86_64 (same durations; these binaries are CPU-light, so no speed-up is assumed): saves \(money(base.arm64SavingUSD)) / month at \(base.monthlyActiveUsers) MAU, \(money(grown.arm64SavingUSD)) at \(grown.monthlyActiveUsers) (\(String(format: "%.2f", base.arm64SavingUSD / max(base.totalUSD, 1e-9) * 100)) % of the bill)\n"
        out += "Bedrock \(modelId) at \(format(a.outputTokensMin)) / \(format(a.outputTokensMax)) output tokens per reply: \(money(base.bedrockAtOutputMin)) / \(money(base.bedrockAtOutputMax)) per month at \(base.monthlyActiveUsers) MAU\n"
        out += "invocations per month at \(base.monthlyActiveUsers) MAU: " + base.invocations.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.0f", $0.value))" }.joined(separator: ", ") + "\n"
        out += "\n" + renderConcurrency(base, grown, assumptions: a, proxy: proxy)
        out += "\nassumptions (flags): sessions per user \(format(a.sessionsPerUserMonth)), interactions per session \(format(a.interactionsPerSession)) in the mix "
            + SessionMix.countsPerSession.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "; "
        out += assumptionFlags.dropFirst(2).map { "\($0.1) \(format(a[keyPath: $0.2]))" }.joined(separator: "; ") + "\n"
        out += "\nprices (taken, page, check):\n"
        for entry in AWSPriceTable.usEast1.infrastructure {
            out += "  \(entry.name): \(entry.usd) per \(entry.unit) — taken \(entry.source.taken), \(entry.source.page) — \(entry.source.summary)\n"
        }
        out += "  RDS Proxy minimum: \(format(AWSPriceTable.usEast1.rdsProxyMinimumACU)) ACUs (same sources as its price)\n"
        for id in [modelId, "amazon.titan-embed-text-v2:0"] {
            if let price = AWSPriceTable.usEast1.models.price(modelId: id) {
                out += "  \(id): \(price.inputPer1K) in / \(price.outputPer1K) out per 1K tokens — taken \(price.source.taken), \(price.source.page) — \(price.source.summary)\n"
            }
        }
        out += "  Claude 4.5 in-Region / geographic (us.) premium ×\(PriceTable.geographicPremium) over global. — \(PriceTable.geographicPremiumSource.summary)\n"
        return out
    }

    /// Concurrency at the peak for both bills: per function, the total against the account limit, and the
    /// database connections that decide RDS Proxy.
    static func renderConcurrency(_ base: Bill, _ grown: Bill, assumptions a: CostAssumptions, proxy: RDSProxyChoice) -> String {
        let b = base.concurrency, g = grown.concurrency
        var out = String(format: "Lambda concurrency at the peak (rate × time in the function): %.0f req/s at %d MAU, %.0f req/s at %d MAU\n",
                         b.peakRequestsPerSecond, base.monthlyActiveUsers, g.peakRequestsPerSecond, grown.monthlyActiveUsers)
        out += String(format: "  a model call = TTFT %.0f ms + output tokens ÷ %.0f tokens/s: summary %.2f s, chat answer %.2f s\n",
                      a.modelTimeToFirstTokenMs, a.modelOutputTokensPerSecond, b.modelCallSeconds.summarize, b.modelCallSeconds.chat)
        out += "\n| function | invocations/s at \(base.monthlyActiveUsers) MAU | mean s per invocation | concurrency at \(base.monthlyActiveUsers) MAU | concurrency at \(grown.monthlyActiveUsers) MAU |\n|---|---|---|---|---|\n"
        for f in b.functions {
            let grownConcurrency = g.function(f.name)?.concurrency ?? 0
            out += "| \(f.name) | " + String(format: "%.1f | %.3f | %.0f | %.0f |\n", f.ratePerSecond, f.meanSeconds, f.concurrency, grownConcurrency)
        }
        out += String(format: "| **all** | | | **%.0f** | **%.0f** |\n", b.total, g.total)
        func fits(_ c: ConcurrencyEstimate) -> String {
            c.total <= a.accountConcurrencyLimit ? String(format: "fits the account's %.0f", a.accountConcurrencyLimit)
                : String(format: "ABOVE the account's %.0f: raise the Region's quota to ≥ %.0f", a.accountConcurrencyLimit, (c.total * 1.25 / 100).rounded(.up) * 100)
        }
        out += "account concurrency: \(fits(b)) at \(base.monthlyActiveUsers) MAU; \(fits(g)) at \(grown.monthlyActiveUsers) MAU\n"
        func decision(_ bill: Bill) -> String {
            let reason = proxy == .auto
                ? String(format: "auto: %.0f direct connections ", bill.concurrency.databaseConnections) + (bill.rdsProxy ? "pass" : "stay within")
                    + String(format: " the limit of %.0f", a.directConnectionLimit)
                : "--rds-proxy \(proxy.rawValue)"
            return "\(bill.rdsProxy ? "RDS Proxy billed" : "no RDS Proxy") at \(bill.monthlyActiveUsers) MAU (\(reason))"
        }
        out += "database connections (one per warm environment of summarizer, file-processor, chat, health): \(decision(base)); \(decision(grown))\n"
        return out
    }
}
