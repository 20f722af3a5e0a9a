import Auth
import LambdaRuntime
import OpenSSLCrypto

/// The authorizer as deployed, except for a fixed key set served from memory and a fixed clock, so that
/// seed tokens signed with `FuzzKeys` stay valid and every run is reproducible.
enum AuthFuzzSupport {
    static let issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_FuzzPool"
    static let clientId = "fuzz-app-client"
    /// 2026-01-01T00:00:00Z: seed tokens are issued just before and expire in 2036.
    static let nowMs: Int64 = 1_767_225_600_000
    static let key: RSAPrivateKey = try! RSAPrivateKey(pem: FuzzKeys.pem)

    static let configuration = CognitoConfiguration(userPoolId: "us-east-1_FuzzPool", clientIds: [clientId], tokenUse: .id,
                                                    issuer: issuer, jwksURL: "http://127.0.0.1:1/jwks.json")

    struct MemoryJWKS: JWKSFetching {
        let document: [UInt8]
        func fetchJWKS(url: String, timeoutMs: Int64) throws -> [UInt8] { document }
    }

    static let jwks: [UInt8] = {
        let (modulus, exponent) = try! key.publicComponents()
        return Array(#"{"keys":[{"kty":"RSA","alg":"RS256","use":"sig","kid":"\#(FuzzKeys.kid)","n":"\#(Base64URL.encode(modulus))","e":"\#(Base64URL.encode(exponent))"}]}"#.utf8)
    }()

    static let silent = Logger(level: .fatal, sink: { _ in })

    /// A compact RS256 token over `header` and `claims` exactly as given (bytes, not re-encoded).
    static func sign(header: [UInt8], claims: [UInt8]) -> String {
        let input = Base64URL.encode(header) + "." + Base64URL.encode(claims)
        return input + "." + Base64URL.encode(try! key.signRS256(Array(input.utf8)))
    }

    static let header = Array(#"{"alg":"RS256","kid":"\#(FuzzKeys.kid)"}"#.utf8)
}
