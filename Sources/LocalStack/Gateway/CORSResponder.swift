/// CORS as SAM's `Cors` property sets it up: an OPTIONS method on every
/// resource answering the preflight with the declared headers (Allow-Methods
/// defaults to the resource's methods). For Lambda proxy integrations AWS adds
/// no CORS headers to the function's own answers: the function sends them.
enum CORSResponder {
    static func preflight(_ cors: CloudTemplate.Cors, methods: [String], requestId: String) -> HTTPServer.Response {
        var headers: [(String, String)] = [("Content-Type", "application/json"), ("x-amzn-RequestId", requestId),
                                           ("Access-Control-Allow-Origin", cors.allowOrigin)]
        let declared = methods.contains("ANY") ? "DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT" : (methods + ["OPTIONS"]).sorted().joined(separator: ",")
        headers.append(("Access-Control-Allow-Methods", cors.allowMethods ?? declared))
        if let allowHeaders = cors.allowHeaders { headers.append(("Access-Control-Allow-Headers", allowHeaders)) }
        if let maxAge = cors.maxAge { headers.append(("Access-Control-Max-Age", maxAge)) }
        if cors.allowCredentials { headers.append(("Access-Control-Allow-Credentials", "true")) }
        return HTTPServer.Response(status: 200, headers: headers, body: [])
    }
}
