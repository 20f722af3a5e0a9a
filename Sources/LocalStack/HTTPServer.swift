import Foundation
import LambdaRuntime
#if canImport(Glibc)
import Glibc
#endif

/// A small threaded HTTP/1.1 server on loopback for the development tool and
/// the tests: the Runtime API emulator, the local Bedrock-compatible endpoint,
/// the JWKS endpoint. One thread per connection, keep-alive, the same strict
/// codec as the runtime client. Never deployed.
public final class HTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public let method: String
        /// The request target as sent (path plus query, still percent-encoded).
        public let target: String
        public let headers: HTTP1.Headers
        public let body: [UInt8]

        /// The path part of the target, still percent-encoded.
        public var path: String {
            guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return target }
            return String(target[..<mark])
        }
        /// The raw query string (without `?`), or "".
        public var query: String {
            guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return "" }
            return String(target[target.utf8.index(after: mark)...])
        }
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Closes the connection after this response (to simulate resets, etc.).
        public var closeConnection = false
        /// Fault injection: the head (with the whole body's length) and only this many body bytes are sent,
        /// then the connection is reset (RST), as a peer that dies mid-body.
        public var resetAfterBodyBytes: Int?

        public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(text.utf8))
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    public let port: UInt16
    private let listenFD: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var connections: Set<Int32> = []
    private var stopped = false
    /// The name of each connection thread (/proc/<pid>/task/<tid>/comm, at most 15 bytes), so a benchmark can tell
    /// whose CPU is whose in a process with several servers (the gateway, the Runtime API emulators).
    private let threadName: String?

    /// Binds 127.0.0.1 on `port` (0 picks a free port) and starts serving.
    public init(port: UInt16 = 0, threadName: String? = nil, handler: @escaping Handler) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw TCPConnection.Failure.io("socket", errno) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let err = errno
            close(fd)
            throw TCPConnection.Failure.io("bind/listen on 127.0.0.1:\(port)", err)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listenFD = fd
        self.handler = handler
        self.threadName = threadName
        let thread = Thread { [self] in // strong: the loop ends on stop()
            HTTPServer.nameCurrentThread("http-accept") // not the creating thread's name, which it would inherit
            self.acceptLoop()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Serves with `owner`'s handler, holding the owner weakly: connection
    /// threads may outlive it (a request arriving after it is gone gets 503
    /// instead of touching freed memory), and the owner may keep the server.
    public convenience init<Owner: AnyObject & Sendable>(port: UInt16 = 0, owner: Owner, threadName: String? = nil,
                                                         handler: @escaping @Sendable (Owner, Request) -> Response) throws {
        try self.init(port: port, threadName: threadName) { [weak owner] request in
            guard let owner else { return .json(503, "{\"message\":\"server stopped\"}") }
            return handler(owner, request)
        }
    }

    /// Names the calling thread in the kernel (/proc/<pid>/task/<tid>/comm, at most 15 bytes). Not `Thread.current.name`:
    /// Foundation applies it only once the creating thread has stored the new thread's handle, so a thread that runs
    /// first kept its creator's name (the gateway's CPU was then counted under its accept thread's name).
    /// (Through /proc/thread-self/comm: pthread_setname_np and prctl are not imported into Swift.)
    static func nameCurrentThread(_ name: String) {
        let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let bytes = Array(name.utf8.prefix(15))
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// `http://127.0.0.1:<port>`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        if stopped { return }
        stopped = true
        shutdown(listenFD, Int32(SHUT_RDWR))
        // Under the lock: a connection leaves `connections` (under the lock) before its fd is closed, so every fd
        // here is still this server's. Outside it, a number closed meanwhile and reused by another socket of the
        // process (another test's server) would be shut down instead.
        for fd in connections { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    deinit {
        stop()
        close(listenFD)
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listenFD, nil, nil)
            if fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) } // not inherited by spawned functions
            if fd < 0 {
                if errno == EINTR { continue }
                return // listening socket shut down
            }
            lock.lock()
            if stopped { lock.unlock(); close(fd); return }
            connections.insert(fd)
            lock.unlock()
            let thread = Thread { [self] in
                if let threadName { HTTPServer.nameCurrentThread(threadName) }
                self.serve(TCPConnection(fd: fd))
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    private func serve(_ connection: TCPConnection) {
        defer {
            lock.lock()
            connections.remove(connection.fd)
            lock.unlock()
        }
        while true {
            let request: Request
            do {
                let head = try HTTP1.readRequestHead(from: connection)
                let body = try HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: true)
                request = Request(method: head.method, target: head.target, headers: head.headers, body: body)
            } catch is TCPConnection.Failure {
                return // client went away
            } catch {
                let response = Response.json(400, "{\"message\":\"malformed request\"}")
                try? connection.write(head: HTTP1.responseHead(status: 400, reason: "Bad Request", headers: response.headers + [("Connection", "close")], bodyLength: response.body.count), body: response.body)
                return
            }
            let response = handler(request)
            if let sent = response.resetAfterBodyBytes {
                let head = HTTP1.responseHead(status: response.status, reason: Self.reason(response.status), headers: response.headers,
                                              bodyLength: response.body.count)
                try? connection.write(head: head, body: Array(response.body.prefix(max(0, sent))))
                // Linger 0: the close when `connection` goes away is an abortive one (RST), not a FIN.
                var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
                setsockopt(connection.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
                return
            }
            var headers = response.headers
            if response.closeConnection { headers.append(("Connection", "close")) }
            do {
                try connection.write(head: Self.responseHead(status: response.status, headers: headers, bodyLength: response.body.count), body: response.body)
            } catch { return }
            if response.closeConnection { return }
        }
    }

    /// The bytes of `HTTP1.responseHead` with the standard reason phrase, appended into one buffer
    /// (no String concatenation per header: every answer of every local server goes through here).
    static func responseHead(status: Int, headers: [(String, String)], bodyLength: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(128 + headers.count * 48)
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        out.append(contentsOf: String(status).utf8)
        out.append(0x20)
        out.append(contentsOf: reason(status).utf8)
        out.append(contentsOf: "\r\n".utf8)
        for (name, value) in headers {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: value.utf8)
            out.append(contentsOf: "\r\n".utf8)
        }
        out.append(contentsOf: "Content-Length: ".utf8)
        out.append(contentsOf: String(bodyLength).utf8)
        out.append(contentsOf: "\r\n\r\n".utf8)
        return out
    }

    /// The standard reason phrase of `status` (RFC 9110 and the registered extensions).
    static func reason(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 101: return "Switching Protocols"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 203: return "Non-Authoritative Information"
        case 204: return "No Content"
        case 205: return "Reset Content"
        case 206: return "Partial Content"
        case 207: return "Multi-Status"
        case 300: return "Multiple Choices"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 303: return "See Other"
        case 304: return "Not Modified"
        case 307: return "Temporary Redirect"
        case 308: return "Permanent Redirect"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 402: return "Payment Required"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 406: return "Not Acceptable"
        case 407: return "Proxy Authentication Required"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 410: return "Gone"
        case 411: return "Length Required"
        case 412: return "Precondition Failed"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 415: return "Unsupported Media Type"
        case 416: return "Range Not Satisfiable"
        case 417: return "Expectation Failed"
        case 421: return "Misdirected Request"
        case 422: return "Unprocessable Content"
        case 423: return "Locked"
        case 424: return "Failed Dependency"
        case 425: return "Too Early"
        case 426: return "Upgrade Required"
        case 428: return "Precondition Required"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 451: return "Unavailable For Legal Reasons"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 505: return "HTTP Version Not Supported"
        case 507: return "Insufficient Storage"
        case 511: return "Network Authentication Required"
        // An unregistered code still gets its class's phrase, never a made-up word.
        case 100..<200: return "Informational"
        case 200..<300: return "Success"
        case 300..<400: return "Redirection"
        case 400..<500: return "Client Error"
        default: return "Server Error"
        }
    }
}
