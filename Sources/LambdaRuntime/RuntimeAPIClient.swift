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
    }

    public func next() throws -> Invocation {
        let path = "/2018-06-01/runtime/invocation/next"
        let (head, body) = try exchange(method: "GET", path: path, headers: [], body: [])
        guard head.status == 200 else { throw statusFailure(head.status, path) }
        guard let requestId = head.headers["Lambda-Runtime-Aws-Request-Id"], !requestId.isEmpty else {
            throw Failure.missingHeader("Lambda-Runtime-Aws-Request-Id")
        }
        return Invocation(
            requestId: requestId,
            deadlineMs: head.headers["Lambda-Runtime-Deadline-Ms"].flatMap { Int64($0) },
            invokedFunctionARN: head.headers["Lambda-Runtime-Invoked-Function-Arn"] ?? "",
            traceId: head.headers["Lambda-Runtime-Trace-Id"].flatMap { $0.isEmpty ? nil : $0 },
            clientContext: head.headers["Lambda-Runtime-Client-Context"],
            cognitoIdentity: head.headers["Lambda-Runtime-Cognito-Identity"],
            event: body)
    }

    /// Posts the function's response; returns the Runtime API's status
    /// (202 accepted, 413 too large, 4xx for other refusals).
    public func respond(requestId: String, payload: [UInt8]) throws -> Int {
        let path = "/2018-06-01/runtime/invocation/\(requestId)/response"
        let (head, _) = try exchange(method: "POST", path: path, headers: [], body: payload)
        if head.status == 500 { throw Failure.runtimeAPIFailed(path: path) }
        return head.status
    }

    /// Posts an invocation error in the Runtime API's error shape.
    public func reportError(requestId: String, type: String, message: String) throws -> Int {
        let path = "/2018-06-01/runtime/invocation/\(requestId)/error"
        let (head, _) = try exchange(method: "POST", path: path,
                                     headers: [("Lambda-Runtime-Function-Error-Type", type), ("Content-Type", "application/json")],
                                     body: Self.errorDocument(type: type, message: message))
        if head.status == 500 { throw Failure.runtimeAPIFailed(path: path) }
        return head.status
    }

    /// Posts a start-up failure; the caller exits afterwards.
    public func reportInitError(type: String, message: String) throws {
        let path = "/2018-06-01/runtime/init/error"
        let (head, _) = try exchange(method: "POST", path: path,
                                     headers: [("Lambda-Runtime-Function-Error-Type", type), ("Content-Type", "application/json")],
                                     body: Self.errorDocument(type: type, message: message))
        guard head.status == 202 else { throw statusFailure(head.status, path) }
    }

    static func errorDocument(type: String, message: String) -> [UInt8] {
        Array("{\"errorMessage\":\(JSONText.quoted(message)),\"errorType\":\(JSONText.quoted(type)),\"stackTrace\":[]}".utf8)
    }

    private func statusFailure(_ status: Int, _ path: String) -> Failure {
        status == 500 ? .runtimeAPIFailed(path: path) : .unexpectedStatus(status, path: path)
    }

    /// One request/response on the kept connection. A connection the server
    /// closed while idle is re-opened once; any other failure propagates.
    private func exchange(method: String, path: String, headers: [(String, String)], body: [UInt8]) throws -> (HTTP1.ResponseHead, [UInt8]) {
        var reused = connection != nil
        while true {
            let conn: TCPConnection
            if let existing = connection { conn = existing } else {
                conn = try TCPConnection.connect(host: host, port: port)
                connection = conn
            }
            do {
                try conn.write(head: HTTP1.requestHead(method: method, target: path, host: hostHeader, headers: headers, bodyLength: body.count), body: body)
                let head = try HTTP1.readResponseHead(from: conn)
                let responseBody = try HTTP1.readBody(headers: head.headers, from: conn, emptyWhenUnframed: head.status == 204 || head.status == 304)
                if let c = head.headers["Connection"], asciiCaseInsensitiveEquals(c, "close") { connection = nil }
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
