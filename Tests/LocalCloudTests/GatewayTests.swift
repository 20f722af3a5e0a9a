import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// API Gateway REST behaviour of `lambda-local serve`: authorizer, policy cache, routes, events, errors, CORS.
@Suite(.serialized) struct GatewayTests {
    @Test func authorizerRejectsWithoutInvokingAndCachesPolicies() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml(ttl: 1))
        let gateway = harness.cloud.gateway!
        // No token, and one failing the ValidationExpression: 401, the authorizer never runs.
        let missing = try harness.call("GET", "/usage")
        #expect(missing.status == 401)
        #expect(String(decoding: missing.body, as: UTF8.self) == #"{"message":"Unauthorized"}"#)
        #expect(try harness.call("GET", "/usage", authorization: "Bearer not-a-jwt").status == 401)
        #expect(try harness.call("GET", "/usage", authorization: "Basic dXNlcjpwYXNz").status == 401)
        #expect(gateway.authorizerInvocations("Tokens") == 0)
        // Well-formed but forged: the authorizer runs and answers Unauthorized.
        #expect(try harness.call("GET", "/usage", authorization: "Bearer aaa.bbb.ccc").status == 401)
        #expect(gateway.authorizerInvocations("Tokens") == 1)

        let token = try CloudHarness.doctorToken()
        let first = try harness.call("GET", "/usage", token: token)
        #expect(first.status == 200)
        #expect(gateway.authorizerInvocations("Tokens") == 2)
        // The context reaches the function as requestContext.authorizer.
        let authorizer = try #require(harness.echoedEvent(first)?["requestContext"]?["authorizer"])
        #expect(authorizer["role"]?.string == "doctor")
        #expect(authorizer["clinicId"]?.string == "clinic-mx-001")
        #expect(authorizer["principalId"]?.string?.hasPrefix("dr-") == true)
        // Cached: the second call does not invoke the authorizer.
        #expect(try harness.call("GET", "/usage", token: token).status == 200)
        #expect(gateway.authorizerInvocations("Tokens") == 2)
        // A cached policy is reused for another route, as AWS does: it allows only the role's routes,
        // so a route outside them is a 403 without an explicit deny.
        let notCovered = try harness.call("GET", "/denied/x", token: token)
        #expect(notCovered.status == 403)
        #expect(String(decoding: notCovered.body, as: UTF8.self) == #"{"Message":"User is not authorized to access this resource"}"#)
        #expect(gateway.authorizerInvocations("Tokens") == 2)
        // After the TTL the authorizer runs again.
        usleep(1_200_000)
        #expect(try harness.call("GET", "/usage", token: token).status == 200)
        #expect(gateway.authorizerInvocations("Tokens") == 3)
    }

    @Test func requestAuthorizerWithAHeaderIdentitySource() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml(request: true))
        let gateway = harness.cloud.gateway!
        #expect(try harness.call("GET", "/usage").status == 401) // identity source missing: not invoked
        #expect(gateway.authorizerInvocations("Tokens") == 0)
        let token = try CloudHarness.doctorToken()
        let first = try harness.call("GET", "/usage?x=1", token: token)
        #expect(first.status == 200)
        #expect(harness.echoedEvent(first)?["requestContext"]?["authorizer"]?["role"]?.string == "doctor")
        #expect(try harness.call("GET", "/usage?x=2", token: token).status == 200)
        #expect(gateway.authorizerInvocations("Tokens") == 1) // cached on the header's value
        #expect(try harness.call("GET", "/usage", authorization: "Bearer aaa.bbb.ccc").status == 401)
        #expect(gateway.authorizerInvocations("Tokens") == 2)
    }

    @Test func explicitDenyForARouteTheRoleMayNotCall() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let denied = try harness.call("GET", "/denied/x", token: try CloudHarness.doctorToken())
        #expect(denied.status == 403)
        #expect(String(decoding: denied.body, as: UTF8.self) == #"{"Message":"User is not authorized to access this resource with an explicit deny"}"#)
        #expect(harness.records.isEmpty)
    }

    @Test func proxyEventAsAPIGatewayBuildsIt() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let response = try harness.call("GET", "/open/items/a%20b%C3%B1?tag=x&tag=y&single=1&sp=a+b",
                                        headers: [("X-Many", "1"), ("X-Many", "2"), ("User-Agent", "cloud-test")])
        #expect(response.status == 200)
        // Several header values from the function, as multiValueHeaders.
        #expect(response.headers.filter { $0.0.lowercased() == "x-probe" }.map(\.1) == ["a", "b"])
        #expect(response.header("x-amzn-RequestId") != nil)
        let event = try #require(harness.echoedEvent(response))
        #expect(event["resource"]?.string == "/open/items/{itemId}") // the literal route beats the greedy one
        #expect(event["pathParameters"]?["itemId"]?.string == "a bñ")
        #expect(event["path"]?.string == "/open/items/a bñ")
        #expect(event["queryStringParameters"]?["tag"]?.string == "y")
        #expect(event["multiValueQueryStringParameters"]?["tag"] == .array([.string("x"), .string("y")]))
        #expect(event["queryStringParameters"]?["sp"]?.string == "a b")
        #expect(event["multiValueHeaders"]?["X-Many"] == .array([.string("1"), .string("2")]))
        #expect(event["headers"]?["X-Many"]?.string == "2")
        #expect(event["requestContext"]?["stage"]?.string == "test")
        #expect(event["requestContext"]?["path"]?.string == "/test/open/items/a bñ")
        #expect(event["requestContext"]?["identity"]?["userAgent"]?.string == "cloud-test")
        #expect(event["requestContext"]?["authorizer"] == nil)
        #expect(event["body"] == .null && event["isBase64Encoded"] == .bool(false))
        let greedy = try #require(harness.echoedEvent(try harness.call("DELETE", "/open/a/b/c")))
        #expect(greedy["resource"]?.string == "/open/{proxy+}" && greedy["pathParameters"]?["proxy"]?.string == "a/b/c")
        #expect(greedy["httpMethod"]?.string == "DELETE")
    }

    @Test func bodiesTextAndBinary() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let text = try #require(harness.echoedEvent(try harness.call("POST", "/open/x", body: Array(#"{"nota":"Paciente con fiebre"}"#.utf8))))
        #expect(text["body"]?.string == #"{"nota":"Paciente con fiebre"}"# && text["isBase64Encoded"] == .bool(false))
        // A BinaryMediaTypes match is base64, valid UTF-8 or not.
        let declared = try #require(harness.echoedEvent(try harness.call("POST", "/open/x", headers: [("Content-Type", "application/octet-stream")], body: Array("abc".utf8))))
        #expect(declared["body"]?.string == "YWJj" && declared["isBase64Encoded"] == .bool(true))
        let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0xFF, 0xFE, 0x00]
        let raw = try #require(harness.echoedEvent(try harness.call("POST", "/open/x", headers: [("Content-Type", "application/pdf")], body: bytes)))
        #expect(raw["body"]?.string == Data(bytes).base64EncodedString() && raw["isBase64Encoded"] == .bool(true))
        // A base64 answer of a binary media type is decoded on the way out.
        let binary = try harness.call("GET", "/open/x?action=binary")
        #expect(binary.body == [0, 1, 2, 3, 0, 255])
    }

    @Test func gatewayErrorsAndReasonPhrases() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let unknown = try harness.call("GET", "/nowhere")
        #expect(unknown.status == 403)
        #expect(String(decoding: unknown.body, as: UTF8.self) == #"{"message":"Missing Authentication Token"}"#)
        #expect(try harness.call("POST", "/usage").status == 403) // an undeclared method is unknown too
        let failed = try harness.call("GET", "/open/x?action=fail")
        #expect(failed.status == 502)
        #expect(String(decoding: failed.body, as: UTF8.self) == #"{"message": "Internal server error"}"#)
        #expect(try harness.call("GET", "/open/x?action=malformed").status == 502)
        // The status line carries the standard reason phrase.
        for (path, line) in [("/usage", "HTTP/1.1 401 Unauthorized"), ("/nowhere", "HTTP/1.1 403 Forbidden"),
                             ("/open/x?action=fail", "HTTP/1.1 502 Bad Gateway"), ("/open/x", "HTTP/1.1 200 OK")] {
            #expect(try statusLine(harness.cloud.gateway.port, path) == line)
        }
    }

    @Test func corsPreflightAsDeclared() throws {
        let harness = try CloudHarness(template: ProbeTemplate.yaml())
        let preflight = try harness.call("OPTIONS", "/usage", headers: [("Origin", "https://app.example"), ("Access-Control-Request-Method", "GET")])
        #expect(preflight.status == 200)
        #expect(preflight.header("Access-Control-Allow-Origin") == "https://app.example")
        #expect(preflight.header("Access-Control-Allow-Methods") == "GET,OPTIONS")
        #expect(preflight.header("Access-Control-Allow-Headers") == "Authorization,Content-Type")
        #expect(preflight.header("Access-Control-Max-Age") == "600")
        #expect(harness.cloud.gateway.authorizerInvocations("Tokens") == 0) // AddDefaultAuthorizerToCorsPreflight: false
        #expect(try harness.call("OPTIONS", "/nowhere").status == 403)
    }

    /// The routes are openapi.yaml's: a path added to a copy of the document is served by the function its
    /// integration names (a function only the copied template has), one removed is not, and the template's
    /// own `Api` events are not needed for either.
    @Test func aRouteAddedToACopyOfTheDocumentIsServed() throws {
        let template = try String(contentsOfFile: CloudHarness.repositoryTemplate, encoding: .utf8)
        let document = try String(contentsOfFile: CloudHarness.repositoryRoot + "/openapi.yaml", encoding: .utf8)
        let probe = """
        Resources:
          CloudProbeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .

        """
        let added = """
        paths:
          /local-probe/{thing}:
            get:
              operationId: localProbe
              security: []
              parameters:
                - { name: thing, in: path, required: true, schema: { type: string } }
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: { Fn::Sub: "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${CloudProbeFunction.Arn}/invocations" }
              responses:
                "200": { description: the probe's echo }

        """
        #expect(document.contains("\n  /usage:\n"))
        let copy = document.replacingOccurrences(of: "\npaths:\n", with: "\n" + added)
            .replacingOccurrences(of: "\n  /usage:\n", with: "\n  /x-removed-usage:\n")
        let harness = try CloudHarness(template: template.replacingOccurrences(of: "Resources:\n", with: probe), files: ["openapi.yaml": copy])
        let response = try harness.call("GET", "/local-probe/abc")
        #expect(response.status == 200)
        #expect(harness.echoedEvent(response)?["pathParameters"]?["thing"]?.string == "abc")
        #expect(harness.echoedEvent(response)?["requestContext"]?["stage"]?.string == "prod")
        #expect(harness.echoedEvent(response)?["resource"]?.string == "/local-probe/{thing}")
        #expect(try harness.call("GET", "/health").status == 200)
        // Removed from the document: API Gateway's unknown-route answer, though the chat function routes it.
        let removed = try harness.call("GET", "/usage", token: try CloudHarness.doctorToken())
        #expect(removed.status == 403 && harness.json(removed)?["message"]?.string == "Missing Authentication Token")
        #expect(!harness.cloud.template.routes.contains { $0.resource == "/usage" })
    }

    /// The first line of the raw HTTP answer.
    private func statusLine(_ port: UInt16, _ path: String) throws -> String {
        let connection = try TCPConnection.connect(host: "127.0.0.1", port: port)
        try connection.write(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
        let line = try connection.readLine()
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
