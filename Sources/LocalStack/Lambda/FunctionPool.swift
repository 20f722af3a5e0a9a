import Foundation
import LambdaRuntime

/// One function as Lambda runs it: a pool of warm execution environments,
/// one invocation at a time each. When every environment is busy a new one
/// starts (a cold start, logged with its init time), up to the function's
/// concurrency (`ReservedConcurrentExecutions`, else `defaultConcurrency`);
/// past that a synchronous invocation is throttled at once, as Lambda answers
/// `TooManyRequestsException` (429), and an asynchronous one waits in the
/// queue for a process (`WhenBusy`); both are logged. Idle environments are
/// stopped after `idleSeconds`. An environment past the function's timeout
/// is killed (`Task timed out after N seconds`), one past its memory size
/// likewise (`Runtime.OutOfMemory`), one that crashed is discarded: the next
/// invocation gets a fresh process.
public final class FunctionPool: @unchecked Sendable {
    public enum Result: Sendable {
        case response([UInt8])
        /// The function reported an error (its error document).
        case functionError(body: [UInt8])
        /// The environment failed: timeout, crash, out of memory, init failure (Lambda's error document).
        case failed(errorType: String, body: [UInt8])
        /// The caller stopped waiting (API Gateway's integration timeout); the invocation goes on.
        case callerTimedOut
        /// Every process busy at the concurrency limit: Lambda's 429 `TooManyRequestsException` (its error document);
        /// the function never ran.
        case throttled(body: [UInt8])
    }

    /// What an invocation does when every process is busy at the concurrency limit.
    public enum WhenBusy: Sendable {
        /// Refused at once, as Lambda's synchronous Invoke refuses it (429).
        case throttle
        /// Waits for a process until `untilMs` (epoch ms), then throttled: Lambda keeps an async event in its
        /// queue, and `lambda-local serve --throttle-wait S` lets synchronous callers wait a little.
        case wait(untilMs: Int64)
    }

    public struct Stats: Sendable, Equatable {
        public var coldStarts = 0
        public var invocations = 0
        public var timeouts = 0
        public var crashes = 0
        public var outOfMemory = 0
        public var idleStops = 0
        /// Invocations that waited for a process (async events kept in the queue, `--throttle-wait`).
        public var throttledWaits = 0
        /// Invocations refused with 429 (`TooManyRequestsException`).
        public var throttles = 0
        public var peakConcurrency = 0
    }

    public static let defaultConcurrency = 10
    /// Lambda gives a function's init phase 10 seconds.
    static let initTimeoutMs: Int64 = 10_000

    public let function: CloudTemplate.Function
    public let maxConcurrency: Int
    private let executable: String
    private let environment: [String: String]
    private let log: CloudLog
    private let idleNs: UInt64
    private let lock: PThreadMutex
    // Created with the object, not `lazy`: a lazy property's first use from two threads at once is a data race (two
    // conditions, a waiter left on the one thrown away); ThreadSanitizer reported it in `make load`'s cold burst.
    private let freed: PThreadCondition
    private var idle: [FunctionInstance] = []
    private var busy: [Int: FunctionInstance] = [:]
    private var total = 0
    private var spawned = 0
    private var stopped = false
    private var counters = Stats()

    init(function: CloudTemplate.Function, executable: String, environment: [String: String], log: CloudLog,
         defaultConcurrency: Int = FunctionPool.defaultConcurrency, idleSeconds: Double) {
        let mutex = PThreadMutex()
        lock = mutex
        freed = PThreadCondition(mutex: mutex)
        self.function = function
        self.executable = executable
        self.environment = environment.merging(["AWS_LAMBDA_FUNCTION_MEMORY_SIZE": String(function.memoryMB)]) { $1 }
        self.log = log
        self.maxConcurrency = max(1, function.reservedConcurrency ?? defaultConcurrency)
        self.idleNs = UInt64(idleSeconds * 1e9)
    }

    public var stats: Stats { lock.withLock { counters } }
    /// Environments alive now (idle and busy).
    public var processCount: Int { lock.withLock { total } }
    /// Process ids of the environments alive now (benchmarks read their CPU time).
    public var pids: [Int32] { lock.withLock { (idle + Array(busy.values)).map(\.pid) } }

