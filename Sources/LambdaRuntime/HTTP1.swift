/// The minimal, strict HTTP/1.1 message codec shared by the Runtime API
/// client and the local emulator: a head of CRLF lines, then a body framed by
/// Content-Length or chunked transfer coding. Anything else is an error.
public enum HTTP1 {
    public struct ProtocolError: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Header fields in arrival order; lookups are case-insensitive.
    public struct Headers: Sendable, Sequence {
        public private(set) var fields: [(name: String, value: String)] = []
        public init() {}
        public init(_ fields: [(String, String)]) { self.fields = fields.map { (name: $0.0, value: $0.1) } }
        public mutating func add(_ name: String, _ value: String) { fields.append((name: name, value: value)) }
        public subscript(name: String) -> String? {
            for field in fields where asciiCaseInsensitiveEquals(field.name, name) { return field.value }
            return nil
        }
        public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }
    }

    public struct ResponseHead: Sendable {
        public var status: Int
        public var headers: Headers
    }

    public struct RequestHead: Sendable {
        public var method: String
        public var target: String
        public var headers: Headers
    }

    /// Upper bound on a body this codec accepts (the Runtime API allows 6 MB
    /// responses and 6 MB events; leave room for base64 and envelopes).
    public static let maxBodySize = 32 * 1024 * 1024

    public static func readResponseHead(from connection: TCPConnection) throws -> ResponseHead {
        let status = try readStatusLine(from: connection)
        return ResponseHead(status: status, headers: try readHeaders(from: connection))
    }

    /// The status code of a status line ("HTTP/1.1 200 OK").
    static func readStatusLine(from connection: TCPConnection) throws -> Int {
        try connection.withLine { line in
            guard line.count >= 12, line[0] == 0x48, line[1] == 0x54, line[2] == 0x54, line[3] == 0x50, line[4] == 0x2F,
                  line[5] == 0x31, line[6] == 0x2E else { // "HTTP/1."
                throw ProtocolError("malformed status line")
            }
            var status = 0
            for index in 9..<12 {
                guard line[index] >= 0x30 && line[index] <= 0x39 else { throw ProtocolError("malformed status code") }
                status = status * 10 + Int(line[index] - 0x30)
            }
            return status
        }
    }

    /// Reads header lines up to the empty one, handing each name and value (trimmed) to `field` in place, with
    /// the same checks as `readHeaders`: a caller that keeps a few headers makes no `String` for the others.
    static func readHeaderFields(from connection: TCPConnection,
                                 _ field: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) throws {
        var total = 0
        while try connection.withLine({ line -> Bool in
            if line.isEmpty { return false }
            total += line.count
            if total > 64 * 1024 { throw ProtocolError("header section too large") }
            guard let colon = line.firstIndex(of: 0x3A), colon > 0 else { throw ProtocolError("malformed header line") }
            var valueStart = colon + 1
            var valueEnd = line.count
            while valueStart < valueEnd && (line[valueStart] == 0x20 || line[valueStart] == 0x09) { valueStart += 1 }
            while valueEnd > valueStart && (line[valueEnd - 1] == 0x20 || line[valueEnd - 1] == 0x09) { valueEnd -= 1 }
            field(UnsafeBufferPointer(rebasing: line[..<colon]), UnsafeBufferPointer(rebasing: line[valueStart..<valueEnd]))
            return true
        }) {}
    }

    public static func readRequestHead(from connection: TCPConnection) throws -> RequestHead {
        let line = try connection.readLine()
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].starts(with: Array("HTTP/1.".utf8)) else {
            throw ProtocolError("malformed request line")
        }
        return RequestHead(method: String(decoding: parts[0], as: UTF8.self),
                           target: String(decoding: parts[1], as: UTF8.self),
                           headers: try readHeaders(from: connection))
    }

    static func readHeaders(from connection: TCPConnection) throws -> Headers {
        var headers = Headers()
        try readHeaderFields(from: connection) { name, value in
            headers.add(String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
        }
        return headers
    }

    /// Reads the body that the head announces. A message with neither
    /// Content-Length nor chunked coding has an empty body when
    /// `emptyWhenUnframed` (requests, 204/304 responses); otherwise it is an error.
    public static func readBody(headers: Headers, from connection: TCPConnection, emptyWhenUnframed: Bool) throws -> [UInt8] {
        try readBody(transferEncoding: headers["Transfer-Encoding"], contentLength: headers["Content-Length"], from: connection,
                     emptyWhenUnframed: emptyWhenUnframed)
    }

    /// The same, from the values of the head's first `Transfer-Encoding` and `Content-Length` headers.
    static func readBody(transferEncoding: String?, contentLength: String?, from connection: TCPConnection,
                         emptyWhenUnframed: Bool) throws -> [UInt8] {
        if let encoding = transferEncoding {
            guard asciiCaseInsensitiveEquals(encoding, "chunked") else {
                throw ProtocolError("unsupported transfer coding")
            }
            return try readChunked(from: connection)
        }
        if let lengthText = contentLength {
            guard let length = Int(lengthText), length >= 0 else { throw ProtocolError("malformed Content-Length") }
            guard length <= maxBodySize else { throw ProtocolError("body of \(length) bytes exceeds \(maxBodySize)") }
            return length == 0 ? [] : try connection.read(exactly: length)
        }
        if emptyWhenUnframed { return [] }
        throw ProtocolError("response has neither Content-Length nor chunked coding")
    }

    static func readChunked(from connection: TCPConnection) throws -> [UInt8] {
        var body = [UInt8]()
        while true {
            let sizeLine = try connection.readLine()
            // Chunk extensions (";name=value") are allowed and ignored.
            let digits = sizeLine.prefix { $0 != 0x3B }
            guard !digits.isEmpty, digits.count <= 8 else { throw ProtocolError("malformed chunk size") }
            var size = 0
            for byte in digits {
                guard let nibble = hexValue(byte) else { throw ProtocolError("malformed chunk size") }
                size = size * 16 + nibble
            }
            if size == 0 {
                // Trailers, then the final empty line.
                while try !connection.readLine().isEmpty {}
                return body
            }
            guard body.count + size <= maxBodySize else { throw ProtocolError("chunked body exceeds \(maxBodySize)") }
            body += try connection.read(exactly: size)
            guard try connection.readLine().isEmpty else { throw ProtocolError("missing CRLF after chunk") }
        }
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte - 0x30)
        case 0x41...0x46: return Int(byte - 0x41 + 10)
        case 0x61...0x66: return Int(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// Serializes a request head (the caller writes the body).
    public static func requestHead(method: String, target: String, host: String, headers: [(String, String)], bodyLength: Int) -> [UInt8] {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(bodyLength)\r\n\r\n"
        return Array(text.utf8)
    }

    public static func responseHead(status: Int, reason: String, headers: [(String, String)], bodyLength: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(bodyLength)\r\n\r\n"
        return Array(text.utf8)
    }
}

/// ASCII case-insensitive equality, for HTTP header names and tokens
/// (RFC 9110), without allocating lower-cased copies.
@inline(__always)
public func asciiCaseInsensitiveEquals(_ a: String, _ b: String) -> Bool {
    // Lengths first (O(1) for native strings): header lookups mostly compare different names.
    guard a.utf8.count == b.utf8.count else { return false }
    var ia = a.utf8.makeIterator()
    var ib = b.utf8.makeIterator()
    while true {
        let ca = ia.next(), cb = ib.next()
        if ca == nil && cb == nil { return true }
        guard let x = ca, let y = cb else { return false }
        if x == y { continue }
        let lx = (x >= 0x41 && x <= 0x5A) ? x + 32 : x
        let ly = (y >= 0x41 && y <= 0x5A) ? y + 32 : y
        if lx != ly { return false }
    }
}
