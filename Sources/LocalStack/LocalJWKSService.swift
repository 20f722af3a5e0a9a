import Foundation

/// Serves the local issuer's JWKS on a loopback port, at `/.well-known/jwks.json`
/// and, like Cognito, at `/<poolId>/.well-known/jwks.json`.
public final class LocalJWKSService: @unchecked Sendable {
    public let tokenIssuer: LocalTokenIssuer
    private let server: HTTPServer

    /// Starts serving on `port` (0: a free port) with the key under `directory`.
    public init(port: UInt16 = 0, directory: String = LocalCognito.stateDirectory) throws {
        let issuer = try LocalTokenIssuer(directory: directory)
        let document = Array(try issuer.jwksDocument().utf8)
        let paths: Set<String> = ["/.well-known/jwks.json", "/\(LocalCognito.userPoolId)/.well-known/jwks.json"]
        self.tokenIssuer = issuer
        self.server = try HTTPServer(port: port, threadName: "local-jwks") { request in
            guard request.method == "GET" || request.method == "HEAD", paths.contains(request.path) else {
                return .json(404, "{\"message\":\"not found\"}")
            }
            return HTTPServer.Response(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "max-age=3600")],
                                       body: request.method == "HEAD" ? [] : document)
        }
    }

    public var port: UInt16 { server.port }
    public var jwksURL: String { server.baseURL + "/.well-known/jwks.json" }
    /// The `iss` of the tokens this service's key signs (not its own address).
    public var issuer: String { tokenIssuer.issuer }
    /// The environment the authorizer needs to accept these tokens.
    public var authorizerEnvironment: [String: String] { LocalCognito.authorizerEnvironment(jwksURL: jwksURL) }

    public func stop() { server.stop() }
}
