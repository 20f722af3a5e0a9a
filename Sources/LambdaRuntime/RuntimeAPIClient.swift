/// The client side of the Lambda Runtime API
/// (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html) over one
/// keep-alive loopback connection of our own: no libcurl in the loop.
public final class RuntimeAPIClient {
    public enum Failure: Error, CustomStringConvertible {
        /// The Runtime API answered 500: the sandbox is broken; the process must exit.
        case runtimeAPIFailed(path: String)
        case unexpectedStatus(Int, path: String)
        case missingHeader(String)
        case badAddress(String)

        public var description: String {
            switch self {
            case .runtimeAPIFailed(let path): return "Runtime API answered 500 on \(path)"
            case .unexpectedStatus(let status, let path): return "Runtime API answered \(status) on \(path)"
            case .missingHeader(let name): return "Runtime API response lacks \(name)"
            case .badAddress(let address): return "AWS_LAMBDA_RUNTIME_API is not host:port: \(address)"
            }
        }
    }

    /// One invocation as `next` delivers it.
    public struct Invocation {
        public let requestId: String
        public let deadlineMs: Int64?
        public let invokedFunctionARN: String
        public let traceId: String?
        public let clientContext: String?
        public let cognitoIdentity: String?
        public let event: [UInt8]
    }

    private let host: String
    private let port: UInt16
    private let hostHeader: String
    private var connection: TCPConnection?
    /// `GET next`'s request head, the same bytes every time.
    private let nextHead: [UInt8]

