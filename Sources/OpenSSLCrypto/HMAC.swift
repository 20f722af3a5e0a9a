import COpenSSL

/// HMAC-SHA256 through libcrypto's one-shot `HMAC`.
public enum HMACSHA256 {
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        message.withUnsafeBufferPointer { authenticationCode(key: key, message: UnsafeRawBufferPointer($0)) }
    }

    public static func authenticationCode(key: [UInt8], message: String) -> [UInt8] {
        var copy = message
        return copy.withUTF8 { authenticationCode(key: key, message: UnsafeRawBufferPointer($0)) }
    }

    public static func authenticationCode(key: [UInt8], message: UnsafeRawBufferPointer) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: SHA256Digest.byteCount)
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { keyBuffer in
            out.withUnsafeMutableBufferPointer { mac in
                HMAC(EVP_sha256(), keyBuffer.baseAddress, Int32(keyBuffer.count),
                     message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count,
                     mac.baseAddress, &length)
            }
        }
        precondition(result != nil && length == UInt32(SHA256Digest.byteCount), "HMAC(SHA-256) failed")
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
