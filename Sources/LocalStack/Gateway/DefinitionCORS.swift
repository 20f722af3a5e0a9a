import LambdaRuntime

/// CORS as the OpenAPI definition states it (issue 14), emulated by the local gateway: the OPTIONS
/// preflight of a mock integration (no authorizer, no function) — for an `Origin` in its list, that
/// origin and the document's Allow-Methods/-Headers/Max-Age, for any other origin only the static
/// headers (`Vary: Origin`) — and the static headers of `x-amazon-apigateway-gateway-responses` on the
/// gateway's own answers (401, 403, 404, 413, 500, 502, 504), by response type, else DEFAULT_4XX/5XX.
/// The functions' own answers are passed through untouched, as AWS does for Lambda proxy integrations.
enum DefinitionCORS {
    static func preflight(_ preflight: CloudTemplate.Preflight, request: GatewayRequest) -> HTTPServer.Response {
        var headers: [(String, String)] = [("Content-Type", "application/json"), ("x-amzn-RequestId", request.id)]
        headers += preflight.staticHeaders.map { ($0.name, $0.value) }
        if let origin = request.header("Origin"), preflight.allowedOrigins.contains(origin) {
            headers.append(("Access-Control-Allow-Origin", origin))
            headers += preflight.corsHeaders.map { ($0.name, $0.value) }
        }
        return HTTPServer.Response(status: 200, headers: headers, body: [])
    }

    /// API Gateway's response type of one of its own answers, from the `x-amzn-ErrorType` it carries.
    static let responseTypes = [
        "UnauthorizedException": "UNAUTHORIZED", "AccessDeniedException": "ACCESS_DENIED",
        "MissingAuthenticationTokenException": "MISSING_AUTHENTICATION_TOKEN",
        "AuthorizerConfigurationException": "AUTHORIZER_CONFIGURATION_ERROR", "IntegrationTimeout": "INTEGRATION_TIMEOUT",
        "RequestTooLarge": "REQUEST_TOO_LARGE",
    ]

    /// The hook where the gateway writes an answer: only its own (they carry `x-amzn-ErrorType`) get the
    /// definition's gateway-response headers. An empty value (no AllowedOrigins) is left out.
    static func addGatewayResponseHeaders(_ response: inout HTTPServer.Response, _ byType: [String: [CloudTemplate.Header]]) {
        guard response.status >= 400, !byType.isEmpty,
              let errorType = response.headers.first(where: { asciiCaseInsensitiveEquals($0.0, "x-amzn-ErrorType") })?.1 else { return }
        let specific = responseTypes[errorType].flatMap { byType[$0] }
        guard let headers = specific ?? byType[response.status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX"] else { return }
        for header in headers where !header.value.isEmpty {
            response.headers.append((header.name, header.value))
        }
    }
}
