import LambdaRuntime

/// An HTTP request as API Gateway sees it: its own request id and trace id,
/// the path split from the query, the query decoded into ordered pairs.
struct GatewayRequest {
    let id: String
    let traceId: String
    let method: String
    let rawPath: String
    let headers: HTTP1.Headers
    let query: [(name: String, value: String)]
    let body: [UInt8]
    let receivedMs: Int64

    init(_ request: HTTPServer.Request) {
        id = RequestIds.make()
        traceId = request.headers["X-Amzn-Trace-Id"] ?? RequestIds.traceHeader()
        method = request.method
        rawPath = request.path
        headers = request.headers
        var pairs: [(name: String, value: String)] = []
        // Split on bytes (`&` and `=` are ASCII), not Characters.
        for pair in request.query.utf8.split(separator: UInt8(ascii: "&")) where !pair.isEmpty {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((PercentDecoding.decode(Substring(parts[0]), plusIsSpace: true),
                          parts.count > 1 ? PercentDecoding.decode(Substring(parts[1]), plusIsSpace: true) : ""))
        }
        query = pairs
        body = request.body
        receivedMs = WallClock.nowMs()
    }

    func header(_ name: String) -> String? { headers[name] }

    /// The decoded path (`/documents/a b`), as the event's `path`.
    var path: String { PercentDecoding.decode(rawPath) }
}

/// API Gateway's own answers, before or instead of the function's: the
/// `{"message"}` shape (`{"Message"}` for authorizer denials, as AWS writes
/// them) and the `x-amzn-ErrorType` header.
enum GatewayResponses {
    static func make(_ status: Int, _ body: String, errorType: String, _ requestId: String) -> HTTPServer.Response {
        HTTPServer.Response(status: status, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", requestId),
                                                      ("x-amzn-ErrorType", errorType)], body: Array(body.utf8))
    }

    static func unauthorized(_ id: String) -> HTTPServer.Response { make(401, #"{"message":"Unauthorized"}"#, errorType: "UnauthorizedException", id) }
    static func explicitDeny(_ id: String) -> HTTPServer.Response {
        make(403, #"{"Message":"User is not authorized to access this resource with an explicit deny"}"#, errorType: "AccessDeniedException", id)
    }
    static func notAuthorized(_ id: String) -> HTTPServer.Response {
        make(403, #"{"Message":"User is not authorized to access this resource"}"#, errorType: "AccessDeniedException", id)
    }
    static func missingAuthenticationToken(_ id: String) -> HTTPServer.Response {
        make(403, #"{"message":"Missing Authentication Token"}"#, errorType: "MissingAuthenticationTokenException", id)
    }
    static func authorizerFailure(_ id: String) -> HTTPServer.Response {
        make(500, #"{"message":null}"#, errorType: "AuthorizerConfigurationException", id)
    }
    static func internalError(_ id: String) -> HTTPServer.Response {
        make(502, #"{"message": "Internal server error"}"#, errorType: "InternalServerErrorException", id)
    }
    /// Lambda refused the invocation (throttled, 429): "If the Lambda API rejects the invocation request,
    /// API Gateway returns a 500" with the same body as a function error (Lambda guide, services-apigateway-errors).
    static func invocationRefused(_ id: String) -> HTTPServer.Response {
        make(500, #"{"message": "Internal server error"}"#, errorType: "InternalServerErrorException", id)
    }
    static func timeout(_ id: String) -> HTTPServer.Response {
        make(504, #"{"message": "Endpoint request timed out"}"#, errorType: "IntegrationTimeout", id)
    }
    static func tooLarge(_ id: String) -> HTTPServer.Response {
        make(413, #"{"message":"Request Too Long"}"#, errorType: "RequestTooLarge", id)
    }
}
