import CCurl
import LambdaRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HTTP(S) over libcurl, kept warm across invocations: a small pool of easy
/// handles, each keeping its connections and TLS sessions alive between calls.
/// TLS verification is always on; paths go out exactly as given (PATH_AS_IS).
public final class HTTPClient: @unchecked Sendable {
    /// The process-wide client every AWS client uses by default.
    public static let shared = HTTPClient()

    /// Upper bound on connecting, so a stuck connect leaves time for a retry;
    /// never more than the request's own timeout.
    public let connectTimeoutMs: Int64
    /// A PEM bundle to trust instead of the system's (the SDKs' `AWS_CA_BUNDLE`); nil: system roots.
    public var caBundlePath: String? { lock.withLock { trustedBundlePath } }
    private var trustedBundlePath: String?
    private let poolLimit: Int
    private var idle: [UnsafeMutableRawPointer] = []
    private let lock = PThreadMutex()

    public init(connectTimeoutMs: Int64 = 5_000, poolLimit: Int = 4, caBundlePath: String? = nil) {
        self.connectTimeoutMs = connectTimeoutMs
        self.trustedBundlePath = caBundlePath
        self.poolLimit = poolLimit
    }

    /// Trusts the PEM bundle named by `AWS_CA_BUNDLE` (`CABundleSetting`), when set, instead of the system's
    /// roots. Called once by a function's wiring, before its first request; a bundle that cannot be read is
    /// a `ConfigurationError` (an init error), never a TLS failure on the first call.
    public func trustCABundle(from environment: Environment) throws {
        guard let path = try CABundleSetting.path(in: environment) else { return }
        lock.withLock { trustedBundlePath = path }
    }

    deinit {
        for handle in idle { dl_curl_easy_cleanup(handle) }
    }

    /// Sends `request` and returns the response, whatever its status.
    /// `timeoutMs` bounds the whole exchange, connect included.
    public func send(_ request: HTTPRequest, timeoutMs: Int64, maxResponseBytes: Int = 10 << 20) throws -> HTTPResponse {
        guard timeoutMs > 0 else { throw HTTPClientError.timedOut(afterMs: 0) }
        guard CurlGlobal.initialized else { throw HTTPClientError.transport(code: -1, message: "libcurl could not be loaded or initialised (curl_global_init)") }
        let handle = try checkOut()
        defer { checkIn(handle) }
        return try CurlTransfer.perform(handle: handle, request: request, timeoutMs: timeoutMs,
                                        connectTimeoutMs: min(connectTimeoutMs, timeoutMs),
                                        maxResponseBytes: maxResponseBytes, caBundlePath: caBundlePath)
    }

    private func checkOut() throws -> UnsafeMutableRawPointer {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return reused }
        guard let fresh = dl_curl_easy_init() else { throw HTTPClientError.transport(code: -1, message: "curl_easy_init failed") }
        return fresh
    }

    private func checkIn(_ handle: UnsafeMutableRawPointer) {
        lock.lock()
        if idle.count < poolLimit {
            idle.append(handle)
            lock.unlock()
        } else {
            lock.unlock()
            dl_curl_easy_cleanup(handle)
        }
    }
}

/// `curl_global_init` once, lazily, on the first request (Swift runs a static
/// initializer exactly once, thread-safely).
enum CurlGlobal {
    static let initialized: Bool = dl_curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK
}
