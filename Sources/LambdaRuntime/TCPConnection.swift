#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking TCP connection with a read buffer. Used for the loopback
/// Runtime API (and by the local emulator's server side); never for the
/// internet, which goes through libcurl with TLS.
public final class TCPConnection {
    public enum Failure: Error, CustomStringConvertible {
        case resolve(String)
        case connect(String, Int32)
        case closed
        case io(String, Int32)
        case tooLarge(Int)

        public var description: String {
            switch self {
            case .resolve(let host): return "cannot resolve \(host)"
            case .connect(let addr, let err): return "cannot connect to \(addr): \(String(cString: strerror(err)))"
            case .closed: return "connection closed by peer"
            case .io(let op, let err): return "\(op) failed: \(String(cString: strerror(err)))"
            case .tooLarge(let n): return "message larger than \(n) bytes"
            }
        }
    }

    public let fd: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0

    public init(fd: Int32) {
        self.fd = fd
        self.buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var one: Int32 = 1
        // Small request/response exchanges: never wait for Nagle.
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(fd) }

    /// Connects to `host:port` (IPv4 or IPv6, names through getaddrinfo).
    public static func connect(host: String, port: UInt16) throws -> TCPConnection {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else {
            throw Failure.resolve(host)
        }
        defer { freeaddrinfo(first) }
        var lastError: Int32 = 0
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            if fd >= 0 {
                if Glibc.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                    return TCPConnection(fd: fd)
                }
                lastError = errno
                close(fd)
            } else {
                lastError = errno
            }
            cursor = info.pointee.ai_next
        }
        throw Failure.connect("\(host):\(port)", lastError)
    }

    // MARK: writing

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let n = send(fd, base, remaining, Int32(MSG_NOSIGNAL))
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure.io("send", errno)
            }
            remaining -= n
            base = base.advanced(by: n)
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Writes a head and a body with one syscall (sendmsg with MSG_NOSIGNAL:
    /// a closed peer is an error, never SIGPIPE), so a small request leaves in one segment.
    public func write(head: [UInt8], body: [UInt8]) throws {
        if body.isEmpty { return try write(head) }
        try head.withUnsafeBytes { h in
            try body.withUnsafeBytes { b in
                var iov = [iovec(iov_base: UnsafeMutableRawPointer(mutating: h.baseAddress), iov_len: h.count),
                           iovec(iov_base: UnsafeMutableRawPointer(mutating: b.baseAddress), iov_len: b.count)]
                let total = h.count + b.count
                var message = msghdr()
                let n = iov.withUnsafeMutableBufferPointer { vectors -> Int in
                    message.msg_iov = vectors.baseAddress
                    message.msg_iovlen = 2
                    return sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
                }
                if n == total { return }
                if n < 0 && errno != EINTR { throw Failure.io("sendmsg", errno) }
                // Partial write: finish the rest plainly.
                let written = max(n, 0)
                if written < h.count {
                    try write(UnsafeRawBufferPointer(rebasing: h[written...]))
                    try write(b)
                } else {
                    try write(UnsafeRawBufferPointer(rebasing: b[(written - h.count)...]))
                }
            }
        }
    }

    // MARK: reading

    private func fill() throws {
        if start == end { start = 0; end = 0 }
        if end == buffer.count {
            if start > 0 {
                // Compact before growing.
                buffer.withUnsafeMutableBytes { raw in
                    let base = raw.baseAddress!
                    memmove(base, base + start, end - start)
                }
                end -= start
                start = 0
            } else {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { raw in
                recv(fd, raw.baseAddress! + end, raw.count - end, 0)
            }
            if n > 0 { end += n; return }
            if n == 0 { throw Failure.closed }
            if errno == EINTR { continue }
            throw Failure.io("recv", errno)
        }
    }

    /// Reads one CRLF-terminated line (without the CRLF), at most `limit` bytes.
    public func readLine(limit: Int = 16 * 1024) throws -> [UInt8] {
        try withLine(limit: limit) { Array($0) }
    }

    /// The same line, handed to `body` in place in the read buffer (valid only inside `body`): no array per line.
    public func withLine<T>(limit: Int = 16 * 1024, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        var scanFrom = start
        while true {
            // memchr: the line's end found by libc's vectorised scan, not byte by byte.
            let newline = buffer.withUnsafeBufferPointer { raw -> Int? in
                guard scanFrom < end, let found = memchr(raw.baseAddress! + scanFrom, 0x0A, end - scanFrom) else { return nil }
                return raw.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let i = newline {
                var lineEnd = i
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let lineStart = start
                start = i + 1
                return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[lineStart..<lineEnd])) }
            }
            if end - start > limit { throw Failure.tooLarge(limit) }
            scanFrom = end - start
            try fill()
            scanFrom += start
        }
    }

    /// Reads exactly `count` bytes.
    public func read(exactly count: Int) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(count)
        var needed = count
        while needed > 0 {
            if start == end {
                if needed >= buffer.count {
                    // Large body: receive straight into the destination.
                    let before = out.count
                    out.append(contentsOf: repeatElement(0, count: needed))
                    var got = 0
                    while got < needed {
                        let n = out.withUnsafeMutableBytes { raw in
                            recv(fd, raw.baseAddress! + before + got, needed - got, 0)
                        }
                        if n > 0 { got += n; continue }
                        if n == 0 { throw Failure.closed }
                        if errno == EINTR { continue }
                        throw Failure.io("recv", errno)
                    }
                    return out
                }
                try fill()
            }
            let take = min(needed, end - start)
            out.append(contentsOf: buffer[start..<(start + take)])
            start += take
            needed -= take
        }
        return out
    }

    /// True when bytes are already buffered (a pipelined request).
    public var hasBufferedBytes: Bool { start < end }
}
