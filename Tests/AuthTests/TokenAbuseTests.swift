import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import OpenSSLCrypto
import Testing
@testable import LocalStack

/// Token abuse at the authorizer (issue 16 item 6): tokens from elsewhere, key sets that change under the
/// cache, oversized and unicode-laden input, smuggled claims, and what API Gateway's policy cache (keyed on
/// the Authorization header, `authorizerResultTtlInSeconds: 300` in openapi.yaml) may safely reuse.
@Suite struct TokenAbuseTests {
    static let otherPoolIssuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OtherPool"

    // MARK: another user pool

    @Test func aTokenOfAnotherUserPoolSignedWithThatPoolsKeyIsRefused() throws {
        let fixture = try AuthFixture()
        let otherPool = try LocalTokenIssuer(key: TestKeys.rotated, issuer: Self.otherPoolIssuer, clientId: AuthFixture.clientId)
        var claims = fixture.idClaims()
        claims["iss"] = Self.otherPoolIssuer
        // Its kid is not in our pool's key set.
        fixture.expectDenied(try otherPool.sign(claims: claims), .unknownKeyId)
        // Even claiming our issuer, the other pool's key does not verify under any of our kids.
        fixture.expectDenied(try otherPool.sign(claims: fixture.idClaims(), header: ["alg": "RS256", "kid": fixture.issuer.keyId]), .invalidSignature)
    }

    @Test func aTokenNamingAnotherPoolIsRefusedEvenWhenTheKeyIsShared() throws {
        // Two pools that (by misconfiguration) publish the same key: only `iss` tells them apart.
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["iss"] = Self.otherPoolIssuer
        fixture.expectDenied(try fixture.token(claims), .wrongIssuer)
        claims["iss"] = AuthFixture.issuerName + "/"
        fixture.expectDenied(try fixture.token(claims), .wrongIssuer)
        claims["iss"] = AuthFixture.issuerName.uppercased()
        fixture.expectDenied(try fixture.token(claims), .wrongIssuer)
    }

