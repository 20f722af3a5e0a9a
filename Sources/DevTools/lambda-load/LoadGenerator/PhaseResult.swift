/// What one phase measured, per route: latency from the request's scheduled time (what a user waits,
/// stalls included), service time from the moment it was written (what a closed-loop tool would show),
/// the start delay (written minus scheduled: the generator's backlog), statuses and failures.
public struct RouteResult: Sendable {
    public var latency = LogHistogram()
    public var service = LogHistogram()
    public var startDelay = LogHistogram()
    /// HTTP status → count; transport failures under 0 (connect, timeout, reset).
    public var statuses: [Int: Int] = [:]
    public var failures: [String: Int] = [:]

    public init() {}

    public var requests: Int { Int(latency.count) }
    /// Every answer that is not what a valid scenario request gets, and transport failures: 5xx, 429, and the
    /// refusals of a request the stack must serve (400, 401, 403, 413, 415, 422: the scenario sends valid
    /// tokens and bodies, so these mean a broken stack — a run once counted 30,000 gateway 403s as answers).
    /// 404 and 409 are answers (a document another session deleted, a conflicting write), not errors.
    public var errors: Int {
        statuses.filter { $0.key >= 400 && $0.key != 404 && $0.key != 409 }.values.reduce(0, +) + failures.values.reduce(0, +)
    }

    mutating func add(_ other: RouteResult) {
        latency.add(other.latency); service.add(other.service); startDelay.add(other.startDelay)
        statuses.merge(other.statuses, uniquingKeysWith: +)
        failures.merge(other.failures, uniquingKeysWith: +)
    }
}

public struct PhaseResult: Sendable {
    public let phase: LoadPhase
    public var routes: [String: RouteResult] = [:]
    /// From the phase's start to the last answer, seconds.
    public var elapsedSeconds: Double = 0
    /// From the phase's start to the last request written, seconds (the schedule's span as kept).
    public var sendSpanSeconds: Double = 0
    /// Connections the pool actually opened (the least that kept the schedule, keep-alive reused).
    public var connectionsUsed = 0

    public init(phase: LoadPhase) { self.phase = phase }

    public var all: RouteResult { routes.values.reduce(into: RouteResult()) { $0.add($1) } }
    public var requests: Int { all.requests }
    public var errors: Int { all.errors }
    public var errorRate: Double { requests == 0 ? 0 : Double(errors) / Double(requests) }
    /// Answers per second over the phase.
    public var throughput: Double { elapsedSeconds > 0 ? Double(requests) / elapsedSeconds : 0 }
    /// Requests written per second over the span the schedule took (the arrival rate kept).
    public var sentRate: Double { sendSpanSeconds > 0 ? Double(requests - 1) / sendSpanSeconds : 0 }
}
