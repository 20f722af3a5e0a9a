import Foundation
import LambdaRuntime
#if canImport(Glibc)
import Glibc
#endif

/// A Runtime API that misbehaves on purpose, one scripted step per request it receives (issue 16 item 3):
/// the real `runtime-probe` binary (LambdaRuntimeTests) and the real function binaries (FaultTests) run against it.
public final class ScriptedRuntimeAPI: @unchecked Sendable {
    public enum Step {
        /// Answer `next` with an event, then close the connection before the function responds.
        case eventThenDrop(String)
        /// Answer `next` with an event after `seconds` of silence (Lambda's `next` blocks until there is work).
        case eventAfter(seconds: Double, String)
        /// Answer with an event normally.
        case event(String)
        /// Answer whatever comes with this status.
        case status(Int)
    }

    let listener: Int32
    public let port: UInt16
    private let lock = NSLock()
    private var steps: [Step]
    private var received: [(method: String, target: String, body: String)] = []

    /// What a response or error POST is answered with.
    public let postStatus: Int

    public init(_ steps: [Step], postStatus: Int = 202) throws {
        self.steps = steps
        self.postStatus = postStatus
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0) // not inherited by spawned functions
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(listener, raw, length) == 0, listen(listener, 8) == 0, getsockname(listener, raw, &length) == 0 else {
                    throw TCPConnection.Failure.io("bind", errno)
                }
            }
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    public var address: String { "127.0.0.1:\(port)" }
    public var requests: [(method: String, target: String, body: String)] { lock.withLock { received } }
    /// Stops accepting. The accept thread closes the socket when its `accept` fails: closed here, the number could
    /// be reused by another test's socket before that thread's next `accept`, which would then take its connections.
    public func stop() { shutdown(listener, Int32(SHUT_RDWR)) }

    private func nextStep() -> Step? { lock.withLock { steps.isEmpty ? nil : steps.removeFirst() } }

    private func serve() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 && errno == EINTR { continue }
            guard fd >= 0 else { close(listener); return }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            Thread.detachNewThread { [self] in handle(TCPConnection(fd: fd)) }
        }
    }

    private func handle(_ connection: TCPConnection) {
        while let head = try? HTTP1.readRequestHead(from: connection),
              let body = try? HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: true) {
            let number = lock.withLock { received.append((head.method, head.target, String(decoding: body, as: UTF8.self))); return received.count }
            let isNext = head.target.hasSuffix("/invocation/next")
            guard let step = isNext ? nextStep() : .status(postStatus) else { return }  // out of steps: hang up
            switch step {
            case .eventThenDrop(let event):
                try? connection.write(Self.event(event, id: "dropped-\(number)"))
                return  // the connection closes with this handler
            case .eventAfter(let seconds, let event):
                Thread.sleep(forTimeInterval: seconds)
                try? connection.write(Self.event(event, id: "late-\(number)"))
            case .event(let event):
                try? connection.write(Self.event(event, id: "plain-\(number)"))
            case .status(let code):
                try? connection.write(HTTP1.responseHead(status: code, reason: "Scripted", headers: [("Content-Type", "application/json")], bodyLength: 2) + Array("{}".utf8))
            }
        }
    }

    public static func event(_ json: String, id: String) -> [UInt8] {
        let body = Array(json.utf8)
        return HTTP1.responseHead(status: 200, reason: "OK", headers: [
            ("Lambda-Runtime-Aws-Request-Id", id), ("Lambda-Runtime-Deadline-Ms", String(WallClock.nowMs() + 30_000)),
            ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:probe"), ("Content-Type", "application/json"),
        ], bodyLength: body.count) + body
    }
}