    @Test func anotherAppClientOfTheSamePoolIsRefused() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["aud"] = "some-other-app-client"
        fixture.expectDenied(try fixture.token(claims), .wrongAudience)
        claims["aud"] = [AuthFixture.clientId]  // an array where Cognito sends a string
        fixture.expectDenied(try fixture.token(claims), .wrongAudience)
    }

    // MARK: key rotation

    @Test func aKeyRotatedOutOfTheSetStopsVerifyingOnceTheSetIsRefreshed() throws {
        let fixture = try AuthFixture()
        let oldToken = try fixture.token(fixture.idClaims())
        #expect(try fixture.verify(oldToken).sub == "doctor-sub-1")
        // The pool rotates and retires the old key: the set now holds only the new one.
        let newIssuer = try LocalTokenIssuer(key: TestKeys.rotated, issuer: AuthFixture.issuerName, clientId: AuthFixture.clientId)
        fixture.endpoint.serve(try newIssuer.jwksDocument())
        fixture.clock.advance(seconds: 11)
        // A token under the new kid makes the cache refresh...
        #expect(try fixture.verify(try newIssuer.sign(claims: fixture.idClaims(sub: "doctor-sub-2"))).sub == "doctor-sub-2")
        #expect(fixture.endpoint.requestCount == 2)
        // ...after which the retired key is gone: its tokens are refused, through the handler too.
        fixture.expectDenied(oldToken, .unknownKeyId)
    }

    @Test func aKeySetThatBecomesUnusableKeepsTheKeysAlreadyHeldAndFailsClosedForNewKids() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        #expect(try fixture.verify(token).role == .doctor)
        fixture.endpoint.serve("{\"keys\":\"not a list\"}")
        fixture.clock.advance(seconds: 11)
        let unknown = try fixture.token(fixture.idClaims(), header: ["alg": "RS256", "kid": "new-kid"])
        #expect(throws: AuthFailure.self) { try fixture.verify(unknown) }
        // The issuer's keys already held stay valid.
        #expect(try fixture.verify(token).role == .doctor)
    }

    @Test func aSlowKeySetEndpointIsCutOffAtTheInvocationsBudgetThenUsedAgain() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        fixture.endpoint.slow(5)
        let started = Date()
        #expect(throws: AuthFailure.jwksUnavailable) { try fixture.handler.verifier.verify(token: token, budgetMs: 300, logger: fixture.logs.logger) }
        // Bounded by the 300 ms budget, not by the issuer's 5 s (a generous margin for a shared machine).
        #expect(Date().timeIntervalSince(started) < 3)
        fixture.endpoint.slow(0)
        fixture.clock.advance(seconds: 2)
        #expect(try fixture.verify(token).sub == "doctor-sub-1")
    }

    // MARK: oversized input

    @Test func aOneMegabyteAuthorizationHeaderIsRefusedUnreadAndUnlogged() throws {
        let fixture = try AuthFixture()
        let huge = "Bearer " + String(repeating: "eyJhbGciOiJSUzI1NiJ9", count: 52_429)
        #expect(huge.utf8.count > 1 << 20)
        #expect(throws: Unauthorized()) { try fixture.invokeToken(authorization: huge) }
        // The REQUEST form too, with the header among others.
        let event: [String: Any] = ["type": "REQUEST", "methodArn": AuthFixture.methodArn,
                                    "headers": ["Authorization": huge, "X-Other": String(repeating: "x", count: 1 << 20)]]
        #expect(throws: Unauthorized()) { try fixture.handler.handle(Array(try JSONSerialization.data(withJSONObject: event)), context: fixture.context()) }
        #expect(fixture.endpoint.requestCount == 0, "an oversized token must not cost a JWKS fetch")
        #expect(fixture.logs.lines.allSatisfy { $0.utf8.count < 1024 }, "a log line grew with the header")
        #expect(fixture.logs.lines.contains { $0.contains("token too large") })
    }

    // MARK: unicode tricks in kid

    static let kidTricks: [(label: String, transform: @Sendable (String) -> String)] = [
        ("Cyrillic homoglyph", { kid in String(kid.dropLast()) + "\u{0430}" }),
        ("trailing NUL", { $0 + "\u{0000}" }),
        ("leading RTL override", { "\u{202E}" + $0 }),
        ("embedded RTL mark", { String($0.prefix(3)) + "\u{200F}" + String($0.dropFirst(3)) }),
        ("zero-width space", { $0 + "\u{200B}" }),
        ("BOM", { "\u{FEFF}" + $0 }),
        ("fullwidth form", { kid in String(kid.unicodeScalars.map { (0x21...0x7E).contains($0.value) ? Character(Unicode.Scalar($0.value + 0xFEE0)!) : Character($0) }) }),
        ("combining accent", { $0 + "\u{0301}" }),
    ]

    @Test(arguments: 0..<TokenAbuseTests.kidTricks.count)
    func aKidThatOnlyLooksLikeTheRealOneIsUnknown(index: Int) throws {
        let fixture = try AuthFixture()
        let kid = Self.kidTricks[index].transform(fixture.issuer.keyId)
        try #require(kid != fixture.issuer.keyId, "\(Self.kidTricks[index].label) did not change the kid")
        // Signed with the real key: only an exact kid match may select it.
        let token = try fixture.token(fixture.idClaims(), header: ["alg": "RS256", "kid": kid])
        fixture.expectDenied(token, .unknownKeyId)
        #expect(!fixture.logs.lines.contains { $0.unicodeScalars.contains { [0x202E, 0x200F, 0x200B, 0xFEFF, 0].contains($0.value) } },
                "a raw control or format character reached a log line")
    }

    @Test func aKidThatIsNotAStringIsRefused() throws {
        let fixture = try AuthFixture()
        for kid: Any in [[fixture.issuer.keyId], ["id": fixture.issuer.keyId], 1, NSNull(), ""] {
            fixture.expectDenied(try fixture.token(fixture.idClaims(), header: ["alg": "RS256", "kid": kid]), .missingKeyId)
        }
    }

    // MARK: smuggled and mistyped claims

    /// Signs `header` and `claims` texts exactly as written (duplicates and escapes kept).
    func signRaw(header: String, claims: String) throws -> String {
        let signingInput = Base64URL.encode(header) + "." + Base64URL.encode(claims)
        return signingInput + "." + Base64URL.encode(try TestKeys.primary.signRS256(Array(signingInput.utf8)))
    }

    func claimsText(_ fixture: AuthFixture, appending extra: String = "", replacing: [String: Any] = [:]) throws -> String {
        var claims = fixture.idClaims()
        for (key, value) in replacing { claims[key] = value }
        var text = String(decoding: try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys]), as: UTF8.self)
        text.removeLast()
        return text + extra + "}"
    }

    @Test func duplicatedClaimsAreRefusedEvenWhenSpelledWithEscapes() throws {
        let fixture = try AuthFixture()
        let header = "{\"alg\":\"RS256\",\"kid\":\"\(fixture.issuer.keyId)\"}"
        // `"s\u0075b"` is `"sub"` once decoded: the duplicate must be found after unescaping.
        for extra in [",\"sub\":\"admin-sub-9\"", ",\"s\\u0075b\":\"admin-sub-9\"", ",\"cognito:groups\":[\"admins\"]",
                      ",\"custom:clinicId\":\"clinic-other\"", ",\"exp\":99999999999"] {
            fixture.expectDenied(try signRaw(header: header, claims: try claimsText(fixture, appending: extra)), .malformedToken("payload JSON"))
        }
    }

    @Test func duplicatedHeaderMembersAreRefused() throws {
        let fixture = try AuthFixture()
        let claims = try claimsText(fixture)
        for header in ["{\"alg\":\"none\",\"alg\":\"RS256\",\"kid\":\"\(fixture.issuer.keyId)\"}",
                       "{\"alg\":\"RS256\",\"kid\":\"attacker\",\"kid\":\"\(fixture.issuer.keyId)\"}",
                       "{\"alg\":\"RS256\",\"kid\":\"\(fixture.issuer.keyId)\",\"k\\u0069d\":\"other\"}"] {
            fixture.expectDenied(try signRaw(header: header, claims: claims), .malformedToken("header JSON"))
        }
    }

    @Test func timesWrittenAsStringsAreMalformedNotIgnored() throws {
        let fixture = try AuthFixture()
        let future = String(fixture.now + 3600)
        fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["exp": future]) { $1 }), .missingClaim("exp"))
        fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["iat": String(fixture.now)]) { $1 }), .missingClaim("iat"))
        fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["nbf": String(fixture.now)]) { $1 }), .missingClaim("nbf"))
        // Neither a boolean, nor null, nor an array stands for a time.
        for value: Any in [true, NSNull(), [fixture.now + 3600]] {
            fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["exp": value]) { $1 }), .missingClaim("exp"))
        }
    }

    @Test func aClinicOrGroupsOfTheWrongTypeIsNoClinicOrNoRole() throws {
        let fixture = try AuthFixture()
        fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["custom:clinicId": ["clinic-7"]]) { $1 }), .noClinic)
        fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["custom:clinicId": "clinic\u{0000}7"]) { $1 }), .noClinic)
        fixture.expectDenied(try fixture.token(fixture.idClaims().merging(["cognito:groups": "admins"]) { $1 }), .noRole)
    }

    // MARK: what a policy cache keyed on the token may reuse

    static let protectedRequests: [(method: String, path: String)] = AcceptanceTests.requests + [("DELETE", "/documents/d-1"), ("GET", "/chat/sessions"),
                                                                                                   ("GET", "/patients/p-1/documents")]
    static func methodArn(_ method: String, _ path: String) -> String { "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/\(method)\(path)" }

    @Test func aPolicyComputedOnOneRouteIsRightForEveryRouteOfTheSameToken() throws {
        // API Gateway reuses the first answer for a token on every route for 300 s.
        let fixture = try AuthFixture()
        for groups in [["doctors"], ["admins"]] {
            let token = "Bearer " + (try fixture.token(fixture.idClaims(groups: groups)))
            for first in Self.protectedRequests {
                let cachedBytes = try fixture.invokeToken(authorization: token, methodArn: Self.methodArn(first.method, first.path))
                let cached = try JSONSerialization.jsonObject(with: Data(cachedBytes)) as? [String: Any]
                for later in Self.protectedRequests + [("GET", "/admin/secrets"), ("PUT", "/reports/r-1")] {
                    let freshBytes = try fixture.invokeToken(authorization: token, methodArn: Self.methodArn(later.0, later.1))
                    let fresh = try JSONSerialization.jsonObject(with: Data(freshBytes)) as? [String: Any]
                    let arn = Self.methodArn(later.0, later.1)
                    #expect(PolicyEvaluation.allows(authorizerAnswer: Array(cachedBytes), methodArn: arn)
                            == PolicyEvaluation.allows(authorizerAnswer: Array(freshBytes), methodArn: arn),
                            "\(groups) \(first.method) \(first.path) cached, then \(later.0) \(later.1)")
                    #expect(cached?["context"] as? [String: String] == fresh?["context"] as? [String: String])
                }
            }
        }
    }

    @Test func twoTokensThroughOneWarmAuthorizerEachGetTheirOwnPolicyAndContext() throws {
        let fixture = try AuthFixture()
        var doctorA = fixture.idClaims(sub: "doctor-a", groups: ["doctors"]); doctorA["custom:clinicId"] = "clinic-a"
        var adminB = fixture.idClaims(sub: "admin-b", groups: ["admins"]); adminB["custom:clinicId"] = "clinic-b"; adminB["email"] = "b@example.org"
        let tokens = [("doctor-a", "doctor", "clinic-a", "Bearer " + (try fixture.token(doctorA))),
                      ("admin-b", "admin", "clinic-b", "Bearer " + (try fixture.token(adminB)))]
        // A token-keyed cache as API Gateway keeps one: it must never hand one identity's answer to the other.
        var cache: [String: APIGatewayAuthorizerPolicyResponse] = [:]
        for round in 0..<20 {
            let (sub, role, clinic, token) = tokens[round % 2 == 0 ? 0 : 1]
            let request = Self.protectedRequests[round % Self.protectedRequests.count]
            let policy = try fixture.policy(authorization: token, methodArn: Self.methodArn(request.method, request.path))
            #expect(policy.principalId == sub)
            #expect(policy.context?["sub"] == sub && policy.context?["role"] == role && policy.context?["clinicId"] == clinic)
            if let earlier = cache[token] { #expect(earlier.context == policy.context && earlier.principalId == policy.principalId) }
            cache[token] = policy
        }
        #expect(cache.count == 2)
        #expect(Set(cache.values.compactMap { $0.context?["clinicId"] }) == ["clinic-a", "clinic-b"])
        #expect(fixture.endpoint.requestCount == 1)
    }

    @Test func theGatewaysPolicyCacheIsKeyedOnTheWholeAuthorizationHeader() throws {
        // openapi.yaml (the REST API's definition, included by template.yaml): TOKEN authorizer, identity source the
        // Authorization header, cached 300 s.
        let definition = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("openapi.yaml").path, encoding: .utf8)
        let authorizer = try #require(definition.components(separatedBy: "x-amazon-apigateway-authorizer:").dropFirst().first)
            .split(separator: "\n").prefix(6)
        #expect(authorizer.contains { $0.trimmingCharacters(in: .whitespaces) == "type: token" })
        #expect(authorizer.contains { $0.trimmingCharacters(in: .whitespaces) == "identitySource: method.request.header.Authorization" })
        #expect(authorizer.contains { $0.trimmingCharacters(in: .whitespaces) == "authorizerResultTtlInSeconds: 300" })
        // The validation expression admits exactly one compact token (no second token smuggled after a comma or space).
        let expression = try #require(authorizer.first { $0.contains("identityValidationExpression") })
        #expect(expression.contains("^Bearer ") && expression.contains("$\""))
    }
}
