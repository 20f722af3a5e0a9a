import Foundation
import LambdaRuntime
import OpenSSLCrypto

/// The local stand-in for a Cognito user pool: fixed names the authorizer is
/// configured with when it runs locally.
public enum LocalCognito {
    public static let userPoolId = "local_ClinicalAssistant"
    /// `.invalid` (RFC 2606): a name that can never be a real issuer.
    public static let issuer = "https://cognito-idp.localhost.invalid/\(userPoolId)"
    public static let clientId = "clinical-assistant-local"
    public static let region = "us-east-1"
    /// Where the signing key lives, relative to the working directory (the repository root).
    public static let stateDirectory = ".local/auth"

    /// What the authorizer needs to accept locally minted tokens with keys served at `jwksURL`.
    public static func authorizerEnvironment(jwksURL: String) -> [String: String] {
        ["COGNITO_USER_POOL_ID": userPoolId, "COGNITO_CLIENT_IDS": clientId, "COGNITO_ISSUER": issuer,
         "COGNITO_JWKS_URL": jwksURL, "AWS_REGION": region]
    }
}

/// Mints RS256 tokens shaped like Cognito's (same claim names, same header)
/// with a local RSA key kept in PEM under `.local/auth/`, created on first use.
public final class LocalTokenIssuer: @unchecked Sendable {
    public enum TokenUse: String, Sendable { case id, access }

    public struct TokenRequest: Sendable {
        public var sub: String
        public var groups: [String]
        public var clinicId: String?
        public var email: String?
        public var expiresIn: Int
        public var tokenUse: TokenUse
        public var username: String?

        public init(sub: String, groups: [String], clinicId: String?, email: String? = nil,
                    expiresIn: Int = 3600, tokenUse: TokenUse = .id, username: String? = nil) {
            self.sub = sub
            self.groups = groups
            self.clinicId = clinicId
            self.email = email
            self.expiresIn = expiresIn
            self.tokenUse = tokenUse
            self.username = username
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case keyFile(String)
        case encoding
        public var description: String {
            switch self {
            case .keyFile(let why): return "local signing key: \(why)"
            case .encoding: return "cannot encode token"
            }
        }
    }

    public static let keyFileName = "jwt-signing-key.pem"

    public let signingKey: RSAPrivateKey
    public let keyId: String
    public let issuer: String
    public let clientId: String

    public init(key: RSAPrivateKey, issuer: String = LocalCognito.issuer, clientId: String = LocalCognito.clientId) throws {
        self.signingKey = key
        self.keyId = try Self.keyId(for: key)
        self.issuer = issuer
        self.clientId = clientId
    }

    /// The issuer whose key is `<directory>/jwt-signing-key.pem`, generated there on first use.
    public convenience init(directory: String = LocalCognito.stateDirectory) throws {
        try self.init(key: Self.loadOrCreateKey(directory: directory))
    }

    /// A Cognito-shaped ID or access token for `request`.
    public func mint(_ request: TokenRequest, now: Int = Int(Date().timeIntervalSince1970)) throws -> String {
        let username = request.username ?? request.sub
        var claims: [String: Any] = [
            "sub": request.sub,
            "iss": issuer,
            "token_use": request.tokenUse.rawValue,
            "auth_time": now,
            "iat": now,
            "exp": now + request.expiresIn,
            "jti": UUID().uuidString.lowercased(),
            "origin_jti": UUID().uuidString.lowercased(),
            "event_id": UUID().uuidString.lowercased(),
        ]
        if !request.groups.isEmpty { claims["cognito:groups"] = request.groups }
        // Access tokens carry custom attributes only through a pre-token-generation trigger; we act as one.
        if let clinicId = request.clinicId { claims["custom:clinicId"] = clinicId }
        switch request.tokenUse {
        case .id:
            claims["aud"] = clientId
            claims["cognito:username"] = username
            if let email = request.email {
                claims["email"] = email
                claims["email_verified"] = true
            }
        case .access:
            claims["client_id"] = clientId
            claims["username"] = username
            claims["scope"] = "aws.cognito.signin.user.admin"
        }
        return try sign(claims: claims)
    }

    /// Any claims, signed RS256 with this issuer's key and Cognito's header (`kid`, `alg`).
    public func sign(claims: [String: Any], header: [String: Any]? = nil) throws -> String {
        let headerJSON = try Self.json(header ?? ["kid": keyId, "alg": "RS256"])
        let payloadJSON = try Self.json(claims)
        let signingInput = Base64URL.encode(headerJSON) + "." + Base64URL.encode(payloadJSON)
        let signature = try signingKey.signRS256(Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }

    /// `{"keys":[...]}` with this issuer's public key.
    public func jwksDocument() throws -> String {
        try Self.jwksDocument(keys: [(keyId, signingKey)])
    }

    public static func jwksDocument(keys: [(kid: String, key: RSAPrivateKey)]) throws -> String {
        let entries: [[String: Any]] = try keys.map { entry in
            let (modulus, exponent) = try entry.key.publicComponents()
            return ["kid": entry.kid, "kty": "RSA", "alg": "RS256", "use": "sig",
                    "n": Base64URL.encode(modulus), "e": Base64URL.encode(exponent)]
        }
        return String(decoding: try json(["keys": entries]), as: UTF8.self)
    }

    /// A stable key id: a prefix of the SHA-256 of the modulus.
    public static func keyId(for key: RSAPrivateKey) throws -> String {
        Base64URL.encode(Array(SHA256Digest.hash(try key.publicComponents().modulus).prefix(15)))
    }

    static func json(_ object: Any) throws -> [UInt8] {
        guard JSONSerialization.isValidJSONObject(object) else { throw Failure.encoding }
        return Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    static func loadOrCreateKey(directory: String) throws -> RSAPrivateKey {
        let path = directory + "/" + keyFileName
        let files = FileManager.default
        if let existing = files.contents(atPath: path) {
            return try RSAPrivateKey(pem: String(decoding: existing, as: UTF8.self))
        }
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure.keyFile("cannot create \(directory)")
        }
        let key = try RSAPrivateKey.generate(bits: 2048)
        // Written aside then linked into place: two first uses at once keep one key.
        let temporary = path + ".\(getpid()).tmp"
        guard files.createFile(atPath: temporary, contents: Data(try key.pem().utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure.keyFile("cannot write \(temporary)")
        }
        defer { unlink(temporary) }
        if link(temporary, path) != 0 && errno != EEXIST { throw Failure.keyFile("cannot create \(path)") }
        guard let stored = files.contents(atPath: path) else { throw Failure.keyFile("cannot read \(path)") }
        return try RSAPrivateKey(pem: String(decoding: stored, as: UTF8.self))
    }
}
