import Foundation
import LambdaRuntime
import OpenSSLCrypto

/// The Lambda Runtime API, emulated on loopback for one function process:
/// `next` blocks until an event is queued, `response`/`error` complete it,
/// `init/error` records a start-up failure. Limits follow AWS (6 MB response).
public final class RuntimeEmulator: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        case response([UInt8])
        /// The error document and the `Lambda-Runtime-Function-Error-Type` header.
        case error(body: [UInt8], errorTypeHeader: String?)
    }

    public struct Pending: Sendable {
        public let requestId: String
        public let event: [UInt8]
        public let deadlineMs: Int64
        public let traceId: String?
        public let clientContext: String?
        public let cognitoIdentity: String?
    }

    public static let responseLimit = 6 * 1024 * 1024
    /// The name of the emulator's connection threads (benchmarks count their CPU apart).
    public static let threadName = "runtime-api"

    /// Back-to-back invocations of one event (`lambda-local invoke --repeat`):
    /// the thread that receives an outcome queues the next event at once, as a
    /// busy front end keeps a warm function fed, so no hand-off between our own
    /// threads sits inside the measured time.
    private struct Series {
        let event: [UInt8]
        let timeoutMs: Int64
        var remaining: Int
        var currentId: String
        var currentDeadlineMs: Int64
        var queuedAtNs: UInt64
        var durationsNs: [UInt64]
        var last: Outcome?
    }

    // One lock, one condition per kind of waiter: a queued event wakes only the
    // function's `next`, an outcome only the invoker. On a single pinned CPU a
    // spurious wake-up costs a context switch per invocation.
    private let lock: PThreadMutex
    // Created with the object, not `lazy`: a lazy property's first use from two threads at once is a data race (two
    // conditions, a waiter left on the one thrown away); ThreadSanitizer reported it in `make load`'s cold burst.
    private let eventQueued: PThreadCondition
    private let outcomeReady: PThreadCondition
    private let nextCalled: PThreadCondition
    private var queue: [Pending] = []
    private var inFlight: [String: Pending] = [:]
    private var outcomes: [String: Outcome] = [:]
    private var initErrorBody: [UInt8]?
    private var nextCalls = 0
    private var firstNextNs: UInt64?
    private var counter = 0
    private var stopped = false
    private var series: Series?
    private let requestIdPrefix: String
    /// When set, `next` answers 500 (to test that the function exits).
    public var failNextWithServerError = false
    /// `Lambda-Runtime-Invoked-Function-Arn`; set before the function starts (the local cloud names its functions).
    public var invokedFunctionArn = "arn:aws:lambda:us-east-1:000000000000:function:local"
    private var server: HTTPServer!

    public init() throws {
        let mutex = PThreadMutex()
        lock = mutex
        eventQueued = PThreadCondition(mutex: mutex)
        outcomeReady = PThreadCondition(mutex: mutex)
        nextCalled = PThreadCondition(mutex: mutex)
        requestIdPrefix = Hex.fixedWidth(UInt64(UInt32(truncatingIfNeeded: getpid())), digits: 8) + "-0000-4000-8000-"
        server = try HTTPServer(owner: self, threadName: RuntimeEmulator.threadName) { emulator, request in emulator.handle(request) }
    }

    /// `127.0.0.1:<port>`, the value of AWS_LAMBDA_RUNTIME_API.
    public var address: String { "127.0.0.1:\(server.port)" }

    public func stop() {
        server.stop()
        lock.withLock {
            stopped = true
            eventQueued.broadcast()
            outcomeReady.broadcast()
            nextCalled.broadcast()
        }
    }

    /// Queues one invocation and returns its request id (`requestId` when given: the
    /// local cloud names invocations itself, unique across its many emulators).
    @discardableResult
    public func enqueue(_ event: [UInt8], timeoutMs: Int64, traceId: String? = nil,
                        clientContext: String? = nil, cognitoIdentity: String? = nil, requestId: String? = nil) -> String {
        lock.lock()
        let id = queueLocked(event, timeoutMs: timeoutMs, traceId: traceId, clientContext: clientContext,
                             cognitoIdentity: cognitoIdentity, requestId: requestId)
        lock.unlock()
        // Signalled after unlocking, so the woken thread does not block on the lock we still hold.
        eventQueued.signal()
        return id
    }

    private func queueLocked(_ event: [UInt8], timeoutMs: Int64, traceId: String?, clientContext: String? = nil,
                             cognitoIdentity: String? = nil, requestId: String? = nil) -> String {
        counter += 1
        let id = requestId ?? requestIdPrefix + Hex.fixedWidth(UInt64(counter), digits: 12)
        queue.append(Pending(requestId: id, event: event, deadlineMs: WallClock.nowMs() + timeoutMs, traceId: traceId,
                             clientContext: clientContext, cognitoIdentity: cognitoIdentity))
        return id
    }

    /// Invokes `event` `count` times back to back (see `Series`); returns the
    /// time of each from queueing to outcome, and the last outcome, or nil when
    /// the function failed to start, died, or timed out. An error outcome ends the series.
    public func invokeSeries(_ event: [UInt8], count: Int, timeoutMs: Int64,
                             giveUp: () -> Bool = { false }) -> (durationsNs: [UInt64], last: Outcome?) {
        precondition(count >= 1)
        lock.lock()
        defer { lock.unlock() }
        let traceId = Self.traceHeader()
        let queuedAt = WallClock.monotonicNs()
        let id = queueLocked(event, timeoutMs: timeoutMs, traceId: traceId)
        var durations = [UInt64]()
        durations.reserveCapacity(count)
        series = Series(event: event, timeoutMs: timeoutMs, remaining: count - 1, currentId: id,
                        currentDeadlineMs: queue.last!.deadlineMs, queuedAtNs: queuedAt, durationsNs: durations, last: nil)
        eventQueued.signal()
        // Fields are read in place: a copy of the series held across the wait
        // would make every append by the server thread copy the durations array.
        while series!.last == nil {
            if initErrorBody != nil || stopped || giveUp() || WallClock.nowMs() >= series!.currentDeadlineMs { break }
            outcomeReady.wait(untilMonotonicNs: WallClock.monotonicNs() + 20_000_000)
        }
        defer { series = nil }
        return (series!.durationsNs, series!.last)
    }

    /// An X-Ray trace header in AWS's format, as Lambda passes on with active tracing.
    private static func traceHeader() -> String {
        // Three random draws, not one per digit: each draw is a getrandom(2) call.
        var random = SystemRandomNumberGenerator()
        let epoch = Hex.fixedWidth(UInt64(WallClock.nowMs() / 1000), digits: 8)
        let root = Hex.fixedWidth(random.next(), digits: 16) + Hex.fixedWidth(random.next(), digits: 8)
        let parent = Hex.fixedWidth(random.next(), digits: 16)
        return "Root=1-\(epoch)-\(root);Parent=\(parent);Sampled=1"
    }

    /// Waits for the outcome of `requestId` until `untilMs` (epoch ms) or until
    /// `giveUp` says so (checked at least every 20 ms, e.g. the process died).
    public func waitForOutcome(_ requestId: String, untilMs: Int64, giveUp: () -> Bool = { false }) -> Outcome? {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let outcome = outcomes.removeValue(forKey: requestId) { return outcome }
            if initErrorBody != nil || stopped || giveUp() || WallClock.nowMs() >= untilMs { return nil }
            outcomeReady.wait(untilMonotonicNs: WallClock.monotonicNs() + 20_000_000)
        }
    }

    /// Waits until the function has called `next` at least `count` times.
    public func waitForNextCalls(_ count: Int, untilMs: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        while nextCalls < count {
            if stopped || WallClock.nowMs() >= untilMs { return false }
            nextCalled.wait(untilMonotonicNs: WallClock.monotonicNs() + 1_000_000)
        }
        return true
    }

    public var initError: [UInt8]? { lock.withLock { initErrorBody } }

    /// Monotonic time of the first `next` call (start-up measurements).
    public var firstNextAt: UInt64? { lock.withLock { firstNextNs } }

    public var nextCallCount: Int { lock.withLock { nextCalls } }

    // MARK: the Runtime API

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let path = request.path
        let prefix = "/2018-06-01/runtime/"
        guard path.hasPrefix(prefix) else { return .json(404, "{\"errorMessage\":\"unknown path\",\"errorType\":\"InvalidRequest\"}") }
        // Bytes, not Characters: this runs twice per invocation (`next`, then the response).
        let rest = path.utf8.dropFirst(prefix.utf8.count)
        if request.method == "GET" && rest.elementsEqual("invocation/next".utf8) { return next() }
        if request.method == "POST" && rest.elementsEqual("init/error".utf8) {
            lock.withLock {
                initErrorBody = request.body
                outcomeReady.broadcast() // an invoker waiting for an outcome gives up now
            }
            return .json(202, "{\"status\":\"OK\"}")
        }
        let parts = rest.split(separator: UInt8(ascii: "/"))
        if request.method == "POST", parts.count == 3, parts[0].elementsEqual("invocation".utf8),
           parts[2].elementsEqual("response".utf8) || parts[2].elementsEqual("error".utf8) {
            let (answer, wakeInvoker) = complete(String(Substring(parts[1])), isError: parts[2].elementsEqual("error".utf8), request: request)
            if wakeInvoker { outcomeReady.broadcast() } // after unlocking, as in enqueue
            return answer
        }
        return .json(404, "{\"errorMessage\":\"unknown path\",\"errorType\":\"InvalidRequest\"}")
    }

    /// Records a response or error for `id`: 202, or why not, and whether an
    /// invoker waits for it (a series wakes its invoker only at its end).
    private func complete(_ id: String, isError: Bool, request: HTTPServer.Request) -> (HTTPServer.Response, Bool) {
        lock.lock()
        defer { lock.unlock() }
        guard inFlight[id] != nil else {
            return (.json(400, "{\"errorMessage\":\"unknown or completed request id\",\"errorType\":\"InvalidRequestID\"}"), false)
        }
        let outcome: Outcome
        if isError {
            outcome = .error(body: request.body, errorTypeHeader: request.headers["Lambda-Runtime-Function-Error-Type"])
        } else {
            if request.body.count > Self.responseLimit {
                // As AWS: refused, and the function may still report an error for it.
                return (.json(413, "{\"errorMessage\":\"Exceeded maximum allowed payload size (\(Self.responseLimit) bytes).\",\"errorType\":\"RequestEntityTooLarge\"}"), false)
            }
            outcome = .response(request.body)
        }
        inFlight[id] = nil
        let accepted = HTTPServer.Response.json(202, "{\"status\":\"OK\"}")
        if series?.currentId == id {
            // Mutated in place: a copy would copy the durations array on every invocation.
            // The first event waits in the queue while the process starts; its
            // time starts when the function first asks for work (start-up is reported apart).
            let startedNs = max(series!.queuedAtNs, firstNextNs ?? 0)
            series!.durationsNs.append(WallClock.monotonicNs() - startedNs)
            if isError || series!.remaining == 0 {
                series!.last = outcome
                return (accepted, true)
            }
            series!.remaining -= 1
            let traceId = Self.traceHeader()
            series!.queuedAtNs = WallClock.monotonicNs()
            series!.currentId = queueLocked(series!.event, timeoutMs: series!.timeoutMs, traceId: traceId)
            series!.currentDeadlineMs = queue.last!.deadlineMs
            return (accepted, false)
        }
        outcomes[id] = outcome
        return (accepted, true)
    }

    private func next() -> HTTPServer.Response {
        lock.lock()
        defer { lock.unlock() }
        nextCalls += 1
        if firstNextNs == nil { firstNextNs = WallClock.monotonicNs() }
        nextCalled.broadcast() // only start-up waits for this; steady-state invocations have no waiter
        if failNextWithServerError {
            return .json(500, "{\"errorMessage\":\"emulated Runtime API failure\",\"errorType\":\"ServiceException\"}")
        }
        while queue.isEmpty {
            // Stopped: the connection is being shut down, the answer is never read.
            if stopped { return .json(500, "{\"errorMessage\":\"emulator stopped\",\"errorType\":\"ServiceException\"}") }
            eventQueued.wait()
        }
        let invocation = queue.removeFirst()
        inFlight[invocation.requestId] = invocation
        var headers: [(String, String)] = [
            ("Content-Type", "application/json"),
            ("Lambda-Runtime-Aws-Request-Id", invocation.requestId),
            ("Lambda-Runtime-Deadline-Ms", String(invocation.deadlineMs)),
            ("Lambda-Runtime-Invoked-Function-Arn", invokedFunctionArn),
        ]
        if let trace = invocation.traceId { headers.append(("Lambda-Runtime-Trace-Id", trace)) }
        if let cc = invocation.clientContext { headers.append(("Lambda-Runtime-Client-Context", cc)) }
        if let ci = invocation.cognitoIdentity { headers.append(("Lambda-Runtime-Cognito-Identity", ci)) }
        return HTTPServer.Response(status: 200, headers: headers, body: invocation.event)
    }
}
