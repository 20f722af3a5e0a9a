import COpenSSL

/// HMAC-SHA256 through libcrypto's EVP_MAC.
public enum HMACSHA256 {
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        message.withUnsafeBufferPointer { authenticationCode(key: key, message: UnsafeRawBufferPointer($0)) }
    }

    public static func authenticationCode(key: [UInt8], message: String) -> [UInt8] {
        var copy = message
        return copy.withUTF8 { authenticationCode(key: key, message: UnsafeRawBufferPointer($0)) }
    }

    public static func authenticationCode(key: [UInt8], message: UnsafeRawBufferPointer) -> [UInt8] {
        guard let context = dl_EVP_MAC_CTX_dup(FetchedAlgorithms.hmacSHA256Template) else { fatalError("EVP_MAC_CTX_dup failed") }
        defer { dl_EVP_MAC_CTX_free(context) }
        var out = [UInt8](repeating: 0, count: SHA256Digest.byteCount)
        var length = 0
        // An empty key is legal HMAC; OpenSSL wants a non-NULL pointer for it.
        let keyBytes = key.isEmpty ? [0] : key
        let ok = keyBytes.withUnsafeBufferPointer { keyBuffer in
            dl_EVP_MAC_init(context, keyBuffer.baseAddress, key.count, nil) == 1
                && dl_EVP_MAC_update(context, message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count) == 1
                && out.withUnsafeMutableBufferPointer { dl_EVP_MAC_final(context, $0.baseAddress, &length, $0.count) } == 1
        }
        precondition(ok && length == SHA256Digest.byteCount, "HMAC-SHA256 failed")
        return out
    }

    /// Equality in time independent of where the inputs differ (for signature checks).
    public static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
