import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import Testing

/// The authorizer reads events and writes answers without Codable; these pin
/// both ends to the shapes API Gateway sends and expects.
@Suite struct AuthorizerWireFormatTests {
    static let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/reports/r-1"

    func handle(_ fixture: AuthFixture, _ json: String) throws -> [UInt8] {
        try fixture.handler.handle(Array(json.utf8), context: fixture.context())
    }

    @Test func requestEventHeaderNamesAreCaseInsensitiveAndMultiValueHeadersAreRead() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        for headers in [#""headers":{"AUTHORIZATION":"Bearer \#(token)"}"#,
                        #""headers":null,"multiValueHeaders":{"Authorization":["Bearer \#(token)"]}"#] {
            let answer = try handle(fixture, #"{"type":"REQUEST","methodArn":"\#(Self.methodArn)",\#(headers)}"#)
            let policy = try JSONDecoder().decode(APIGatewayAuthorizerPolicyResponse.self, from: Data(answer))
            #expect(policy.policyDocument.statement.map(\.effect) == [.allow])
        }
    }

    @Test func malformedEventsAreInvalidEventsNotDenials() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        let events = [
            "not json",
            "[]",
            #"{"type":"TOKEN"}"#, // no methodArn
            #"{"type":"PROXY","methodArn":"\#(Self.methodArn)"}"#,
            #"{"type":"REQUEST","methodArn":"\#(Self.methodArn)","headers":7}"#,
            #"{"type":"REQUEST","methodArn":"\#(Self.methodArn)","headers":{"authorization":["Bearer \#(token)"]}}"#,
            #"{"type":"TOKEN","methodArn":"\#(Self.methodArn)","authorizationToken":12}"#,
            #"{"version":"2.0","type":"REQUEST","identitySource":["Bearer \#(token)"]}"#, // no routeArn
            #"{"type":"TOKEN","methodArn":"\#(Self.methodArn)","authorizationToken":"Bearer \#(token)","type":"REQUEST"}"#, // duplicate member
        ]
        for event in events {
            #expect(throws: InvalidEventError.self, "\(event.prefix(60))") { try handle(fixture, event) }
        }
    }

    @Test func absentOrNullTokenIsUnauthorized() throws {
        let fixture = try AuthFixture()
        for event in [#"{"type":"TOKEN","methodArn":"\#(Self.methodArn)"}"#,
                      #"{"type":"TOKEN","methodArn":"\#(Self.methodArn)","authorizationToken":null}"#,
                      #"{"type":"REQUEST","methodArn":"\#(Self.methodArn)","headers":{"host":"api.example.org"}}"#] {
            #expect(throws: Unauthorized()) { try handle(fixture, event) }
        }
        let v2 = #"{"version":"2.0","type":"REQUEST","routeArn":"arn:aws:execute-api:us-east-1:123456789012:h77api/$default/GET/usage"}"#
        #expect(String(decoding: try handle(fixture, v2), as: UTF8.self) == #"{"isAuthorized":false}"#)
    }

    /// Claims carry user-controlled text (email, sub); the hand-written JSON
    /// must escape it so API Gateway reads back exactly what the token said.
    @Test func hostileClaimTextSurvivesTheAnswerExactly() throws {
        let fixture = try AuthFixture()
        let sub = "sub \"quoted\" \\ back/slash"
        let email = "dra.\u{1}núñez\u{2028}😀\t@clínica.mx"
        var claims = fixture.idClaims(sub: sub)
        claims["email"] = email
        let token = try fixture.token(claims)

        let policy = try fixture.policy(authorization: "Bearer " + token)
        #expect(policy.principalId == sub)
        #expect(policy.context == ["sub": sub, "email": email, "role": "doctor", "clinicId": "clinic-7"])

        let v2 = #"{"version":"2.0","type":"REQUEST","routeArn":"arn:aws:execute-api:us-east-1:123456789012:h77api/$default/GET/usage","identitySource":["Bearer \#(token)"]}"#
        let simple = try JSONDecoder().decode(APIGatewayV2SimpleAuthorizerResponse.self, from: Data(try handle(fixture, v2)))
        #expect(simple == .init(isAuthorized: true, context: ["sub": sub, "email": email, "role": "doctor", "clinicId": "clinic-7"]))
    }

    @Test func anAnswerIsOneLineOfStableJSON() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        let first = try fixture.invokeToken(authorization: "Bearer " + token)
        let second = try fixture.invokeToken(authorization: "Bearer " + token)
        #expect(first == second)
        #expect(!first.contains(0x0A))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix(#"{"principalId":"doctor-sub-1","policyDocument":{"Version":"2012-10-17","Statement":[{"Action":"execute-api:Invoke","Effect":"Allow","Resource":["arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/POST/summarize","#))
        #expect(text.hasSuffix(#""context":{"clinicId":"clinic-7","email":"doctor@example.org","role":"doctor","sub":"doctor-sub-1"}}"#))
    }
}
