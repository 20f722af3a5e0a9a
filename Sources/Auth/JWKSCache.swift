import LambdaRuntime
import OpenSSLCrypto

/// The issuer's signing keys, fetched on first need and kept for the life of
/// the process (across invocations). An unknown `kid` triggers a refetch (key
/// rotation), but at most once per `refetchIntervalMs` — a penalty box, as in
/// aws-jwt-verify — so forged kids cannot turn the authorizer into a JWKS
/// flooder. A failed fetch is retried after `retryAfterFailureMs`. Every
/// failure to get keys denies (fails closed) and is logged.
public final class JWKSCache {
    public static let refetchIntervalMs: Int64 = 10_000
    public static let retryAfterFailureMs: Int64 = 1_000
    /// Upper bound for one fetch; the invocation's remaining time may lower it.
    public static let maxFetchTimeoutMs: Int64 = 3_000

    public let url: String
    private let fetcher: any JWKSFetching
    private let nowMs: () -> Int64
    private var keys: [String: RSAPublicKey] = [:]
    private var lastAttemptMs: Int64?
    private var lastAttemptFailed = false
    public private(set) var fetchCount = 0

    public init(url: String, fetcher: any JWKSFetching, nowMs: @escaping () -> Int64 = WallClock.nowMs) {
        self.url = url
        self.fetcher = fetcher
        self.nowMs = nowMs
    }

    /// The key for `kid`, fetching the key set when it is unknown and the
    /// penalty box allows. `budgetMs` is the time this invocation can spend.
    public func key(for kid: String, budgetMs: Int64, logger: Logger) throws(AuthFailure) -> RSAPublicKey {
        if let key = keys[kid] { return key }
        let now = nowMs()
        if let last = lastAttemptMs {
            let wait = lastAttemptFailed ? Self.retryAfterFailureMs : Self.refetchIntervalMs
            if now - last < wait {
                throw lastAttemptFailed && keys.isEmpty ? .jwksUnavailable : .unknownKeyId
            }
        }
        try refresh(budgetMs: budgetMs, logger: logger)
        guard let key = keys[kid] else { throw .unknownKeyId }
        return key
    }

    private func refresh(budgetMs: Int64, logger: Logger) throws(AuthFailure) {
        lastAttemptMs = nowMs()
        lastAttemptFailed = true
        fetchCount += 1
        let timeoutMs = min(Self.maxFetchTimeoutMs, budgetMs)
        guard timeoutMs > 0 else {
            logger.error("JWKS fetch skipped: no time left in this invocation", ["budgetMs": .int(budgetMs)])
            throw .jwksUnavailable
        }
        let started = WallClock.monotonicNs()
        let body: [UInt8]
        do {
            body = try fetcher.fetchJWKS(url: url, timeoutMs: timeoutMs)
        } catch {
            // Keys already held stay valid: they are still the issuer's keys.
            logger.error("JWKS fetch failed; denying", ["error": .string(String(describing: error)), "timeoutMs": .int(timeoutMs)])
            throw .jwksUnavailable
        }
        let set: JSONWebKeySet
        do {
            set = try JSONWebKeySet.parse(body)
        } catch {
            logger.error("JWKS unusable; denying", ["error": .string(error.description), "bytes": .from(body.count)])
            throw .jwksUnavailable
        }
        keys = set.keys
        lastAttemptFailed = false
        logger.info("JWKS fetched", ["keys": .from(set.keys.count), "skippedKeys": .from(set.skipped),
                                     "durationMs": .double(Double(WallClock.monotonicNs() - started) / 1e6)])
    }
}
