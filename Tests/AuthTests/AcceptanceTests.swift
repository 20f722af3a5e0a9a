import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LocalStack
import Testing

@Suite struct AcceptanceTests {
    /// One concrete request per protected route of DESIGN.md.
    static let requests: [(method: String, path: String)] = [
        ("POST", "/summarize"),
        ("GET", "/patients/p-123/reports"),
        ("GET", "/reports/r-456"),
        ("POST", "/uploads"),
        ("GET", "/documents/d-789"),
        ("POST", "/chat"),
        ("GET", "/chat/sessions/s-1"),
        ("GET", "/usage"),
    ]

    @Test(arguments: requests)
    func doctorTokenIsAllowedOnEveryRoute(method: String, path: String) throws {
        let fixture = try AuthFixture()
        let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/\(method)\(path)"
        let policy = try fixture.policy(authorization: "Bearer " + (try fixture.token(fixture.idClaims())), methodArn: methodArn)
        #expect(policy.principalId == "doctor-sub-1")
        #expect(policy.context == ["sub": "doctor-sub-1", "email": "doctor@example.org", "role": "doctor", "clinicId": "clinic-7"])
        let statements = policy.policyDocument.statement
        #expect(statements.count == 1)
        #expect(statements.first?.effect == .allow)
        #expect(statements.first?.action == "execute-api:Invoke")
        let route = try #require(ProtectedRoutes.route(method: method, path: path))
        let arn = try #require(ExecuteAPIArn(methodArn))
        let routeArn = try #require(arn.resourceArns(for: [route]).first)
        #expect(statements.first?.resource.contains(routeArn) == true)
    }

    @Test func adminTokenIsAllowedOnUsage() throws {
        let fixture = try AuthFixture()
        let claims = fixture.idClaims(sub: "admin-sub-1", groups: ["doctors", "admins"])
        let policy = try fixture.policy(authorization: "Bearer " + (try fixture.token(claims)),
                                        methodArn: "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/usage")
        #expect(policy.principalId == "admin-sub-1")
        #expect(policy.context?["role"] == "admin")
        #expect(policy.policyDocument.statement.map(\.effect) == [.allow])
        #expect(policy.policyDocument.statement[0].resource.contains("arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/usage"))
    }

    @Test func policyResourcesAreTheRoutesOnTheApiAndStageOfTheMethodArn() throws {
        let fixture = try AuthFixture()
        let methodArn = "arn:aws:execute-api:eu-west-1:111122223333:zyx987/staging/POST/chat"
        let policy = try fixture.policy(authorization: "Bearer " + (try fixture.token(fixture.idClaims())), methodArn: methodArn)
        let prefix = "arn:aws:execute-api:eu-west-1:111122223333:zyx987/staging/"
        #expect(policy.policyDocument.statement[0].resource == [
            prefix + "POST/summarize",
            prefix + "GET/patients/*/reports",
            prefix + "GET/reports/*",
            prefix + "POST/uploads",
            prefix + "GET/documents/*",
            prefix + "DELETE/documents/*",
            prefix + "GET/patients/*/documents",
            prefix + "POST/chat",
            prefix + "GET/chat/sessions",
            prefix + "GET/chat/sessions/*",
            prefix + "GET/usage",
        ])
    }

    @Test func requestEventWithAuthorizationHeaderIsAllowed() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        let event = APIGatewayRequestAuthorizerEvent(
            methodArn: "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/reports/r-1",
            resource: "/reports/{reportId}", path: "/reports/r-1", httpMethod: "GET",
            headers: ["authorization": "Bearer " + token, "Host": "api.example.org"],
            pathParameters: ["reportId": "r-1"],
            requestContext: .init(accountId: "123456789012", apiId: "a1b2c3d4e5", stage: "prod", requestId: "r"))
        let answer = try fixture.handler.handle(Array(try JSONEncoder().encode(event)), context: fixture.context())
        let policy = try JSONDecoder().decode(APIGatewayAuthorizerPolicyResponse.self, from: Data(answer))
        #expect(policy.policyDocument.statement.map(\.effect) == [.allow])
        #expect(policy.context?["clinicId"] == "clinic-7")

        let withoutHeader = APIGatewayRequestAuthorizerEvent(methodArn: event.methodArn, headers: ["Host": "api.example.org"])
        #expect(throws: Unauthorized()) {
            try fixture.handler.handle(Array(try JSONEncoder().encode(withoutHeader)), context: fixture.context())
        }
    }

    @Test func httpApiV2SimpleResponses() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        func answer(_ authorization: String, route: String) throws -> APIGatewayV2SimpleAuthorizerResponse {
            let event = APIGatewayV2AuthorizerEvent(
                routeArn: "arn:aws:execute-api:us-east-1:123456789012:h77api/$default/\(route)",
                identitySource: [authorization], routeKey: "GET /patients/{patientId}/reports",
                headers: ["authorization": authorization])
            let bytes = try fixture.handler.handle(Array(try JSONEncoder().encode(event)), context: fixture.context())
            return try JSONDecoder().decode(APIGatewayV2SimpleAuthorizerResponse.self, from: Data(bytes))
        }
        let allowed = try answer("Bearer " + token, route: "GET/patients/p-1/reports")
        #expect(allowed.isAuthorized)
        #expect(allowed.context == ["sub": "doctor-sub-1", "email": "doctor@example.org", "role": "doctor", "clinicId": "clinic-7"])
        #expect(try answer("Bearer " + token, route: "DELETE/patients/p-1") == .init(isAuthorized: false, context: nil))
        #expect(try answer("Bearer " + token.dropLast(4), route: "GET/patients/p-1/reports") == .init(isAuthorized: false, context: nil))
    }

    @Test func accessTokensAcceptedWhenConfigured() throws {
        let fixture = try AuthFixture(tokenUse: .access)
        let identity = try fixture.verify(try fixture.token(fixture.accessClaims()))
        #expect(identity.tokenUse == "access")
        #expect(identity.email == nil)
        let either = try AuthFixture(tokenUse: .any)
        #expect(try either.verify(try either.token(either.idClaims())).tokenUse == "id")
        #expect(try either.verify(try either.token(either.accessClaims())).tokenUse == "access")
    }

    @Test func tokensMintedByTheLocalIssuerAreAccepted() throws {
        let fixture = try AuthFixture()
        for use in [LocalTokenIssuer.TokenUse.id, .access] {
            let token = try fixture.issuer.mint(.init(sub: "u-1", groups: ["admins"], clinicId: "c-1", email: "a@example.org", tokenUse: use))
            let verifier = CognitoVerifier(
                configuration: CognitoConfiguration(userPoolId: "us-east-1_TestPool", clientIds: [AuthFixture.clientId], tokenUse: .any,
                                                    issuer: AuthFixture.issuerName, jwksURL: fixture.endpoint.url),
                fetcher: HTTPClientJWKSFetcher())
            let identity = try verifier.verify(token: token, budgetMs: 5_000, logger: fixture.logs.logger)
            #expect(identity.role == .admin)
            #expect(identity.clinicId == "c-1")
            #expect(identity.tokenUse == use.rawValue)
        }
    }
}
