import Testing
import Synchronization
@testable import Clinical

/// A scripted model that records what it was sent (a fake is fine here: the service is pure domain logic).
final class ScriptedModel: ClinicalChatModel, @unchecked Sendable {
    let result: @Sendable (String) throws -> ModelReply
    let received = Mutex<[String]>([])

    init(_ result: @escaping @Sendable (String) throws -> ModelReply) { self.result = result }

    func converse(system: String, user: String, maxOutputTokens: Int, deadlineMs: Int64) throws -> ModelReply {
        received.withLock { $0.append(system + "\n" + user) }
        return try result(user)
    }
}

struct AdapterError: ModelCallErrorConvertible {
    var modelCallError: ModelCallError
}

@Suite struct SummarizationServiceTests {
    static let note = "Paciente: Juan Pérez, CURP PEGJ850312HDFRMN01, tel. 55 4821 9034.\nDiagnóstico: hipertensión arterial (I10).\nPlan: losartán 50 mg VO cada 24 horas. Control en 1 mes."
    let farDeadline: Int64 = 10_000_000
    func service(_ model: ScriptedModel?, redaction: Bool = true) -> SummarizationService {
        SummarizationService(model: model, redactionEnabled: redaction, nowMs: { 0 })
    }

    @Test func successRedactsBeforeTheModelAndRestoresAfter() throws {
        let model = ScriptedModel { user in
            #expect(user.contains("[NOMBRE_1]"))
            return ModelReply(text: "Motivo de consulta:\nControl de [NOMBRE_1] ([CURP_1]).", inputTokens: 420, outputTokens: 60, stopReason: "end_turn", modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0")
        }
        let outcome = try service(model).summarize(text: Self.note, language: nil, deadlineMs: farDeadline)
        #expect(outcome.status == .success)
        #expect(outcome.summary == "Motivo de consulta:\nControl de Juan Pérez (PEGJ850312HDFRMN01).")
        #expect(outcome.language == .es && outcome.modelId.hasPrefix("us.anthropic"))
        #expect(outcome.inputTokens == 420 && outcome.outputTokens == 60)
        #expect(outcome.redactionCount == 3)
        let sent = model.received.withLock { $0.joined() }
        for secret in ["Juan", "Pérez", "PEGJ850312HDFRMN01", "4821"] { #expect(!sent.contains(secret)) }
    }

    @Test func throttlingFallsBackToTheOfflineModel() throws {
        let model = ScriptedModel { _ in throw ModelCallError.throttled }
        let outcome = try service(model).summarize(text: Self.note, language: .es, deadlineMs: farDeadline)
        #expect(outcome.status == .fallback && outcome.fallbackReason == .throttled)
        #expect(outcome.modelId == OfflineClinicalModel.modelId)
        #expect(outcome.summary.contains("hipertensión arterial (I10)"))
        #expect(outcome.summary.contains("losartán 50 mg VO cada 24 horas"))
        #expect(outcome.outputTokens > 0)
    }

    @Test func adapterErrorsAndTimeoutsFallBackToo() throws {
        let unavailable = ScriptedModel { _ in throw AdapterError(modelCallError: .unavailable("503 after 3 attempts")) }
        #expect(try service(unavailable).summarize(text: Self.note, language: nil, deadlineMs: farDeadline).fallbackReason == .unavailable)
        let timeout = ScriptedModel { _ in throw ModelCallError.timeout }
        #expect(try service(timeout).summarize(text: Self.note, language: nil, deadlineMs: farDeadline).fallbackReason == .timeout)
    }

    @Test func nearDeadlineSkipsTheRemoteModel() throws {
        let model = ScriptedModel { _ in Issue.record("the model must not be called"); throw ModelCallError.timeout }
        let outcome = try service(model).summarize(text: Self.note, language: nil, deadlineMs: 1_000)
        #expect(outcome.fallbackReason == .deadlineNear)
        #expect(model.received.withLock { $0.isEmpty })
    }

    @Test func guardrailAndValidationErrorsAreSurfaced() {
        let blocked = ScriptedModel { _ in throw ModelCallError.guardrailIntervened("blocked") }
        #expect(throws: SummarizationError.guardrailIntervened("blocked")) {
            try service(blocked).summarize(text: Self.note, language: nil, deadlineMs: farDeadline)
        }
        let stop = ScriptedModel { _ in ModelReply(text: "", inputTokens: 10, outputTokens: 0, stopReason: "guardrail_intervened", modelId: "m") }
        #expect(throws: SummarizationError.self) { try service(stop).summarize(text: Self.note, language: nil, deadlineMs: farDeadline) }
        let invalid = ScriptedModel { _ in throw ModelCallError.invalidRequest("too long") }
        #expect(throws: SummarizationError.invalidRequest("too long")) {
            try service(invalid).summarize(text: Self.note, language: nil, deadlineMs: farDeadline)
        }
        #expect(throws: SummarizationError.emptyReport) { try service(nil).summarize(text: "  \n", language: nil, deadlineMs: farDeadline) }
    }

    @Test func redactionOffSendsTheOriginalText() throws {
        let model = ScriptedModel { _ in ModelReply(text: "ok", inputTokens: 1, outputTokens: 1, stopReason: "end_turn", modelId: "m") }
        let outcome = try service(model, redaction: false).summarize(text: Self.note, language: nil, deadlineMs: farDeadline)
        #expect(outcome.redactionCount == 0)
        #expect(model.received.withLock { $0[0].contains("Juan Pérez") })
    }
}