    public init(address: String) throws {
        // "127.0.0.1:9001", "localhost:9001" or "[::1]:9001"
        guard let colon = address.lastIndex(of: ":"), let port = UInt16(address[address.index(after: colon)...]) else {
            throw Failure.badAddress(address)
        }
        var host = String(address[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw Failure.badAddress(address) }
        self.host = host
        self.port = port
        self.hostHeader = address
        self.nextHead = HTTP1.requestHead(method: "GET", target: Self.nextPath, host: address, headers: [], bodyLength: 0)
    }

    private static let nextPath = "/2018-06-01/runtime/invocation/next"

    public func next() throws -> Invocation {
        let (head, body) = try exchange(head: nextHead, body: [])
        guard head.status == 200 else { throw statusFailure(head.status, Self.nextPath) }
        guard let requestId = head.requestId, !requestId.isEmpty else {
            throw Failure.missingHeader("Lambda-Runtime-Aws-Request-Id")
        }
        return Invocation(
            requestId: requestId,
            deadlineMs: head.deadlineMs.flatMap { Int64($0) },
            invokedFunctionARN: head.invokedFunctionARN ?? "",
            traceId: head.traceId.flatMap { $0.isEmpty ? nil : $0 },
            clientContext: head.clientContext,
            cognitoIdentity: head.cognitoIdentity,
            event: body)
    }

    /// Posts the function's response; returns the Runtime API's status
    /// (202 accepted, 413 too large, 4xx for other refusals).
    public func respond(requestId: String, payload: [UInt8]) throws -> Int {
        // The request head straight into bytes (what `HTTP1.requestHead` writes for it): one per invocation.
        var requestHead: [UInt8] = []
        requestHead.reserveCapacity(128 + requestId.utf8.count + hostHeader.utf8.count)
        requestHead.append(contentsOf: "POST /2018-06-01/runtime/invocation/".utf8)
        requestHead.append(contentsOf: requestId.utf8)
        requestHead.append(contentsOf: "/response HTTP/1.1\r\nHost: ".utf8)
        requestHead.append(contentsOf: hostHeader.utf8)
        requestHead.append(contentsOf: "\r\nContent-Length: ".utf8)
        requestHead.append(contentsOf: String(payload.count).utf8)
        requestHead.append(contentsOf: "\r\n\r\n".utf8)
        let (head, _) = try exchange(head: requestHead, body: payload)
        if head.status == 500 { throw Failure.runtimeAPIFailed(path: "/2018-06-01/runtime/invocation/\(requestId)/response") }
        return head.status
    }

    /// Posts an invocation error in the Runtime API's error shape.
    public func reportError(requestId: String, type: String, message: String) throws -> Int {
        let path = "/2018-06-01/runtime/invocation/\(requestId)/error"
        let errorDocument = Self.errorDocument(type: type, message: message)
        let (head, _) = try exchange(head: errorHead(path: path, type: type, body: errorDocument), body: errorDocument)
        if head.status == 500 { throw Failure.runtimeAPIFailed(path: path) }
        return head.status
    }

    /// Posts a start-up failure; the caller exits afterwards.
    public func reportInitError(type: String, message: String) throws {
        let path = "/2018-06-01/runtime/init/error"
        let errorDocument = Self.errorDocument(type: type, message: message)
        let (head, _) = try exchange(head: errorHead(path: path, type: type, body: errorDocument), body: errorDocument)
        guard head.status == 202 else { throw statusFailure(head.status, path) }
    }

    static func errorDocument(type: String, message: String) -> [UInt8] {
        Array("{\"errorMessage\":\(JSONText.quoted(message)),\"errorType\":\(JSONText.quoted(type)),\"stackTrace\":[]}".utf8)
    }

    private func errorHead(path: String, type: String, body: [UInt8]) -> [UInt8] {
        HTTP1.requestHead(method: "POST", target: path, host: hostHeader,
                          headers: [("Lambda-Runtime-Function-Error-Type", type), ("Content-Type", "application/json")], bodyLength: body.count)
    }

    private func statusFailure(_ status: Int, _ path: String) -> Failure {
        status == 500 ? .runtimeAPIFailed(path: path) : .unexpectedStatus(status, path: path)
    }

    /// What this client reads of a Runtime API answer: the status, the framing and the Runtime API's own
    /// headers (the first of each, as `HTTP1.Headers` answers), without a `String` for any other header.
    struct AnswerHead {
        var status = 0
        var transferEncoding: String?, contentLength: String?, connection: String?
        var requestId: String?, deadlineMs: String?, invokedFunctionARN: String?, traceId: String?
        var clientContext: String?, cognitoIdentity: String?

        static func read(from connection: TCPConnection) throws -> AnswerHead {
            var head = AnswerHead()
            head.status = try HTTP1.readStatusLine(from: connection)
            try HTTP1.readHeaderFields(from: connection) { name, value in
                func keep(_ slot: inout String?) { if slot == nil { slot = String(decoding: value, as: UTF8.self) } }
                if is_(name, "Lambda-Runtime-Aws-Request-Id") { keep(&head.requestId) }
                else if is_(name, "Lambda-Runtime-Deadline-Ms") { keep(&head.deadlineMs) }
                else if is_(name, "Lambda-Runtime-Invoked-Function-Arn") { keep(&head.invokedFunctionARN) }
                else if is_(name, "Lambda-Runtime-Trace-Id") { keep(&head.traceId) }
                else if is_(name, "Lambda-Runtime-Client-Context") { keep(&head.clientContext) }
                else if is_(name, "Lambda-Runtime-Cognito-Identity") { keep(&head.cognitoIdentity) }
                else if is_(name, "Content-Length") { keep(&head.contentLength) }
                else if is_(name, "Transfer-Encoding") { keep(&head.transferEncoding) }
                else if is_(name, "Connection") { keep(&head.connection) }
            }
            return head
        }

        /// ASCII case-insensitive equality of a header name with `literal`, lengths first.
        private static func is_(_ name: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
            guard name.count == literal.utf8CodeUnitCount else { return false }
            let expected = literal.utf8Start
            for index in 0..<name.count {
                let a = name[index], b = expected[index]
                if a != b && (a | 0x20 != b | 0x20 || !((a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A)) { return false }
            }
            return true
        }
    }

    /// One request/response on the kept connection. A connection the server
    /// closed while idle is re-opened once; any other failure propagates.
    private func exchange(head requestHead: [UInt8], body: [UInt8]) throws -> (AnswerHead, [UInt8]) {
        var reused = connection != nil
        while true {
            let conn: TCPConnection
            if let existing = connection { conn = existing } else {
                conn = try TCPConnection.connect(host: host, port: port)
                connection = conn
            }
            do {
                try conn.write(head: requestHead, body: body)
                let head = try AnswerHead.read(from: conn)
                let responseBody = try HTTP1.readBody(transferEncoding: head.transferEncoding, contentLength: head.contentLength, from: conn,
                                                      emptyWhenUnframed: head.status == 204 || head.status == 304)
                if let c = head.connection, asciiCaseInsensitiveEquals(c, "close") { connection = nil }
                return (head, responseBody)
            } catch let failure as TCPConnection.Failure {
                connection = nil
                guard reused else { throw failure }
                reused = false // one fresh connection, then give up
            } catch {
                connection = nil
                throw error
            }
        }
    }
}
