import Auth
import LambdaRuntime
import OpenSSLCrypto

/// A compact token through `CognitoVerifier.verify` (size bound, three segments, base64url, strict JSON
/// header and claims, RS256, kid lookup, signature): no input crashes it, and an accepted token is one our
/// key signed, written canonically (no second spelling of the same signature verifies).
public enum JWTFuzz: FuzzTarget {
    public static let name = "jwt"
    nonisolated(unsafe) static let verifier = CognitoVerifier(configuration: AuthFuzzSupport.configuration,
                                                              fetcher: AuthFuzzSupport.MemoryJWKS(document: AuthFuzzSupport.jwks),
                                                              nowMs: { AuthFuzzSupport.nowMs })

    public static func check(_ input: [UInt8]) -> String? {
        let token = String(decoding: input, as: UTF8.self)
        guard let identity = try? verifier.verify(token: token, budgetMs: 1_000, logger: AuthFuzzSupport.silent) else { return nil }
        let segments = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard segments.count == 3 else { return "accepted a token without three segments" }
        for segment in segments where Base64URL.decode(segment).map(Base64URL.encode) != segment {
            return "accepted a non-canonical base64url segment"
        }
        guard let signature = Base64URL.decode(segments[2]),
              (try? AuthFuzzSupport.key.publicKey().verifyRS256(signature: signature, message: Array((segments[0] + "." + segments[1]).utf8))) == true else {
            return "accepted a token our key did not sign"
        }
        guard let claims = Base64URL.decode(segments[1]).flatMap({ try? JSONValue.parse($0) }),
              claims["sub"]?.string == identity.sub, claims["custom:clinicId"]?.string == identity.clinicId else {
            return "identity differs from the signed claims"
        }
        return nil
    }
}

/// Claims (and optionally a header) signed with our key, then verified: the verifier accepts exactly the
/// tokens an independent reading of the Cognito rules accepts, with the same identity. Input: claims JSON,
/// or header JSON 0xFF claims JSON.
public enum JWTClaimsFuzz: FuzzTarget {
    public static let name = "jwt-claims"

    public static func check(_ input: [UInt8]) -> String? {
        let fields = FuzzFields(input)
        let header = fields.count > 1 ? fields.bytes(0) : AuthFuzzSupport.header
        let claims = fields.count > 1 ? fields.bytes(1) : fields.bytes(0)
        let token = AuthFuzzSupport.sign(header: header, claims: claims)
        let actual = try? JWTFuzz.verifier.verify(token: token, budgetMs: 1_000, logger: AuthFuzzSupport.silent)
        let expected = oracle(token: token, header: header, claims: claims)
        if actual == expected { return nil }
        return actual == nil ? "refused a token the Cognito rules accept" : "accepted a token the Cognito rules refuse (or with another identity)"
    }

    /// The rules of the README's authorizer section, written out again on their own.
    static func oracle(token: String, header headerBytes: [UInt8], claims claimBytes: [UInt8]) -> VerifiedIdentity? {
        guard token.utf8.count <= 8 * 1024,
              let header = try? JSONValue.parse(headerBytes, maxDepth: 12), header.object != nil,
              let claims = try? JSONValue.parse(claimBytes, maxDepth: 12), claims.object != nil else { return nil }
        guard header["alg"] == .string("RS256"), header["crit"] == nil, header["kid"] == .string(FuzzKeys.kid) else { return nil }
        guard claims["iss"] == .string(AuthFuzzSupport.issuer), claims["token_use"] == .string("id"),
              claims["aud"] == .string(AuthFuzzSupport.clientId) else { return nil }
        let now = Double(AuthFuzzSupport.nowMs) / 1000
        guard let exp = claims["exp"]?.number, now < exp, let iat = claims["iat"]?.number, iat <= now + 30 else { return nil }
        if let nbf = claims["nbf"] { guard let value = nbf.number, value <= now + 30 else { return nil } }
        guard let sub = claims["sub"]?.string, !sub.isEmpty else { return nil }
        guard let groups = claims["cognito:groups"]?.array else { return nil }
        let names = groups.compactMap(\.string)
        let role: Role
        if names.contains("admins") { role = .admin } else if names.contains("doctors") { role = .doctor } else { return nil }
        guard let clinic = claims["custom:clinicId"]?.string, !clinic.isEmpty, clinic.utf8.count <= 128,
              !clinic.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return VerifiedIdentity(sub: sub, email: claims["email"]?.string, role: role, clinicId: clinic, tokenUse: "id")
    }
}
