import COpenSSL

/// MD5 through libcrypto, only for S3's ETag (the MD5 of a single-part upload's bytes), never for security.
enum MD5Digest {
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 16)
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { digest in
                dl_EVP_Digest(input.baseAddress, input.count, digest.baseAddress, &length, dl_EVP_md5(), nil)
            }
        }
        precondition(ok == 1 && length == 16, "EVP_Digest(MD5) failed")
        return out
    }
}
