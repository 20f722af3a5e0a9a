import Foundation
import Testing
@testable import AWSClients
@testable import AWSClientsCore
import LambdaRuntime

@Suite struct BedrockRuntimeClientTests {
    static let haiku = "anthropic.claude-3-haiku-20240307-v1:0"
    static let profileARN = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0"
    let logs = Recorder<String>()

    func context(deadlineInMs: Int64 = 20_000, traceId: String? = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1") -> AWSCallContext {
        let logs = self.logs
        return AWSCallContext(deadlineMs: WallClock.nowMs() + deadlineInMs, traceId: traceId,
                              logger: Logger(level: .debug, requestId: "req-1", sink: { logs.append($0) }))
    }

    func converse(_ client: BedrockRuntimeClient, model: String = haiku, context: AWSCallContext) throws -> ConverseResult {
        try client.converse(modelId: model, system: "Eres un asistente clínico.",
                            messages: [.user("Paciente con fiebre de 38.5 °C y tos."), .assistant("¿Desde cuándo?"), .user("Tres días.")],
                            inferenceConfig: InferenceConfig(maxTokens: 256, temperature: 0.2, stopSequences: ["FIN"]),
                            guardrail: GuardrailConfig(identifier: "gr-123", version: "2", trace: true), context: context)
    }

    @Test(arguments: [haiku, "us.anthropic.claude-3-5-sonnet-20240620-v1:0", profileARN])
    func converseSendsTheDocumentedShapeSignedAndTraced(model: String) throws {
        let server = try LoopbackBedrock()
        let result = try converse(try server.client(), model: model, context: context())
        #expect(result.text == "Resumen: 10 caracteres")
        #expect(result.inputTokens == 3 && result.outputTokens == 7)
        #expect(result.stopReason == "end_turn" && result.latencyMs == 42 && !result.guardrailIntervened)

        let seen = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        let verified = try seen.signature.get()
        #expect(verified.service == "bedrock" && verified.region == "us-east-1")
        #expect(verified.signedHeaders.contains("x-amz-security-token"))
        #expect(seen.path == "/model/" + model.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: "/", with: "%2F") + "/converse")
        #expect(seen.headers["x-amzn-trace-id"] == "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
        #expect(seen.headers["content-type"] == "application/json")
        let json = try #require(seen.json)
        let messages = try #require(json["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["user", "assistant", "user"])
        #expect(((messages[0]["content"] as? [[String: Any]])?.first?["text"] as? String) == "Paciente con fiebre de 38.5 °C y tos.")
        #expect(((json["system"] as? [[String: Any]])?.first?["text"] as? String) == "Eres un asistente clínico.")
        let inference = try #require(json["inferenceConfig"] as? [String: Any])
        #expect(inference["maxTokens"] as? Int == 256 && inference["temperature"] as? Double == 0.2)
        #expect(inference["stopSequences"] as? [String] == ["FIN"] && inference["topP"] == nil)
        let guardrail = try #require(json["guardrailConfig"] as? [String: Any])
        #expect(guardrail["guardrailIdentifier"] as? String == "gr-123" && guardrail["guardrailVersion"] as? String == "2")
        #expect(guardrail["trace"] as? String == "enabled")
    }

    @Test func noTraceHeaderWithoutATraceId() throws {
        let server = try LoopbackBedrock()
        _ = try converse(try server.client(), context: context(traceId: nil))
        #expect(server.requests.first?.headers["x-amzn-trace-id"] == nil)
    }

