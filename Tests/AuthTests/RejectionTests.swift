import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import LocalStack
import OpenSSLCrypto
import Testing

/// Every way a token must be refused, each on its own. Each test starts from
/// a valid token (accepted in AcceptanceTests) and breaks one thing.
@Suite struct RejectionTests {
    @Test func baselineTokenIsAccepted() throws {
        let fixture = try AuthFixture()
        let identity = try fixture.verify(try fixture.token(fixture.idClaims()))
        #expect(identity == VerifiedIdentity(sub: "doctor-sub-1", email: "doctor@example.org", role: .doctor, clinicId: "clinic-7", tokenUse: "id"))
    }

    @Test func algNone() throws {
        let fixture = try AuthFixture()
        let header = try base64URLJSON(["alg": "none", "kid": fixture.issuer.keyId])
        let token = header + "." + (try base64URLJSON(fixture.idClaims())) + "."
        fixture.expectDenied(token, .unsupportedAlgorithm)
        // The same with the valid RS256 signature left in place.
        let signed = try fixture.token(fixture.idClaims())
        fixture.expectDenied(replacingSegment(0, of: signed, with: header), .unsupportedAlgorithm)
    }

    @Test func hs256SignedWithThePublicKeyAsSecret() throws {
        let fixture = try AuthFixture()
        let header = try base64URLJSON(["alg": "HS256", "kid": fixture.issuer.keyId])
        let signingInput = header + "." + (try base64URLJSON(fixture.idClaims()))
        // What a confused verifier would use as the HMAC key: the published key itself.
        let publicJWKS = try fixture.issuer.jwksDocument()
        for secret in [Array(publicJWKS.utf8), try TestKeys.primary.publicComponents().modulus] {
            let mac = HMACSHA256.authenticationCode(key: secret, message: signingInput)
            fixture.expectDenied(signingInput + "." + Base64URL.encode(mac), .unsupportedAlgorithm)
        }
    }

