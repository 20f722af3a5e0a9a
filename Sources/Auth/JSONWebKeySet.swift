import LambdaRuntime
import OpenSSLCrypto

/// A JWKS document (RFC 7517) reduced to the keys usable for RS256, by `kid`.
struct JSONWebKeySet {
    enum Failure: Error, CustomStringConvertible {
        case notAKeySet
        case duplicateKeyId
        case noUsableKey

        var description: String {
            switch self {
            case .notAKeySet: return "JWKS is not a JSON object with a keys array"
            case .duplicateKeyId: return "JWKS has two keys with the same kid"
            case .noUsableKey: return "JWKS has no usable RS256 signing key"
            }
        }
    }

    let keys: [String: RSAPublicKey]
    /// Keys skipped because they are not RSA signing keys for RS256 (logged by count).
    let skipped: Int

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONWebKeySet {
        guard let document = try? JSONValue.parse(bytes, maxDepth: CompactJWT.maxJSONDepth).object, let entries = document["keys"]?.array else {
            throw .notAKeySet
        }
        var keys: [String: RSAPublicKey] = [:]
        var seen: Set<String> = []
        var skipped = 0
        for entry in entries {
            guard let jwk = entry.object, let kid = jwk["kid"]?.string, !kid.isEmpty else { skipped += 1; continue }
            // Ambiguous key ids would let a key set choose which key checks a token.
            guard seen.insert(kid).inserted else { throw .duplicateKeyId }
            guard jwk["kty"]?.string == "RSA",
                  jwk["use"].map({ $0.string == "sig" }) ?? true,
                  jwk["alg"].map({ $0.string == "RS256" }) ?? true,
                  let n = jwk["n"]?.string.flatMap(Base64URL.decode),
                  let e = jwk["e"]?.string.flatMap(Base64URL.decode),
                  let key = try? RSAPublicKey(modulus: n, exponent: e) else {
                skipped += 1
                continue
            }
            keys[kid] = key
        }
        guard !keys.isEmpty else { throw .noUsableKey }
        return JSONWebKeySet(keys: keys, skipped: skipped)
    }
}
