import AWSClients
import Clinical
import Foundation
import LambdaRuntime

/// A Bedrock-runtime-compatible endpoint on loopback for local runs: Converse
/// and InvokeModel (Titan embeddings) in AWS's wire shapes, every request's
/// SigV4 signature verified, answered by a local model. So `lambda-local`
/// exercises the real Bedrock client, signing included, with no AWS account.
public final class LocalBedrock: @unchecked Sendable {

    public typealias Converse = @Sendable (_ system: String?, _ user: String) -> String
    public typealias Embed = @Sendable (_ text: String, _ dimensions: Int) -> [Float]

    /// A scripted answer in place of the model's, for tests of failure handling.
    public enum Fault: Sendable, Equatable {
        /// An AWS error answer, e.g. 429 `ThrottlingException` or 503 `ServiceUnavailableException`.
        case error(status: Int, code: String)
        /// `stopReason: guardrail_intervened`, as Bedrock answers when a guardrail blocks; only a request
        /// that carries a `guardrailConfig` gets it (without one, the model answers as usual).
        case guardrailIntervened
        /// The model's answer, sent after `ms` milliseconds (a model slower than the caller's deadline).
        case delayed(ms: Int)
        /// A 200 whose framing promises the whole answer but the connection is reset halfway through the body.
        case resetMidBody
        /// A well-framed 200 whose body is the first half of the answer's JSON.
        case truncatedJSON
        /// A 200 whose body is not JSON at all (an HTML error page from a proxy).
        case notJSON
    }

    /// The model ids an endpoint answers for; any other is refused as Bedrock refuses an unknown model.
    public struct ServedModels: Sendable, Equatable {
        public var converse: Set<String>
        public var embeddings: Set<String>
        public init(converse: Set<String>, embeddings: Set<String>) {
            self.converse = converse
            self.embeddings = embeddings
        }
        /// The offline clinical model and the hashed embeddings: what the local cloud really serves, so a
        /// function configured with a Claude or Titan id gets Bedrock's error (and its FALLBACK) instead of an
        /// answer that would be recorded, and priced, as Claude's.
        public static let offline = ServedModels(converse: [OfflineClinicalModel.modelId], embeddings: [LocalBedrock.offlineEmbeddingModelId])
    }

    /// The id of `HashedEmbedding` behind this endpoint (priced at $0 in `PriceTable`).
    public static let offlineEmbeddingModelId = "offline.hashed-embedding-v1"

    private let converse: Converse
    private let embed: Embed
    private let servedModels: ServedModels?
    private var server: HTTPServer!
    private let lock = NSLock()
    private var received: [String] = []
    private var conversations: [[ConversationTurn]] = []
    private var faults: [Fault] = []
    private var converseRequests = 0
    private var guardrails: [String] = []
    private var redactedInput = true

    /// Whether the function calling this endpoint redacts PHI (`PHI_REDACTION`, on by default). The PHI hunt
    /// (`PHI_HUNT_DIR`) holds only the requests sent with redaction on to "no identifier reaches the model".
    public var expectsRedactedText: Bool {
        get { lock.lock(); defer { lock.unlock() }; return redactedInput }
        set { lock.lock(); redactedInput = newValue; lock.unlock() }
    }
    private let huntFile = PHIHunt.uniqueName("local-bedrock").replacingOccurrences(of: ".log", with: ".jsonl")

    /// One JSON line per request for the PHI hunt; nothing when PHI_HUNT_DIR is unset.
    private func keepForTheHunt(_ texts: [String]) {
        guard PHIHunt.directory != nil,
              let line = try? JSONSerialization.data(withJSONObject: ["redacted": expectsRedactedText, "texts": texts]) else { return }
        PHIHunt.append(String(decoding: line, as: UTF8.self) + "\n", subdirectory: "model-requests", name: huntFile)
    }

    /// `servedModels` nil (the default): any model id is answered by `converse`/`embed` (tests of pricing and
    /// fallbacks use real Bedrock ids); otherwise other ids get 404 ResourceNotFoundException, as from Bedrock.
    public init(converse: @escaping Converse, embed: @escaping Embed, servedModels: ServedModels? = nil) throws {
        self.converse = converse
        self.embed = embed
        self.servedModels = servedModels
        server = try HTTPServer(owner: self, threadName: "local-bedrock") { bedrock, request in bedrock.handle(request) }
    }

    public var endpointURL: String { server.baseURL }

    /// The environment that points a function at this endpoint.
    public var environment: [String: String] {
        LocalCredentials.environment.merging(["AWS_ENDPOINT_URL_BEDROCK_RUNTIME": endpointURL]) { $1 }
    }

