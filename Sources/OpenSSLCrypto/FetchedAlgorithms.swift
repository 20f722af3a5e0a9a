import COpenSSL

/// Algorithms fetched from the default provider once per process: OpenSSL 3's
/// one-shot calls (`HMAC`, `EVP_sha256` implicit fetches) look them up on every
/// call, which dominated SigV4 signing time.
enum FetchedAlgorithms {
    nonisolated(unsafe) static let sha256: OpaquePointer = {
        guard let md = EVP_MD_fetch(nil, "SHA256", nil) else { fatalError("OpenSSL has no SHA256") }
        return md
    }()

    /// An HMAC context with its digest set to SHA-256 and no key; each MAC
    /// duplicates it (the template itself is never mutated, so sharing is safe).
    nonisolated(unsafe) static let hmacSHA256Template: OpaquePointer = {
        guard let mac = EVP_MAC_fetch(nil, "HMAC", nil), let context = EVP_MAC_CTX_new(mac) else { fatalError("OpenSSL has no HMAC") }
        EVP_MAC_free(mac) // the context keeps its own reference
        let digestName = strdup("SHA256")!
        defer { free(digestName) } // OpenSSL reads the name while setting the digest and keeps no pointer to it
        var params = [OSSL_PARAM_construct_utf8_string("digest", digestName, 0), OSSL_PARAM_construct_end()]
        guard EVP_MAC_CTX_set_params(context, &params) == 1 else { fatalError("cannot set the HMAC digest") }
        return context
    }()
}
