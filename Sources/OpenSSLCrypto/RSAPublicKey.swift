import COpenSSL

/// An RSA public key held by libcrypto, built from a JWK's `n` and `e`, that
/// verifies RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signatures. A verify
/// context is set up once per key (padding, digest) and duplicated per call:
/// the template is never mutated, so one key may serve several threads, and
/// no call pays OpenSSL 3's per-init algorithm lookups (~2 µs of ~17).
public final class RSAPublicKey: @unchecked Sendable {
    let key: OpaquePointer
    private let verifyTemplate: OpaquePointer
    public let bitCount: Int

    /// `modulus` and `exponent` are unsigned big-endian integers (the decoded
    /// JWK `n` and `e`).
    public init(modulus: [UInt8], exponent: [UInt8]) throws(RSAError) {
        guard !modulus.isEmpty, !exponent.isEmpty, exponent.count <= 8 else { throw .invalidKey("empty modulus or bad exponent") }
        // An even or tiny exponent is never a real RSA public exponent.
        guard exponent.last! & 1 == 1, exponent.contains(where: { $0 != 0 }), !(exponent.drop(while: { $0 == 0 }) == [1]) else {
            throw .invalidKey("unusable public exponent")
        }
        guard let builder = dl_OSSL_PARAM_BLD_new() else { throw .invalidKey("OSSL_PARAM_BLD_new failed") }
        defer { dl_OSSL_PARAM_BLD_free(builder) }
        let n = modulus.withUnsafeBufferPointer { dl_BN_bin2bn($0.baseAddress, Int32($0.count), nil) }
        let e = exponent.withUnsafeBufferPointer { dl_BN_bin2bn($0.baseAddress, Int32($0.count), nil) }
        defer { dl_BN_free(n); dl_BN_free(e) }
        guard let n, let e,
              dl_OSSL_PARAM_BLD_push_BN(builder, Self.modulusName, n) == 1,
              dl_OSSL_PARAM_BLD_push_BN(builder, Self.exponentName, e) == 1,
              let params = dl_OSSL_PARAM_BLD_to_param(builder) else {
            throw .invalidKey("cannot build key parameters")
        }
        defer { dl_OSSL_PARAM_free(params) }
        guard let context = dl_EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else { throw .invalidKey("no RSA key manager") }
        defer { dl_EVP_PKEY_CTX_free(context) }
        var built: OpaquePointer? = nil
        guard dl_EVP_PKEY_fromdata_init(context) == 1,
              dl_EVP_PKEY_fromdata(context, &built, Self.publicKeySelection, params) == 1,
              let built else {
            dl_ERR_clear_error()
            throw .invalidKey("libcrypto refused the components")
        }
        let bits = Int(dl_EVP_PKEY_get_bits(built))
        guard RSAKeySize.accepted.contains(bits) else {
            dl_EVP_PKEY_free(built)
            throw .unsupportedKeySize(bits: bits)
        }
        guard let template = dl_EVP_PKEY_CTX_new_from_pkey(nil, built, nil) else {
            dl_EVP_PKEY_free(built)
            throw .invalidKey("cannot create a verify context")
        }
        guard dl_EVP_PKEY_verify_init(template) == 1,
              dl_EVP_PKEY_CTX_set_rsa_padding(template, RSA_PKCS1_PADDING) == 1,
              dl_EVP_PKEY_CTX_set_signature_md(template, FetchedAlgorithms.sha256) == 1 else {
            dl_ERR_clear_error()
            dl_EVP_PKEY_CTX_free(template)
            dl_EVP_PKEY_free(built)
            throw .invalidKey("cannot set up RS256 verification")
        }
        self.key = built
        self.verifyTemplate = template
        self.bitCount = bits
    }

    deinit {
        dl_EVP_PKEY_CTX_free(verifyTemplate)
        dl_EVP_PKEY_free(key)
    }

    // The builder keeps the parameter-name pointers until OSSL_PARAM_BLD_to_param,
    // so they must outlive the push calls: static C strings, not bridged Swift strings.
    private nonisolated(unsafe) static let modulusName = UnsafeRawPointer(("n" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)
    private nonisolated(unsafe) static let exponentName = UnsafeRawPointer(("e" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)

    /// EVP_PKEY_PUBLIC_KEY: a macro Swift does not import (parameters plus public key).
    private static let publicKeySelection = Int32(OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS | OSSL_KEYMGMT_SELECT_OTHER_PARAMETERS | OSSL_KEYMGMT_SELECT_PUBLIC_KEY)

    /// True only when `signature` is a valid RS256 signature of `message`.
    public func verifyRS256(signature: [UInt8], message: UnsafeRawBufferPointer) -> Bool {
        // A signature is exactly as long as the modulus; anything else is forged.
        guard signature.count == (bitCount + 7) / 8 else { return false }
        // With the signature digest set, libcrypto checks the whole DigestInfo
        // (SHA-256's OID included), not only the hash bytes.
        let digest = SHA256Digest.hash(message)
        guard let context = dl_EVP_PKEY_CTX_dup(verifyTemplate) else { return false }
        defer { dl_EVP_PKEY_CTX_free(context) }
        let result = signature.withUnsafeBufferPointer { signatureBytes in
            digest.withUnsafeBufferPointer { digestBytes in
                dl_EVP_PKEY_verify(context, signatureBytes.baseAddress, signatureBytes.count, digestBytes.baseAddress, digestBytes.count)
            }
        }
        if result != 1 { dl_ERR_clear_error() }
        return result == 1
    }

    public func verifyRS256(signature: [UInt8], message: [UInt8]) -> Bool {
        message.withUnsafeBytes { verifyRS256(signature: signature, message: $0) }
    }
}
