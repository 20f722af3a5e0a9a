/// Why a request was not authorized. The descriptions name the rule that
/// failed, never the token or its claims' values, so they are safe to log.
public enum AuthFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case missingToken
    /// The header is not `Bearer <token>`.
    case wrongScheme
    /// Above `CompactJWT.maxTokenBytes`, rejected before any parsing.
    case tokenTooLarge
    /// Not three segments, not base64url, or not a JSON object.
    case malformedToken(String)
    /// `alg` other than RS256, or a critical header we do not understand.
    case unsupportedAlgorithm
    case missingKeyId
    case unknownKeyId
    case invalidSignature
    /// The JWKS could not be fetched (or is not a usable key set): fail closed.
    case jwksUnavailable
    case wrongIssuer
    case wrongTokenUse
    /// `aud` (ID tokens) or `client_id` (access tokens) is not a configured client.
    case wrongAudience
    case expired
    case notYetValid
    case issuedInFuture
    case missingClaim(String)
    /// No `cognito:groups` entry that maps to a role.
    case noRole
    /// No usable `custom:clinicId`.
    case noClinic

    public var description: String {
        switch self {
        case .missingToken: return "missing token"
        case .wrongScheme: return "authorization scheme is not Bearer"
        case .tokenTooLarge: return "token too large"
        case .malformedToken(let part): return "malformed token (\(part))"
        case .unsupportedAlgorithm: return "unsupported algorithm"
        case .missingKeyId: return "missing kid"
        case .unknownKeyId: return "unknown kid"
        case .invalidSignature: return "invalid signature"
        case .jwksUnavailable: return "JWKS unavailable"
        case .wrongIssuer: return "wrong issuer"
        case .wrongTokenUse: return "wrong token_use"
        case .wrongAudience: return "wrong audience or client"
        case .expired: return "token expired"
        case .notYetValid: return "token not yet valid"
        case .issuedInFuture: return "token issued in the future"
        case .missingClaim(let name): return "missing or malformed claim \(name)"
        case .noRole: return "no role group"
        case .noClinic: return "no clinic"
        }
    }
}
