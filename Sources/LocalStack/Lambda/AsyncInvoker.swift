import Foundation
import LambdaRuntime

/// Lambda's asynchronous invocation, as S3 notifications and EventBridge use
/// it: the event is accepted at once and run on the function's pool; a
/// function error, timeout or crash is retried `MaximumRetryAttempts` times
/// (2 by default) after a back-off (AWS waits ~1 min then ~2 min; locally
/// `retryDelays`, 1 s and 2 s by default), then the invocation record goes to
/// the on-failure destination: a JSON file in `deadLetterDirectory`, in the
/// shape Lambda sends destinations (aws-shapes §5). Events older than
/// `MaximumEventAgeInSeconds` go there too (`EventAgeExceeded`). At the
/// function's concurrency limit an event is not lost and costs no retry: as
/// Lambda returns a throttled event to its queue, it waits for a free process
/// (woken when one frees up, where AWS polls with a 1 s → 5 min back-off) until
/// its maximum age.
public final class AsyncInvoker: @unchecked Sendable {
    public struct Stats: Sendable, Equatable {
        public var accepted = 0
        public var succeeded = 0
        public var retries = 0
        public var deadLettered = 0
    }

    private let deadLetterDirectory: String
    private let retryDelays: [Double]
    private let log: CloudLog
    private let lock: PThreadMutex
    // Created with the object, not `lazy`: a lazy property's first use from two threads at once is a data race (two
    // conditions, a waiter left on the one thrown away); ThreadSanitizer reported it in `make load`'s cold burst.
    private let settled: PThreadCondition
    private var inFlight = 0
    private var counters = Stats()

    public init(deadLetterDirectory: String, retryDelays: [Double] = [1, 2], log: CloudLog) {
        let mutex = PThreadMutex()
        lock = mutex
        settled = PThreadCondition(mutex: mutex)
        self.deadLetterDirectory = deadLetterDirectory
        self.retryDelays = retryDelays.isEmpty ? [1, 2] : retryDelays
        self.log = log
    }

    public var stats: Stats { lock.withLock { counters } }

    /// Accepts `event` for `pool` (HTTP 202 in Lambda's Invoke API) and returns its request id.
    @discardableResult
    public func invoke(_ pool: FunctionPool, event: [UInt8], source: String) -> String {
        let requestId = RequestIds.make()
        let acceptedMs = WallClock.nowMs()
        lock.withLock { inFlight += 1; counters.accepted += 1 }
        log.platform("async.accepted", function: pool.function.executable, requestId: requestId, message: "async invocation from \(source) accepted (\(event.count) bytes)")
        let thread = Thread { [self] in
            run(pool, event: event, requestId: requestId, acceptedMs: acceptedMs)
            lock.withLock { inFlight -= 1 }
            settled.broadcast()
        }
        thread.stackSize = 512 << 10
        thread.start()
        return requestId
    }

    /// Waits until every accepted event succeeded or went to the dead letters (tests, shutdown).
    public func waitUntilSettled(timeoutSeconds: Double) -> Bool {
        let deadline = WallClock.monotonicNs() + UInt64(timeoutSeconds * 1e9)
        lock.lock()
        defer { lock.unlock() }
        while inFlight > 0 {
            if WallClock.monotonicNs() >= deadline { return false }
            _ = settled.wait(untilMonotonicNs: min(deadline, WallClock.monotonicNs() + 50_000_000))
        }
        return true
    }

    private func run(_ pool: FunctionPool, event: [UInt8], requestId: String, acceptedMs: Int64) {
        let function = pool.function
        let attempts = 1 + function.maximumRetryAttempts
        var last: FunctionPool.Result = .callerTimedOut
        for attempt in 1...attempts {
            if WallClock.nowMs() - acceptedMs > Int64(function.maximumEventAgeSeconds) * 1000 {
                deadLetter(pool, event: event, requestId: requestId, condition: "EventAgeExceeded", attempts: attempt - 1, last: last)
                return
            }
            // The same request id on every attempt, as Lambda retries.
            let expiresMs = acceptedMs + Int64(function.maximumEventAgeSeconds) * 1000
            last = pool.invoke(event, requestId: requestId, whenBusy: .wait(untilMs: expiresMs))
            if case .response = last {
                lock.withLock { counters.succeeded += 1 }
                return
            }
            if case .throttled = last { // still throttled at its maximum age: never ran this attempt
                deadLetter(pool, event: event, requestId: requestId, condition: "EventAgeExceeded", attempts: attempt - 1, last: last)
                return
            }
            if attempt < attempts {
                let delay = retryDelays[min(attempt - 1, retryDelays.count - 1)]
                lock.withLock { counters.retries += 1 }
                log.platform("async.retry", function: function.executable, requestId: requestId,
                             message: String(format: "attempt %d of %d failed (%@): retrying in %.1f s", attempt, attempts, Self.errorType(last), delay))
                usleep(useconds_t(delay * 1_000_000))
            }
        }
        deadLetter(pool, event: event, requestId: requestId, condition: "RetriesExhausted", attempts: attempts, last: last)
    }

