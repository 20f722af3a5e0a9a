import LambdaRuntime

/// What every AWS call needs from the invocation that makes it: when to give
/// up, the X-Ray trace header to pass on, and where to log retries.
public struct AWSCallContext: Sendable {
    /// Milliseconds since the Unix epoch after which no attempt is started or continued.
    public var deadlineMs: Int64
    /// The invocation's `X-Amzn-Trace-Id` value, sent on every AWS call.
    public var traceId: String?
    public var logger: Logger

    public init(deadlineMs: Int64, traceId: String?, logger: Logger) {
        self.deadlineMs = deadlineMs
        self.traceId = traceId
        self.logger = logger
    }

    /// The invocation's deadline, less `reservingMs` for the function to answer
    /// after a failed call (for example with a fallback).
    public init(_ lambda: LambdaContext, reservingMs: Int64 = 500) {
        self.init(deadlineMs: lambda.deadlineMs - reservingMs, traceId: lambda.traceId, logger: lambda.logger)
    }

    public var remainingMs: Int64 { deadlineMs - WallClock.nowMs() }
}
