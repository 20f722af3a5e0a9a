/// Why an HTTP exchange did not produce a response. Messages carry libcurl's
/// description and never the request's headers or body.
public enum HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request cannot be sent as given (bad URL, bad header, unsupported scheme).
    case invalidRequest(String)
    /// The time allowed ran out (connect or total).
    case timedOut(afterMs: Int64)
    /// No connection could be made (DNS, refused, unreachable).
    case connectionFailed(String)
    /// The connection broke mid-exchange (reset, closed, nothing received).
    case connectionLost(String)
    /// TLS handshake or certificate verification failed.
    case tls(String)
    /// The response body exceeded the caller's limit.
    case responseTooLarge(limit: Int)
    /// Any other libcurl failure.
    case transport(code: Int, message: String)

    /// Failures worth another attempt: the network, not the request.
    public var isRetryable: Bool {
        switch self {
        case .connectionFailed, .connectionLost, .timedOut: return true
        case .invalidRequest, .tls, .responseTooLarge, .transport: return false
        }
    }

    public var description: String {
        switch self {
        case .invalidRequest(let why): return "invalid HTTP request: \(why)"
        case .timedOut(let ms): return "HTTP request timed out after \(ms) ms"
        case .connectionFailed(let why): return "HTTP connection failed: \(why)"
        case .connectionLost(let why): return "HTTP connection lost: \(why)"
        case .tls(let why): return "TLS failure: \(why)"
        case .responseTooLarge(let limit): return "HTTP response larger than \(limit) bytes"
        case .transport(let code, let why): return "HTTP transport error \(code): \(why)"
        }
    }
}
