/// Why an RSA key could not be built, read, written or used. Messages never
/// carry key material.
public enum RSAError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The public components or the PEM do not make a usable RSA key.
    case invalidKey(String)
    /// Below the minimum size we accept for signatures (2048 bits) or above the maximum.
    case unsupportedKeySize(bits: Int)
    case generationFailed
    case signingFailed
    case encodingFailed

    public var description: String {
        switch self {
        case .invalidKey(let why): return "invalid RSA key: \(why)"
        case .unsupportedKeySize(let bits): return "RSA key of \(bits) bits is outside 2048...8192"
        case .generationFailed: return "RSA key generation failed"
        case .signingFailed: return "RSA signing failed"
        case .encodingFailed: return "RSA key encoding failed"
        }
    }
}

/// Key sizes accepted for RS256 (NIST SP 800-131A: at least 2048; the upper
/// bound keeps a hostile JWKS from making verification arbitrarily slow).
enum RSAKeySize {
    static let accepted = 2048...8192
}
