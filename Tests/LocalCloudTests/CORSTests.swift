import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// CORS through `lambda-local serve` of the repository's template.yaml and openapi.yaml (issue 14): the
/// document's preflight (mock integration, no authorizer), its gateway responses on the gateway's own
/// errors, the functions' headers on their answers, and the local S3's preflight for the upload bucket.
@Suite struct CORSTests {
    static let app = "https://app.clinica.example", dev = "http://localhost:5173", other = "https://otra.example"

    func harness() throws -> CloudHarness {
        try CloudHarness { options in options.parameterOverrides["AllowedOrigins"] = "\(Self.app),\(Self.dev)" }
    }

    @Test func preflightFromAnAllowedOriginWithoutTheAuthorizer() throws {
        let harness = try harness()
        for (path, methods) in [("/summarize", "POST,OPTIONS"), ("/documents/doc-1", "DELETE,GET,OPTIONS"), ("/health", "GET,OPTIONS")] {
            let preflight = try harness.call("OPTIONS", path, headers: [("Origin", Self.dev), ("Access-Control-Request-Method", "POST"),
                                                                         ("Access-Control-Request-Headers", "authorization,content-type")])
            #expect(preflight.status == 200, "\(path)")
            #expect(preflight.header("Access-Control-Allow-Origin") == Self.dev, "\(path)")
            #expect(preflight.header("Access-Control-Allow-Methods") == methods, "\(path)")
            #expect(preflight.header("Access-Control-Allow-Headers") == "Authorization,Content-Type")
            #expect(preflight.header("Access-Control-Max-Age") == "600")
            #expect(preflight.header("Vary") == "Origin")
        }
        // No Authorization header and still 200: the authorizer is not on the preflight (nor invoked).
        #expect(harness.cloud.gateway.authorizerInvocations("cognitoBearer") == 0)
    }

    @Test func preflightFromAnotherOriginGetsNoCORSHeaders() throws {
        let harness = try harness()
        for origin in [Self.other, "https://app.clinica.example.otra.example", "null"] {
            let preflight = try harness.call("OPTIONS", "/summarize", headers: [("Origin", origin), ("Access-Control-Request-Method", "POST")])
            #expect(preflight.status == 200)
            #expect(preflight.header("Access-Control-Allow-Origin") == nil, "\(origin)")
            #expect(preflight.header("Access-Control-Allow-Methods") == nil)
            #expect(preflight.header("Access-Control-Allow-Headers") == nil)
            #expect(preflight.header("Vary") == "Origin")
        }
        // Without AllowedOrigins (the template's default) no origin is allowed at all.
        let closed = try CloudHarness()
        #expect(try closed.call("OPTIONS", "/summarize", headers: [("Origin", Self.app)]).header("Access-Control-Allow-Origin") == nil)
    }

    @Test func theGatewaysOwnErrorsNameTheFirstOrigin() throws {
        let harness = try harness()
        // 401 without a token, 401 with a malformed one, 403 for an unknown path: API Gateway's own answers.
        let missing = try harness.call("GET", "/patients/pac-0001/reports", headers: [("Origin", Self.app)])
        let malformed = try harness.call("GET", "/patients/pac-0001/reports", authorization: "Bearer nope", headers: [("Origin", Self.app)])
        let unknown = try harness.call("GET", "/no-existe", headers: [("Origin", Self.app)])
        for (response, status) in [(missing, 401), (malformed, 401), (unknown, 403)] {
            #expect(response.status == status)
            #expect(response.header("Access-Control-Allow-Origin") == Self.app)
            #expect(response.header("Access-Control-Allow-Headers") == "Authorization,Content-Type")
            #expect(response.header("Vary") == "Origin")
        }
        #expect(harness.json(missing)?["message"]?.string == "Unauthorized")
        // A gateway response's headers are static: the first origin, whichever origin asked (decision in openapi.yaml).
        #expect(try harness.call("GET", "/usage", headers: [("Origin", Self.dev)]).header("Access-Control-Allow-Origin") == Self.app)
    }

    @Test func aFunctionsAnswersCarryTheMatchingOrigin() throws {
        let harness = try harness()
        let token = try CloudHarness.doctorToken()
        // A function's 400 (the body misses its fields), from the second allowed origin: that origin, not the first.
        let refused = try harness.call("POST", "/summarize", token: token, headers: [("Origin", Self.dev)], body: Array("{}".utf8))
        #expect(refused.status == 400)
        #expect(harness.json(refused)?["error"]?["code"]?.string == "VALIDATION_FAILED")
        #expect(refused.header("Access-Control-Allow-Origin") == Self.dev)
        #expect(refused.header("Access-Control-Allow-Methods") == "DELETE, GET, OPTIONS, POST")
        #expect(refused.header("Vary") == "Origin")
        // A success, and an origin not in the list: only Vary.
        let health = try harness.call("GET", "/health", headers: [("origin", Self.app)])
        #expect(health.status == 200 && health.header("Access-Control-Allow-Origin") == Self.app)
        let foreign = try harness.call("POST", "/summarize", token: token, headers: [("Origin", Self.other)], body: Array("{}".utf8))
        #expect(foreign.status == 400 && foreign.header("Access-Control-Allow-Origin") == nil && foreign.header("Vary") == "Origin")
    }

    @Test func theLocalS3AnswersTheUploadPreflight() throws {
        let harness = try harness()
        let s3 = try #require(harness.cloud.s3)
        let url = s3.endpointURL + "/clinical-assistant-uploads-000000000000-us-east-1/clinics/c-1/patients/p-1/documents/d-1/informe.pdf"
        func preflight(_ origin: String, method: String = "PUT", headers: String = "content-type") throws -> HTTPResponse {
            try HTTPClient.shared.send(HTTPRequest(method: "OPTIONS", url: url, headers: [("Origin", origin), ("Access-Control-Request-Method", method),
                                                                                          ("Access-Control-Request-Headers", headers)], body: []), timeoutMs: 10_000)
        }
        let allowed = try preflight(Self.dev)
        #expect(allowed.status == 200)
        #expect(allowed.header("Access-Control-Allow-Origin") == Self.dev)
        #expect(allowed.header("Access-Control-Allow-Methods") == "PUT")
        #expect(allowed.header("Access-Control-Allow-Headers") == "content-type")
        #expect(allowed.header("Access-Control-Expose-Headers") == "ETag")
        #expect(allowed.header("Access-Control-Max-Age") == "600")
        // Another origin, another method, a header the rule does not allow: S3's 403, no CORS headers.
        for refused in [try preflight(Self.other), try preflight(Self.app, method: "GET"), try preflight(Self.app, headers: "content-type,x-amz-acl")] {
            #expect(refused.status == 403)
            #expect(refused.header("Access-Control-Allow-Origin") == nil)
            #expect(String(decoding: refused.body, as: UTF8.self).contains("AccessForbidden"))
        }
    }
}
