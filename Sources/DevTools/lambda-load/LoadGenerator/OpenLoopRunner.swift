import Foundation
import LambdaRuntime
#if canImport(Glibc)
import Glibc
#endif

/// An open-loop load generator (the wrk2 model, without coordinated omission): a dispatcher hands
/// request i to a connection at its scheduled time whatever the answers before it did; when every
/// connection is busy the request waits in a backlog and its latency still counts from the scheduled
/// time, so a stall of the server (or of this generator) shows up in the percentiles instead of
/// silently lowering the rate. Connections are keep-alive, opened only when no idle one is free
/// (the most recently idle one is reused first), up to the phase's pool size; one thread each.
public final class OpenLoopRunner: @unchecked Sendable {
    public let host: String
    public let port: UInt16

    public init(host: String = "127.0.0.1", port: UInt16) {
        self.host = host
        self.port = port
    }

    struct Job { let index: Int; let dueNs: UInt64 }

    /// Runs `phase`, building request i with `request(i)` before the clock starts. Returns when every
    /// scheduled request has been answered or failed (each is bounded by the phase's timeout).
    public func run(_ phase: LoadPhase, request: (Int) -> LoadRequest) -> PhaseResult {
        let total = phase.plannedRequests
        var result = PhaseResult(phase: phase)
        guard total > 0 else { return result }
        let requests = (0..<total).map(request)
        let state = DispatchState(requests: requests, runner: self, phase: phase)
        let startNs = WallClock.monotonicNs() + 2_000_000   // the first request is due 2 ms from now
        for i in 0..<total {
            let due = startNs + phase.dueOffsetNs(i)
            Self.sleep(untilNs: due)
            state.dispatch(Job(index: i, dueNs: due))
        }
        state.waitUntilDone(total: total)
        state.stopWorkers()
        result.routes = state.merged()
        result.elapsedSeconds = Double(state.lastAnswerNs &- startNs) / 1e9
        result.sendSpanSeconds = Double(state.lastSendNs &- startNs) / 1e9
        result.connectionsUsed = state.connectionsOpened
        return result
    }

    /// One request outside any phase (closed loop, not recorded, its own connection): the status and body.
    public func send(_ request: LoadRequest, timeoutSeconds: Double) throws -> (status: Int, body: [UInt8]) {
        let connection = try TCPConnection.connect(host: host, port: port)
        Worker.setTimeout(connection.fd, seconds: timeoutSeconds)
        try connection.write(request.bytes)
        let head = try HTTP1.readResponseHead(from: connection)
        return (head.status, try HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: false))
    }

    /// Sleeps until the monotonic clock reaches `deadline` (returns at once when it is past: catching up).
    static func sleep(untilNs deadline: UInt64) {
        while true {
            let now = WallClock.monotonicNs()
            if now >= deadline { return }
            var spec = timespec(tv_sec: Int((deadline - now) / 1_000_000_000), tv_nsec: Int((deadline - now) % 1_000_000_000))
            _ = nanosleep(&spec, nil)
        }
    }
}

/// The dispatcher's shared state: idle connections (a stack), the backlog (FIFO), results.
final class DispatchState: @unchecked Sendable {
    let requests: [LoadRequest]
    let runner: OpenLoopRunner
    let phase: LoadPhase
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var idle: [Worker] = []
    private var workers: [Worker] = []
    private var backlog: [OpenLoopRunner.Job] = []
    private var backlogHead = 0
    private var completed = 0
    private var perWorker: [[String: RouteResult]] = []
    private(set) var lastSendNs: UInt64 = 0
    private(set) var lastAnswerNs: UInt64 = 0
    private(set) var connectionsOpened = 0

    init(requests: [LoadRequest], runner: OpenLoopRunner, phase: LoadPhase) {
        self.requests = requests
        self.runner = runner
        self.phase = phase
    }

    /// Gives the job to the most recently idle connection, a new one while the pool has room, or the backlog.
    func dispatch(_ job: OpenLoopRunner.Job) {
        lock.lock()
        if let worker = idle.popLast() {
            lock.unlock()
            worker.give(job)
        } else if workers.count < max(1, phase.connections) {
            let worker = Worker(state: self)
            workers.append(worker)
            lock.unlock()
            worker.start(with: job)
        } else {
            backlog.append(job)
            lock.unlock()
        }
    }

    /// Called by a worker after each request: the next backlog job, or nil (the worker is then idle).
    func next(after worker: Worker, sentNs: UInt64, answeredNs: UInt64) -> OpenLoopRunner.Job? {
        lock.lock()
        lastSendNs = max(lastSendNs, sentNs)
        lastAnswerNs = max(lastAnswerNs, answeredNs)
        completed += 1
        if completed == requests.count { finished.signal() }
        if backlogHead < backlog.count {
            let job = backlog[backlogHead]
            backlogHead += 1
            lock.unlock()
            return job
        }
        idle.append(worker)
        lock.unlock()
        return nil
    }

    func connectionOpened() { lock.withLock { connectionsOpened += 1 } }

    func waitUntilDone(total: Int) { finished.wait() }