    private static func errorType(_ result: FunctionPool.Result) -> String {
        switch result {
        case .functionError(let body), .failed(_, let body):
            return (try? JSONValue.parse(body))?["errorType"]?.string ?? "error"
        case .response: return "none"
        case .throttled: return "TooManyRequestsException"
        case .callerTimedOut: return "not run"
        }
    }

    private func deadLetter(_ pool: FunctionPool, event: [UInt8], requestId: String, condition: String, attempts: Int, last: FunctionPool.Result) {
        let record = DeadLetterRecord.encode(functionArn: "arn:aws:lambda:\(CloudTemplate.region):\(CloudTemplate.accountId):function:\(pool.function.name):$LATEST",
                                             requestId: requestId, condition: condition, approximateInvokeCount: attempts,
                                             requestPayload: event, last: last)
        let stamp = WallClock.iso8601(ms: WallClock.nowMs()).replacingOccurrences(of: ":", with: "")
        let path = "\(deadLetterDirectory)/\(stamp)-\(pool.function.executable)-\(requestId).json"
        do {
            try FileManager.default.createDirectory(atPath: deadLetterDirectory, withIntermediateDirectories: true)
            try Data(record).write(to: URL(fileURLWithPath: path))
            lock.withLock { counters.deadLettered += 1 }
            log.platform("async.deadLetter", function: pool.function.executable, requestId: requestId,
                         message: "\(condition) after \(attempts) attempt(s): invocation record written to \(path)")
        } catch {
            log.platform("async.deadLetterError", function: pool.function.executable, requestId: requestId, message: "cannot write \(path): \(error)")
        }
    }
}

/// Lambda's invocation record for destinations:
/// `{version, timestamp, requestContext{requestId, functionArn, condition, approximateInvokeCount},
///   requestPayload, responseContext{statusCode, executedVersion, functionError}, responsePayload}`.
enum DeadLetterRecord {
    static func encode(functionArn: String, requestId: String, condition: String, approximateInvokeCount: Int,
                       requestPayload: [UInt8], last: FunctionPool.Result) -> [UInt8] {
        var out = Array("{\"version\":\"1.0\",\"timestamp\":\"\(WallClock.iso8601(ms: WallClock.nowMs()))\",\"requestContext\":{\"requestId\":".utf8)
        JSONText.appendQuoted(requestId, to: &out)
        out.append(contentsOf: ",\"functionArn\":".utf8)
        JSONText.appendQuoted(functionArn, to: &out)
        out.append(contentsOf: ",\"condition\":\"\(condition)\",\"approximateInvokeCount\":\(approximateInvokeCount)},\"requestPayload\":".utf8)
        // The event as it was sent (JSON), or as a string when it is not JSON.
        if (try? JSONValue.parse(requestPayload)) != nil { out.append(contentsOf: requestPayload) }
        else { JSONText.appendQuoted(String(decoding: requestPayload, as: UTF8.self), to: &out) }
        out.append(contentsOf: ",\"responseContext\":{\"statusCode\":200,\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"},\"responsePayload\":".utf8)
        switch last {
        case .functionError(let body), .failed(_, let body):
            if (try? JSONValue.parse(body)) != nil { out.append(contentsOf: body) } else { JSONText.appendQuoted(String(decoding: body, as: UTF8.self), to: &out) }
        case .response(let body):
            out.append(contentsOf: body.isEmpty ? Array("null".utf8) : body)
        case .callerTimedOut, .throttled:
            out.append(contentsOf: "null".utf8)
        }
        out.append(contentsOf: "}\n".utf8)
        return out
    }
}
