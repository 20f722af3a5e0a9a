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
        ("--s3-retention-months", "months documents stay in S3", \.s3RetentionMonths),
        ("--log-bytes-per-invocation", "CloudWatch log bytes per invocation", \.logBytesPerInvocation),
        ("--log-retention-months", "months logs are kept", \.logRetentionMonths),
        ("--aurora-acu-per-10k-mau", "average Aurora Serverless v2 ACUs per 10,000 active users", \.auroraACUPer10kMAU),
        ("--aurora-min-acu", "Aurora minimum ACUs", \.auroraMinimumACU),
        ("--aurora-storage-gb-per-10k-mau", "Aurora storage GB per 10,000 active users", \.auroraStorageGBPer10kMAU),
    ]

    static var usage: String {
        var text = "usage: lambda-local cost [--mau 10000] [--growth 5] [--load-result .local/load/<t>.json] [--duration FUNCTION=MS]... [--template template.yaml] [--from-database]\n"
        for (flag, what, path) in assumptionFlags { text += "  \(flag) N".padding(toLength: 36, withPad: " ", startingAt: 0) + "\(what) (\(format(CostAssumptions()[keyPath: path])))\n" }
        return text
    }

    static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

    public static func run(arguments: [String]) -> Int32 {
        var assumptions = CostAssumptions()
        var growth = 5.0
        var loadResult: String?
        var durations: [String: Double] = [:]
        var templatePath = "template.yaml"
        var fromDatabase = false
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--from-database" { fromDatabase = true; continue }
            if flag == "-h" || flag == "--help" { print(usage, terminator: ""); return 0 }
            guard let value = rest.popFirst() else { return bad("\(flag) needs a value") }
            switch flag {
            case "--mau": guard let n = Int(value), n > 0 else { return bad("--mau must be a positive integer") }; assumptions.monthlyActiveUsers = n
            case "--growth": guard let g = Double(value), g > 0 else { return bad("--growth must be positive") }; growth = g
            case "--load-result": loadResult = value
            case "--template": templatePath = value
            case "--duration":
                let parts = value.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let ms = Double(parts[1]), ms >= 0 else { return bad("--duration wants FUNCTION=MS") }
                durations[String(parts[0])] = ms
            default:
                guard let (_, _, path) = assumptionFlags.first(where: { $0.0 == flag }) else { return bad("unknown flag \(flag)") }
                guard let v = Double(value), v >= 0 else { return bad("\(flag) must be a number ≥ 0") }
                assumptions[keyPath: path] = v
            }
        }
        guard assumptions.outputTokensMin <= assumptions.outputTokensMax else { return bad("--output-tokens-min is above --output-tokens-max") }
        do {
            let template = try CloudTemplate.load(path: templatePath)
            var measuredFrom = "flags"
            if loadResult == nil { loadResult = newestLoadResult() }
            var fromLoad: [String: Double] = [:]
            if let loadResult {
                fromLoad = try readDurations(loadResult)
                measuredFrom = loadResult
            }
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
            let baseBill = try model.bill(assumptions, tokens: tokens)
            let grownBill = try model.bill(grown, tokens: tokens)
            print(render(baseBill, grownBill, assumptions: assumptions, functions: functions, measuredFrom: measuredFrom, modelId: modelId, tokens: tokens))
            return 0
        } catch {
            FileHandle.standardError.write(Data("lambda-local cost: \(error)\n".utf8))
            return 1
        }
    }

    static func bad(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("lambda-local cost: \(message)\n\(usage)".utf8))
        return 2
    }

    /// The newest `.local/load/*.json`, or nil.
    static func newestLoadResult() -> String? {
        let directory = ".local/load"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.last.map { "\(directory)/\($0)" }
    }

    /// `warmDurationMsByFunction` of a `make load` result.
    public static func readDurations(_ path: String) throws -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CostError("cannot read \(path)") }
        guard let durations = object["warmDurationMsByFunction"] as? [String: Any] else { throw CostError("\(path) has no warmDurationMsByFunction") }
        return durations.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    /// Mean tokens per model call per function in the local ledger (the local stack's traffic, e.g. a `make load` run).
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
                       modelId: String, tokens: MeasuredTokens?) -> String {
        var out = "AWS bill per month, us-east-1 on demand (AWSPriceTable; no free tier, first price tier only)\n"
        out += "measured: warm duration per invocation from \(measuredFrom); memory sizes from template.yaml\n"
        out += "  " + functions.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.2f", $0.value.warmDurationMs)) ms × \($0.value.memoryMB) MB" }.joined(separator: ", ") + "\n"
        if let tokens {
            out += String(format: "tokens per call from the local ledger (%d calls): summarize %.0f in / %.0f out, chat %.0f in / %.0f out\n",
                          tokens.calls, tokens.summarizeInput, tokens.summarizeOutput, tokens.chatInput, tokens.chatOutput)
        }
        out += "\n| line | quantity at \(base.monthlyActiveUsers) MAU | unit price (USD) | \(base.monthlyActiveUsers) MAU USD/month | \(grown.monthlyActiveUsers) MAU USD/month |\n|---|---|---|---|---|\n"
        for (line, grownLine) in zip(base.lines, grown.lines) {
            out += "| \(line.name) | \(String(format: "%.1f", line.quantity)) \(line.unit) | \(line.unitUSD) per \(line.unit) | \(money(line.usd)) | \(money(grownLine.usd)) |\n"
        }
        out += "| **total** | | | **\(money(base.totalUSD))** | **\(money(grown.totalUSD))** |\n"
        out += "| **per active user** | | | **\(money(base.perUserUSD))** | **\(money(grown.perUserUSD))** |\n"
        out += "\nlargest drivers at \(base.monthlyActiveUsers) MAU: " + base.largest.map { "\($0.name) (\(money($0.usd)), \(String(format: "%.0f", $0.usd / max(base.totalUSD, 1e-9) * 100)) %)" }.joined(separator: "; ") + "\n"
        out += "arm64 instead of x86_64 (same durations; these binaries are CPU-light, so no speed-up is assumed): saves \(money(base.arm64SavingUSD)) / month at \(base.monthlyActiveUsers) MAU, \(money(grown.arm64SavingUSD)) at \(grown.monthlyActiveUsers) (\(String(format: "%.2f", base.arm64SavingUSD / max(base.totalUSD, 1e-9) * 100)) % of the bill)\n"
        out += "Bedrock \(PriceTable.baseModelId(modelId)) at \(format(a.outputTokensMin)) / \(format(a.outputTokensMax)) output tokens per reply: \(money(base.bedrockAtOutputMin)) / \(money(base.bedrockAtOutputMax)) per month at \(base.monthlyActiveUsers) MAU\n"
        out += "invocations per month at \(base.monthlyActiveUsers) MAU: " + base.invocations.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.0f", $0.value))" }.joined(separator: ", ") + "\n"
        out += "\nassumptions (flags): sessions per user \(format(a.sessionsPerUserMonth)), interactions per session \(format(a.interactionsPerSession)) in the mix "
            + SessionMix.countsPerSession.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "; "
        out += assumptionFlags.dropFirst(2).map { "\($0.1) \(format(a[keyPath: $0.2]))" }.joined(separator: "; ") + "\n"
        out += "\nprices (taken, page, verified):\n"
        for entry in AWSPriceTable.usEast1.infrastructure {
            out += "  \(entry.name): \(entry.usd) per \(entry.unit) — \(entry.source.taken), \(entry.source.page), " + (entry.source.verified.map { "verified \(entry.source.verifiedOn ?? "") against \($0)" } ?? "NOT VERIFIED (no copy found)") + "\n"
        }
        for id in [modelId, "amazon.titan-embed-text-v2:0"] {
            if let price = AWSPriceTable.usEast1.models.price(modelId: id) {
                out += "  \(PriceTable.baseModelId(id)): \(price.inputPer1K) in / \(price.outputPer1K) out per 1K tokens — \(price.source.taken), \(price.source.page), "
                    + (price.source.verified.map { "verified \(price.source.verifiedOn ?? "") against \($0)" } ?? "NOT VERIFIED since") + "\n"
            }
        }
        return out
    }
}
