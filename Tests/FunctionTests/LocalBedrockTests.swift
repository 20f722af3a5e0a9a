import AWSClients
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// lambda-local's Bedrock-compatible endpoint, called by the real Bedrock client.
@Suite struct LocalBedrockTests {
    func context() -> AWSCallContext {
        AWSCallContext(deadlineMs: WallClock.nowMs() + 10_000, traceId: nil, logger: Logger(level: .error, sink: { _ in }))
    }

    @Test func converseAndEmbeddingsThroughTheRealClient() throws {
        let bedrock = try LocalBedrock(converse: { system, user in "echo:\(system ?? "-")|\(user)" },
                                       embed: { text, dims in [Float](repeating: Float(text.count), count: dims) })
        defer { bedrock.stop() }
        let client = try BedrockRuntimeClient(environment: Environment(bedrock.environment.merging(["AWS_REGION": "us-east-1"]) { $1 }))
        let reply = try client.converse(modelId: "us.anthropic.claude-3-5-haiku-20241022-v1:0", system: "sys",
                                        messages: [.user("hola")], inferenceConfig: InferenceConfig(maxTokens: 200), guardrail: nil,
                                        context: context())
        #expect(reply.text == "echo:sys|hola")
        #expect(reply.inputTokens > 0 && reply.outputTokens > 0)
        #expect(bedrock.receivedTexts == ["sys", "hola"])
        let vector = try client.embedTitanV2(modelId: "amazon.titan-embed-text-v2:0", text: "abc", dimensions: 256, normalize: true, context: context())
        #expect(vector.count == 256 && vector[0] == 3)
    }

    /// The embedding answer is written without JSONSerialization (a fifth of serve's CPU under load): the real client must
    /// still read back exactly the vector the model made, for ordinary values and for the extremes of Float's text form.
    @Test func anEmbeddingReachesTheClientBitForBit() throws {
        let odd: [Float] = [0, -0.0, 1, -1, 1e-30, -3.4028235e38, 1.17549435e-38, 0.1, 1.0 / 3, Float.ulpOfOne]
        let bedrock = try LocalBedrock(converse: { _, _ in "-" },
                                       embed: { text, dims in text == "odd" ? odd + [Float](repeating: 0.5, count: dims - odd.count) : HashedEmbedding.embed(text, dimensions: dims) })
        defer { bedrock.stop() }
        let client = try BedrockRuntimeClient(environment: Environment(bedrock.environment.merging(["AWS_REGION": "us-east-1"]) { $1 }))
        for text in ["¿Qué dosis de metformina tiene indicada?", "HbA1c 8.1 %", "odd"] {
            let vector = try client.embedTitanV2(modelId: "amazon.titan-embed-text-v2:0", text: text, dimensions: 1024, normalize: true, context: context())
            let expected = text == "odd" ? odd + [Float](repeating: 0.5, count: 1024 - odd.count) : HashedEmbedding.embed(text, dimensions: 1024)
            #expect(vector == expected)
        }
        // What JSONSerialization wrote for the same numbers parses to the same values.
        let bytes = try #require(LocalBedrock.embeddingAnswer(odd, tokens: 2))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect((parsed["embedding"] as? [Double])?.map { Float($0) } == odd)
        #expect(parsed["inputTextTokenCount"] as? Int == 2)
        #expect(LocalBedrock.embeddingAnswer([1, .nan], tokens: 1) == nil)
    }

    @Test func aWrongSecretIsRefused() throws {
        let bedrock = try LocalBedrock(converse: { _, _ in "never" }, embed: { _, d in [Float](repeating: 0, count: d) })
        defer { bedrock.stop() }
        var environment = bedrock.environment
        environment["AWS_SECRET_ACCESS_KEY"] = "not-the-secret"
        environment["AWS_REGION"] = "us-east-1"
        let client = try BedrockRuntimeClient(environment: Environment(environment))
        #expect(throws: BedrockError.self) {
            _ = try client.converse(modelId: "m", system: nil, messages: [.user("x")], inferenceConfig: InferenceConfig(maxTokens: 10),
                                    guardrail: nil, context: context())
        }
        #expect(bedrock.receivedTexts.isEmpty)
    }
}