    @Test func throttlingAnd5xxAreRetriedThenSucceed() throws {
        let server = try LoopbackBedrock()
        server.script([.throttle, .status(500), .status(503)])
        let result = try converse(try server.client(), context: context())
        #expect(result.text.hasPrefix("Resumen"))
        #expect(server.requests.count == 4)
        #expect(server.requests.allSatisfy { (try? $0.signature.get()) != nil })
        let warnings = logs.all.filter { $0.contains("\"level\":\"WARN\"") }
        #expect(warnings.count == 3)
        #expect(warnings[0].contains("\"service\":\"bedrock-runtime\"") && warnings[0].contains("\"operation\":\"Converse\""))
        #expect(warnings[0].contains("\"attempt\":1") && warnings[0].contains("\"status\":429") && warnings[0].contains("ThrottlingException"))
        #expect(warnings[2].contains("\"attempt\":3") && warnings[2].contains("\"status\":503"))
        // No clinical text, no credentials in the logs.
        for line in logs.all { #expect(!line.contains("fiebre") && !line.contains(LoopbackBedrock.secret) && !line.contains("loopback-token")) }
    }

    @Test(arguments: [502, 504])
    func gatewayErrorsAreRetried(status: Int) throws {
        let server = try LoopbackBedrock()
        server.script([.status(status)])
        _ = try converse(try server.client(), context: context())
        #expect(server.requests.count == 2)
    }

    @Test func persistentThrottlingStopsAfterTheAttemptBudget() throws {
        let server = try LoopbackBedrock()
        server.always(.throttle)
        do {
            _ = try converse(try server.client(maxAttempts: 3), context: context())
            Issue.record("expected throttling")
        } catch let error as BedrockError {
            guard case .throttling(let details) = error else { Issue.record("unexpected \(error)"); return }
            #expect(details.status == 429 && details.code == "ThrottlingException" && details.requestId == "req-429")
            #expect(details.message == "Too many requests, please wait before trying again.")
            #expect(error.isRetryable)
        }
        #expect(server.requests.count == 3)
    }

    @Test func retriesNeverSleepPastTheDeadline() throws {
        let server = try LoopbackBedrock()
        server.always(.throttle)
        let started = Date()
        do {
            // Backoff ceilings of 1 s, 2 s, 4 s cannot all fit in 1.5 s: the client gives up early with the real cause.
            _ = try converse(try server.client(baseDelayMs: 1_000, maxAttempts: 10), context: context(deadlineInMs: 1_500))
            Issue.record("expected throttling")
        } catch let error as BedrockError {
            switch error {
            case .throttling, .deadlineExceeded: break // the latter only if the loaded machine answered slower than the deadline
            default: Issue.record("unexpected \(error)")
            }
        }
        // Generous slack for a loaded machine over the 1.5 s deadline.
        #expect(Date().timeIntervalSince(started) < 2.5)
        #expect(server.requests.count < 10)
    }

    @Test func aSlowModelStopsAtTheDeadline() throws {
        let server = try LoopbackBedrock()
        server.always(.slow(seconds: 4))
        let started = Date()
        do {
            _ = try converse(try server.client(), context: context(deadlineInMs: 700))
            Issue.record("expected the deadline")
        } catch let error as BedrockError {
            guard case .deadlineExceeded(let attempts) = error else { Issue.record("unexpected \(error)"); return }
            #expect(attempts == 1)
        }
        #expect(Date().timeIntervalSince(started) < 3.5)
    }

    @Test func aSlowFirstAnswerWithinTheDeadlineSucceeds() throws {
        let server = try LoopbackBedrock()
        server.script([.slow(seconds: 0.3)])
        #expect(try converse(try server.client(), context: context()).outputTokens == 7)
    }

    @Test func anExpiredDeadlineSendsNothing() throws {
        let server = try LoopbackBedrock()
        #expect(throws: BedrockError.self) { try converse(try server.client(), context: context(deadlineInMs: -1)) }
        #expect(server.requests.isEmpty)
    }

    @Test func clientErrorsSurfaceAtOnceWithAWSCodeAndMessage() throws {
        let server = try LoopbackBedrock()
        let client = try server.client()
        server.script([.validation])
        #expect(throws: BedrockError.self) { try converse(client, context: context()) }
        do { _ = try converse(client, context: context()) } catch {}
        server.script([.validation])
        do {
            _ = try converse(client, context: context())
        } catch let error as BedrockError {
            guard case .validation(let message) = error else { Issue.record("unexpected \(error)"); return }
            #expect(message == "The provided model identifier is invalid.")
            #expect(!error.isRetryable)
        }
        server.script([.accessDenied])
        do { _ = try converse(client, context: context()); Issue.record("expected access denied") } catch let error as BedrockError {
            guard case .accessDenied(let details) = error else { Issue.record("unexpected \(error)"); return }
            #expect(details.status == 403)
        }
        server.script([.modelTimeout])
        do { _ = try converse(client, context: context()); Issue.record("expected model timeout") } catch let error as BedrockError {
            guard case .modelTimeout = error else { Issue.record("unexpected \(error)"); return }
            #expect(!error.isRetryable)
        }
        // validation, success, validation, access denied, model timeout: one request each.
        #expect(server.requests.count == 5)
    }

    @Test func malformedAnswersFailClearlyWithoutEchoingTheBody() throws {
        let server = try LoopbackBedrock()
        server.script([.malformed])
        do {
            _ = try converse(try server.client(), context: context())
            Issue.record("expected a malformed response error")
        } catch let error as BedrockError {
            guard case .malformedResponse(let why) = error else { Issue.record("unexpected \(error)"); return }
            #expect(why.contains("Converse") && why.contains("stopReason"))
            #expect(!why.contains("secret clinical text"))
        }
        #expect(server.requests.count == 1)
    }

    @Test func aBodyThatIsNotJSONFailsClearly() throws {
        let server = try LoopbackBedrock()
        server.script([.notJSON])
        do {
            _ = try converse(try server.client(), context: context())
            Issue.record("expected a malformed response error")
        } catch let error as BedrockError {
            guard case .malformedResponse(let why) = error else { Issue.record("unexpected \(error)"); return }
            #expect(why.contains("invalid JSON") && !why.contains("oops"))
        }
    }

    @Test func brokenConnectionsAreRetriedThenReported() throws {
        let server = try LoopbackBedrock()
        let client = try server.client()
        server.stop() // nothing listens on the port any more
        do {
            _ = try converse(client, context: context())
            Issue.record("expected a transport error")
        } catch let error as BedrockError {
            guard case .transport(.connectionFailed) = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.isRetryable)
        }
        let warnings = logs.all.filter { $0.contains("\"level\":\"WARN\"") }
        #expect(warnings.count == 3 && warnings.allSatisfy { $0.contains("connectionFailed") && $0.contains("\"status\":\"none\"") })
    }

