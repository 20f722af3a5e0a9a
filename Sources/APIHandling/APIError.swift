import LambdaRuntime

/// An error answered to the caller in the one JSON error shape:
/// `{"error":{"code","message","requestId"}}`. Messages never carry PHI.
public struct APIError: Error, Sendable {
    public let status: Int
    public let code: String
    public let message: String
    public var retryAfterSeconds: Int?
    public var extraHeaders: [String: String] = [:]

    public init(status: Int, code: String, message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    public static func validation(_ message: String) -> APIError { APIError(status: 400, code: "VALIDATION_FAILED", message: message) }
    public static func notFound(_ message: String = "resource not found") -> APIError { APIError(status: 404, code: "NOT_FOUND", message: message) }
    public static func forbidden(_ message: String) -> APIError { APIError(status: 403, code: "FORBIDDEN", message: message) }
    public static func notImplemented(_ what: String) -> APIError {
        APIError(status: 501, code: "NOT_IMPLEMENTED", message: "\(what) is not built yet")
    }
    public static let internalError = APIError(status: 500, code: "INTERNAL", message: "internal error")

    func response(requestId: String) -> APIResponse {
        var headers = extraHeaders
        if let retryAfterSeconds { headers["Retry-After"] = String(retryAfterSeconds) }
        // {"error":{"code":…,"message":…,"requestId":…}} written straight into bytes (every 4xx/5xx answer).
        var body: [UInt8] = []
        body.reserveCapacity(64 + code.utf8.count + message.utf8.count + requestId.utf8.count)
        body.append(contentsOf: #"{"error":{"code":"#.utf8)
        JSONText.appendQuoted(code, to: &body)
        body.append(contentsOf: #","message":"#.utf8)
        JSONText.appendQuoted(message, to: &body)
        body.append(contentsOf: #","requestId":"#.utf8)
        JSONText.appendQuoted(requestId, to: &body)
        body.append(contentsOf: "}}".utf8)
        return APIResponse(status: status, headers: headers, body: body)
    }
}

/// What a route handler answers: status, extra headers and a JSON body.
public struct APIResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    public init(status: Int, headers: [String: String] = [:], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
