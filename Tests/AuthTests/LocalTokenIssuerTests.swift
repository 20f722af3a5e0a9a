import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import LocalStack
import OpenSSLCrypto
import Testing

@Suite struct LocalTokenIssuerTests {
    func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "auth-tests-" + UUID().uuidString + "/.local/auth"
    }

    @Test func keyIsCreatedOnFirstUseAndReusedAfterwards() throws {
        let directory = temporaryDirectory()
        let first = try LocalTokenIssuer(directory: directory)
        let path = directory + "/" + LocalTokenIssuer.keyFileName
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let second = try LocalTokenIssuer(directory: directory)
        #expect(first.keyId == second.keyId)
        #expect(try first.signingKey.publicComponents().modulus == second.signingKey.publicComponents().modulus)
    }

    @Test func mintedTokensFollowCognitoClaimNames() throws {
        let issuer = try LocalTokenIssuer(key: TestKeys.primary)
        func claims(_ token: String) throws -> [String: Any] {
            let payload = try #require(Base64URL.decode(String(token.split(separator: ".")[1])))
            return try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        }
        let id = try claims(issuer.mint(.init(sub: "s", groups: ["doctors"], clinicId: "c", email: "e@example.org")))
        #expect(Set(id.keys) == ["sub", "aud", "iss", "token_use", "auth_time", "exp", "iat", "jti", "email", "email_verified",
                                 "cognito:groups", "custom:clinicId", "cognito:username", "origin_jti", "event_id"])
        #expect(id["token_use"] as? String == "id")
        #expect(id["aud"] as? String == LocalCognito.clientId)
        let access = try claims(issuer.mint(.init(sub: "s", groups: ["doctors"], clinicId: "c", tokenUse: .access)))
        #expect(access["token_use"] as? String == "access")
        #expect(access["client_id"] as? String == LocalCognito.clientId)
        #expect(access["scope"] as? String == "aws.cognito.signin.user.admin")
        #expect(access["username"] as? String == "s")
        #expect(access["aud"] == nil)
    }

    @Test func localJWKSServiceLetsTheAuthorizerAcceptLocalTokens() throws {
        let directory = temporaryDirectory()
        let service = try LocalJWKSService(directory: directory)
        defer { service.stop() }
        #expect(service.issuer == LocalCognito.issuer)
        let handler = try AuthorizerHandler(environment: .init(service.authorizerEnvironment))
        let token = try LocalTokenIssuer(directory: directory).mint(.init(sub: "d-1", groups: ["doctors"], clinicId: "clinic-1"))
        let fixture = try AuthFixture()
        let event = Array(try JSONEncoder().encode(APIGatewayTokenAuthorizerEvent(methodArn: AuthFixture.methodArn, authorizationToken: "Bearer " + token)))
        let answer = String(decoding: try handler.handle(event, context: fixture.context()), as: UTF8.self)
        #expect(answer.contains("\"Allow\""))
        #expect(answer.contains("\"clinicId\":\"clinic-1\""))
    }

    @Test func tokenCommandRejectsBadUsage() {
        #expect(runTokenCommand(arguments: []) == 2)
        #expect(runTokenCommand(arguments: ["--sub", "s", "--group", "doctors"]) == 2)
        #expect(runTokenCommand(arguments: ["--sub", "s", "--group", "doctors", "--clinic", "c", "--expires-in", "0"]) == 2)
        #expect(runTokenCommand(arguments: ["--sub", "s", "--group", "doctors", "--clinic", "c", "--token-use", "refresh"]) == 2)
        #expect(runTokenCommand(arguments: ["--sub", "s", "--sub", "t", "--group", "doctors", "--clinic", "c"]) == 2)
        #expect(runTokenCommand(arguments: ["--sub", "s", "--group", "doctors", "--clinic", "c", "--bogus", "x"]) == 2)
        #expect(runJWKSCommand(arguments: ["--port", "70000"]) == 2)
    }
}