    /// Every text the model was sent (system, earlier turns, the last message; embedding inputs),
    /// for tests that check what reached the model.
    public var receivedTexts: [String] {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    /// One message of a Converse request.
    public struct ConversationTurn: Sendable, Equatable {
        public let role: String
        public let text: String
    }

    /// The messages of each Converse request, in order (earlier turns first, the new user turn last).
    public var receivedConversations: [[ConversationTurn]] {
        lock.lock(); defer { lock.unlock() }
        return conversations
    }

    /// Converse requests that passed signature verification, faulted ones included.
    public var converseRequestCount: Int {
        lock.lock(); defer { lock.unlock() }
        return converseRequests
    }

    /// `identifier:version` of the `guardrailConfig` of each Converse request that carried one.
    public var receivedGuardrails: [String] {
        lock.lock(); defer { lock.unlock() }
        return guardrails
    }

    /// The next `times` Converse requests (that the fault applies to) get `fault` instead of the model's answer.
    public func inject(_ fault: Fault, times: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        faults.append(contentsOf: repeatElement(fault, count: max(0, times)))
    }

    public func stop() { server.stop() }

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let verified = SigV4Verifier.verify(method: request.method, rawPath: request.path, rawQuery: request.query,
                                            headers: request.headers.fields.map { ($0.name, $0.value) }, body: request.body,
                                            secretForAccessKey: LocalCredentials.secret(forAccessKey:))
        switch verified {
        case .failure(let error):
            return .json(403, "{\"message\":\(JSONText.quoted(error.description))}", headers: [("x-amzn-ErrorType", error.awsErrorCode)])
        case .success(let details) where details.service != "bedrock":
            return .json(403, "{\"message\":\"credential scope names \(details.service), not bedrock\"}", headers: [("x-amzn-ErrorType", "InvalidSignatureException")])
        case .success:
            break
        }
        guard request.method == "POST" else { return .json(404, "{\"message\":\"unknown operation\"}") }
        let parts = request.path.split(separator: "/")
        guard parts.count == 3, parts[0] == "model" else { return .json(404, "{\"message\":\"unknown operation\"}") }
        guard let body = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return validation("request body is not a JSON object")
        }
        let modelId = AWSURIEncoding.decode(String(parts[1]))
        switch parts[2] {
        case "converse":
            if let servedModels, !servedModels.converse.contains(modelId) { return notServed(modelId, servedModels.converse) }
            return answerConverse(body)
        case "invoke":
            if let servedModels, !servedModels.embeddings.contains(modelId) { return notServed(modelId, servedModels.embeddings) }
            return answerInvoke(body)
        default: return .json(404, "{\"message\":\"unknown operation\"}")
        }
    }

    /// Bedrock's answer for a model it cannot serve: 404 ResourceNotFoundException. (Not ValidationException:
    /// the request is fine and the model exists in AWS, just not here; the functions treat this as the model
    /// being unavailable and answer with the offline model, marked FALLBACK.)
    private func notServed(_ modelId: String, _ served: Set<String>) -> HTTPServer.Response {
        let message = "Model \(modelId.prefix(200)) is not served by the local Bedrock (it serves \(served.sorted().joined(separator: ", ")))"
        return .json(404, "{\"message\":\(JSONText.quoted(message))}", headers: [("x-amzn-ErrorType", "ResourceNotFoundException")])
    }

    private func validation(_ message: String) -> HTTPServer.Response {
        .json(400, "{\"message\":\(JSONText.quoted(message))}", headers: [("x-amzn-ErrorType", "ValidationException")])
    }

    private func answerConverse(_ body: [String: Any]) -> HTTPServer.Response {
        let system = (body["system"] as? [[String: Any]])?.compactMap { $0["text"] as? String }.joined(separator: "\n")
        guard let messages = body["messages"] as? [[String: Any]], let last = messages.last,
              last["role"] as? String == "user" else {
            return validation("messages must end with a user message")
        }
        let user = (last["content"] as? [[String: Any]])?.compactMap { $0["text"] as? String }.joined(separator: "\n") ?? ""
        let guardrail = (body["guardrailConfig"] as? [String: Any]).map {
            "\($0["guardrailIdentifier"] as? String ?? ""):\($0["guardrailVersion"] as? String ?? "")"
        }
        // Earlier turns of a conversation (everything before the last message), in order.
        let earlier = messages.dropLast().map { message in
            ConversationTurn(role: message["role"] as? String ?? "",
                             text: (message["content"] as? [[String: Any]])?.compactMap { $0["text"] as? String }.joined(separator: "\n") ?? "")
        }
        // Recorded before any fault: these texts left the function either way.
        lock.lock()
        received.append(contentsOf: [system ?? ""] + earlier.map(\.text) + [user])
        conversations.append(Array(earlier) + [ConversationTurn(role: "user", text: user)])
        converseRequests += 1
        if let guardrail { guardrails.append(guardrail) }
        var fault: Fault?
        if let first = faults.first, first != .guardrailIntervened || guardrail != nil { fault = faults.removeFirst() }
        lock.unlock()
        keepForTheHunt([system ?? "", user])
        switch fault {
        case .error(let status, let code)?:
            return .json(status, "{\"message\":\"injected \(code)\"}", headers: [("x-amzn-ErrorType", code)])
        case .guardrailIntervened?:
            return .json(200, #"{"output":{"message":{"role":"assistant","content":[{"text":"Sorry, the model cannot answer this request."}]}},"stopReason":"guardrail_intervened","usage":{"inputTokens":12,"outputTokens":0,"totalTokens":12},"metrics":{"latencyMs":1}}"#)
        case .delayed(let ms)?:
            usleep(useconds_t(max(0, ms)) * 1000)
        case .resetMidBody?, .truncatedJSON?, .notJSON?, nil:
            break
        }
        let started = WallClock.monotonicNs()
        let text = converse(system, user)
        let latency = Int((WallClock.monotonicNs() - started) / 1_000_000)
        let input = ((system ?? "") + user).utf8.count / 4 + 1
        let output = text.utf8.count / 4 + 1
        let answer: [String: Any] = [
            "output": ["message": ["role": "assistant", "content": [["text": text]]]],
            "stopReason": "end_turn",
            "usage": ["inputTokens": input, "outputTokens": output, "totalTokens": input + output],
            "metrics": ["latencyMs": latency],
        ]
        let json = String(decoding: (try? JSONSerialization.data(withJSONObject: answer)) ?? Data(), as: UTF8.self)
        switch fault {
        case .resetMidBody?:
            var response = HTTPServer.Response.json(200, json)
            response.resetAfterBodyBytes = json.utf8.count / 2
            return response
        case .truncatedJSON?:
            return .json(200, String(json.utf8.prefix(json.utf8.count / 2)) ?? "{")
        case .notJSON?:
            return HTTPServer.Response(status: 200, headers: [("Content-Type", "text/html")],
                                       body: Array("<html><body>502 Bad Gateway</body></html>".utf8))
        default:
            return .json(200, json)
        }
    }

    private func answerInvoke(_ body: [String: Any]) -> HTTPServer.Response {
        guard let text = body["inputText"] as? String else { return validation("inputText is required") }
        let dimensions = body["dimensions"] as? Int ?? 1024
        guard [256, 512, 1024].contains(dimensions) else { return validation("dimensions must be 256, 512 or 1024") }
        lock.lock(); received.append(text); lock.unlock()
        keepForTheHunt([text])
        let vector = embed(text, dimensions)
        let tokens = text.utf8.count / 4 + 1
        if let bytes = Self.embeddingAnswer(vector, tokens: tokens) {
            return HTTPServer.Response(status: 200, headers: [("Content-Type", "application/json")], body: bytes)
        }
        let answer: [String: Any] = ["embedding": vector.map { Double($0) }, "inputTextTokenCount": tokens]
        return .json(200, String(decoding: (try? JSONSerialization.data(withJSONObject: answer)) ?? Data(), as: UTF8.self))
    }

    /// `{"embedding":[…],"inputTextTokenCount":N}` written straight into bytes, each number the shortest text of the
    /// `Double` that JSONSerialization was given: it boxed each of the 1,024 numbers as `Any` and cast it back, a fifth
    /// of `lambda-local serve`'s CPU under `make load` (perf; every chat turn and every upload embeds). Nil for a
    /// non-finite number (JSON has none; the old path answers as it did).
    public static func embeddingAnswer(_ vector: [Float], tokens: Int) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(vector.count * 24 + 48)
        out.append(contentsOf: #"{"embedding":["#.utf8)
        for (index, value) in vector.enumerated() {
            guard value.isFinite else { return nil }
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: Double(value).description.utf8)
        }
        out.append(contentsOf: #"],"inputTextTokenCount":"#.utf8)
        out.append(contentsOf: String(tokens).utf8)
        out.append(0x7D)
        return out
    }
}
