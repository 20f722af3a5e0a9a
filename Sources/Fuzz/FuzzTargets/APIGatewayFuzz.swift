import APIHandling
import AWSEvents
import Foundation
import LambdaRuntime

/// API Gateway REST v1 and HTTP API v2 events through `APIGatewayHandler.handle` and a small router (the
/// whole decode path, whatever its implementation): an event is refused as an `InvalidEventError` with a
/// bounded message, or answered with valid JSON carrying a status code; an error answer has the one error
/// shape and stays small whatever it was sent.
public enum APIGatewayFuzz: FuzzTarget {
    public static let name = "apigateway"
    /// The largest error body we accept: a code, a short excerpt of input, a request id.
    static let maxErrorBodyBytes = 512
    static let maxInvalidEventMessageBytes = 512

    nonisolated(unsafe) static let handler: APIGatewayHandler = {
        var router = Router()
        router.add("GET", "/health") { _, _ in try JSONBody.encode(["status": "ok"]) }
        router.add("GET", "/reports/{reportId}") { request, _ in
            let identity = try Identity.from(request)
            return try JSONBody.encode(["clinic": identity.clinicId, "report": request.pathParameters["reportId"] ?? ""])
        }
        router.add("POST", "/summarize") { request, _ in
            _ = try Identity.from(request)
            guard let body = try? JSONDecoder().decode(SummarizeProbe.self, from: Data(request.body)) else {
                throw APIError.validation("body must be {patientId, text}")
            }
            return try JSONBody.encode(["chars": String(body.text.count)], status: 201)
        }
        return APIGatewayHandler(router: router)
    }()

    struct SummarizeProbe: Decodable { var patientId: String; var text: String }

    static let context = LambdaContext(requestId: "fuzz-lambda-request", deadlineMs: Int64.max / 2, invokedFunctionARN: "arn:aws:lambda:us-east-1:000000000000:function:fuzz",
                                       traceId: nil, logger: Logger(level: .fatal, sink: { _ in }))

    public static func check(_ input: [UInt8]) -> String? {
        let answer: [UInt8]
        do { answer = try handler.handle(input, context: context) } catch let error as InvalidEventError {
            return error.errorMessage.utf8.count <= maxInvalidEventMessageBytes ? nil : "InvalidEventError message of \(error.errorMessage.utf8.count) bytes"
        } catch {
            return "handle threw \(type(of: error)), not InvalidEventError"
        }
        guard let outer = try? JSONValue.parse(answer), let status = outer["statusCode"]?.number else { return "answer is not JSON with a statusCode" }
        guard status == status.rounded(), (100...599).contains(status) else { return "status \(status) out of range" }
        guard let body = outer["body"]?.string else { return "answer has no string body" }
        guard let inner = try? JSONValue.parse(body) else { return "body is not JSON" }
        if status >= 400 {
            guard body.utf8.count <= maxErrorBodyBytes else { return "error body of \(body.utf8.count) bytes" }
            guard let error = inner["error"], error["code"]?.string != nil, error["message"]?.string != nil, error["requestId"]?.string != nil else {
                return "error body without {error:{code,message,requestId}}"
            }
        }
        return nil
    }
}
