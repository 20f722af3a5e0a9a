import LambdaRuntime
import OpenSSLCrypto

/// A JWS in compact serialization, split and decoded but NOT verified:
/// nothing here may be trusted until the signature has been checked.
struct CompactJWT {
    /// Cognito tokens are 1–2 KB; anything above this is rejected unread.
    static let maxTokenBytes = 8 * 1024
    /// Cognito headers and claims nest two levels; a deep document is hostile.
    static let maxJSONDepth = 12

    let header: [String: JSONValue]
    let claims: [String: JSONValue]
    /// `base64url(header) . base64url(payload)`, the bytes the signature covers.
    let signingInput: [UInt8]
    let signature: [UInt8]

    static func parse(_ token: String) throws(AuthFailure) -> CompactJWT {
        let bytes = Array(token.utf8)
        guard bytes.count <= maxTokenBytes else { throw .tokenTooLarge }
        guard !bytes.isEmpty else { throw .missingToken }
        let segments = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count == 3 else { throw .malformedToken("segments") }
        guard let headerBytes = Base64URL.decode(segments[0]),
              let payloadBytes = Base64URL.decode(segments[1]),
              let signature = Base64URL.decode(segments[2]) else { throw .malformedToken("base64url") }
        guard let header = try? JSONValue.parse(headerBytes, maxDepth: maxJSONDepth).object else { throw .malformedToken("header JSON") }
        guard let claims = try? JSONValue.parse(payloadBytes, maxDepth: maxJSONDepth).object else { throw .malformedToken("payload JSON") }
        let signingInput = Array(bytes[..<segments[1].endIndex])
        return CompactJWT(header: header, claims: claims, signingInput: signingInput, signature: signature)
    }
}