    @Test func wrongSecretIsRefusedByTheServerAndNotRetried() throws {
        let server = try LoopbackBedrock()
        let client = try server.client(environment: ["AWS_SECRET_ACCESS_KEY": "wrong"])
        do {
            _ = try converse(client, context: context())
            Issue.record("expected a signature failure")
        } catch let error as BedrockError {
            #expect(error.details?.code == "InvalidSignatureException" && error.details?.status == 403)
        }
        #expect(server.requests.count == 1)
        if case .failure(.signatureMismatch) = server.requests[0].signature {} else { Issue.record("server accepted a bad signature") }
    }

    @Test func missingCredentialsFailBeforeAnyRequest() throws {
        let server = try LoopbackBedrock()
        let client = try BedrockRuntimeClient(environment: Environment(["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": server.endpoint]))
        do {
            _ = try converse(client, context: context())
            Issue.record("expected missing credentials")
        } catch let error as BedrockError {
            guard case .missingCredentials(.missing("AWS_ACCESS_KEY_ID")) = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(server.requests.isEmpty)
    }

    @Test func titanV2EmbeddingsRoundTrip() throws {
        let server = try LoopbackBedrock()
        let client = try server.client()
        let vector = try client.embedTitanV2(modelId: "amazon.titan-embed-text-v2:0", text: "dolor torácico", dimensions: 1024, normalize: true, context: context())
        #expect(vector.count == 1024 && vector[3] == 0.3)
        let seen = try #require(server.requests.first)
        #expect(seen.path == "/model/amazon.titan-embed-text-v2%3A0/invoke")
        #expect(seen.headers["accept"] == "application/json")
        #expect(seen.json?["inputText"] as? String == "dolor torácico" && seen.json?["dimensions"] as? Int == 1024 && seen.json?["normalize"] as? Bool == true)
        server.script([.wrongDimensions])
        #expect(throws: BedrockError.self) {
            try client.embedTitanV2(modelId: "amazon.titan-embed-text-v2:0", text: "x", dimensions: 256, normalize: false, context: context())
        }
        #expect(throws: BedrockError.self) {
            try client.embedTitanV2(modelId: "amazon.titan-embed-text-v2:0", text: "x", dimensions: 100, normalize: false, context: context())
        }
    }

    @Test func applyGuardrailReportsActionAndOutputs() throws {
        let server = try LoopbackBedrock()
        let client = try server.client()
        let blocked = try client.applyGuardrail(guardrailIdentifier: "gr-123", guardrailVersion: "DRAFT", source: .input, text: "SSN 123-45-6789", context: context())
        #expect(blocked.intervened && blocked.outputs == ["{SSN}"])
        let clean = try client.applyGuardrail(guardrailIdentifier: "gr-123", guardrailVersion: "DRAFT", source: .output, text: "ok", context: context())
        #expect(!clean.intervened && clean.action == "NONE")
        let seen = server.requests
        #expect(seen.map(\.path) == ["/guardrail/gr-123/version/DRAFT/apply", "/guardrail/gr-123/version/DRAFT/apply"])
        #expect(seen.map { $0.json?["source"] as? String } == ["INPUT", "OUTPUT"])
    }
}
