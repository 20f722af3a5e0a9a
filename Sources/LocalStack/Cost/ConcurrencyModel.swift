/// How long one Bedrock model call holds a Lambda execution environment: time to first token plus the
/// reply's output tokens at the model's output speed. Both are published figures (flags of
/// `lambda-local cost`); the local offline model answers in milliseconds, so nothing local is evidence here.
public struct ModelLatency: Sendable, Equatable {
    /// Time to first token, ms. Default 800: Artificial Analysis measured Amazon Bedrock's TTFT at 0.70–0.81 s
    /// for Claude 3.5 Haiku and 0.93 s for Claude 3.5 Sonnet (artificialanalysis.ai …/providers, stored copies);
    /// no stored figure for Haiku 4.5's TTFT on Bedrock was found.
    public var timeToFirstTokenMs: Double
    /// Output tokens per second once streaming. Default 150: the low end of "150–180 tok/s" for Claude Haiku 4.5
    /// on Amazon Bedrock (learn.cloudbuckle.com/docs/claude-optimization/latency-factors; Sonnet 4.6 80–120);
    /// the low end because concurrency must not be under-planned.
    public var outputTokensPerSecond: Double

    public init(timeToFirstTokenMs: Double = 800, outputTokensPerSecond: Double = 150) {
        self.timeToFirstTokenMs = timeToFirstTokenMs
        self.outputTokensPerSecond = outputTokensPerSecond
    }

    /// Seconds one call takes for `outputTokens` tokens of reply.
    public func seconds(outputTokens: Double) -> Double { timeToFirstTokenMs / 1000 + outputTokens / outputTokensPerSecond }
}

/// Lambda concurrency at a peak request rate by Little's law (concurrency = arrival rate × time in the
/// function), per function, from the session mix, the measured warm durations, the assumptions' authorizer
/// calls and document events, and `ModelLatency` for the summaries and chat answers.
public struct ConcurrencyEstimate: Sendable, Equatable {
    public struct Function: Sendable, Equatable {
        public let name: String
        /// Invocations per second at the peak.
        public let ratePerSecond: Double
        /// Mean seconds per invocation (the measured warm duration plus, for model routes, the model call).
        public let meanSeconds: Double
        public var concurrency: Double { ratePerSecond * meanSeconds }
    }

    public let peakRequestsPerSecond: Double
    public let modelCallSeconds: (summarize: Double, chat: Double)
    public let functions: [Function]
    /// Functions that hold one database connection per warm execution environment (the Store's).
    public static let databaseFunctions: Set<String> = ["summarizer", "file-processor", "chat", "health"]

    public var total: Double { functions.reduce(0) { $0 + $1.concurrency } }
    /// Direct database connections the functions keep: one per warm environment of a database function.
    public var databaseConnections: Double { functions.filter { Self.databaseFunctions.contains($0.name) }.reduce(0) { $0 + $1.concurrency } }
    public func function(_ name: String) -> Function? { functions.first { $0.name == name } }

    public static func == (a: ConcurrencyEstimate, b: ConcurrencyEstimate) -> Bool {
        a.peakRequestsPerSecond == b.peakRequestsPerSecond && a.functions == b.functions
            && a.modelCallSeconds.summarize == b.modelCallSeconds.summarize && a.modelCallSeconds.chat == b.modelCallSeconds.chat
    }

    /// - Parameters:
    ///   - peak: API requests per second (the session mix's interactions).
    ///   - durationsMs: measured warm duration per function.
    ///   - summarizeOutputTokens / chatOutputTokens: the cost model's output tokens per reply.
    public static func at(peak: Double, durationsMs: [String: Double], assumptions a: CostAssumptions, latency: ModelLatency,
                          summarizeOutputTokens: Double, chatOutputTokens: Double) throws -> ConcurrencyEstimate {
        let perSession = Double(SessionMix.session.count)
        let summarizeSeconds = latency.seconds(outputTokens: summarizeOutputTokens)
        let chatSeconds = latency.seconds(outputTokens: chatOutputTokens)
        // Per function: (requests/s, seconds) of each kind of invocation, summed into a rate and a mean.
        var parts: [String: [(rate: Double, seconds: Double)]] = [:]
        func warm(_ name: String) throws -> Double {
            guard let ms = durationsMs[name] else { throw CostError("no measured duration for function \(name)") }
            return ms / 1000
        }
        for step in SessionMix.steps {
            let rate = peak * Double(SessionMix.session.filter { $0 == step }.count) / perSession
            var seconds = try warm(step.function)
            if step == SessionMix.summarize { seconds += summarizeSeconds }
            if step == SessionMix.chat { seconds += chatSeconds }
            parts[step.function, default: []].append((rate, seconds))
        }
        // One authorizer call per `authorizerCallsPerSession` of a session's interactions (the 300 s policy cache).
        parts["authorizer", default: []].append((peak * a.authorizerCallsPerSession / a.interactionsPerSession, try warm("authorizer")))
        // Document events (the S3 event, the Data Automation completion) at the documents-per-interaction ratio.
        let documentsPerInteraction = a.documentsPerUserMonth / (a.sessionsPerUserMonth * a.interactionsPerSession)
        let events = peak * documentsPerInteraction * (a.fileProcessorInvocationsPerDocument - 1)
        if events > 0 { parts["file-processor", default: []].append((events, a.documentProcessingMs / 1000)) }

        let functions = parts.keys.sorted().map { name -> Function in
            let rate = parts[name]!.reduce(0) { $0 + $1.rate }
            let busy = parts[name]!.reduce(0) { $0 + $1.rate * $1.seconds }
            return Function(name: name, ratePerSecond: rate, meanSeconds: rate > 0 ? busy / rate : 0)
        }
        return ConcurrencyEstimate(peakRequestsPerSecond: peak, modelCallSeconds: (summarizeSeconds, chatSeconds), functions: functions)
    }
}

/// Whether the bill carries RDS Proxy: always, never, or when the direct connections at the peak pass a limit.
public enum RDSProxyChoice: String, Sendable, CaseIterable {
    case auto, on, off

    public func wanted(databaseConnections: Double, limit: Double) -> Bool {
        switch self {
        case .on: return true
        case .off: return false
        case .auto: return databaseConnections > limit
        }
    }
}