    /// Invokes and waits for the outcome; `callerTimeoutMs` bounds the caller's wait (the
    /// function's own timeout bounds the invocation); `whenBusy` says what happens at the concurrency limit.
    public func invoke(_ event: [UInt8], requestId: String = RequestIds.make(), traceId: String? = nil,
                       callerTimeoutMs: Int64? = nil, whenBusy: WhenBusy = .throttle) -> Result {
        let startedMs = WallClock.nowMs()
        let functionTimeoutMs = Int64(function.timeoutSeconds * 1000)
        let callerDeadlineMs = callerTimeoutMs.map { startedMs + $0 }
        let instance: FunctionInstance
        var busyUntilMs: Int64?
        if case .wait(let untilMs) = whenBusy { busyUntilMs = min(untilMs, callerDeadlineMs ?? untilMs) }
        switch acquire(requestId: requestId, busyUntilMs: busyUntilMs) {
        case .instance(let acquired): instance = acquired
        case .throttled: return .throttled(body: throttleDocument)
        case .unavailable(let reason): return .failed(errorType: "ServiceException", body: Self.errorDocument("ServiceException", reason))
        }
        instance.currentRequestId = requestId
        let coldStart = instance.invocations == 0
        let invokeStartedNs = WallClock.monotonicNs()
        // A cold start's init time does not count against the function's timeout (Lambda's init phase has its own).
        let deadlineMs = WallClock.nowMs() + functionTimeoutMs + (coldStart ? Self.initTimeoutMs : 0)
        _ = instance.emulator.enqueue(event, timeoutMs: functionTimeoutMs, traceId: traceId, requestId: requestId)
        let waitUntil = min(deadlineMs, callerDeadlineMs ?? deadlineMs)
        let watch = MemoryWatch(instance: instance, limitKB: function.memoryMB * 1024)
        var outcome = instance.emulator.waitForOutcome(requestId, untilMs: waitUntil, giveUp: watch.shouldGiveUp)
        if outcome == nil, !watch.exceeded, instance.isRunning, instance.emulator.initError == nil,
           let callerDeadlineMs, callerDeadlineMs < deadlineMs, WallClock.nowMs() >= callerDeadlineMs {
            // The caller gives up; Lambda does not: the environment stays busy until the outcome or its timeout.
            let thread = Thread { [self] in
                let late = instance.emulator.waitForOutcome(requestId, untilMs: deadlineMs, giveUp: watch.shouldGiveUp)
                watch.checkNow()
                _ = finish(instance, outcome: late, requestId: requestId, coldStart: coldStart, startedNs: invokeStartedNs, watch: watch)
            }
            thread.stackSize = 256 << 10
            thread.start()
            return .callerTimedOut
        }
        // One reading per invocation: past its memory size it is killed even if it answered (Lambda would have killed it first).
        if watch.checkNow(), case .response? = outcome { outcome = nil }
        return finish(instance, outcome: outcome, requestId: requestId, coldStart: coldStart, startedNs: invokeStartedNs, watch: watch)
    }

