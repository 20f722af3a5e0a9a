import LambdaRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounded attempts with exponential backoff and full jitter: before attempt
/// n+1, sleep a uniform random time in [0, min(maxDelay, baseDelay * 2^(n-1))].
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var baseDelayMs: Int64
    public var maxDelayMs: Int64
    /// An attempt is not started with less than this left before the deadline.
    public var minimumAttemptMs: Int64

    public init(maxAttempts: Int = 4, baseDelayMs: Int64 = 200, maxDelayMs: Int64 = 5_000, minimumAttemptMs: Int64 = 50) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelayMs = baseDelayMs
        self.maxDelayMs = maxDelayMs
        self.minimumAttemptMs = minimumAttemptMs
    }

    /// `AWS_MAX_ATTEMPTS` (the SDK convention), 1...10, default 4.
    public init(environment: Environment) throws {
        self.init(maxAttempts: try environment.int("AWS_MAX_ATTEMPTS", default: 4, range: 1...10))
    }

    /// The full-jitter delay before the attempt after `attempt` (1-based).
    public func delayMs(after attempt: Int) -> Int64 {
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(maxDelayMs, baseDelayMs << Int64(exponent))
        return ceiling <= 0 ? 0 : Int64.random(in: 0...ceiling)
    }

    static func sleep(ms: Int64) {
        guard ms > 0 else { return }
        var request = timespec(tv_sec: Int(ms / 1000), tv_nsec: Int(ms % 1000) * 1_000_000)
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
