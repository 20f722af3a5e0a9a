import Foundation
import LambdaRuntime

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

    private let condition = NSCondition()
    private var queue: [Pending] = []
    private var inFlight: [String: Pending] = [:]
    private var outcomes: [String: Outcome] = [:]
    private var initErrorBody: [UInt8]?
    private var nextCalls = 0
    private var firstNextNs: UInt64?
    private var counter = 0
    /// When set, `next` answers 500 (to test that the function exits).
    public var failNextWithServerError = false
    private var server: HTTPServer!

    public init() throws {
        server = try HTTPServer { [unowned self] request in self.handle(request) }
    }

    /// `127.0.0.1:<port>`, the value of AWS_LAMBDA_RUNTIME_API.
    public var address: String { "127.0.0.1:\(server.port)" }

    public func stop() {
        server.stop()
        condition.lock(); condition.broadcast(); condition.unlock()
    }

    /// Queues one invocation and returns its request id.
    @discardableResult
    public func enqueue(_ event: [UInt8], timeoutMs: Int64, traceId: String? = nil,
                        clientContext: String? = nil, cognitoIdentity: String? = nil) -> String {
        condition.lock()
        counter += 1
        let id = String(format: "%08x-0000-4000-8000-%012x", UInt32(truncatingIfNeeded: getpid()), counter)
        queue.append(Pending(requestId: id, event: event, deadlineMs: WallClock.nowMs() + timeoutMs, traceId: traceId,
                             clientContext: clientContext, cognitoIdentity: cognitoIdentity))
        condition.broadcast()
        condition.unlock()
        return id
    }

    /// Waits for the outcome of `requestId` until `untilMs` (epoch ms) or until `giveUp` says so.
    public func waitForOutcome(_ requestId: String, untilMs: Int64, giveUp: () -> Bool = { false }) -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome = outcomes.removeValue(forKey: requestId) { return outcome }
            if initErrorBody != nil || giveUp() || WallClock.nowMs() >= untilMs { return nil }
            _ = condition.wait(until: Date().addingTimeInterval(0.02))
        }
    }

    /// Waits until the function has called `next` at least `count` times.
    public func waitForNextCalls(_ count: Int, untilMs: Int64) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while nextCalls < count {
            if WallClock.nowMs() >= untilMs { return false }
            _ = condition.wait(until: Date().addingTimeInterval(0.001))
        }
        return true
    }

    public var initError: [UInt8]? {
        condition.lock(); defer { condition.unlock() }
        return initErrorBody
    }

    /// Monotonic time of the first `next` call (start-up measurements).
    public var firstNextAt: UInt64? {
        condition.lock(); defer { condition.unlock() }
        return firstNextNs
    }

    public var nextCallCount: Int {
        condition.lock(); defer { condition.unlock() }
        return nextCalls
    }

    // MARK: the Runtime API

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let path = request.path
        let prefix = "/2018-06-01/runtime/"
        guard path.hasPrefix(prefix) else { return .json(404, "{\"errorMessage\":\"unknown path\",\"errorType\":\"InvalidRequest\"}") }
        let rest = String(path.dropFirst(prefix.count))
        if request.method == "GET" && rest == "invocation/next" { return next() }
        if request.method == "POST" && rest == "init/error" {
            condition.lock(); initErrorBody = request.body; condition.broadcast(); condition.unlock()
            return .json(202, "{\"status\":\"OK\"}")
        }
        let parts = rest.split(separator: "/")
        if request.method == "POST", parts.count == 3, parts[0] == "invocation" {
            let id = String(parts[1])
            condition.lock()
            defer { condition.broadcast(); condition.unlock() }
            guard inFlight[id] != nil else {
                return .json(400, "{\"errorMessage\":\"unknown or completed request id\",\"errorType\":\"InvalidRequestID\"}")
            }
            switch parts[2] {
            case "response":
                if request.body.count > Self.responseLimit {
                    // As AWS: refused, and the function may still report an error for it.
                    return .json(413, "{\"errorMessage\":\"Exceeded maximum allowed payload size (\(Self.responseLimit) bytes).\",\"errorType\":\"RequestEntityTooLarge\"}")
                }
                inFlight[id] = nil
                outcomes[id] = .response(request.body)
                return .json(202, "{\"status\":\"OK\"}")
            case "error":
                inFlight[id] = nil
                outcomes[id] = .error(body: request.body, errorTypeHeader: request.headers["Lambda-Runtime-Function-Error-Type"])
                return .json(202, "{\"status\":\"OK\"}")
            default:
                break
            }
        }
        return .json(404, "{\"errorMessage\":\"unknown path\",\"errorType\":\"InvalidRequest\"}")
    }

    private func next() -> HTTPServer.Response {
        condition.lock()
        defer { condition.unlock() }
        nextCalls += 1
        if firstNextNs == nil { firstNextNs = WallClock.monotonicNs() }
        condition.broadcast()
        if failNextWithServerError {
            return .json(500, "{\"errorMessage\":\"emulated Runtime API failure\",\"errorType\":\"ServiceException\"}")
        }
        while queue.isEmpty { condition.wait() }
        let invocation = queue.removeFirst()
        inFlight[invocation.requestId] = invocation
        var headers: [(String, String)] = [
            ("Content-Type", "application/json"),
            ("Lambda-Runtime-Aws-Request-Id", invocation.requestId),
            ("Lambda-Runtime-Deadline-Ms", String(invocation.deadlineMs)),
            ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:local"),
        ]
        if let trace = invocation.traceId { headers.append(("Lambda-Runtime-Trace-Id", trace)) }
        if let cc = invocation.clientContext { headers.append(("Lambda-Runtime-Client-Context", cc)) }
        if let ci = invocation.cognitoIdentity { headers.append(("Lambda-Runtime-Cognito-Identity", ci)) }
        return HTTPServer.Response(status: 200, headers: headers, body: invocation.event)
    }
}
