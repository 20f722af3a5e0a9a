import AWSEvents
import FoundationEssentials
import LambdaRuntime

/// What a route sees besides the request: the invocation.
public struct RouteContext: Sendable {
    public let lambda: LambdaContext
    public var logger: Logger { lambda.logger }
}

/// Adapts API Gateway events (REST v1 or HTTP API v2) to a `Router` and turns
/// every failure into the JSON error shape, so no error escapes as a stack trace.
public struct APIGatewayHandler: LambdaHandler {
    let router: Router
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()

    public init(router: Router) { self.router = router }

    private struct VersionProbe: Decodable { var version: String?; var httpMethod: String? }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        let data = Data(event)
        let probe: VersionProbe
        do { probe = try decoder.decode(VersionProbe.self, from: data) } catch {
            throw InvalidEventError("event is not a JSON object")
        }
        if probe.version == "2.0" {
            let request: APIGatewayV2Request
            do { request = try decoder.decode(APIGatewayV2Request.self, from: data) } catch {
                throw InvalidEventError("event is not an API Gateway HTTP API request: \(DecodingErrorSummary.describe(error))")
            }
            let response = respond(context: context) { () throws(APIError) in try APIRequest(v2: request, lambdaRequestId: context.requestId) }
            return try encode(APIGatewayV2Response(statusCode: response.status, headers: response.headers, body: String(decoding: response.body, as: UTF8.self)))
        }
        guard probe.httpMethod != nil else { throw InvalidEventError("event is not an API Gateway proxy request") }
        let request: APIGatewayProxyRequest
        do { request = try decoder.decode(APIGatewayProxyRequest.self, from: data) } catch {
            throw InvalidEventError("event is not an API Gateway REST proxy request: \(DecodingErrorSummary.describe(error))")
        }
        let response = respond(context: context) { () throws(APIError) in try APIRequest(v1: request, lambdaRequestId: context.requestId) }
        return try encode(APIGatewayProxyResponse(statusCode: response.status, headers: response.headers, body: String(decoding: response.body, as: UTF8.self)))
    }

    private func encode<T: Encodable>(_ value: T) throws -> [UInt8] { Array(try encoder.encode(value)) }

    private func respond(context: LambdaContext, _ makeRequest: () throws(APIError) -> APIRequest) -> APIResponse {
        let started = WallClock.monotonicNs()
        var requestId = context.requestId
        var response: APIResponse
        var resource = "?"
        do throws(APIError) {
            let request = try makeRequest()
            requestId = request.requestId
            resource = request.resource
            let route = try router.route(request)
            do {
                response = try route(request, RouteContext(lambda: context))
            } catch let error as APIError {
                response = error.response(requestId: requestId)
            } catch {
                // Type only: the description of a foreign error might echo input.
                context.logger.error("route failed", ["errorType": .string(String(describing: type(of: error)))])
                response = APIError.internalError.response(requestId: requestId)
            }
        } catch {
            response = error.response(requestId: requestId)
        }
        response.headers["Content-Type"] = "application/json; charset=utf-8"
        context.logger.info("request", ["resource": .string(InputExcerpt.of(resource, limit: 128)), "status": .from(response.status), "apiRequestId": .string(requestId),
                                        "responseBytes": .from(response.body.count),
                                        "durationUs": .int(Int64((WallClock.monotonicNs() - started) / 1000))])
        return response
    }
}

/// Names the failing key or type of a decoding error, never the value. Keys inside maps (headers,
/// parameters) are the caller's: each is a short sanitised excerpt, and the path is bounded.
public enum DecodingErrorSummary {
    public static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "malformed JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.suffix(6).map { $0.intValue.map(String.init) ?? InputExcerpt.of($0.stringValue, limit: 32) }
            let prefix = context.codingPath.count > 6 ? "….": ""
            return keys.isEmpty ? "(root)" : prefix + keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let name = InputExcerpt.of(key.stringValue, limit: 32)
            return "missing \(path(context) == "(root)" ? name : path(context) + "." + name)"
        case .typeMismatch(_, let context): return "wrong type at \(path(context))"
        case .valueNotFound(_, let context): return "null at \(path(context))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "malformed JSON" : "invalid value at \(path(context))"
        @unknown default: return "malformed JSON"
        }
    }
}