    func stopWorkers() {
        let all = lock.withLock { workers }
        for worker in all { worker.stop() }
        for worker in all { worker.exited.wait() }
        perWorker = all.map(\.results)
    }

    func merged() -> [String: RouteResult] {
        var out: [String: RouteResult] = [:]
        for results in perWorker { for (route, r) in results { out[route, default: RouteResult()].add(r) } }
        return out
    }
}

/// One keep-alive connection and its thread.
final class Worker: @unchecked Sendable {
    unowned let state: DispatchState
    private let wake = DispatchSemaphore(value: 0)
    let exited = DispatchSemaphore(value: 0)
    private var job: OpenLoopRunner.Job?
    private var stopping = false
    private var connection: TCPConnection?
    /// Keep-alive connections of follow-up requests, per port (the local S3's).
    private var followUpConnections: [UInt16: TCPConnection] = [:]
    /// Written only by this worker's thread, read after it exited.
    var results: [String: RouteResult] = [:]

    init(state: DispatchState) { self.state = state }

    func start(with first: OpenLoopRunner.Job) {
        job = first
        let thread = Thread { [self] in loop() }
        thread.stackSize = 256 * 1024
        thread.start()
    }

    func give(_ next: OpenLoopRunner.Job) {
        job = next
        wake.signal()
    }

    func stop() {
        stopping = true
        wake.signal()
    }

    /// `job` and `stopping` are written before `wake` is signalled and read only after it was waited on.
    private func loop() {
        var current = job
        while true {
            while let running = current {
                let (sent, answered) = execute(running)
                current = state.next(after: self, sentNs: sent, answeredNs: answered)
            }
            wake.wait()
            if stopping { break }
            current = job
        }
        connection = nil
        followUpConnections = [:]
        exited.signal()
    }

    /// Writes the request and reads the answer; returns (written at, answered at).
    private func execute(_ job: OpenLoopRunner.Job) -> (UInt64, UInt64) {
        let request = state.requests[job.index]
        let sentNs = WallClock.monotonicNs()
        var status: Int?
        var failure: String?
        do {
            if connection == nil {
                let fresh = try TCPConnection.connect(host: state.runner.host, port: state.runner.port)
                Self.setTimeout(fresh.fd, seconds: state.phase.timeoutSeconds)
                connection = fresh
                state.connectionOpened()
            }
            let tcp = connection!
            try tcp.write(request.bytes)
            let head = try HTTP1.readResponseHead(from: tcp)
            let body = try HTTP1.readBody(headers: head.headers, from: tcp, emptyWhenUnframed: false)
            status = head.status
            if head.headers["Connection"]?.lowercased() == "close" { connection = nil }
            if let next = request.followUp?(head.status, body) { follow(next.request, port: next.port) }
        } catch {
            connection = nil
            failure = Self.kind(error)
        }
        let answeredNs = WallClock.monotonicNs()
        var route = results[request.route] ?? RouteResult()
        route.latency.record((answeredNs &- job.dueNs) / 1000)
        route.service.record((answeredNs &- sentNs) / 1000)
        route.startDelay.record(sentNs > job.dueNs ? (sentNs - job.dueNs) / 1000 : 0)
        if let status { route.statuses[status, default: 0] += 1 }
        if let failure { route.failures[failure, default: 0] += 1 }
        results[request.route] = route
        return (sentNs, answeredNs)
    }

    /// A follow-up request, sent as soon as the answer it is built from arrived: its latency counts from
    /// then (it has no schedule of its own), under its own route.
    private func follow(_ request: LoadRequest, port: UInt16) {
        let sentNs = WallClock.monotonicNs()
        var route = results[request.route] ?? RouteResult()
        do {
            if followUpConnections[port] == nil {
                let fresh = try TCPConnection.connect(host: state.runner.host, port: port)
                Self.setTimeout(fresh.fd, seconds: state.phase.timeoutSeconds)
                followUpConnections[port] = fresh
            }
            let tcp = followUpConnections[port]!
            try tcp.write(request.bytes)
            let head = try HTTP1.readResponseHead(from: tcp)
            _ = try HTTP1.readBody(headers: head.headers, from: tcp, emptyWhenUnframed: false)
            if head.headers["Connection"]?.lowercased() == "close" { followUpConnections[port] = nil }
            route.statuses[head.status, default: 0] += 1
        } catch {
            followUpConnections[port] = nil
            route.failures[Self.kind(error), default: 0] += 1
        }
        let elapsed = (WallClock.monotonicNs() &- sentNs) / 1000
        route.latency.record(elapsed)
        route.service.record(elapsed)
        route.startDelay.record(0)
        results[request.route] = route
    }

    static func kind(_ error: Error) -> String {
        if let failure = error as? TCPConnection.Failure {
            switch failure {
            case .connect: return "connect"
            case .closed: return "closed"
            case .io(_, let code) where code == EAGAIN || code == EWOULDBLOCK: return "timeout"
            case .io: return "io"
            case .resolve: return "resolve"
            case .tooLarge: return "too-large"
            }
        }
        return "protocol"
    }

    static func setTimeout(_ fd: Int32, seconds: Double) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1e6))
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }
}