    /// Records the outcome, logs the report, returns the environment to the pool or discards it.
    private func finish(_ instance: FunctionInstance, outcome: RuntimeEmulator.Outcome?, requestId: String, coldStart: Bool,
                        startedNs: UInt64, watch: MemoryWatch) -> Result {
        let durationMs = Double(WallClock.monotonicNs() - startedNs) / 1_000_000
        let memoryExceeded = watch.exceeded
        let resident = watch.lastResidentKB ?? 0
        instance.peakResidentKB = max(instance.peakResidentKB, resident)
        let name = function.executable
        if coldStart, log.enabled, let initMs = instance.initDurationMs {
            log.platform("platform.initReport", function: name, requestId: requestId,
                         message: String(format: "cold start: process %d of at most %d, init %.1f ms", instance.number, maxConcurrency, initMs),
                         fields: [("initDurationMs", .double(initMs)), ("process", .int(Int64(instance.number)))])
        }
        let result: Result
        var keep = true
        switch outcome {
        case .response(let payload)?:
            result = .response(payload)
        case .error(let body, _)?:
            result = .functionError(body: body)
        case nil:
            keep = false
            if let initError = instance.emulator.initError {
                result = .failed(errorType: "Runtime.InitError", body: initError)
                log.platform("platform.initError", function: name, requestId: requestId, message: "init failed; the next invocation starts a new process")
            } else if memoryExceeded {
                lock.withLock { counters.outOfMemory += 1 }
                let message = "RequestId: \(requestId) Error: Runtime exited with error: signal: killed (memory size \(function.memoryMB) MB exceeded: \(resident / 1024) MB resident)"
                result = .failed(errorType: "Runtime.OutOfMemory", body: Self.errorDocument("Runtime.OutOfMemory", message))
                log.platform("platform.outOfMemory", function: name, requestId: requestId, message: message)
            } else if !instance.isRunning {
                lock.withLock { counters.crashes += 1 }
                let status = instance.process.process.terminationStatus
                let how = instance.process.process.terminationReason == .uncaughtSignal ? "signal \(status)" : "exit status \(status)"
                let message = "RequestId: \(requestId) Error: Runtime exited with error: \(how)"
                result = .failed(errorType: "Runtime.ExitError", body: Self.errorDocument("Runtime.ExitError", message))
                log.platform("platform.crash", function: name, requestId: requestId, message: message + "; the next invocation starts a new process")
            } else {
                lock.withLock { counters.timeouts += 1 }
                let message = String(format: "Task timed out after %.2f seconds", function.timeoutSeconds)
                result = .failed(errorType: "Sandbox.Timedout", body: Self.errorDocument("Sandbox.Timedout", "RequestId: \(requestId) Error: \(message)"))
                log.platform("platform.timeout", function: name, requestId: requestId, message: "\(WallClock.iso8601(ms: WallClock.nowMs())) \(requestId) \(message); process killed and replaced")
            }
        }
        if log.enabled { log.platform("platform.report", function: name, requestId: requestId,
                     message: String(format: "REPORT Duration: %.2f ms Memory Size: %d MB Max Memory Used: %d MB%@", durationMs, function.memoryMB,
                                     instance.peakResidentKB / 1024, coldStart ? String(format: " Init Duration: %.2f ms", instance.initDurationMs ?? 0) : ""),
                     fields: [("durationMs", .double(durationMs)), ("maxMemoryUsedMB", .int(Int64(instance.peakResidentKB / 1024)))]) }
        // The request id is kept until the next invocation sets its own: a line the function wrote before it
        // answered may still be in the pipe when the answer arrives, and it belongs to this invocation.
        instance.invocations += 1
        release(instance, keep: keep)
        return result
    }

    static func errorDocument(_ type: String, _ message: String) -> [UInt8] {
        Array("{\"errorMessage\":\(JSONText.quoted(message)),\"errorType\":\(JSONText.quoted(type))}".utf8)
    }

    // MARK: the pool

    private enum Acquired {
        case instance(FunctionInstance)
        case throttled
        case unavailable(String)
    }

    /// Lambda's reason: a function with reserved concurrency is over its own limit; without, the
    /// default limit stands in for the account's unreserved concurrency.
    private var throttleReason: String {
        function.reservedConcurrency == nil ? "ConcurrentInvocationLimitExceeded" : "ReservedFunctionConcurrentInvocationLimitExceeded"
    }

    /// The body of Lambda's 429 answer.
    private var throttleDocument: [UInt8] {
        Array("{\"Reason\":\"\(throttleReason)\",\"Type\":\"User\",\"message\":\"Rate Exceeded.\",\"errorType\":\"TooManyRequestsException\"}".utf8)
    }

