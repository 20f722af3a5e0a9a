import APIHandling
import AWSClients
import Clinical
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// `POST /chat`: validate → session (owner, idle) → budget → redact the question against the session's
/// placeholders → retrieve (hybrid, fused) → answer from the passages with the history (or the passages
/// themselves on fallback, or "not found" without a model) → the turn, its usage rows and its audit row
/// in one transaction → 200.
struct ChatRoute: Sendable {
    /// Kept back from the invocation's deadline for the fallback and the database write.
    static let reserveMs: Int64 = 2000
    /// Stored messages read for the history (the token budget then decides how many are sent).
    static let historyMessages = 40

    let configuration: ChatConfiguration
    let bedrock: BedrockRuntimeClient
    let database: DatabaseAccess
    let metering: ModelMetering
    let budget: BudgetGate
    let retriever: ChatRetriever

    init(configuration: ChatConfiguration, bedrock: BedrockRuntimeClient, database: DatabaseAccess, metrics: MetricsEmitter) {
        self.configuration = configuration
        self.bedrock = bedrock
        self.database = database
        metering = ModelMetering(functionName: ChatConfiguration.functionName, metrics: metrics, configuredModel: configuration.modelId)
        budget = BudgetGate(limitUSDPerUserMonth: configuration.budgetUSDPerUserMonth, database: database)
        retriever = ChatRetriever(configuration: configuration, database: database)
    }

