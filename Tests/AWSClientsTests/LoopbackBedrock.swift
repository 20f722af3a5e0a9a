import Foundation
import AWSClients
import LambdaRuntime
import LocalStack

/// A Bedrock-compatible server on loopback for the tests: verifies the SigV4
/// signature of every request (signing name `bedrock`), answers in the
/// documented Converse / InvokeModel / ApplyGuardrail shapes, and misbehaves
/// on demand, one scripted fault per request.
final class LoopbackBedrock: @unchecked Sendable {
    enum Fault: Sendable {
        case throttle, status(Int), slow(seconds: Double), malformed, notJSON, validation, accessDenied, modelTimeout, wrongDimensions
    }
    struct Seen: @unchecked Sendable {
        let method: String
        let path: String
        let headers: HTTP1.Headers
        let json: [String: Any]?
        let signature: Result<SigV4VerifiedRequest, SigV4VerificationError>
    }

    static let accessKeyId = "AKIDLOOPBACK"
    static let secret = "loopback-secret"
    private let lock = NSLock()
    private var faults: [Fault] = []
    private var alwaysFault: Fault?
    private var seen: [Seen] = []
    private var server: HTTPServer!

    init() throws {
        server = try HTTPServer(owner: self) { bedrock, request in
            if request.path == "/__ready" { return HTTPServer.Response(status: 204) }
            return bedrock.handle(request)
        }
        // Wait until the accept thread runs, so the tests start against a serving endpoint.
        _ = try HTTPClient().send(HTTPRequest(method: "GET", url: server.baseURL + "/__ready"), timeoutMs: 20_000)
    }

    deinit { server.stop() }
    func stop() { server.stop() }

    var endpoint: String { server.baseURL }

    /// Faults for the next requests, in order; then normal answers.
    func script(_ next: [Fault]) { lock.lock(); faults = next; lock.unlock() }
    /// One fault for every request.
    func always(_ fault: Fault?) { lock.lock(); alwaysFault = fault; lock.unlock() }
    var requests: [Seen] { lock.lock(); defer { lock.unlock() }; return seen }

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let signature = SigV4Verifier.verify(method: request.method, rawPath: request.path, rawQuery: request.query,
                                             headers: request.headers.fields.map { ($0.name, $0.value) }, body: request.body,
                                             secretForAccessKey: { $0 == Self.accessKeyId ? Self.secret : nil })
        let json = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        lock.lock()
        seen.append(Seen(method: request.method, path: request.path, headers: request.headers, json: json, signature: signature))
        let fault = alwaysFault ?? (faults.isEmpty ? nil : faults.removeFirst())
        lock.unlock()

        switch signature {
        case .failure(let error):
            return errorAnswer("403", 403, error.awsErrorCode, "The request signature we calculated does not match the signature you provided.")
        case .success(let verified) where verified.service != "bedrock":
            return errorAnswer("403", 403, "InvalidSignatureException", "Credential should be scoped to correct service: 'bedrock'.")
        case .success:
            break
        }
        switch fault {
        case .throttle: return errorAnswer("429", 429, "ThrottlingException", "Too many requests, please wait before trying again.")
        case .status(let status): return errorAnswer("\(status)", status, status == 503 ? "ServiceUnavailableException" : "InternalServerException", "Service failure.")
        case .slow(let seconds): Thread.sleep(forTimeInterval: seconds)
        case .malformed: return HTTPServer.Response.json(200, "{\"output\": {\"message\": {\"content\": [{\"text\": \"secret clinical text\"}]}}}")
        case .notJSON: return HTTPServer.Response(status: 200, headers: [("Content-Type", "text/html")], body: Array("<html>oops</html>".utf8))
        case .validation: return errorAnswer("400", 400, "ValidationException", "The provided model identifier is invalid.")
        case .accessDenied: return errorAnswer("403", 403, "AccessDeniedException", "You don't have access to the model with the specified model ID.")
        case .modelTimeout: return errorAnswer("408", 408, "ModelTimeoutException", "Model has timed out in processing the request.")
        case .wrongDimensions, nil: break
        }
        let path = request.path
        if path.hasPrefix("/model/") && path.hasSuffix("/converse") {
            let messages = json?["messages"] as? [[String: Any]] ?? []
            let lastText = ((messages.last?["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
            return .json(200, """
                {"output":{"message":{"role":"assistant","content":[{"text":"Resumen: "},{"text":"\(lastText.count) caracteres"}]}},\
                "stopReason":"end_turn","usage":{"inputTokens":\(lastText.count / 4 + 1),"outputTokens":7,"totalTokens":\(lastText.count / 4 + 8)},\
                "metrics":{"latencyMs":42}}
                """, headers: [("x-amzn-RequestId", UUID().uuidString)])
        }
        if path.hasPrefix("/model/") && path.hasSuffix("/invoke") {
            let dimensions = (json?["dimensions"] as? Int ?? 1024) - (fault == nil ? 0 : 1)
            let values = (0..<dimensions).map { String(Float($0 % 7) / 10) }.joined(separator: ",")
            return .json(200, "{\"embedding\":[\(values)],\"inputTextTokenCount\":5}")
        }
        if path.hasPrefix("/guardrail/") && path.hasSuffix("/apply") {
            let text = (((json?["content"] as? [[String: Any]])?.first?["text"] as? [String: Any])?["text"] as? String) ?? ""
            if text.contains("123-45-6789") {
                return .json(200, "{\"usage\":{},\"action\":\"GUARDRAIL_INTERVENED\",\"outputs\":[{\"text\":\"{SSN}\"}],\"assessments\":[]}")
            }
            return .json(200, "{\"usage\":{},\"action\":\"NONE\",\"outputs\":[],\"assessments\":[]}")
        }
        return errorAnswer("404", 404, "UnknownOperationException", "Unknown operation.")
    }

    private func errorAnswer(_ tag: String, _ status: Int, _ code: String, _ message: String) -> HTTPServer.Response {
        HTTPServer.Response.json(status, "{\"message\":\"\(message)\"}",
                                 headers: [("x-amzn-ErrorType", "\(code):http://internal.amazon.com/coral/com.amazon.bedrock/"),
                                           ("x-amzn-RequestId", "req-\(tag)")])
    }

    /// Client settings pointing at this server, with short backoffs for the tests.
    func environment(_ extra: [String: String] = [:]) -> Environment {
        Environment(["AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": Self.accessKeyId, "AWS_SECRET_ACCESS_KEY": Self.secret,
                     "AWS_SESSION_TOKEN": "loopback-token", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": endpoint].merging(extra) { $1 })
    }

    func client(baseDelayMs: Int64 = 20, maxAttempts: Int = 4, environment extra: [String: String] = [:]) throws -> BedrockRuntimeClient {
        let base = try AWSServiceConfiguration(service: .bedrockRuntime, environment: environment(extra))
        return BedrockRuntimeClient(configuration: AWSServiceConfiguration(
            service: base.service, region: base.region, endpoint: base.endpoint, isCustomEndpoint: base.isCustomEndpoint,
            credentials: base.credentials, retry: RetryPolicy(maxAttempts: maxAttempts, baseDelayMs: baseDelayMs, maxDelayMs: baseDelayMs * 16)), http: HTTPClient())
    }
}
