import COpenSSL

/// SHA-256 through libcrypto's EVP one-shot digest (algorithm fetched once).
public enum SHA256Digest {
    public static let byteCount = 32

    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { hash(UnsafeRawBufferPointer($0)) }
    }

    public static func hash(_ text: String) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        let ok = out.withUnsafeMutableBufferPointer { digest in
            dl_EVP_Digest(buffer.baseAddress, buffer.count, digest.baseAddress, &length, FetchedAlgorithms.sha256, nil)
        }
        // EVP_Digest with a built-in algorithm only fails on allocation failure.
        precondition(ok == 1 && length == UInt32(byteCount), "EVP_Digest(SHA-256) failed")
        return out
    }
}
