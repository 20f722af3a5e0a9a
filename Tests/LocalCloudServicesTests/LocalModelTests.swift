import AWSClients
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// Local answers name the offline model and cost nothing: what `lambda-local` gives a function by default.
@Suite struct LocalModelTests {
    func context() -> AWSCallContext { LocalCloud.context(seconds: 10) }

    func bedrockClient(_ endpoint: LocalBedrock) throws -> BedrockRuntimeClient {
        try BedrockRuntimeClient(environment: Environment(endpoint.environment.merging(["AWS_REGION": "us-east-1", "AWS_MAX_ATTEMPTS": "1"]) { $1 }))
    }

    @Test func aLocalBedrockServingTheOfflineModelsRefusesOthers() throws {
        let bedrock = try LocalBedrock(converse: { _, user in "resumen: \(user)" }, embed: { _, d in [Float](repeating: 0.5, count: d) },
                                       servedModels: .offline)
        defer { bedrock.stop() }
        let client = try bedrockClient(bedrock)
        let reply = try client.converse(modelId: OfflineClinicalModel.modelId, system: nil, messages: [.user("nota")],
                                        inferenceConfig: InferenceConfig(maxTokens: 50), guardrail: nil, context: context())
        #expect(reply.text == "resumen: nota")
        #expect(try client.embedTitanV2(modelId: LocalBedrock.offlineEmbeddingModelId, text: "a", dimensions: 256, normalize: true,
                                        context: context()).count == 256)
        do {
            _ = try client.converse(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0", system: nil, messages: [.user("nota")],
                                    inferenceConfig: InferenceConfig(maxTokens: 50), guardrail: nil, context: context())
            Issue.record("a Claude id was answered by the offline model")
        } catch {
            guard case .resourceNotFound? = error as? BedrockError else { Issue.record("unexpected \(error)"); return }
        }
        do {
            _ = try client.embedTitanV2(modelId: "amazon.titan-embed-text-v2:0", text: "a", dimensions: 256, normalize: true, context: context())
            Issue.record("a Titan id was answered by the hashed embeddings")
        } catch {
            guard case .resourceNotFound? = error as? BedrockError else { Issue.record("unexpected \(error)"); return }
        }
        #expect(bedrock.converseRequestCount == 1)
    }

    @Test func theOfflineModelsAreFree() {
        #expect(PriceTable.standard.cost(modelId: OfflineClinicalModel.modelId, inputTokens: 10_000, outputTokens: 10_000) == 0)
        #expect(PriceTable.standard.cost(modelId: LocalBedrock.offlineEmbeddingModelId, inputTokens: 10_000, outputTokens: 0) == 0)
    }

    @Test func localServicesNameTheOfflineModelsUnlessTheUserDoes() throws {
        let defaults = try LocalServices(for: "chat", overrides: [:])
        defer { defaults.stop() }
        #expect(defaults.environment["MODEL_ID"] == "offline.clinical-extractive-v1")
        #expect(defaults.environment["EXTRACTION_MODEL_ID"] == "offline.clinical-extractive-v1")
        #expect(defaults.environment["EMBEDDING_MODEL_ID"] == "offline.hashed-embedding-v1")
        #expect(defaults.environment["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] == defaults.bedrock?.endpointURL)
        #expect(defaults.s3 == nil && defaults.dataAutomation == nil)

        let chosen = try LocalServices(for: "summarizer", overrides: ["MODEL_ID": "us.anthropic.claude-haiku-4-5-20251001-v1:0"])
        defer { chosen.stop() }
        #expect(chosen.environment["MODEL_ID"] == "us.anthropic.claude-haiku-4-5-20251001-v1:0")
        #expect(chosen.environment["EMBEDDING_MODEL_ID"] == "offline.hashed-embedding-v1")

        let health = try LocalServices(for: "health", overrides: [:])
        defer { health.stop() }
        #expect(health.environment["MODEL_ID"] == nil && health.bedrock == nil)
    }

    @Test func theFileProcessorGetsALocalS3AndDataAutomation() throws {
        let root = try LocalCloud.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let services = try LocalServices(for: "file-processor", overrides: [:], s3Root: root)
        defer { services.stop() }
        let s3 = try #require(services.s3)
        let automation = try #require(services.dataAutomation)
        let environment = services.environment
        #expect(environment["AWS_ENDPOINT_URL_S3"] == s3.endpointURL)
        #expect(environment["AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME"] == automation.endpointURL)
        #expect(environment["BDA_PROFILE_ARN"] == automation.profileArn && environment["BDA_PROJECT_ARN"] == automation.projectArn)
        #expect(environment["UPLOAD_BUCKET"] == LocalServices.localUploadBucket)
        // The upload bucket exists: a signed PUT lands.
        let put = try LocalCloud.signedCall("PUT", "\(s3.endpointURL)/\(LocalServices.localUploadBucket)/uploads/x.pdf", body: [1])
        #expect(put.status == 200)
    }

    /// POST /summarize through the real binary with lambda-local's defaults: the answer and the ledger name the
    /// offline model, SUCCESS, at $0.
    @Test func aLocalSummaryNamesTheOfflineModelAndCostsNothing() throws {
        let database = try TestDatabase.app()
        defer { database.close() }
        let clinic = TestDatabase.uniqueClinic()
        let sub = "doctor-\(UUID().uuidString.prefix(8).lowercased())"
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("events/summarizer/post-summarize-es.json")
        var event = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        var requestContext = try #require(event["requestContext"] as? [String: Any])
        var authorizer = try #require(requestContext["authorizer"] as? [String: Any])
        authorizer["clinicId"] = clinic
        authorizer["sub"] = sub
        authorizer["principalId"] = sub
        requestContext["authorizer"] = authorizer
        event["requestContext"] = requestContext

        let session = try LocalSession(executable: TestDatabase.builtBinary("summarizer"), functionName: "summarizer",
                                       environment: ["DATABASE_URL": try TestDatabase.appURL(), "AWS_REGION": "us-east-1",
                                                     "AWS_LAMBDA_LOG_LEVEL": "ERROR"])
        defer { session.stop() }
        let id = session.emulator.enqueue(Array(try JSONSerialization.data(withJSONObject: event)), timeoutMs: 20_000)
        guard case .response(let payload)? = session.emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 25_000,
                                                                               giveUp: { !session.function.isRunning }) else {
            Issue.record("the summarizer did not answer")
            return
        }
        let response = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        #expect(response["statusCode"] as? Int == 201)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(((response["body"] as? String) ?? "").utf8)) as? [String: Any])
        #expect(body["model"] as? String == OfflineClinicalModel.modelId && body["status"] as? String == "SUCCESS")
        let usage = try database.session(timeoutMs: 10_000).usage.recent(identity: sub, clinicId: clinic, limit: 10)
        #expect(usage.count == 1)
        #expect(usage.first?.entry.model == OfflineClinicalModel.modelId && usage.first?.entry.costUSD == 0)
        #expect((usage.first?.entry.inputTokens ?? 0) > 0)
    }
}
