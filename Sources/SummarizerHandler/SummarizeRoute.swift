import APIHandling
import AWSClients
import Clinical
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// `POST /summarize`: validate → budget → redact, summarize, restore (Bedrock, or the offline model on
/// fallback) → store the report, its usage rows and its audit row in one transaction → 201.
struct SummarizeRoute: Sendable {
    /// Kept back from the invocation's deadline for the offline fallback and the database write.
    static let reserveMs: Int64 = 2000

    let configuration: SummarizerConfiguration
    let bedrock: BedrockRuntimeClient
    let database: DatabaseAccess
    let metering: ModelMetering
    let budget: BudgetGate

    init(configuration: SummarizerConfiguration, bedrock: BedrockRuntimeClient, database: DatabaseAccess, metrics: MetricsEmitter) {
        self.configuration = configuration
        self.bedrock = bedrock
        self.database = database
        metering = ModelMetering(functionName: SummarizerConfiguration.functionName, metrics: metrics,
                                 configuredModel: configuration.modelId)
        budget = BudgetGate(limitUSDPerUserMonth: configuration.budgetUSDPerUserMonth, database: database)
    }

    func handle(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let input = try SummarizeRequest.parse(request)
        let logger = context.logger
        var dbMs = 0.0

        // Over budget: refused before anything reaches the model.
        let budgetStarted = WallClock.monotonicNs()
        try budget.check(identity, context: context)
        dbMs += Double(WallClock.monotonicNs() - budgetStarted) / 1e6

        let model = BedrockChatModel(client: bedrock, modelId: configuration.modelId, guardrail: configuration.guardrail,
                                     traceId: context.lambda.traceId, logger: logger)
        let service = SummarizationService(model: model, redactionEnabled: configuration.redactionEnabled,
                                           maxOutputTokens: configuration.maxOutputTokens)
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: "report.create", resourceType: "report")
        let outcome: SummarizationOutcome
        do {
            outcome = try service.summarize(text: input.text, language: input.language,
                                            deadlineMs: context.lambda.deadlineMs - Self.reserveMs)
        } catch let error as SummarizationError {
            recordRefusal(error, calls: model.calls, access: access, request: request, context: context)
            throw Self.apiError(error)
        }

        let usages = metering.usages(calls: model.calls) + offlineUsage(outcome)
        // Before the write: a cost was incurred even if storing fails.
        metering.emit(usages, calls: model.calls, fellBack: outcome.status == .fallback, logger: logger, requestId: request.requestId)
        let entries = metering.ledgerEntries(usages, identity: identity.sub, clinicId: identity.clinicId, requestId: request.requestId)
        let report = NewReport(clinicId: identity.clinicId, patientId: input.patientId, originalText: input.text,
                               summary: outcome.summary, status: outcome.status == .success ? .success : .fallback,
                               language: outcome.language.rawValue, sourceSystem: input.sourceSystem,
                               metadataJSON: input.metadata.json, model: outcome.modelId, inputTokens: outcome.inputTokens,
                               outputTokens: outcome.outputTokens, createdBy: identity.sub, retentionDays: configuration.retentionDays)
        let row: ReportRow
        do {
            row = try timed(&dbMs) {
                try database.run(context) { db, timeoutMs in
                    try db.audited(access, timeoutMs: timeoutMs) { tx in
                        let row = try tx.reports.insert(report)
                        for entry in entries { try tx.usage.record(entry) }
                        return Audited(row, resourceId: row.id)
                    }
                }
            }
        } catch {
            // The model was paid for even though the report could not be stored: its usage is still recorded.
            recordUsageAlone(entries, access: access, outcome: .error, context: context)
            throw error
        }
        // Ids, sizes and timings only: never the text or the summary.
        logger.info("summary stored", [
            "reportId": .string(row.id), "status": .string(row.status.rawValue), "model": .string(row.model),
            "fallbackReason": .string(outcome.fallbackReason?.rawValue ?? "none"), "language": .string(row.language),
            "textBytes": .from(input.text.utf8.count), "redactions": .from(outcome.redactionCount),
            "inputTokens": .from(row.inputTokens), "outputTokens": .from(row.outputTokens),
            "redactionMs": .double(outcome.redactionMs), "modelMs": .double(outcome.modelMs), "dbMs": .double(dbMs),
        ])
        return try JSONBody.encode(ReportSummaryJSON(row), status: 201, headers: ["Location": "/reports/\(row.id)"])
    }

    /// A refused summary still meters what Bedrock billed, and is audited as denied or failed.
    private func recordRefusal(_ error: SummarizationError, calls: [BedrockChatModel.Call], access: AuditAccess,
                               request: APIRequest, context: RouteContext) {
        let usages = metering.usages(calls: calls)
        metering.emit(usages, calls: calls, fellBack: false, logger: context.logger, requestId: request.requestId)
        let entries = metering.ledgerEntries(usages, identity: access.identity, clinicId: access.clinicId, requestId: request.requestId)
        let outcome: AuditOutcome
        if case .guardrailIntervened = error { outcome = .denied } else { outcome = .error }
        recordUsageAlone(entries, access: access, outcome: outcome, context: context)
        context.logger.warn("summary refused", ["reason": .string(outcome == .denied ? "guardrailIntervened" : "modelRejectedRequest")])
    }

    /// Usage rows and the audit row of a summary that was not stored, in a transaction of their own.
    /// Best effort: the answer is already decided; what could not be written is what the log line reports.
    private func recordUsageAlone(_ entries: [UsageEntry], access: AuditAccess, outcome: AuditOutcome, context: RouteContext) {
        do {
            try database.run(context) { db, timeoutMs in
                try db.audited(access, timeoutMs: timeoutMs) { tx in
                    for entry in entries { try tx.usage.record(entry) }
                    return Audited((), resourceId: nil, outcome: outcome)
                }
            }
        } catch {
            context.logger.error("could not record the usage and audit of a summary that was not stored", ["usageRows": .from(entries.count)])
        }
    }

    /// The offline model's summary on fallback is a metered call too (at no cost).
    private func offlineUsage(_ outcome: SummarizationOutcome) -> [ModelMetering.Usage] {
        guard outcome.status == .fallback else { return [] }
        return [metering.usage(model: outcome.modelId, inputTokens: outcome.inputTokens, outputTokens: outcome.outputTokens, latencyMs: 0)]
    }

    static func apiError(_ error: SummarizationError) -> APIError {
        switch error {
        case .guardrailIntervened:
            return APIError(status: 422, code: "GUARDRAIL_INTERVENED",
                            message: "the content policy (Bedrock guardrail) blocked this report or its summary; nothing was stored")
        case .invalidRequest:
            return APIError(status: 502, code: "MODEL_REJECTED_REQUEST", message: "the model service rejected the request; nothing was stored")
        case .emptyReport:
            return APIError.validation("text must not be empty")
        }
    }

    private func timed<T>(_ total: inout Double, _ body: () throws -> T) rethrows -> T {
        let started = WallClock.monotonicNs()
        defer { total += Double(WallClock.monotonicNs() - started) / 1e6 }
        return try body()
    }
}
