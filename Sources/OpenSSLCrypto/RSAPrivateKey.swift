import COpenSSL

/// An RSA private key for RS256 signing: generated here or read from PEM.
/// Used by the local token issuer and the tests; the deployed authorizer only verifies.
public final class RSAPrivateKey: @unchecked Sendable {
    let key: OpaquePointer
    public let bitCount: Int

    private init(owning key: OpaquePointer) throws(RSAError) {
        guard dl_EVP_PKEY_is_a(key, "RSA") == 1 else {
            dl_EVP_PKEY_free(key)
            throw .invalidKey("not an RSA key")
        }
        let bits = Int(dl_EVP_PKEY_get_bits(key))
        guard RSAKeySize.accepted.contains(bits) else {
            dl_EVP_PKEY_free(key)
            throw .unsupportedKeySize(bits: bits)
        }
        self.key = key
        self.bitCount = bits
    }

    deinit { dl_EVP_PKEY_free(key) }

    /// A fresh key from libcrypto's generator (public exponent 65537).
    public static func generate(bits: Int = 2048) throws(RSAError) -> RSAPrivateKey {
        guard RSAKeySize.accepted.contains(bits) else { throw .unsupportedKeySize(bits: bits) }
        guard let context = dl_EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else { throw .generationFailed }
        defer { dl_EVP_PKEY_CTX_free(context) }
        var generated: OpaquePointer? = nil
        guard dl_EVP_PKEY_keygen_init(context) == 1,
              dl_EVP_PKEY_CTX_set_rsa_keygen_bits(context, Int32(bits)) == 1,
              dl_EVP_PKEY_generate(context, &generated) == 1,
              let generated else {
            dl_ERR_clear_error()
            throw .generationFailed
        }
        return try RSAPrivateKey(owning: generated)
    }

    /// Reads an unencrypted PEM private key (PKCS#8 or PKCS#1).
    public convenience init(pem: String) throws(RSAError) {
        let bytes = Array(pem.utf8)
        let read: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            guard let bio = dl_BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { dl_BIO_free(bio) }
            return dl_PEM_read_bio_PrivateKey(bio, nil, nil, nil)
        }
        guard let read else {
            dl_ERR_clear_error()
            throw .invalidKey("not a readable PEM private key")
        }
        try self.init(owning: read)
    }

    /// The key as unencrypted PKCS#8 PEM (`BEGIN PRIVATE KEY`).
    public func pem() throws(RSAError) -> String {
        guard let bio = dl_BIO_new(dl_BIO_s_mem()) else { throw .encodingFailed }
        defer { dl_BIO_free(bio) }
        guard dl_PEM_write_bio_PrivateKey(bio, key, nil, nil, 0, nil, nil) == 1 else {
            dl_ERR_clear_error()
            throw .encodingFailed
        }
        var data: UnsafeMutablePointer<CChar>? = nil
        // BIO_get_mem_data is a macro over BIO_ctrl(BIO_CTRL_INFO).
        let length = withUnsafeMutablePointer(to: &data) { dl_BIO_ctrl(bio, BIO_CTRL_INFO, 0, UnsafeMutableRawPointer($0)) }
        guard length > 0, let data else { throw .encodingFailed }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    /// The public modulus and exponent as unsigned big-endian bytes (JWK `n`, `e`).
    public func publicComponents() throws(RSAError) -> (modulus: [UInt8], exponent: [UInt8]) {
        (try bigNumberParameter(OSSL_PKEY_PARAM_RSA_N), try bigNumberParameter(OSSL_PKEY_PARAM_RSA_E))
    }

    public func publicKey() throws(RSAError) -> RSAPublicKey {
        let (modulus, exponent) = try publicComponents()
        return try RSAPublicKey(modulus: modulus, exponent: exponent)
    }

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `message`.
    public func signRS256(_ message: [UInt8]) throws(RSAError) -> [UInt8] {
        guard let context = dl_EVP_MD_CTX_new() else { throw .signingFailed }
        defer { dl_EVP_MD_CTX_free(context) }
        guard dl_EVP_DigestSignInit(context, nil, FetchedAlgorithms.sha256, nil, key) == 1 else {
            dl_ERR_clear_error()
            throw .signingFailed
        }
        var length = 0
        var signature = [UInt8](repeating: 0, count: (bitCount + 7) / 8)
        let ok = message.withUnsafeBufferPointer { input in
            signature.withUnsafeMutableBufferPointer { output in
                length = output.count
                return dl_EVP_DigestSign(context, output.baseAddress, &length, input.baseAddress, input.count)
            }
        }
        guard ok == 1 else {
            dl_ERR_clear_error()
            throw .signingFailed
        }
        return Array(signature.prefix(length))
    }

    private func bigNumberParameter(_ name: String) throws(RSAError) -> [UInt8] {
        var number: OpaquePointer? = nil
        guard dl_EVP_PKEY_get_bn_param(key, name, &number) == 1, let number else {
            dl_ERR_clear_error()
            throw .encodingFailed
        }
        defer { dl_BN_free(number) }
        var bytes = [UInt8](repeating: 0, count: (Int(dl_BN_num_bits(number)) + 7) / 8)
        let written = bytes.withUnsafeMutableBufferPointer { dl_BN_bn2bin(number, $0.baseAddress) }
        guard Int(written) == bytes.count else { throw .encodingFailed }
        return bytes
    }
}
