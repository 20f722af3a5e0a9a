import COpenSSL
#if canImport(Glibc)
import Glibc // strdup, free (the OpenSSL headers brought libc in before COpenSSL declared its own)
#elseif canImport(Darwin)
import Darwin
#endif

/// Algorithms fetched from the default provider once per process: OpenSSL 3's
/// one-shot calls (`HMAC`, `EVP_sha256` implicit fetches) look them up on every
/// call, which dominated SigV4 signing time. The first fetch is also what loads
/// libcrypto (COpenSSL binds it on first use, not at start-up).
enum FetchedAlgorithms {
    nonisolated(unsafe) static let sha256: OpaquePointer = {
        guard let md = dl_EVP_MD_fetch(nil, "SHA256", nil) else { fatalError(unavailable("SHA256")) }
        return md
    }()

    /// An HMAC context with its digest set to SHA-256 and no key; each MAC
    /// duplicates it (the template itself is never mutated, so sharing is safe).
    nonisolated(unsafe) static let hmacSHA256Template: OpaquePointer = {
        guard let mac = dl_EVP_MAC_fetch(nil, "HMAC", nil), let context = dl_EVP_MAC_CTX_new(mac) else { fatalError(unavailable("HMAC")) }
        dl_EVP_MAC_free(mac) // the context keeps its own reference
        // OSSL_PARAM keeps pointers to its key and value: both must outlive EVP_MAC_CTX_set_params (a Swift
        // string argument is a temporary that is gone when OSSL_PARAM_construct_utf8_string returns).
        // OpenSSL keeps neither once the digest is set.
        let key = strdup("digest")!, digestName = strdup("SHA256")!
        defer { free(key); free(digestName) }
        var params = [dl_OSSL_PARAM_construct_utf8_string(key, digestName, 0), dl_OSSL_PARAM_construct_end()]
        guard dl_EVP_MAC_CTX_set_params(context, &params) == 1 else { fatalError("cannot set the HMAC digest") }
        return context
    }()

    /// Why an algorithm is missing: libcrypto could not be loaded at all (not bundled, not installed), or it lacks it.
    static func unavailable(_ algorithm: String) -> String {
        dl_crypto_available() == 1 ? "OpenSSL has no \(algorithm)" : "libcrypto (libcrypto.so.3) could not be loaded, needed for \(algorithm)"
    }
}
