import Clinical
import Foundation
import Store
import Testing
import TestSupport

/// POST /chat through the real binary, LocalBedrock and the local database.
@Suite(.serialized) struct ChatAnswerTests {
    @Test func anAnswerCitesAPassageOfTheRightDocument() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let corpus = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(response.status == 200)
        #expect(response["status"] as? String == "SUCCESS")
        #expect(response["model"] as? String == ChatHarness.modelId)
        #expect(response.reply.contains("metformina 850 mg"))
        #expect(response.reply.contains("[1]"))
        let first = try #require(response.sources.first)
        #expect(first["n"] as? Int == 1)
        #expect(first["documentId"] as? String == corpus.metformin.id)
        #expect(first["fileName"] as? String == "control-diabetes-2026.pdf")
        #expect(corpus.metformin.chunkIds.contains(first["chunkId"] as? String ?? ""))
        #expect(first["page"] as? Int == 0)
        #expect((first["snippet"] as? String)?.contains("metformina") == true)
        // Only cited passages are listed, and every one of them is the metformin document's.
        #expect(response.sources.allSatisfy { $0["documentId"] as? String == corpus.metformin.id })
        let tokens = try #require(response["tokens"] as? [String: Any])
        #expect((tokens["input"] as? Int ?? 0) > 0 && (tokens["output"] as? Int ?? 0) > 0)
        #expect((response["costUsd"] as? Double ?? 0) > 0)
        #expect(UUID(uuidString: response.sessionId) != nil && UUID(uuidString: response["messageId"] as? String ?? "") != nil)
        // The system prompt: the doctor's language, passages only, citations, not a diagnosis.
        let system = try #require(harness.bedrock.receivedTexts.first { $0.hasPrefix("Eres el asistente") })
        #expect(system.contains("[1]") && system.contains("no contienen") && system.contains("diagnóstico"))
    }

    @Test func englishQuestionsAreAnsweredInEnglish() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let corpus = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "What inhaler dose was prescribed for the asthma?"], caller: caller)
        #expect(response.status == 200)
        #expect(response["language"] as? String == "en")
        #expect(response.reply.hasPrefix("According to the available documents"))
        #expect(response.sources.first?["documentId"] as? String == corpus.asthma.id)
        #expect(harness.bedrock.receivedTexts.contains { $0.hasPrefix("You are the clinical documentation assistant") })
    }

    @Test func anotherClinicsChunksNeverAppearEvenWhenTheyMatchBest() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let other = TestDatabase.uniqueClinic("other")
        let ours = try KnowledgeBase.add(clinic: caller.clinicId, fileName: "nuestra.pdf", chunks: [
            "Paciente en tratamiento con levotiroxina por hipotiroidismo; TSH normal.",
        ])
        let question = "¿Qué dosis de levotiroxina 75 mcg en ayunas se indicó por hipotiroidismo primario E03.9?"
        // The other clinic holds the question itself, word for word: the best possible match.
        let theirs = try KnowledgeBase.add(clinic: other, fileName: "ajena.pdf", chunks: [question + " Levotiroxina 75 mcg en ayunas, secreto-ajeno-7731."])
        let response = try harness.chat(["message": question], caller: caller)
        #expect(response.status == 200)
        #expect(!response.sources.isEmpty)
        #expect(response.sources.allSatisfy { $0["documentId"] as? String == ours.id })
        #expect(!response.sources.contains { $0["documentId"] as? String == theirs.id })
        #expect(!harness.bedrock.receivedTexts.joined().contains("secreto-ajeno-7731"))
        #expect(!response.reply.contains("secreto-ajeno-7731"))
    }

    @Test func patientIdNarrowsToThatPatientAndAddsTheirReportSummaries() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let mine = try KnowledgeBase.add(clinic: caller.clinicId, patient: "PAC-001", fileName: "pac1.pdf", chunks: [
            "Tratamiento con amoxicilina 500 mg cada 8 horas por faringitis, siete días.",
        ])
        _ = try KnowledgeBase.add(clinic: caller.clinicId, patient: "PAC-002", fileName: "pac2.pdf", chunks: [
            "Tratamiento con amoxicilina 875 mg cada 12 horas por sinusitis, diez días, marcador-pac2-5521.",
        ])
        let db = try TestDatabase.app()
        let report = try db.session(timeoutMs: TestDatabase.timeoutMs).reports.insert(NewReport(
            clinicId: caller.clinicId, patientId: "PAC-001", originalText: "nota", summary: "Alergia a la penicilina negada; amoxicilina bien tolerada.",
            status: .success, language: "es", sourceSystem: nil, metadataJSON: "{}", model: "m", inputTokens: 1, outputTokens: 1,
            createdBy: caller.sub, retentionDays: 90))
        db.close()
        let response = try harness.chat(["message": "¿Qué dosis de amoxicilina recibe?", "patientId": "PAC-001"], caller: caller)
        #expect(response.status == 200)
        let documents = response.sources.compactMap { $0["documentId"] as? String }
        #expect(!documents.isEmpty && documents.allSatisfy { $0 == mine.id })
        #expect(!harness.bedrock.receivedTexts.joined().contains("marcador-pac2-5521"))
        // The patient's report summary was a candidate and reached the model as a numbered passage.
        #expect(harness.bedrock.receivedTexts.joined().contains("amoxicilina bien tolerada"))
        let all = try ChatHarness.passagesSent(harness)
        #expect(all.contains { $0.contains("resumen de informe") })
        _ = report
    }

    @Test func historyReachesTheModelOnTheSecondTurnAndIsCutToTheBudget() throws {
        let harness = try ChatHarness(environment: ["CHAT_HISTORY_TOKEN_BUDGET": "120"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let first = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(first.status == 200)
        #expect(harness.bedrock.receivedConversations.last?.count == 1)
        let second = try harness.chat(["message": "¿Y la presión arterial con losartán?", "sessionId": first.sessionId], caller: caller)
        #expect(second.status == 200 && second.sessionId == first.sessionId)
        let turns = try #require(harness.bedrock.receivedConversations.last)
        #expect(turns.map(\.role) == ["user", "assistant", "user"])
        #expect(turns[0].text == "¿Qué dosis de metformina tiene indicada?")
        #expect(turns[1].text.contains("metformina 850 mg") && !turns[1].text.contains("[1]")) // markers stripped from history
        // More turns: with 120 tokens of history, the oldest pairs drop out first.
        var last = second
        for question in ["¿Qué inhalador usa para el asma?", "¿Cuál es la glucosa en ayunas?", "¿Cuándo es el control de HbA1c?"] {
            last = try harness.chat(["message": question, "sessionId": first.sessionId], caller: caller)
            #expect(last.status == 200)
        }
        let cut = try #require(harness.bedrock.receivedConversations.last)
        let history = cut.dropLast()
        #expect(history.count >= 2 && history.count < 8)
        #expect(history.first?.role == "user")
        #expect(!history.contains { $0.text == "¿Qué dosis de metformina tiene indicada?" })
        #expect(history.contains { $0.text == "¿Cuál es la glucosa en ayunas?" })
        let tokens = history.reduce(0) { $0 + TokenEstimator.estimate($1.text) }
        #expect(tokens <= 120)
    }

    @Test func phiOfTheQuestionAndPassagesNeverReachesTheModelAndIsRestored() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.add(clinic: caller.clinicId, patient: "PAC-777", fileName: "nota.pdf", chunks: [
            "Paciente: Rosaura Villalpando Quiroga, CURP PEGJ850312HDFRMN01. Tratamiento con enalapril 10 mg cada 12 horas.",
        ])
        let question = "¿Qué dosis de enalapril toma la paciente Rosaura Villalpando Quiroga?"
        let first = try harness.chat(["message": question, "patientId": "PAC-777"], caller: caller)
        #expect(first.status == 200)
        #expect(first.reply.contains("enalapril 10 mg"))
        #expect(first.reply.contains("Rosaura Villalpando Quiroga")) // restored in the reply
        // A second turn sends the first one as history: still no name, no CURP.
        let second = try harness.chat(["message": "¿Cada cuánto toma el enalapril?", "sessionId": first.sessionId], caller: caller)
        #expect(second.status == 200)
        #expect(harness.bedrock.receivedConversations.last?.count == 3)
        let sent = harness.bedrock.receivedTexts.joined(separator: "\n")
        #expect(!sent.contains("Villalpando"))
        #expect(!sent.contains("Rosaura"))
        #expect(!sent.contains("PEGJ850312HDFRMN01"))
        #expect(sent.contains("[NOMBRE_1]"))
        // The stored turn keeps the restored reply for the doctor.
        let detail = try harness.session(first.sessionId, caller: caller)
        let messages = try #require(detail["messages"] as? [[String: Any]])
        #expect(messages.count == 4)
        #expect((messages[1]["content"] as? String)?.contains("Rosaura Villalpando Quiroga") == true)
    }

    @Test func citationMarkersPointingToNoPassageAreRemoved() throws {
        let harness = try ChatHarness(converse: { _, _ in "La dosis indicada es metformina 850 mg [1] [7], según el control [0][2, 9]." })
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Qué dosis de metformina y HbA1c tiene?"], caller: caller)
        #expect(response.status == 200)
        let sent = try ChatHarness.passagesSent(harness)
        #expect(sent.count >= 2)
        #expect(response.reply == "La dosis indicada es metformina 850 mg [1], según el control [2].")
        #expect(response.sources.map { $0["n"] as? Int } == [1, 2])
    }

    @Test func aReplyCitingNothingListsEveryPassageSent() throws {
        let harness = try ChatHarness(converse: { _, _ in "Metformina 850 mg cada 12 horas." })
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Qué dosis de metformina y HbA1c tiene?"], caller: caller)
        #expect(response.status == 200)
        #expect(response.sources.count == (try ChatHarness.passagesSent(harness)).count)
        #expect(response.sources.map { $0["n"] as? Int ?? 0 } == Array(1...response.sources.count))
    }

    @Test func throttledBedrockGivesTheFallbackWithThePassages() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let corpus = try KnowledgeBase.standard(clinic: caller.clinicId)
        harness.bedrock.inject(.error(status: 429, code: "ThrottlingException"), times: 2)
        let response = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(response.status == 200)
        #expect(response["status"] as? String == "FALLBACK")
        #expect(response["model"] is NSNull)
        #expect(response.reply.hasPrefix("El asistente no está disponible"))
        #expect(response.reply.contains("[1] control-diabetes-2026.pdf, pág. 1"))
        #expect(response.sources.first?["documentId"] as? String == corpus.metformin.id)
        #expect(harness.bedrock.converseRequestCount == 2)
        let metrics = harness.logs.split(separator: "\n").filter { $0.contains("\"Fallbacks\"") && $0.contains("\"Throttles\"") }
        #expect(metrics.contains { $0.contains("\"Fallbacks\":1") && $0.contains("\"Throttles\":1") })
    }

    @Test func aQuestionThatCannotBeEmbeddedIsAnsweredFromFullTextAlone() throws {
        // The embedding endpoint answers a vector of the wrong size: the client refuses it, retrieval goes on.
        let harness = try ChatHarness(embed: { _, _ in [0.5] })
        defer { harness.stop() }
        let caller = Caller.doctor()
        let corpus = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Qué paciente tiene el código E11.9?"], caller: caller)
        #expect(response.status == 200)
        #expect(response["status"] as? String == "SUCCESS")
        #expect(response.sources.first?["documentId"] as? String == corpus.metformin.id)
        let line = try #require(harness.logLines("chat answered").last)
        #expect(line["embedded"] as? Bool == false)
        #expect(line["vectorHits"] as? Int == 0 && (line["fullTextHits"] as? Int ?? 0) > 0)
    }

    @Test func nothingRelevantGivesTheNotFoundReplyWithoutAModelCall() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Quién ganó el mundial de fútbol de 1986?"], caller: caller)
        #expect(response.status == 200)
        #expect(response.reply == ChatReplies.notFound(.es, patientScoped: false))
        #expect(response.sources.isEmpty)
        #expect(response["model"] is NSNull)
        #expect(harness.bedrock.converseRequestCount == 0)
        // The turn is still part of the session.
        let detail = try harness.session(response.sessionId, caller: caller)
        #expect((detail["messages"] as? [[String: Any]])?.count == 2)
    }

    @Test func anExhaustedBudgetAnswers429AndSendsNothing() throws {
        let harness = try ChatHarness(environment: ["BUDGET_USD_PER_USER_MONTH": "0"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(response.status == 429)
        #expect(response.errorCode == "BUDGET_EXCEEDED")
        #expect(Int(response.headers["Retry-After"] ?? "") ?? 0 > 0)
        #expect(harness.bedrock.receivedTexts.isEmpty)
    }

    @Test func aGuardrailInterventionIs422AndStoresNothing() throws {
        let harness = try ChatHarness(environment: ["GUARDRAIL_ID": "gr-chat", "GUARDRAIL_VERSION": "3"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        harness.bedrock.inject(.guardrailIntervened)
        let response = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(response.status == 422)
        #expect(response.errorCode == "GUARDRAIL_INTERVENED")
        #expect(harness.bedrock.receivedGuardrails == ["gr-chat:3"])
        let listed = try harness.sessions(caller: caller)
        #expect((listed["sessions"] as? [[String: Any]])?.isEmpty == true)
        let audit = try KnowledgeBase.query("SELECT outcome FROM audit_log WHERE request_id = $1", [.text(response.requestId)])
        #expect(try audit.rows.map { try $0.string("outcome") } == ["denied"])
    }

    @Test func everyCallIsInTheLedgerAndTheTurnIsAudited() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let response = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(response.status == 200)
        let ledger = try KnowledgeBase.query("""
            SELECT function_name, model, input_tokens, output_tokens, cost_usd::text AS cost FROM usage_ledger
            WHERE request_id = $1 ORDER BY id
            """, [.text(response.requestId)])
        let rows = try ledger.rows.map { (try $0.string("function_name"), try $0.string("model"), try $0.decimal("cost")) }
        #expect(rows.map(\.0) == ["chat", "chat"])
        #expect(rows.map(\.1) == [ChatHarness.embeddingModelId, ChatHarness.modelId])
        #expect(rows.allSatisfy { $0.2 > 0 })
        let total = rows.reduce(Decimal(0)) { $0 + $1.2 }
        #expect(abs(ModelMeteringDouble(total) - (response["costUsd"] as? Double ?? 0)) < 1e-9)
        let audit = try KnowledgeBase.query("SELECT action, resource_id, outcome, identity FROM audit_log WHERE request_id = $1", [.text(response.requestId)])
        #expect(audit.rows.count == 1)
        #expect(try audit.rows[0].string("action") == "chat.answer")
        #expect(try audit.rows[0].string("resource_id") == response.sessionId)
        #expect(try audit.rows[0].string("outcome") == "success")
        #expect(try audit.rows[0].string("identity") == caller.sub)
        // EMF lines per metered call.
        #expect(harness.logs.contains("\"function\":\"chat\"") && harness.logs.contains("\"CostUSD\""))
    }

    @Test func noMessageTextReachesAnyLogLine() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.add(clinic: caller.clinicId, patient: "PAC-LOG-42", fileName: "log.pdf", chunks: [
            "Paciente: Eustaquio Berenguer Olmedo. Tratamiento con carbamazepina 200 mg zanahoriaazul cada 12 horas.",
        ])
        let first = try harness.chat(["message": "¿Qué dosis de carbamazepina toma Eustaquio Berenguer Olmedo, palabraclave9?", "patientId": "PAC-LOG-42"],
                                     caller: caller)
        #expect(first.status == 200 && first.reply.contains("zanahoriaazul"))
        _ = try harness.chat(["message": "¿Y cada cuánto toma la carbamazepina?", "sessionId": first.sessionId], caller: caller)
        _ = try harness.session(first.sessionId, caller: caller)
        _ = try harness.chat(["message": String(repeating: "x", count: 4001)], caller: caller)
        let logs = harness.logs
        #expect(!logs.isEmpty && logs.contains("chat answered"))
        for secret in ["palabraclave9", "Eustaquio", "Berenguer", "zanahoriaazul", "carbamazepina", "PAC-LOG-42", "xxxxxxxx", "cada cuánto"] {
            #expect(!logs.contains(secret), "\(secret) appeared in the logs")
        }
    }
}

func ModelMeteringDouble(_ value: Decimal) -> Double { Double(value.description) ?? 0 }

extension ChatHarness {
    /// The numbered passages of the last chat prompt the model received.
    static func passagesSent(_ harness: ChatHarness) throws -> [String] {
        let user = try #require(harness.bedrock.receivedConversations.last?.last?.text)
        return user.components(separatedBy: "<passage n=").dropFirst().map { String($0) }
    }
}
