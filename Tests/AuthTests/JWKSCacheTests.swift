import Auth
import AuthorizerHandler
import LocalStack
import Testing

@Suite struct JWKSCacheTests {
    @Test func keysAreFetchedOnceAndKeptAcrossInvocations() throws {
        let fixture = try AuthFixture()
        for _ in 0..<5 {
            _ = try fixture.policy(authorization: "Bearer " + (try fixture.token(fixture.idClaims())))
        }
        #expect(fixture.endpoint.requestCount == 1)
        #expect(fixture.handler.verifier.keys.fetchCount == 1)
    }

    @Test func keyRotationIsPickedUpWithoutRestart() throws {
        let fixture = try AuthFixture()
        let newIssuer = try LocalTokenIssuer(key: TestKeys.rotated, issuer: AuthFixture.issuerName, clientId: AuthFixture.clientId)
        #expect(newIssuer.keyId != fixture.issuer.keyId)
        // Warm: the old key is cached.
        #expect(try fixture.verify(try fixture.token(fixture.idClaims())).sub == "doctor-sub-1")

        // The pool rotates: the JWKS now publishes the new key next to the old one.
        fixture.endpoint.serve(try LocalTokenIssuer.jwksDocument(keys: [(fixture.issuer.keyId, TestKeys.primary), (newIssuer.keyId, TestKeys.rotated)]))
        fixture.clock.advance(seconds: 11)
        let rotatedToken = try newIssuer.sign(claims: fixture.idClaims(sub: "doctor-sub-2"))
        #expect(try fixture.verify(rotatedToken).sub == "doctor-sub-2")
        #expect(fixture.endpoint.requestCount == 2)
        // Both keys now verify with no further fetch, through the handler too.
        #expect(try fixture.policy(authorization: "Bearer " + rotatedToken).principalId == "doctor-sub-2")
        #expect(try fixture.verify(try fixture.token(fixture.idClaims())).sub == "doctor-sub-1")
        #expect(fixture.endpoint.requestCount == 2)
    }

    @Test func unknownKidRefetchesAtMostOncePerTenSeconds() throws {
        let fixture = try AuthFixture()
        let forged = try fixture.token(fixture.idClaims(), header: ["alg": "RS256", "kid": "attacker-kid"])
        #expect(throws: AuthFailure.unknownKeyId) { try fixture.verify(forged) }
        #expect(fixture.endpoint.requestCount == 1)
        // A burst of unknown kids inside the penalty box costs no fetch.
        for _ in 0..<20 {
            #expect(throws: AuthFailure.unknownKeyId) { try fixture.verify(forged) }
        }
        fixture.clock.advance(seconds: 5)
        #expect(throws: AuthFailure.unknownKeyId) { try fixture.verify(forged) }
        #expect(fixture.endpoint.requestCount == 1)
        // Known kids keep working meanwhile.
        #expect(try fixture.verify(try fixture.token(fixture.idClaims())).role == .doctor)
        // After 10 s, one more fetch is allowed.
        fixture.clock.advance(seconds: 6)
        #expect(throws: AuthFailure.unknownKeyId) { try fixture.verify(forged) }
        #expect(fixture.endpoint.requestCount == 2)
    }

    @Test func endpointRecoveringAfterAnOutageIsUsedAgain() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        fixture.endpoint.fail(status: 500)
        #expect(throws: AuthFailure.jwksUnavailable) { try fixture.verify(token) }
        // Within the retry interval: no new fetch, still denied.
        #expect(throws: AuthFailure.jwksUnavailable) { try fixture.verify(token) }
        #expect(fixture.endpoint.requestCount == 1)
        fixture.endpoint.serve(try fixture.issuer.jwksDocument())
        fixture.clock.advance(seconds: 2)
        #expect(try fixture.verify(token).clinicId == "clinic-7")
        #expect(fixture.endpoint.requestCount == 2)
    }

    @Test func fetchIsBoundedByTheRemainingTime() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        #expect(throws: AuthFailure.jwksUnavailable) {
            try fixture.handler.verifier.verify(token: token, budgetMs: 0, logger: fixture.logs.logger)
        }
        #expect(fixture.endpoint.requestCount == 0)
        #expect(fixture.logs.lines.contains { $0.contains("no time left") })
    }
}
