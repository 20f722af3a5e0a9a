import APIHandling
import Foundation
import LambdaRuntime
import Testing

@Suite struct APIGatewayHandlerTests {
    let context = LambdaContext(requestId: "lambda-req", deadlineMs: WallClock.nowMs() + 3_000, invokedFunctionARN: "arn", traceId: nil,
                                logger: Logger(level: .error, sink: { _ in }))

    func handler() -> APIGatewayHandler {
        var router = Router()
        router.add("GET", "/reports/{reportId}") { request, _ in
            let identity = try Identity.from(request)
            return try JSONBody.encode(["id": request.pathParameters["reportId"] ?? "", "clinic": identity.clinicId, "q": request.query["tag"]?.joined(separator: "|") ?? ""])
        }
        router.add("POST", "/echo") { request, _ in APIResponse(status: 201, body: request.body) }
        return APIGatewayHandler(router: router)
    }

    func v1(method: String, resource: String, authorizer: String? = "{\"sub\":\"u1\",\"role\":\"doctor\",\"clinicId\":\"c1\"}", body: String = "null", base64: Bool = false) -> [UInt8] {
        Array("""
        {"resource":"\(resource)","path":"/x","httpMethod":"\(method)","headers":{"Content-Type":"application/json"},
         "multiValueQueryStringParameters":{"tag":["a","b"]},"pathParameters":{"reportId":"r-1"},
         "requestContext":{"requestId":"apigw-req","authorizer":\(authorizer ?? "null")},"body":\(body),"isBase64Encoded":\(base64)}
        """.utf8)
    }

    func decode(_ bytes: [UInt8]) throws -> (Int, [String: Any], [String: String]) {
        let outer = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let body = try #require(outer["body"] as? String)
        let inner = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return (outer["statusCode"] as? Int ?? 0, inner, outer["headers"] as? [String: String] ?? [:])
    }

    @Test func routesWithIdentityPathAndMultiValueQuery() throws {
        let (status, body, headers) = try decode(handler().handle(v1(method: "GET", resource: "/reports/{reportId}"), context: context))
        #expect(status == 200)
        #expect(body["id"] as? String == "r-1")
        #expect(body["clinic"] as? String == "c1")
        #expect(body["q"] as? String == "a|b")
        #expect(headers["Content-Type"] == "application/json; charset=utf-8")
    }

    @Test func missingAuthorizerContextIs401() throws {
        let (status, body, _) = try decode(handler().handle(v1(method: "GET", resource: "/reports/{reportId}", authorizer: nil), context: context))
        #expect(status == 401)
        let error = try #require(body["error"] as? [String: Any])
        #expect(error["code"] as? String == "UNAUTHORIZED")
        #expect(error["requestId"] as? String == "apigw-req")
    }

    @Test func unknownRouteIs404AndWrongMethodIs405() throws {
        let (s404, b404, _) = try decode(handler().handle(v1(method: "GET", resource: "/nope"), context: context))
        #expect(s404 == 404)
        #expect((b404["error"] as? [String: Any])?["code"] as? String == "NOT_FOUND")
        let (s405, b405, h405) = try decode(handler().handle(v1(method: "DELETE", resource: "/reports/{reportId}"), context: context))
        #expect(s405 == 405)
        #expect((b405["error"] as? [String: Any])?["code"] as? String == "METHOD_NOT_ALLOWED")
        #expect(h405["Allow"] == "GET")
    }

    @Test func base64BodiesAreDecoded() throws {
        let encoded = Data("{\"a\":\"ñ\"}".utf8).base64EncodedString()
        let (status, body, _) = try decode(handler().handle(v1(method: "POST", resource: "/echo", body: "\"\(encoded)\"", base64: true), context: context))
        #expect(status == 201)
        #expect(body["a"] as? String == "ñ")
    }

    @Test func httpAPIv2EventsAreServedToo() throws {
        let event = Array("""
        {"version":"2.0","routeKey":"GET /reports/{reportId}","rawPath":"/reports/r-9","rawQueryString":"tag=x&tag=y%20z",
         "pathParameters":{"reportId":"r-9"},"requestContext":{"requestId":"v2-req","http":{"method":"GET","path":"/reports/r-9"},
         "authorizer":{"lambda":{"sub":"u2","role":"admin","clinicId":"c2"}}},"isBase64Encoded":false}
        """.utf8)
        let outer = try #require(try JSONSerialization.jsonObject(with: Data(handler().handle(event, context: context))) as? [String: Any])
        #expect(outer["statusCode"] as? Int == 200)
        let inner = try #require(try JSONSerialization.jsonObject(with: Data((outer["body"] as? String ?? "").utf8)) as? [String: Any])
        #expect(inner["q"] as? String == "x|y z")
        #expect(inner["clinic"] as? String == "c2")
    }

    @Test func nonAPIEventIsAnInvalidEventError() {
        #expect(throws: InvalidEventError.self) { try handler().handle(Array("{\"Records\":[]}".utf8), context: context) }
        #expect(throws: InvalidEventError.self) { try handler().handle(Array("not json".utf8), context: context) }
    }
}