    func handle(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let input = try ChatRequest.parse(request)
        let logger = context.logger
        var dbMs = 0.0

        // The session: this user's, open, about the same patient.
        var state: ChatSessionState?
        var earlier: [ChatTurnMessageRow] = []
        if let sessionId = input.sessionId {
            (state, earlier) = try Self.timed(&dbMs) {
                try database.run(context) { db, timeoutMs in
                    let session = db.session(timeoutMs: timeoutMs)
                    guard let found = try session.chat.findOwnedSession(id: sessionId, clinicId: identity.clinicId, userId: identity.sub) else {
                        return (nil, [])
                    }
                    return (found, try session.chat.turnMessages(sessionId: sessionId, clinicId: identity.clinicId, limit: Self.historyMessages))
                }
            }
            guard let state else {
                try? database.run(context) { db, timeoutMs in
                    try db.audited(access(request, identity, "chat.answer"), timeoutMs: timeoutMs) { _ in
                        Audited((), resourceId: sessionId, outcome: .notFound)
                    }
                }
                throw APIError.notFound("no such chat session")
            }
            if state.idleSeconds > Double(configuration.sessionIdleMinutes * 60) {
                throw APIError(status: 409, code: "SESSION_CLOSED",
                               message: "this session was idle for more than \(configuration.sessionIdleMinutes) minutes and is closed; start a new one")
            }
            if let asked = input.patientId, asked != state.session.patientId {
                throw APIError(status: 409, code: "SESSION_PATIENT_MISMATCH",
                               message: "patientId differs from this session's; start a new session for another patient")
            }
        }
        let patientId = state?.session.patientId ?? input.patientId

        // Over budget: refused before anything reaches a model (embedding included).
        _ = try Self.timed(&dbMs) { try budget.check(identity, context: context) }

        let language = input.language ?? LanguageDetector.detect(input.message)
        var placeholders = state.map { PHIPlaceholderMap(json: $0.phiMapJSON) } ?? PHIPlaceholderMap()
        let redactionStarted = WallClock.monotonicNs()
        let question = configuration.redactionEnabled ? placeholders.redact(input.message) : input.message
        // Earlier turns as the model saw them; a message stored without its redacted form is redacted against the map.
        let history = earlier.map { row in
            ChatHistory.Message(role: row.message.role == .user ? .user : .assistant,
                                text: row.modelContent ?? (configuration.redactionEnabled ? placeholders.redact(row.message.content) : row.message.content))
        }
        var redactionMs = Double(WallClock.monotonicNs() - redactionStarted) / 1e6

        let embedder = BedrockEmbeddingModel(client: bedrock, modelId: configuration.embeddingModelId, traceId: context.lambda.traceId,
                                             logger: logger)
        let retrieval = try retriever.retrieve(embeddingText: question, searchText: input.message, clinicId: identity.clinicId,
                                               patientId: patientId, embedder: embedder, context: context)
        let passages = PassageBudget(k: configuration.topK, tokenBudget: configuration.passageTokenBudget).select(retrieval.ranked)

        let model = BedrockChatModel(client: bedrock, modelId: configuration.modelId, guardrail: configuration.guardrail,
                                     traceId: context.lambda.traceId, logger: logger)
        let service = ChatAnsweringService(model: model, redactionEnabled: configuration.redactionEnabled,
                                           maxOutputTokens: configuration.maxOutputTokens,
                                           history: ChatHistory(tokenBudget: configuration.historyTokenBudget))
        let mapBefore = placeholders.count
        let answer: ChatAnswer
        let answerStarted = WallClock.monotonicNs()
        do {
            answer = try service.answer(question: question, language: language, passages: passages, earlier: history,
                                        placeholders: &placeholders, patientScoped: patientId != nil,
                                        deadlineMs: context.lambda.deadlineMs - Self.reserveMs)
        } catch {
            recordRefusal(error, embedder: embedder, model: model, request: request, identity: identity, context: context)
            throw Self.apiError(error)
        }
        // Passage redaction happens inside the answer; its time is the answer's less the model's.
        redactionMs += max(0, Double(WallClock.monotonicNs() - answerStarted) / 1e6 - answer.modelMs)

        let usages = metering.usages(embeddings: embedder.calls) + metering.usages(calls: model.calls)
        // Before the write: a cost was incurred even if storing fails.
        metering.emit(usages, calls: model.calls, fellBack: answer.status == .fallback, logger: logger, requestId: request.requestId)
        let entries = metering.ledgerEntries(usages, identity: identity.sub, clinicId: identity.clinicId, requestId: request.requestId)
        let cost = usages.reduce(Decimal(0)) { $0 + ($1.costUSD ?? 0) }
        let sources = answer.sources.map { SourceJSON(n: $0.n, passage: $0.passage) }

        let question_ = question
        let stored: (String, String)
        do {
            stored = try Self.timed(&dbMs) {
            try database.run(context) { db, timeoutMs in
                try db.audited(access(request, identity, "chat.answer"), timeoutMs: timeoutMs) { tx in
                    let sessionId = try state?.session.id
                        ?? tx.chat.createSession(clinicId: identity.clinicId, userId: identity.sub, patientId: patientId,
                                                 title: Self.title(input.message), retentionDays: configuration.retentionDays).id
                    let asked = NewChatTurnMessage(role: .user, content: input.message, modelContent: question_)
                    let replied = NewChatTurnMessage(role: .assistant, content: answer.reply, modelContent: answer.modelReply,
                                                     sourcesJSON: SourceJSON.json(sources), model: answer.modelId,
                                                     status: answer.status.rawValue, inputTokens: answer.inputTokens,
                                                     outputTokens: answer.outputTokens, costUSD: cost)
                    guard try tx.chat.appendTurnMessage(asked, sessionId: sessionId, clinicId: identity.clinicId,
                                                        retentionDays: configuration.retentionDays) != nil,
                          let row = try tx.chat.appendTurnMessage(replied, sessionId: sessionId, clinicId: identity.clinicId,
                                                                  retentionDays: configuration.retentionDays) else {
                        throw StoreError.invalidParameter("the session disappeared during the turn")
                    }
                    if placeholders.count != mapBefore {
                        try tx.chat.updatePHIMap(sessionId: sessionId, clinicId: identity.clinicId, json: placeholders.json)
                    }
                    for entry in entries { try tx.usage.record(entry) }
                    return Audited((sessionId, row.message.id), resourceId: sessionId)
                }
            }
            }
        } catch {
            // The turn was lost with its transaction (e.g. the database connection died mid-write), but the
            // embedding and model calls were paid for: their usage is recorded on its own, audited as an error.
            recordUsageAlone(entries, request: request, identity: identity, outcome: .error, context: context)
            throw error
        }
        let (sessionId, messageId) = stored
        let t = retrieval.timings
        // Ids, counts and timings only: never the question, the passages or the reply.
        logger.info("chat answered", [
            "sessionId": .string(sessionId), "messageId": .string(messageId), "status": .string(answer.status.rawValue),
            "fallbackReason": .string(answer.fallbackReason?.rawValue ?? "none"), "language": .string(language.rawValue),
            "messageChars": .from(input.message.count), "redactions": .from(placeholders.count), "newSession": .bool(state == nil),
            "embedded": .bool(retrieval.embedded), "vectorHits": .from(retrieval.vectorHits), "fullTextHits": .from(retrieval.fullTextHits),
            "reportHits": .from(retrieval.reportHits), "passages": .from(passages.count), "cited": .from(sources.count),
            "removedMarkers": .from(answer.removedMarkers), "historyTurns": .from(answer.historyTurns),
            "inputTokens": .from(answer.inputTokens), "outputTokens": .from(answer.outputTokens),
            "redactionMs": .double(redactionMs), "embeddingMs": .double(t.embeddingMs), "vectorMs": .double(t.vectorMs),
            "fullTextMs": .double(t.fullTextMs), "reportsMs": .double(t.reportsMs + t.namesMs), "fusionMs": .double(t.fusionMs),
            "modelMs": .double(answer.modelMs), "dbMs": .double(dbMs),
        ])
        return try JSONBody.encode(ChatReplyJSON(sessionId: sessionId, messageId: messageId, reply: answer.reply, sources: sources,
                                                 status: answer.status == .notFound ? ChatAnswerStatus.success.rawValue : answer.status.rawValue,
                                                 model: answer.modelId, tokens: TokensJSON(input: answer.inputTokens, output: answer.outputTokens),
                                                 costUsd: cost, language: language.rawValue))
    }

