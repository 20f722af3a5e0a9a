import AWSEvents
import LambdaRuntime

/// What a route sees besides the request: the invocation.
public struct RouteContext: Sendable {
    public let lambda: LambdaContext
    public var logger: Logger { lambda.logger }
}

/// Adapts API Gateway events (REST v1 or HTTP API v2) to a `Router` and turns
/// every failure into the JSON error shape, so no error escapes as a stack trace.
/// Every answer, success or error, carries the CORS headers of `cors` for the request's Origin.
public struct APIGatewayHandler: LambdaHandler {
    let router: Router
    let cors: CORSPolicy

    public init(router: Router, cors: CORSPolicy = .disabled) {
        self.router = router
        self.cors = cors
    }

    /// The event is read once with the strict JSON reader (no `JSONDecoder` on the hot path) and the
    /// response written straight into bytes; `version: "2.0"` is an HTTP API event, else a REST proxy event.
    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        // A well-formed REST event (nearly every invocation) in one pass (RESTEvent); anything else by the reference path below.
        if let answer = answerIfREST(event, context: context) { return answer }
        guard let json = try? JSONValue.parse(event), json.object != nil else { throw InvalidEventError("event is not a JSON object") }
        if json["version"]?.string == "2.0" {
            let request: APIGatewayV2Request
            do { request = try APIGatewayV2Request(json: json) } catch {
                throw InvalidEventError("event is not an API Gateway HTTP API request: \(error)")
            }
            let response = respond(context: context, origin: cors.isEnabled ? CORSPolicy.origin(in: request.headers) : nil) { () throws(APIError) in
                try APIRequest(v2: request, lambdaRequestId: context.requestId)
            }
            return APIGatewayV2Response(statusCode: response.status, headers: response.headers,
                                        body: String(decoding: response.body, as: UTF8.self)).jsonBytes
        }
        guard let method = json["httpMethod"], method != .null else { throw InvalidEventError("event is not an API Gateway proxy request") }
        let request: APIGatewayProxyRequest
        do { request = try APIGatewayProxyRequest(json: json) } catch {
            throw InvalidEventError("event is not an API Gateway REST proxy request: \(error)")
        }
        return respond(v1: request, context: context)
    }

    /// The answer to a well-formed REST (v1) event, read in one pass; nil for any other event (`handle` reads
    /// those by the reference path). A function that also takes other events (file-processor) asks this
    /// first, so its API invocations pay no probe of the event's kind.
    public func answerIfREST(_ event: [UInt8], context: LambdaContext) -> [UInt8]? {
        guard let event = RESTEvent.read(event) else { return nil }
        let response = respond(context: context, origin: cors.isEnabled ? event.origin : nil) { () throws(APIError) in
            try event.request(lambdaRequestId: context.requestId)
        }
        return APIGatewayProxyResponse.jsonBytes(statusCode: response.status, headers: response.headers, body: response.body)
    }

    private func respond(v1 request: APIGatewayProxyRequest, context: LambdaContext) -> [UInt8] {
        // The Origin only matters when some origin is allowed (without ALLOWED_ORIGINS no answer carries CORS headers).
        let origin = cors.isEnabled ? CORSPolicy.origin(in: request.headers) ?? CORSPolicy.lastOrigin(in: request.multiValueHeaders) : nil
        let response = respond(context: context, origin: origin) { () throws(APIError) in
            try APIRequest(v1: request, lambdaRequestId: context.requestId)
        }
        return APIGatewayProxyResponse.jsonBytes(statusCode: response.status, headers: response.headers, body: response.body)
    }

    /// The one response path: `origin` is read from the event before the request is, so even an answer to a
    /// request that cannot be read carries its CORS headers.
    private func respond(context: LambdaContext, origin: String?, _ makeRequest: () throws(APIError) -> APIRequest) -> APIResponse {
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
        if cors.isEnabled { response.headers.merge(cors.headers(forOrigin: origin)) { _, policy in policy } }
        context.logger.info("request", ["resource": .string(Self.loggable(resource)), "status": .from(response.status), "apiRequestId": .string(requestId),
                                        "responseBytes": .from(response.body.count),
                                        "durationUs": .int(Int64((WallClock.monotonicNs() - started) / 1000))])
        return response
    }
}

extension APIGatewayHandler {
    /// The resource template as logged: as it is when it is short printable ASCII (every template of ours),
    /// else its sanitised excerpt (it comes from the event).
    static func loggable(_ resource: String) -> String {
        if resource.utf8.count <= 128, resource.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return resource }
        return InputExcerpt.of(resource, limit: 128)
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
