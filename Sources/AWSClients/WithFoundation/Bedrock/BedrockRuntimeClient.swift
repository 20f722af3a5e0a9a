import AWSClientsCore
import FoundationEssentials
import LambdaRuntime

/// The Bedrock runtime: Converse, InvokeModel for Titan Text Embeddings V2,
/// ApplyGuardrail. Signs as `bedrock`; model ids go in the path encoded once
/// (`:` → `%3A`, `/` → `%2F`).
public final class BedrockRuntimeClient: Sendable {
    let caller: AWSServiceCaller
    public var configuration: AWSServiceConfiguration { caller.configuration }

    public init(environment: Environment, http: HTTPClient = .shared) throws {
        caller = AWSServiceCaller(configuration: try AWSServiceConfiguration(service: .bedrockRuntime, environment: environment), http: http)
    }

    public init(configuration: AWSServiceConfiguration, http: HTTPClient = .shared) {
        caller = AWSServiceCaller(configuration: configuration, http: http)
    }

    /// `https://bedrock-runtime.<region>.amazonaws.com/model/<encoded id>/<operation>`
    public func modelURL(modelId: String, operation: String) -> String {
        "\(configuration.endpoint)/model/\(AWSURIEncoding.encode(modelId, keepingSlashes: false))/\(operation)"
    }

    public func converse(modelId: String, system: String?, messages: [ConverseMessage], inferenceConfig: InferenceConfig,
                         guardrail: GuardrailConfig?, context: AWSCallContext) throws -> ConverseResult {
        guard !modelId.isEmpty else { throw BedrockError.invalidRequest("modelId is empty") }
        guard !messages.isEmpty else { throw BedrockError.invalidRequest("messages are empty") }
        let body = BedrockWire.ConverseRequest(
            messages: messages.map { .init(role: $0.role.rawValue, content: [.init(text: $0.text)]) },
            system: system.map { [.init(text: $0)] },
            inferenceConfig: inferenceConfig == InferenceConfig() ? nil : inferenceConfig,
            guardrailConfig: guardrail.map { .init(guardrailIdentifier: $0.identifier, guardrailVersion: $0.version, trace: $0.trace ? "enabled" : "disabled") })
        let started = WallClock.monotonicNs()
        let response: BedrockWire.ConverseResponse = try call("Converse", url: modelURL(modelId: modelId, operation: "converse"),
                                                               body: body, context: context)
        let roundTripMs = Int((WallClock.monotonicNs() - started) / 1_000_000)
        let text = response.output.message?.content.compactMap(\.text).joined() ?? ""
        return ConverseResult(text: text, inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens,
                              stopReason: response.stopReason, latencyMs: response.metrics?.latencyMs ?? roundTripMs,
                              roundTripMs: roundTripMs)
    }

    /// Titan Text Embeddings V2 (`dimensions` 256, 512 or 1024).
    public func embedTitanV2(modelId: String, text: String, dimensions: Int, normalize: Bool, context: AWSCallContext) throws -> [Float] {
        guard [256, 512, 1024].contains(dimensions) else { throw BedrockError.invalidRequest("Titan V2 dimensions must be 256, 512 or 1024") }
        guard !text.isEmpty else { throw BedrockError.invalidRequest("inputText is empty") }
        let response: BedrockWire.TitanEmbeddingResponse = try call(
            "InvokeModel", url: modelURL(modelId: modelId, operation: "invoke"),
            body: BedrockWire.TitanEmbeddingRequest(inputText: text, dimensions: dimensions, normalize: normalize),
            context: context, extraHeaders: [("Accept", "application/json")])
        guard response.embedding.count == dimensions else {
            throw BedrockError.malformedResponse("embedding has \(response.embedding.count) values, expected \(dimensions)")
        }
        return response.embedding
    }

    public func applyGuardrail(guardrailIdentifier: String, guardrailVersion: String, source: GuardrailSource, text: String,
                               context: AWSCallContext) throws -> ApplyGuardrailResult {
        guard !guardrailIdentifier.isEmpty, !guardrailVersion.isEmpty else { throw BedrockError.invalidRequest("guardrail identifier and version are required") }
        let url = "\(configuration.endpoint)/guardrail/\(AWSURIEncoding.encode(guardrailIdentifier, keepingSlashes: false))"
            + "/version/\(AWSURIEncoding.encode(guardrailVersion, keepingSlashes: false))/apply"
        let response: BedrockWire.ApplyGuardrailResponse = try call(
            "ApplyGuardrail", url: url,
            body: BedrockWire.ApplyGuardrailRequest(source: source.rawValue, content: [.init(text: .init(text: text))]), context: context)
        return ApplyGuardrailResult(action: response.action, outputs: response.outputs?.map(\.text) ?? [])
    }

    /// POST JSON, decode JSON; every failure becomes a `BedrockError`.
    private func call<Body: Encodable, Output: Decodable>(_ operation: String, url: String, body: Body, context: AWSCallContext,
                                                          extraHeaders: [(String, String)] = []) throws(BedrockError) -> Output {
        let encoded: [UInt8]
        do { encoded = Array(try JSONEncoder().encode(body)) } catch { throw .invalidRequest("cannot encode \(operation) request") }
        let request = HTTPRequest(method: "POST", url: url, headers: [("Content-Type", "application/json")] + extraHeaders, body: encoded)
        let response: HTTPResponse
        do { response = try caller.send(operation: operation, request, context: context) } catch { throw BedrockError(error) }
        do {
            return try JSONDecoder().decode(Output.self, from: Data(response.body))
        } catch {
            // Say where the shape broke, never what the body said.
            throw .malformedResponse("\(operation) answer (\(response.body.count) bytes) is not the documented JSON: \(JSONShapeError.describe(error))")
        }
    }
}

/// A decoding error described by its coding path only (the values may be PHI).
enum JSONShapeError {
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "top level" : text
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \(key.stringValue) at \(path(context))"
        case .typeMismatch(_, let context): return "wrong type at \(path(context))"
        case .valueNotFound(_, let context): return "null at \(path(context))"
        case .dataCorrupted(let context): return "invalid JSON at \(path(context))"
        @unknown default: return "undecodable"
        }
    }
}