    /// A free process, a new one under the limit, or (at the limit) throttled at once when
    /// `busyUntilMs` is nil, else after waiting for one until then.
    private func acquire(requestId: String, busyUntilMs: Int64?) -> Acquired {
        lock.lock()
        var waited = false
        while true {
            if stopped { lock.unlock(); return .unavailable("the local cloud is stopping") }
            if let instance = idle.popLast() {
                busy[instance.number] = instance
                counters.invocations += 1
                counters.peakConcurrency = max(counters.peakConcurrency, busy.count)
                lock.unlock()
                if !instance.isRunning { // died while idle (killed from outside): discard, try again
                    release(instance, keep: false)
                    lock.lock()
                    counters.invocations -= 1
                    continue
                }
                return .instance(instance)
            }
            if total < maxConcurrency {
                total += 1
                spawned += 1
                let number = spawned
                counters.coldStarts += 1
                counters.invocations += 1
                lock.unlock()
                do {
                    let instance = try FunctionInstance(function: function, executable: executable, environment: environment, number: number, log: log)
                    lock.withLock {
                        busy[number] = instance
                        counters.peakConcurrency = max(counters.peakConcurrency, busy.count)
                    }
                    return .instance(instance)
                } catch {
                    log.platform("platform.spawnError", function: function.executable, requestId: nil, message: "cannot start \(executable): \(error)")
                    lock.lock()
                    total -= 1
                    counters.invocations -= 1
                    lock.unlock()
                    freed.signal()
                    return .unavailable("cannot start the function's process")
                }
            }
            guard let busyUntilMs, WallClock.nowMs() < busyUntilMs else {
                counters.throttles += 1
                lock.unlock()
                log.platform("platform.throttle", function: function.executable, requestId: requestId,
                             message: "throttled: Rate Exceeded. (429 TooManyRequestsException, \(throttleReason)): all \(maxConcurrency) processes busy, concurrency limit \(maxConcurrency)\(waited ? " after waiting" : "")",
                             fields: [("limit", .int(Int64(maxConcurrency))), ("reason", .string(throttleReason))])
                return .throttled
            }
            if !waited {
                waited = true
                counters.throttledWaits += 1
                log.platform("platform.throttleWait", function: function.executable, requestId: requestId,
                             message: "all \(maxConcurrency) processes busy (concurrency limit \(maxConcurrency)): waiting for one",
                             fields: [("limit", .int(Int64(maxConcurrency)))])
            }
            _ = freed.wait(untilMonotonicNs: min(WallClock.monotonicNs() + 20_000_000,
                                                 WallClock.monotonicNs() + UInt64(max(0, busyUntilMs - WallClock.nowMs())) * 1_000_000))
        }
    }

    private func release(_ instance: FunctionInstance, keep: Bool) {
        lock.lock()
        busy[instance.number] = nil
        let alive = keep && !stopped && instance.isRunning
        if alive {
            instance.lastUsedNs = WallClock.monotonicNs()
            idle.append(instance)
        } else {
            total -= 1
        }
        lock.unlock()
        freed.signal()
        if !alive { instance.stop() }
    }

    /// Stops environments idle for longer than the idle time (called by the cloud's reaper).
    func stopIdle() {
        lock.lock()
        // Read under the lock: an instance released just before would otherwise be "used after now", and
        // `now - lastUsedNs` trapped on the UInt64 underflow (it crashed `lambda-local serve` under api-fuzz).
        let now = WallClock.monotonicNs()
        let expired = idle.filter { $0.lastUsedNs <= now && now - $0.lastUsedNs >= idleNs }
        idle.removeAll { $0.lastUsedNs <= now && now - $0.lastUsedNs >= idleNs }
        total -= expired.count
        counters.idleStops += expired.count
        lock.unlock()
        for instance in expired {
            log.platform("platform.idleStop", function: function.executable, requestId: nil,
                         message: "process \(instance.number) idle for \(Int(Double(now - instance.lastUsedNs) / 1e9)) s: stopped")
            instance.stop()
        }
    }

    func stop() {
        lock.lock()
        stopped = true
        let all = idle + Array(busy.values)
        idle.removeAll()
        lock.unlock()
        freed.broadcast()
        for instance in all { instance.signalKill() } // all at once, then each waited for
        for instance in all { instance.stop() }
    }
}

/// Watches an environment during an invocation: gone, or past its memory size
/// (resident set read from /proc at most every 50 ms, so a fast invocation costs no read).
final class MemoryWatch: @unchecked Sendable {
    private let instance: FunctionInstance
    private let limitKB: Int
    private var nextCheckNs = WallClock.monotonicNs() + 50_000_000
    private(set) var exceeded = false

    init(instance: FunctionInstance, limitKB: Int) {
        self.instance = instance
        self.limitKB = limitKB
    }

    func shouldGiveUp() -> Bool {
        if !instance.isRunning { return true }
        let now = WallClock.monotonicNs()
        guard now >= nextCheckNs else { return false }
        nextCheckNs = now + 50_000_000
        return checkNow()
    }

    /// The resident set of the last reading (KB).
    private(set) var lastResidentKB: Int?

    @discardableResult
    func checkNow() -> Bool {
        lastResidentKB = instance.residentSet.kilobytes()
        if let resident = lastResidentKB, resident > limitKB { exceeded = true }
        return exceeded
    }
}
