import LambdaRuntime
import OpenSSLCrypto

/// Verifies Cognito JWTs: RS256 signature against the pool's JWKS, then the
/// Cognito claim rules, then role and clinic. Anything unexpected denies.
public final class CognitoVerifier {
    /// Tolerated clock difference for `nbf` and `iat` (the issuer's clock may
    /// run slightly ahead of ours). `exp` gets no tolerance.
    public static let clockSkewSeconds: Double = 30
    /// Longest clinic id accepted (it becomes a query parameter everywhere).
    static let maxClinicIdLength = 128

    public let configuration: CognitoConfiguration
    public let keys: JWKSCache
    private let nowMs: () -> Int64

    public init(configuration: CognitoConfiguration, fetcher: any JWKSFetching, nowMs: @escaping () -> Int64 = WallClock.nowMs) {
        self.configuration = configuration
        self.keys = JWKSCache(url: configuration.jwksURL, fetcher: fetcher, nowMs: nowMs)
        self.nowMs = nowMs
    }

    /// The identity in `token`, or the first rule it breaks.
    /// `budgetMs` bounds a JWKS fetch, should one be needed.
    public func verify(token: String, budgetMs: Int64, logger: Logger) throws(AuthFailure) -> VerifiedIdentity {
        let jwt = try CompactJWT.parse(token)

        // The algorithm is ours to choose, never the token's: RS256 only.
        guard jwt.header["alg"]?.string == "RS256" else { throw .unsupportedAlgorithm }
        guard jwt.header["crit"] == nil else { throw .unsupportedAlgorithm }
        guard let kid = jwt.header["kid"]?.string, !kid.isEmpty else { throw .missingKeyId }
        let key = try keys.key(for: kid, budgetMs: budgetMs, logger: logger)
        guard key.verifyRS256(signature: jwt.signature, message: jwt.signingInput) else { throw .invalidSignature }

        let claims = jwt.claims
        guard claims["iss"]?.string == configuration.issuer else { throw .wrongIssuer }
        let tokenUse = try checkTokenUse(claims)
        let audienceClaim = tokenUse == "id" ? "aud" : "client_id"
        guard let audience = claims[audienceClaim]?.string, configuration.clientIds.contains(audience) else {
            throw .wrongAudience
        }
        try checkTimes(claims)
        guard let sub = claims["sub"]?.string, !sub.isEmpty else { throw .missingClaim("sub") }

        guard let groups = claims["cognito:groups"]?.array?.compactMap({ $0.string }), let role = Role(groups: groups) else {
            throw .noRole
        }
        guard let clinicId = claims["custom:clinicId"]?.string, Self.isUsableClinicId(clinicId) else { throw .noClinic }
        let email = claims["email"]?.string
        return VerifiedIdentity(sub: sub, email: email, role: role, clinicId: clinicId, tokenUse: tokenUse)
    }

    private func checkTokenUse(_ claims: [String: JSONValue]) throws(AuthFailure) -> String {
        guard let use = claims["token_use"]?.string else { throw .wrongTokenUse }
        switch (configuration.tokenUse, use) {
        case (.id, "id"), (.access, "access"), (.any, "id"), (.any, "access"): return use
        default: throw .wrongTokenUse
        }
    }

    private func checkTimes(_ claims: [String: JSONValue]) throws(AuthFailure) {
        let now = Double(nowMs()) / 1000
        guard let exp = claims["exp"]?.number else { throw .missingClaim("exp") }
        guard now < exp else { throw .expired }
        guard let iat = claims["iat"]?.number else { throw .missingClaim("iat") }
        guard iat <= now + Self.clockSkewSeconds else { throw .issuedInFuture }
        if let nbfValue = claims["nbf"] {
            guard let nbf = nbfValue.number else { throw .missingClaim("nbf") }
            guard nbf <= now + Self.clockSkewSeconds else { throw .notYetValid }
        }
    }

    static func isUsableClinicId(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= maxClinicIdLength
            && value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }
}
