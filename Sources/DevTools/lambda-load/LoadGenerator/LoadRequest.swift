/// One HTTP/1.1 request of a load run, encoded once: the generator only writes these bytes on a
/// keep-alive connection, so building requests costs nothing while the clock runs.
public struct LoadRequest: Sendable {
    /// The route it is counted under (`GET /patients/{patientId}/reports`), never the concrete path.
    public let route: String
    public let bytes: [UInt8]
    /// A second request built from this one's answer and sent right after it on its own connection (the
    /// presigned S3 PUT after `POST /uploads`); nil for none.
    public let followUp: FollowUp?

    /// (status, body) of the answer → the port and request to send next, or nil (e.g. the first one failed).
    public typealias FollowUp = @Sendable (_ status: Int, _ body: [UInt8]) -> (port: UInt16, request: LoadRequest)?

    public init(route: String, method: String, target: String, host: String = "127.0.0.1",
                headers: [(String, String)] = [], body: [UInt8] = [], followUp: FollowUp? = nil) {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        self.route = route
        self.bytes = Array(head.utf8) + body
        self.followUp = followUp
    }
}

/// A phase of a run: `rate` requests per second on a fixed schedule (request i is due at i/rate s after
/// the start; rate 0 = all due at once, a burst) until `durationSeconds` or `maxRequests`, whichever
/// comes first, over at most `connections` keep-alive connections.
public struct LoadPhase: Sendable {
    public var name: String
    public var rate: Double
    public var durationSeconds: Double
    public var maxRequests: Int
    public var connections: Int
    public var timeoutSeconds: Double

    public init(name: String, rate: Double, durationSeconds: Double, maxRequests: Int = .max,
                connections: Int = 256, timeoutSeconds: Double = 30) {
        self.name = name
        self.rate = rate
        self.durationSeconds = durationSeconds
        self.maxRequests = maxRequests
        self.connections = connections
        self.timeoutSeconds = timeoutSeconds
    }

    /// How many requests the schedule holds.
    public var plannedRequests: Int {
        if rate <= 0 { return maxRequests == .max ? 0 : maxRequests }
        return Swift.min(maxRequests, Int((rate * durationSeconds).rounded()))
    }

    /// When request `index` is due, in ns after the phase's start.
    public func dueOffsetNs(_ index: Int) -> UInt64 {
        rate <= 0 ? 0 : UInt64((Double(index) / rate * 1e9).rounded())
    }
}
