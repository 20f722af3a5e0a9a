import LambdaRuntime

/// What the authorizer accepts, read once from the environment.
public struct CognitoConfiguration: Sendable, Equatable {
    /// Which Cognito tokens are accepted. ID tokens are the default: they carry
    /// `cognito:groups` and custom attributes such as `custom:clinicId`; access
    /// tokens carry custom attributes only when a pre-token-generation trigger adds them.
    public enum TokenUse: String, Sendable {
        case id, access, any
    }

    public let userPoolId: String
    public let clientIds: Set<String>
    public let tokenUse: TokenUse
    /// The exact `iss` tokens must carry.
    public let issuer: String
    public let jwksURL: String

    public init(userPoolId: String, clientIds: Set<String>, tokenUse: TokenUse, issuer: String, jwksURL: String) {
        self.userPoolId = userPoolId
        self.clientIds = clientIds
        self.tokenUse = tokenUse
        self.issuer = issuer
        self.jwksURL = jwksURL
    }

    /// `COGNITO_USER_POOL_ID`, `COGNITO_CLIENT_IDS` (comma-separated),
    /// `COGNITO_TOKEN_USE` (`id` default, `access`, `any`), `AWS_REGION`;
    /// `COGNITO_ISSUER` overrides `https://cognito-idp.<region>.amazonaws.com/<poolId>`
    /// and `COGNITO_JWKS_URL` overrides `<issuer>/.well-known/jwks.json`.
    /// Throws `ConfigurationError` (an init error) on anything missing or malformed.
    public init(environment: Environment) throws {
        let poolId = try environment.required("COGNITO_USER_POOL_ID")
        // No strict pattern (pool id formats are AWS's business), but it goes into a URL.
        guard !poolId.contains(where: { $0 == "/" || $0.isWhitespace || $0 == "?" || $0 == "#" }) else {
            throw ConfigurationError("COGNITO_USER_POOL_ID must not contain '/', '?', '#' or whitespace")
        }
        let clients = try environment.required("COGNITO_CLIENT_IDS")
            .split(separator: ",").map { $0.trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
        guard !clients.isEmpty else { throw ConfigurationError("COGNITO_CLIENT_IDS must list at least one app client id") }
        let useText = environment.string("COGNITO_TOKEN_USE", default: "id")
        guard let use = TokenUse(rawValue: useText) else {
            throw ConfigurationError("COGNITO_TOKEN_USE must be id, access or any")
        }
        let issuer: String
        if let explicit = environment["COGNITO_ISSUER"] {
            issuer = explicit
        } else {
            guard let region = environment["AWS_REGION"] else {
                throw ConfigurationError("AWS_REGION is required to derive the Cognito issuer (or set COGNITO_ISSUER)")
            }
            guard !region.isEmpty, region.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw ConfigurationError("AWS_REGION is not a region name")
            }
            issuer = "https://cognito-idp.\(region).amazonaws.com/\(poolId)"
        }
        guard Self.isHTTPURL(issuer) else { throw ConfigurationError("COGNITO_ISSUER must be an http(s) URL") }
        let jwksURL = environment["COGNITO_JWKS_URL"] ?? issuer + "/.well-known/jwks.json"
        guard Self.isHTTPURL(jwksURL) else { throw ConfigurationError("COGNITO_JWKS_URL must be an http(s) URL") }
        self.init(userPoolId: poolId, clientIds: Set(clients), tokenUse: use, issuer: issuer, jwksURL: jwksURL)
    }

    private static func isHTTPURL(_ text: String) -> Bool {
        let rest: Substring
        if text.hasPrefix("https://") { rest = text.dropFirst(8) } else if text.hasPrefix("http://") { rest = text.dropFirst(7) } else { return false }
        return !rest.isEmpty && !rest.hasPrefix("/") && !text.contains(where: { $0.isWhitespace })
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
