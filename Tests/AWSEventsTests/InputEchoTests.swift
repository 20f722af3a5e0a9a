import APIHandling
import Foundation
import LambdaRuntime
import Testing

/// An answer never repeats more than a short, sanitised excerpt of what it was sent, and the caller's
/// identity is bounded before any work (found from outside: 1 MB paths, methods, request ids and clinic ids).
@Suite struct InputEchoTests {
    let context = LambdaContext(requestId: "lambda-req", deadlineMs: WallClock.nowMs() + 3_000, invokedFunctionARN: "arn", traceId: nil,
                                logger: Logger(level: .error, sink: { _ in }))
    static let huge = String(repeating: "A", count: 1 << 20)

    func handler() -> APIGatewayHandler {
        var router = Router()
        router.add("GET", "/reports/{reportId}") { request, _ in
            let identity = try Identity.from(request)
            return try JSONBody.encode(["clinic": identity.clinicId])
        }
        return APIGatewayHandler(router: router)
    }

    func event(method: String = "GET", resource: String = "/reports/{reportId}", requestId: String = "apigw-req",
               authorizer: [String: String] = ["sub": "u1", "role": "doctor", "clinicId": "c1"], headers: [String: String] = [:]) throws -> [UInt8] {
        let object: [String: Any] = ["resource": resource, "path": resource, "httpMethod": method, "headers": headers,
                                     "requestContext": ["requestId": requestId, "authorizer": authorizer], "body": NSNull()]
        return Array(try JSONSerialization.data(withJSONObject: object))
    }

    func answer(_ bytes: [UInt8]) throws -> (status: Int, body: String, error: [String: Any]) {
        let outer = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let body = try #require(outer["body"] as? String)
        let inner = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return (outer["statusCode"] as? Int ?? 0, body, inner["error"] as? [String: Any] ?? [:])
    }

    @Test func aHugeUnknownResourceIsNotEchoed() throws {
        let (status, body, error) = try answer(handler().handle(event(resource: "/" + Self.huge), context: context))
        #expect(status == 404 && error["code"] as? String == "NOT_FOUND")
        #expect(body.utf8.count < 400)
        #expect((error["message"] as? String)?.hasSuffix("…") == true)
    }

    @Test func aHugeOrHostileMethodIsNotEchoed() throws {
        let (status, body, _) = try answer(handler().handle(event(method: Self.huge), context: context))
        #expect(status == 405 && body.utf8.count < 400)
        let (_, _, control) = try answer(handler().handle(event(method: "PO\u{0007}ST\u{202E}"), context: context))
        let message = try #require(control["message"] as? String)
        #expect(!message.unicodeScalars.contains { $0.value == 7 || $0.value == 0x202E })
    }

    @Test(arguments: [InputEchoTests.huge, "req\nid", "<script>", ""])
    func anUnusableRequestIdIsReplacedByLambdas(requestId: String) throws {
        let (_, body, error) = try answer(handler().handle(event(requestId: requestId, authorizer: [:]), context: context))
        #expect(error["requestId"] as? String == "lambda-req")
        #expect(body.utf8.count < 400)
    }

    @Test func aWellFormedRequestIdIsKept() throws {
        let (_, _, error) = try answer(handler().handle(event(requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", authorizer: [:]), context: context))
        #expect(error["requestId"] as? String == "c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
    }

    @Test(arguments: [["sub": InputEchoTests.huge, "role": "doctor", "clinicId": "c1"],
                      ["sub": "u1", "role": "doctor", "clinicId": InputEchoTests.huge],
                      ["sub": "u1", "role": "doctor", "clinicId": "c1\u{0000}x"],
                      ["sub": "u1", "role": "doctor", "clinicId": "c1", "email": InputEchoTests.huge]])
    func anOversizedOrControlCharacterIdentityIs401(authorizer: [String: String]) throws {
        let (status, body, error) = try answer(handler().handle(event(authorizer: authorizer), context: context))
        #expect(status == 401 && error["code"] as? String == "UNAUTHORIZED")
        #expect(body.utf8.count < 400)
    }

    @Test func anInvalidEventNamesNoMoreThanAnExcerptOfTheCallersKeys() throws {
        // headers must map to strings: a number under a 1 MB header name is a type error at that key.
        let object: [String: Any] = ["resource": "/r", "path": "/r", "httpMethod": "GET", "headers": [Self.huge: 1],
                                     "requestContext": ["requestId": "x"]]
        let bytes = Array(try JSONSerialization.data(withJSONObject: object))
        #expect {
            try handler().handle(bytes, context: context)
        } throws: { error in
            guard let error = error as? InvalidEventError else { return false }
            return error.errorMessage.utf8.count < 200
        }
    }
}
