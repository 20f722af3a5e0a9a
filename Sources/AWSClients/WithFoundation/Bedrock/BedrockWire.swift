import AWSClientsCore

/// The JSON shapes of the Bedrock runtime API, as sent and received.
enum BedrockWire {
    struct TextBlock: Codable { let text: String }

    struct ConverseRequest: Encodable {
        struct Message: Encodable {
            let role: String
            let content: [TextBlock]
        }
        struct Guardrail: Encodable {
            let guardrailIdentifier: String
            let guardrailVersion: String
            let trace: String
        }
        let messages: [Message]
        let system: [TextBlock]?
        let inferenceConfig: InferenceConfig?
        let guardrailConfig: Guardrail?
    }

    struct ConverseResponse: Decodable {
        struct Output: Decodable { let message: OutputMessage? }
        struct OutputMessage: Decodable {
            let role: String?
            let content: [ContentBlock]
        }
        /// Other block kinds (reasoning, tool use) decode with no text and are skipped.
        struct ContentBlock: Decodable { let text: String? }
        struct Usage: Decodable {
            let inputTokens: Int
            let outputTokens: Int
        }
        struct Metrics: Decodable { let latencyMs: Int? }
        let output: Output
        let stopReason: String
        let usage: Usage
        let metrics: Metrics?
    }

    struct TitanEmbeddingRequest: Encodable {
        let inputText: String
        let dimensions: Int
        let normalize: Bool
    }

    struct TitanEmbeddingResponse: Decodable {
        let embedding: [Float]
        let inputTextTokenCount: Int?
    }

    struct ApplyGuardrailRequest: Encodable {
        struct Content: Encodable { let text: TextBlock }
        let source: String
        let content: [Content]
    }

    struct ApplyGuardrailResponse: Decodable {
        let action: String
        let outputs: [TextBlock]?
    }
}