    func access(_ request: APIRequest, _ identity: Identity, _ action: String) -> AuditAccess {
        AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId, action: action,
                    resourceType: "chat_session")
    }

    /// A refused answer still meters what Bedrock billed, and is audited as denied or failed; nothing else is stored.
    private func recordRefusal(_ error: ChatAnswerError, embedder: BedrockEmbeddingModel, model: BedrockChatModel,
                               request: APIRequest, identity: Identity, context: RouteContext) {
        let usages = metering.usages(embeddings: embedder.calls) + metering.usages(calls: model.calls)
        metering.emit(usages, calls: model.calls, fellBack: false, logger: context.logger, requestId: request.requestId)
        let entries = metering.ledgerEntries(usages, identity: identity.sub, clinicId: identity.clinicId, requestId: request.requestId)
        let outcome: AuditOutcome
        if case .guardrailIntervened = error { outcome = .denied } else { outcome = .error }
        do {
            try database.run(context) { db, timeoutMs in
                try db.audited(access(request, identity, "chat.answer"), timeoutMs: timeoutMs) { tx in
                    for entry in entries { try tx.usage.record(entry) }
                    return Audited((), resourceId: nil, outcome: outcome)
                }
            }
        } catch {
            context.logger.error("could not record the usage and audit of a refused answer", ["usageRows": .from(entries.count)])
        }
        context.logger.warn("chat answer refused", ["reason": .string(outcome == .denied ? "guardrailIntervened" : "modelRejectedRequest")])
    }

    /// Usage rows of a turn that was not stored, with their audit row, in a transaction of their own (best effort).
    private func recordUsageAlone(_ entries: [UsageEntry], request: APIRequest, identity: Identity, outcome: AuditOutcome,
                                  context: RouteContext) {
        guard !entries.isEmpty else { return }
        do {
            try database.run(context) { db, timeoutMs in
                try db.audited(access(request, identity, "chat.answer"), timeoutMs: timeoutMs) { tx in
                    for entry in entries { try tx.usage.record(entry) }
                    return Audited((), resourceId: nil, outcome: outcome)
                }
            }
        } catch {
            context.logger.error("could not record the usage and audit of a turn that was not stored", ["usageRows": .from(entries.count)])
        }
    }

    static func apiError(_ error: ChatAnswerError) -> APIError {
        switch error {
        case .guardrailIntervened:
            return APIError(status: 422, code: "GUARDRAIL_INTERVENED",
                            message: "the content policy (Bedrock guardrail) blocked this question or its answer; nothing was stored")
        case .invalidRequest:
            return APIError(status: 502, code: "MODEL_REJECTED_REQUEST", message: "the model service rejected the request; nothing was stored")
        }
    }

    /// A session's title: the first question's first 80 characters, on a word boundary.
    static func title(_ message: String) -> String {
        let flat = message.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > 80 else { return flat }
        let cut = String(flat.prefix(80))
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? cut) + "…"
    }

    static func timed<T>(_ total: inout Double, _ body: () throws -> T) rethrows -> T {
        let started = WallClock.monotonicNs()
        defer { total += Double(WallClock.monotonicNs() - started) / 1e6 }
        return try body()
    }
}
