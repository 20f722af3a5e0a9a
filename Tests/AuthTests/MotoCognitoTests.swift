import AWSClients
import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import Testing

/// Real Cognito-shaped tokens from a third party: moto's Cognito signs them
/// with its own key, writes `iss` as `https://cognito-idp.us-east-1.amazonaws.com/<poolId>`
/// and serves the keys itself at `<moto>/<poolId>/.well-known/jwks.json`.
/// Needs MOTO_ENDPOINT_URL (`eval "$(.ci/moto-server.sh start)"`); fails without it.
@Suite struct MotoCognitoTests {
    struct CognitoCall {
        let endpoint: String

        func callAsFunction(_ operation: String, _ body: [String: Any]) throws -> [String: Any] {
            var request = HTTPRequest(method: "POST", url: endpoint + "/",
                                      headers: [("Content-Type", "application/x-amz-json-1.1"),
                                                ("X-Amz-Target", "AWSCognitoIdentityProviderService.\(operation)")],
                                      body: Array(try JSONSerialization.data(withJSONObject: body)))
            _ = try SigV4Signer(credentials: AWSCredentials(accessKeyId: "AKIDMOTO", secretAccessKey: "moto-secret"),
                                region: "us-east-1", service: "cognito-idp").sign(&request)
            let response = try HTTPClient.shared.send(request, timeoutMs: 20_000)
            try #require(response.status == 200, "\(operation) answered \(response.status): \(String(decoding: response.body, as: UTF8.self))")
            return try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        }
    }

    static func motoEndpoint() throws -> String {
        let value = ProcessInfo.processInfo.environment["MOTO_ENDPOINT_URL"] ?? ""
        return try #require(value.hasPrefix("http://127.0.0.1:") ? value : nil,
                            "MOTO_ENDPOINT_URL is not set to a loopback moto server: run `eval \"$(.ci/moto-server.sh start)\"; export MOTO_ENDPOINT_URL` first")
    }

    /// Pool, app client, `doctors` group and a user with `custom:clinicId`; returns the pool id, client id and the user's ID and access tokens.
    static func motoUser(groups: [String]) throws -> (poolId: String, clientId: String, idToken: String, accessToken: String) {
        let call = CognitoCall(endpoint: try motoEndpoint())
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let pool = try call("CreateUserPool", [
            "PoolName": "clinical-\(suffix)",
            "Schema": [["Name": "clinicId", "AttributeDataType": "String", "Mutable": true]],
        ])
        let poolId = try #require((pool["UserPool"] as? [String: Any])?["Id"] as? String)
        let client = try call("CreateUserPoolClient", [
            "UserPoolId": poolId, "ClientName": "web-\(suffix)",
            "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        ])
        let clientId = try #require((client["UserPoolClient"] as? [String: Any])?["ClientId"] as? String)
        let username = "dr-\(suffix)"
        let password = "Correct-Horse-\(suffix)-1!"
        _ = try call("AdminCreateUser", [
            "UserPoolId": poolId, "Username": username, "MessageAction": "SUPPRESS", "TemporaryPassword": password,
            "UserAttributes": [["Name": "email", "Value": "\(username)@example.org"], ["Name": "custom:clinicId", "Value": "clinic-moto-1"]],
        ])
        _ = try call("AdminSetUserPassword", ["UserPoolId": poolId, "Username": username, "Password": password, "Permanent": true])
        for group in groups {
            _ = try call("CreateGroup", ["UserPoolId": poolId, "GroupName": group])
            _ = try call("AdminAddUserToGroup", ["UserPoolId": poolId, "Username": username, "GroupName": group])
        }
        let auth = try call("AdminInitiateAuth", [
            "UserPoolId": poolId, "ClientId": clientId, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
            "AuthParameters": ["USERNAME": username, "PASSWORD": password],
        ])
        let result = try #require(auth["AuthenticationResult"] as? [String: Any], "AdminInitiateAuth gave no tokens: \(auth.keys)")
        return (poolId, clientId, try #require(result["IdToken"] as? String), try #require(result["AccessToken"] as? String))
    }

    static func handler(poolId: String, clientId: String) throws -> AuthorizerHandler {
        // The issuer is derived as in AWS; only the keys come from elsewhere.
        try AuthorizerHandler(environment: Environment([
            "COGNITO_USER_POOL_ID": poolId, "COGNITO_CLIENT_IDS": clientId, "AWS_REGION": "us-east-1",
            "COGNITO_JWKS_URL": try motoEndpoint() + "/\(poolId)/.well-known/jwks.json"]))
    }

    @Test func motoIdTokenIsAcceptedWithItsClinicAndGroup() throws {
        let user = try Self.motoUser(groups: ["doctors"])
        let handler = try Self.handler(poolId: user.poolId, clientId: user.clientId)
        let logs = LogCollector()
        let identity = try handler.verifier.verify(token: user.idToken, budgetMs: 10_000, logger: logs.logger)
        #expect(identity.role == .doctor)
        #expect(identity.clinicId == "clinic-moto-1")
        #expect(identity.tokenUse == "id")
        #expect(handler.verifier.configuration.issuer == "https://cognito-idp.us-east-1.amazonaws.com/\(user.poolId)")

        let event = APIGatewayTokenAuthorizerEvent(methodArn: "arn:aws:execute-api:us-east-1:123456789012:motoapi/prod/POST/summarize",
                                                   authorizationToken: "Bearer " + user.idToken)
        let context = LambdaContext(requestId: "moto", deadlineMs: WallClock.nowMs() + 10_000, invokedFunctionARN: "", traceId: nil, logger: logs.logger)
        let policy = try JSONDecoder().decode(APIGatewayAuthorizerPolicyResponse.self,
                                              from: Data(try handler.handle(Array(try JSONEncoder().encode(event)), context: context)))
        #expect(policy.principalId == identity.sub)
        #expect(policy.context?["clinicId"] == "clinic-moto-1")
        #expect(policy.policyDocument.statement.map(\.effect) == [.allow])
    }

    @Test func motoTokensAreRefusedWhereTheyBreakTheRules() throws {
        let user = try Self.motoUser(groups: ["doctors"])
        let logs = LogCollector()
        // Default configuration wants ID tokens: moto's access token is refused.
        let handler = try Self.handler(poolId: user.poolId, clientId: user.clientId)
        #expect(throws: AuthFailure.wrongTokenUse) { try handler.verifier.verify(token: user.accessToken, budgetMs: 10_000, logger: logs.logger) }
        // Another app client of the same pool is not ours.
        let otherClient = try Self.handler(poolId: user.poolId, clientId: "not-this-client")
        #expect(throws: AuthFailure.wrongAudience) { try otherClient.verifier.verify(token: user.idToken, budgetMs: 10_000, logger: logs.logger) }
        // A user in no group has no role.
        let groupless = try Self.motoUser(groups: [])
        let grouplessHandler = try Self.handler(poolId: groupless.poolId, clientId: groupless.clientId)
        #expect(throws: AuthFailure.noRole) { try grouplessHandler.verifier.verify(token: groupless.idToken, budgetMs: 10_000, logger: logs.logger) }
    }
}