    @Test func unknownKid() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims(), header: ["alg": "RS256", "kid": "no-such-key"])
        fixture.expectDenied(token, .unknownKeyId)
    }

    @Test func missingKid() throws {
        let fixture = try AuthFixture()
        fixture.expectDenied(try fixture.token(fixture.idClaims(), header: ["alg": "RS256"]), .missingKeyId)
    }

    @Test func signedByAnotherKeyUnderTheKnownKid() throws {
        let fixture = try AuthFixture()
        let impostor = try LocalTokenIssuer(key: TestKeys.rotated, issuer: AuthFixture.issuerName, clientId: AuthFixture.clientId)
        let token = try impostor.sign(claims: fixture.idClaims(), header: ["alg": "RS256", "kid": fixture.issuer.keyId])
        fixture.expectDenied(token, .invalidSignature)
    }

    @Test func payloadChangedAfterSigning() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        var claims = fixture.idClaims()
        claims["cognito:groups"] = ["admins"]
        fixture.expectDenied(replacingSegment(1, of: token, with: try base64URLJSON(claims)), .invalidSignature)
    }

    @Test func signatureChanged() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        var signature = Base64URL.decode(String(token.split(separator: ".")[2]))!
        signature[signature.count / 2] ^= 0x01
        fixture.expectDenied(replacingSegment(2, of: token, with: Base64URL.encode(signature)), .invalidSignature)
        // A truncated signature as well.
        fixture.expectDenied(replacingSegment(2, of: token, with: Base64URL.encode(Array(signature.dropLast(2)))), .invalidSignature)
    }

    @Test func expired() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["iat"] = fixture.now - 7200
        claims["exp"] = fixture.now - 60
        fixture.expectDenied(try fixture.token(claims), .expired)
    }

    @Test func missingExpiry() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["exp"] = nil
        fixture.expectDenied(try fixture.token(claims), .missingClaim("exp"))
    }

    @Test func notBeforeInTheFuture() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["nbf"] = fixture.now + 600
        fixture.expectDenied(try fixture.token(claims), .notYetValid)
    }

    @Test func issuedInTheFuture() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["iat"] = fixture.now + 600
        fixture.expectDenied(try fixture.token(claims), .issuedInFuture)
    }

    @Test func wrongIssuer() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["iss"] = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OtherPool"
        fixture.expectDenied(try fixture.token(claims), .wrongIssuer)
    }

    @Test func wrongAudienceOnIdToken() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["aud"] = "some-other-app"
        fixture.expectDenied(try fixture.token(claims), .wrongAudience)
    }

    @Test func wrongClientIdOnAccessToken() throws {
        let fixture = try AuthFixture(tokenUse: .access)
        var claims = fixture.accessClaims()
        claims["client_id"] = "some-other-app"
        fixture.expectDenied(try fixture.token(claims), .wrongAudience)
    }

    @Test func accessTokenWhereIdTokensAreRequired() throws {
        let fixture = try AuthFixture(tokenUse: .id)
        fixture.expectDenied(try fixture.token(fixture.accessClaims()), .wrongTokenUse)
    }

    @Test func idTokenWhereAccessTokensAreRequired() throws {
        let fixture = try AuthFixture(tokenUse: .access)
        fixture.expectDenied(try fixture.token(fixture.idClaims()), .wrongTokenUse)
    }

    @Test func noGroup() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["cognito:groups"] = nil
        fixture.expectDenied(try fixture.token(claims), .noRole)
        fixture.expectDenied(try fixture.token(fixture.idClaims(groups: ["nurses"])), .noRole)
    }

    @Test func noClinic() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["custom:clinicId"] = nil
        fixture.expectDenied(try fixture.token(claims), .noClinic)
        claims["custom:clinicId"] = ""
        fixture.expectDenied(try fixture.token(claims), .noClinic)
    }

    @Test func malformedBase64() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        let payload = String(token.split(separator: ".")[1])
        // Standard-alphabet characters, padding and whitespace are not base64url.
        fixture.expectDenied(replacingSegment(1, of: token, with: "+" + payload.dropFirst()), .malformedToken("base64url"))
        fixture.expectDenied(replacingSegment(1, of: token, with: payload + "=="), .malformedToken("base64url"))
        fixture.expectDenied(replacingSegment(1, of: token, with: String(payload.prefix(9)) + " " + payload.dropFirst(9)), .malformedToken("base64url"))
    }

    @Test func malformedJSON() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        fixture.expectDenied(replacingSegment(1, of: token, with: Base64URL.encode("{\"sub\":\"x\",")), .malformedToken("payload JSON"))
        fixture.expectDenied(replacingSegment(0, of: token, with: Base64URL.encode("[\"RS256\"]")), .malformedToken("header JSON"))
    }

    @Test func duplicateClaimNamesAreMalformed() throws {
        let fixture = try AuthFixture()
        // Signed correctly: only the strict parser stands between this and a confused reader.
        var text = String(decoding: try JSONSerialization.data(withJSONObject: fixture.idClaims(), options: [.sortedKeys]), as: UTF8.self)
        text.removeLast()
        text += ",\"custom:clinicId\":\"clinic-other\"}"
        let header = try base64URLJSON(["alg": "RS256", "kid": fixture.issuer.keyId])
        let signingInput = header + "." + Base64URL.encode(text)
        let signature = try TestKeys.primary.signRS256(Array(signingInput.utf8))
        fixture.expectDenied(signingInput + "." + Base64URL.encode(signature), .malformedToken("payload JSON"))
    }

    @Test func twoSegments() throws {
        let fixture = try AuthFixture()
        let parts = try fixture.token(fixture.idClaims()).split(separator: ".")
        fixture.expectDenied("\(parts[0]).\(parts[1])", .malformedToken("segments"))
    }

    @Test func fourSegments() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        fixture.expectDenied(token + "." + String(token.split(separator: ".")[2]), .malformedToken("segments"))
    }

    @Test func tokenOverEightKilobytes() throws {
        let fixture = try AuthFixture()
        var claims = fixture.idClaims()
        claims["padding"] = String(repeating: "a", count: 6_500)
        let token = try fixture.token(claims)
        #expect(token.utf8.count > 8 * 1024)
        fixture.expectDenied(token, .tokenTooLarge)
    }

    @Test func schemeOtherThanBearer() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        for header in ["Basic " + token, token, "Bearer" + token, "Token " + token] {
            #expect(throws: AuthFailure.wrongScheme) { try BearerToken.extract(from: header) }
            #expect(throws: Unauthorized()) { try fixture.invokeToken(authorization: header) }
        }
        #expect(throws: Unauthorized()) { try fixture.invokeToken(authorization: nil) }
        #expect(throws: Unauthorized()) { try fixture.invokeToken(authorization: "Bearer ") }
        // The same token with the scheme is accepted (case-insensitively, RFC 7235).
        #expect(try fixture.policy(authorization: "bearer " + token).principalId == "doctor-sub-1")
    }

    @Test func jwksEndpointDown() throws {
        let fixture = try AuthFixture()
        let token = try fixture.token(fixture.idClaims())
        fixture.endpoint.fail(status: 503)
        fixture.expectDenied(token, .jwksUnavailable)
        #expect(fixture.logs.lines.contains { $0.contains("JWKS fetch failed") && $0.contains("\"ERROR\"") })

        // Nothing listening at all.
        let silent = try AuthFixture()
        silent.endpoint.server.stop()
        silent.expectDenied(token, .jwksUnavailable)
        #expect(silent.logs.lines.contains { $0.contains("JWKS fetch failed") })
    }

    @Test func jwksThatIsNotAKeySetDenies() throws {
        let fixture = try AuthFixture()
        fixture.endpoint.serve("{\"keys\":[{\"kid\":\"k\",\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}")
        fixture.expectDenied(try fixture.token(fixture.idClaims()), .jwksUnavailable)
        #expect(fixture.logs.lines.contains { $0.contains("JWKS unusable") })
    }

    @Test func unknownRouteIsAnExplicitDeny() throws {
        let fixture = try AuthFixture()
        let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/DELETE/reports/r-1"
        let policy = try fixture.policy(authorization: "Bearer " + (try fixture.token(fixture.idClaims())), methodArn: methodArn)
        let deny = try #require(policy.policyDocument.statement.first { $0.effect == .deny })
        #expect(deny.resource == [methodArn])
        // The allowed routes stay allowed, so a cached policy is right for them too.
        #expect(policy.policyDocument.statement.contains { $0.effect == .allow && $0.resource.count == ProtectedRoutes.all.count })
    }
}
