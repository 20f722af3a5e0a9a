import AWSClients
import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import LocalStack
import OpenSSLCrypto
import Testing

/// RSA keys generated once per test process (generation takes tens of ms).
enum TestKeys {
    static let primary: RSAPrivateKey = try! RSAPrivateKey.generate(bits: 2048)
    static let rotated: RSAPrivateKey = try! RSAPrivateKey.generate(bits: 2048)
}

/// Log lines an invocation wrote, to check what is (and is not) logged.
final class LogCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    private let huntName = PHIHunt.uniqueName("auth-tests")
    var logger: Logger {
        Logger(level: .debug, sink: { line in
            self.lock.withLock { self.stored.append(line) }
            PHIHunt.append(line, subdirectory: "in-process", name: self.huntName)  // kept for the PHI hunt (PHI_HUNT_DIR)
        })
    }
}

/// Wall-clock time that a test can move forward (penalty box, rotation).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var offsetMs: Int64 = 0
    func nowMs() -> Int64 { WallClock.nowMs() + lock.withLock { offsetMs } }
    func advance(seconds: Int64) { lock.withLock { offsetMs += seconds * 1000 } }
}

/// A real JWKS endpoint on loopback whose document and status the test controls.
final class JWKSEndpoint: @unchecked Sendable {
    private let lock = NSLock()
    private var document: [UInt8]
    private var status = 200
    private var requests = 0
    private var delaySeconds = 0.0
    private(set) var server: HTTPServer!

    init(document: String) throws {
        self.document = Array(document.utf8)
        server = try HTTPServer(owner: self) { endpoint, request in
            if request.path == "/__ready" { return HTTPServer.Response(status: 204) }
            let delay = endpoint.lock.withLock { endpoint.delaySeconds }
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            return endpoint.lock.withLock {
                endpoint.requests += 1
                return HTTPServer.Response(status: endpoint.status, headers: [("Content-Type", "application/json")], body: endpoint.document)
            }
        }
        try waitUntilServing()
    }

    /// Waits for the accept thread, so tests start against a serving endpoint.
    private func waitUntilServing() throws {
        _ = try HTTPClient().send(HTTPRequest(method: "GET", url: server.baseURL + "/__ready"), timeoutMs: 20_000)
    }

    var url: String { server.baseURL + "/us-east-1_TestPool/.well-known/jwks.json" }
    var requestCount: Int { lock.withLock { requests } }
    func serve(_ text: String) { lock.withLock { document = Array(text.utf8); status = 200 } }
    func fail(status: Int) { lock.withLock { self.status = status } }
    /// Answers every request `seconds` late (a slow or overloaded issuer).
    func slow(_ seconds: Double) { lock.withLock { delaySeconds = seconds } }
}

/// One authorizer wired to a real JWKS endpoint and a local issuer, as deployed
/// except for the issuer's name and the clock.
struct AuthFixture {
    static let issuerName = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool"
    static let clientId = "test-app-client"
    static let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/patients/p-1/reports"

    let issuer: LocalTokenIssuer
    let endpoint: JWKSEndpoint
    let clock = TestClock()
    let logs = LogCollector()
    let handler: AuthorizerHandler
    let configuration: CognitoConfiguration

    init(tokenUse: CognitoConfiguration.TokenUse = .id, jwksKeys: [(kid: String, key: RSAPrivateKey)]? = nil) throws {
        issuer = try LocalTokenIssuer(key: TestKeys.primary, issuer: Self.issuerName, clientId: Self.clientId)
        let keys = jwksKeys ?? [(issuer.keyId, TestKeys.primary)]
        endpoint = try JWKSEndpoint(document: try LocalTokenIssuer.jwksDocument(keys: keys))
        configuration = CognitoConfiguration(userPoolId: "us-east-1_TestPool", clientIds: [Self.clientId, "other-client"],
                                             tokenUse: tokenUse, issuer: Self.issuerName, jwksURL: endpoint.url)
        let clock = self.clock
        handler = AuthorizerHandler(configuration: configuration, fetcher: HTTPClientJWKSFetcher(), nowMs: { clock.nowMs() })
    }

    var now: Int { Int(clock.nowMs() / 1000) }

    /// A valid Cognito ID token's claims for a doctor; tests change one thing.
    func idClaims(sub: String = "doctor-sub-1", groups: [String] = ["doctors"]) -> [String: Any] {
        ["sub": sub, "iss": Self.issuerName, "aud": Self.clientId, "token_use": "id", "auth_time": now, "iat": now,
         "exp": now + 3600, "jti": UUID().uuidString, "cognito:username": sub, "cognito:groups": groups,
         "custom:clinicId": "clinic-7", "email": "doctor@example.org"]
    }

    func accessClaims() -> [String: Any] {
        ["sub": "doctor-sub-1", "iss": Self.issuerName, "client_id": Self.clientId, "token_use": "access", "auth_time": now,
         "iat": now, "exp": now + 3600, "jti": UUID().uuidString, "username": "doctor-sub-1",
         "scope": "aws.cognito.signin.user.admin", "cognito:groups": ["doctors"], "custom:clinicId": "clinic-7"]
    }

    func token(_ claims: [String: Any], header: [String: Any]? = nil) throws -> String {
        try issuer.sign(claims: claims, header: header)
    }

    func verify(_ token: String) throws(AuthFailure) -> VerifiedIdentity {
        try handler.verifier.verify(token: token, budgetMs: 5_000, logger: logs.logger)
    }

    func context() -> LambdaContext {
        LambdaContext(requestId: "req-\(UUID().uuidString.prefix(8))", deadlineMs: WallClock.nowMs() + 10_000,
                      invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:authorizer", traceId: nil, logger: logs.logger)
    }

    /// A REST TOKEN event through the handler.
    func invokeToken(authorization: String?, methodArn: String = methodArn) throws -> [UInt8] {
        let event = APIGatewayTokenAuthorizerEvent(methodArn: methodArn, authorizationToken: authorization)
        return try handler.handle(Array(try JSONEncoder().encode(event)), context: context())
    }

    func policy(authorization: String?, methodArn: String = methodArn) throws -> APIGatewayAuthorizerPolicyResponse {
        try JSONDecoder().decode(APIGatewayAuthorizerPolicyResponse.self, from: Data(try invokeToken(authorization: authorization, methodArn: methodArn)))
    }

    /// The token is refused for `reason` by the verifier, and the handler answers
    /// exactly `Unauthorized` without writing the token to the logs.
    func expectDenied(_ token: String, _ reason: AuthFailure, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: reason, sourceLocation: sourceLocation) { try verify(token) }
        #expect(throws: Unauthorized(), sourceLocation: sourceLocation) { try invokeToken(authorization: "Bearer " + token) }
        let signature = String(token.split(separator: ".", omittingEmptySubsequences: false).last ?? "")
        #expect(!logs.lines.contains { $0.contains(token) || (signature.count > 16 && $0.contains(signature)) },
                "a token reached the logs", sourceLocation: sourceLocation)
    }
}

/// Replaces one segment of a compact token.
func replacingSegment(_ index: Int, of token: String, with segment: String) -> String {
    var parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    parts[index] = segment
    return parts.joined(separator: ".")
}

func base64URLJSON(_ object: [String: Any]) throws -> String {
    Base64URL.encode(Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])))
}
