import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import Testing

/// A REQUEST event with several Authorization values (two spellings in `headers`, several in
/// `multiValueHeaders`, or one in each that differ): which one the client meant is unknowable, and picking
/// one lets an extra header decide who the caller is. The rule: one distinct value is read, several are
/// refused (Unauthorized / `isAuthorized:false`) even when one of them is a valid token.
@Suite struct DuplicateAuthorizationHeaderTests {
    static let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/reports/r-1"
    static let routeArn = "arn:aws:execute-api:us-east-1:123456789012:h77api/$default/GET/usage"

    func handle(_ fixture: AuthFixture, _ json: String) throws -> [UInt8] {
        try fixture.handler.handle(Array(json.utf8), context: fixture.context())
    }

    func request(_ headers: String) -> String { #"{"type":"REQUEST","methodArn":"\#(Self.methodArn)",\#(headers)}"# }

    @Test func differingValuesAreRefusedWhicheverIsValid() throws {
        let fixture = try AuthFixture()
        let doctor = try fixture.token(fixture.idClaims())
        let admin = try fixture.token(fixture.idClaims(sub: "admin-1", groups: ["admins"]))
        let cases = [
            #""headers":{"Authorization":"Bearer \#(doctor)","authorization":"Bearer \#(admin)"}"#,
            #""headers":{"Authorization":"Bearer \#(doctor)","authorization":"Bearer junk"}"#,
            #""headers":{"AUTHORIZATION":"Bearer junk","authorization":"Bearer \#(doctor)"}"#,
            #""multiValueHeaders":{"Authorization":["Bearer \#(doctor)","Bearer \#(admin)"]}"#,
            #""multiValueHeaders":{"Authorization":["Bearer \#(doctor)"],"authorization":["Bearer junk"]}"#,
            #""headers":{"Authorization":"Bearer \#(doctor)"},"multiValueHeaders":{"Authorization":["Bearer junk","Bearer \#(doctor)"]}"#,
            #""headers":{"Authorization":"Bearer \#(admin)"},"multiValueHeaders":{"Authorization":["Bearer \#(doctor)"]}"#,
        ]
        for headers in cases {
            #expect(throws: Unauthorized(), "\(headers.prefix(50))") { try handle(fixture, request(headers)) }
        }
        let v2 = #"{"version":"2.0","type":"REQUEST","routeArn":"\#(Self.routeArn)","headers":{"Authorization":"Bearer \#(doctor)","authorization":"Bearer \#(admin)"}}"#
        #expect(String(decoding: try handle(fixture, v2), as: UTF8.self) == #"{"isAuthorized":false}"#)
    }

    @Test func theSameValueRepeatedIsOneValue() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        // API Gateway itself puts the last value in `headers` and all of them in `multiValueHeaders`.
        for headers in [#""headers":{"Authorization":"Bearer \#(token)"},"multiValueHeaders":{"Authorization":["Bearer \#(token)"]}"#,
                        #""headers":{"Authorization":"Bearer \#(token)","authorization":"Bearer \#(token)"}"#,
                        #""multiValueHeaders":{"Authorization":["Bearer \#(token)","Bearer \#(token)"]}"#] {
            let policy = try JSONDecoder().decode(APIGatewayAuthorizerPolicyResponse.self, from: Data(try handle(fixture, request(headers))))
            #expect(policy.policyDocument.statement.map(\.effect) == [.allow], "\(headers.prefix(50))")
        }
    }

    @Test func aMultiValueHeaderOfTheWrongTypeIsAnInvalidEvent() throws {
        let fixture = try AuthFixture()
        for headers in [#""multiValueHeaders":{"Authorization":"Bearer x"}"#, #""multiValueHeaders":{"Authorization":[7]}"#] {
            #expect(throws: InvalidEventError.self) { try handle(fixture, request(headers)) }
        }
    }
}
