#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

/// The Runtime API's HTTP/1.1 codec (`LambdaRuntime.HTTP1`) reading a response (the function's side) and a
/// request (the emulator's side) from a real socket: no input crashes it, a body is what its framing says
/// and never above `maxBodySize`, and what `responseHead` writes reads back the same.
public enum HTTP1Fuzz: FuzzTarget {
    public static let name = "http1"

    /// Inputs are cut here so that writing one into a socket pair never blocks.
    static let maxInput = 60_000

    public static func check(_ whole: [UInt8]) -> String? {
        let input = Array(whole.prefix(maxInput))
        if let violation = readResponse(input) { return violation }
        if let violation = readRequest(input) { return violation }
        return roundTrip(input)
    }

    static func readResponse(_ input: [UInt8]) -> String? {
        guard let connection = feed(input) else { return "socketpair failed" }
        guard let head = try? HTTP1.readResponseHead(from: connection) else { return nil }
        guard (0...999).contains(head.status) else { return "status \(head.status) outside three digits" }
        guard let body = try? HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: false) else { return nil }
        if body.count > HTTP1.maxBodySize { return "body above maxBodySize" }
        if head.headers["Transfer-Encoding"] == nil, let length = head.headers["Content-Length"].flatMap({ Int($0) }), body.count != length {
            return "body of \(body.count) bytes for Content-Length \(length)"
        }
        return nil
    }

    static func readRequest(_ input: [UInt8]) -> String? {
        guard let connection = feed(input) else { return "socketpair failed" }
        guard let head = try? HTTP1.readRequestHead(from: connection) else { return nil }
        if head.method.contains(" ") || head.target.contains(" ") { return "a request line part contains a space" }
        _ = try? HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: true)
        return nil
    }

    /// A response written by `responseHead` (status and body from the input, one header) reads back unchanged.
    static func roundTrip(_ input: [UInt8]) -> String? {
        let status = 100 + Int(input.first ?? 0) % 500
        let body = Array(input.dropFirst())
        let value = String(decoding: body.prefix(32).filter { $0 > 0x20 && $0 < 0x7F }, as: UTF8.self)
        let message = HTTP1.responseHead(status: status, reason: "R", headers: [("X-Fuzz", value)], bodyLength: body.count) + body
        guard let connection = feed(message) else { return "socketpair failed" }
        guard let head = try? HTTP1.readResponseHead(from: connection) else { return "its own response head did not parse" }
        guard head.status == status, head.headers["x-fuzz"] == value else { return "its own response head read back differently" }
        guard let read = try? HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: false), read == body else {
            return "its own body read back differently"
        }
        return nil
    }

    /// The input as what a peer sent and then closed: a Unix socket pair, written from one end.
    static func feed(_ bytes: [UInt8]) -> TCPConnection? {
        var fds: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0 else { return nil }
        var size = Int32(max(bytes.count + 1024, 4096))
        _ = setsockopt(fds[1], SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        _ = setsockopt(fds[0], SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        let writer = TCPConnection(fd: fds[1])
        let reader = TCPConnection(fd: fds[0])
        do { try writer.write(bytes) } catch { return nil }
        shutdown(fds[1], Int32(SHUT_WR))
        return reader
    }
}
