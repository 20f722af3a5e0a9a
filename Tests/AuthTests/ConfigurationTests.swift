import Auth
import AuthorizerHandler
import LambdaRuntime
import Testing

@Suite struct ConfigurationTests {
    @Test func issuerAndJWKSURLAreDerivedFromRegionAndPool() throws {
        let configuration = try CognitoConfiguration(environment: Environment([
            "COGNITO_USER_POOL_ID": "us-east-1_AbC123", "COGNITO_CLIENT_IDS": " client-a , client-b,,", "AWS_REGION": "us-east-1"]))
        #expect(configuration.issuer == "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123")
        #expect(configuration.jwksURL == "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123/.well-known/jwks.json")
        #expect(configuration.clientIds == ["client-a", "client-b"])
        #expect(configuration.tokenUse == .id)
    }

    @Test func issuerAndJWKSURLAreOverriddenSeparately() throws {
        let configuration = try CognitoConfiguration(environment: Environment([
            "COGNITO_USER_POOL_ID": "pool", "COGNITO_CLIENT_IDS": "c", "COGNITO_TOKEN_USE": "access",
            "COGNITO_ISSUER": "https://issuer.example/pool", "COGNITO_JWKS_URL": "http://127.0.0.1:9999/keys"]))
        #expect(configuration.issuer == "https://issuer.example/pool")
        #expect(configuration.jwksURL == "http://127.0.0.1:9999/keys")
        #expect(configuration.tokenUse == .access)
        let onlyIssuer = try CognitoConfiguration(environment: Environment([
            "COGNITO_USER_POOL_ID": "pool", "COGNITO_CLIENT_IDS": "c", "COGNITO_ISSUER": "https://issuer.example/pool"]))
        #expect(onlyIssuer.jwksURL == "https://issuer.example/pool/.well-known/jwks.json")
    }

    @Test(arguments: [
        ["COGNITO_CLIENT_IDS": "c", "AWS_REGION": "us-east-1"],
        ["COGNITO_USER_POOL_ID": "p", "AWS_REGION": "us-east-1"],
        ["COGNITO_USER_POOL_ID": "p", "COGNITO_CLIENT_IDS": " , ", "AWS_REGION": "us-east-1"],
        ["COGNITO_USER_POOL_ID": "p", "COGNITO_CLIENT_IDS": "c"],
        ["COGNITO_USER_POOL_ID": "p", "COGNITO_CLIENT_IDS": "c", "AWS_REGION": "us-east-1", "COGNITO_TOKEN_USE": "refresh"],
        ["COGNITO_USER_POOL_ID": "p/../x", "COGNITO_CLIENT_IDS": "c", "AWS_REGION": "us-east-1"],
        ["COGNITO_USER_POOL_ID": "p", "COGNITO_CLIENT_IDS": "c", "COGNITO_ISSUER": "ftp://issuer"],
        ["COGNITO_USER_POOL_ID": "p", "COGNITO_CLIENT_IDS": "c", "AWS_REGION": "us-east-1", "COGNITO_JWKS_URL": "file:///etc/passwd"],
    ])
    func badConfigurationIsAnInitError(values: [String: String]) {
        #expect(throws: ConfigurationError.self) { try CognitoConfiguration(environment: Environment(values)) }
        #expect(throws: ConfigurationError.self) { try AuthorizerHandler(environment: Environment(values)) }
    }

    @Test func routeTableAndArnParsing() throws {
        let arn = try #require(ExecuteAPIArn("arn:aws-cn:execute-api:cn-north-1:123456789012:api1/v1/GET/chat/sessions/s-1"))
        #expect(arn.partition == "aws-cn")
        #expect(arn.apiId == "api1")
        #expect(arn.stage == "v1")
        #expect(arn.method == "GET")
        #expect(arn.path == "/chat/sessions/s-1")
        #expect(ExecuteAPIArn("arn:aws:lambda:us-east-1:123:function:x") == nil)
        #expect(ExecuteAPIArn("arn:aws:execute-api:us-east-1:123:api1/prod") == nil)
        #expect(ProtectedRoutes.route(method: "GET", path: "/chat/sessions/s-1")?.resource == "/chat/sessions/{sessionId}")
        #expect(ProtectedRoutes.route(method: "GET", path: "/chat/sessions/") == nil)
        #expect(ProtectedRoutes.route(method: "GET", path: "/health") == nil)
        #expect(ProtectedRoutes.route(method: "POST", path: "/usage") == nil)
        #expect(Role(groups: ["doctors", "admins"]) == .admin)
        #expect(Role(groups: ["doctors"]) == .doctor)
        #expect(Role(groups: ["Doctors", "staff"]) == nil)
    }
}
