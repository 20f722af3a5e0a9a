import APIHandling
import AWSClients
import Clinical
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// A claimed document's text → redaction → extraction (Bedrock, or the offline extractor) → passages →
/// embeddings of their redacted form → one transaction that stores the extraction, replaces the chunks,
/// records the usage rows and the audit row, and marks the document PROCESSED.
struct DocumentPipeline: Sendable {
    /// Kept back from the deadline for the embeddings and the database write after the extraction.
    static let extractionReserveMs: Int64 = 15_000
    static let systemIdentity = "system:file-processor"

    let configuration: FileProcessorConfiguration
    let bedrock: BedrockRuntimeClient
    let provider: DatabaseProvider
    let metering: ModelMetering

    /// Per-phase times of one document, in milliseconds (logged; the benchmark reads them).
    struct Phases {
        var readMs = 0.0
        var redactionMs = 0.0
        var extractionMs = 0.0
        var chunkingMs = 0.0
        var embeddingMs = 0.0
        var dbMs = 0.0
    }

    func process(_ row: DocumentRow, sections: [TextSection], phases: inout Phases, lambda: LambdaContext,
                 encoding: String?) throws(ProcessingFailure) {
        let logger = lambda.logger
        let text = sections.map(\.text).joined(separator: "\n\n")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .poisoned("no readable text was found in the file")
        }
        let language = LanguageDetector.detect(text)

        var started = WallClock.monotonicNs()
        let redaction = configuration.redactionEnabled ? PHIRedactor().redact(text) : nil
        phases.redactionMs += Self.ms(since: started)

        started = WallClock.monotonicNs()
        let chat = BedrockChatModel(client: bedrock, modelId: configuration.extractionModelId, guardrail: nil,
                                    traceId: lambda.traceId, logger: logger)
        let extraction = DocumentExtractionService(model: chat).extract(text: text, redaction: redaction, language: language,
                                                                        deadlineMs: lambda.deadlineMs - Self.extractionReserveMs)
        phases.extractionMs += Self.ms(since: started)

        // The passages carry their redacted form, cut from the document's redaction (no second detection).
        started = WallClock.monotonicNs()
        let passages = TextChunker.passages(sections, redaction: redaction)
        phases.chunkingMs += Self.ms(since: started)
        let redactedPassages = passages.map(\.redactedText)

        started = WallClock.monotonicNs()
        let embedder = ParallelEmbedder(client: bedrock, modelId: configuration.embeddingModelId, concurrency: configuration.embeddingConcurrency)
        let embedded = embedder.embed(redactedPassages, deadlineMs: lambda.deadlineMs - 3000, traceId: lambda.traceId, logger: logger)
        phases.embeddingMs += Self.ms(since: started)
        if let failure = embedded.failure {
            // What Bedrock billed before the failure is still metered.
            meter(chat: chat.calls, embeddings: embedded.calls, extraction: extraction, row: row, lambda: lambda)
            throw ProcessingFailure.embedding(failure)
        }

        let usages = metering.usages(calls: chat.calls) + metering.usages(embeddings: embedded.calls)
            + (extraction.source == .fallback ? [metering.usage(model: extraction.modelId, inputTokens: TokenEstimator.estimate(text),
                                                                outputTokens: TokenEstimator.estimate(extraction.data.json), latencyMs: 0)] : [])
        metering.emit(usages, calls: chat.calls, fellBack: extraction.source == .fallback, logger: logger, requestId: lambda.requestId)
        let entries = metering.ledgerEntries(usages, identity: row.uploadedBy, clinicId: row.clinicId, requestId: lambda.requestId)

        let stored = try encodeExtraction(extraction, row: row, text: text)
        let chunks = zip(passages, embedded.vectors).enumerated().map { index, pair in
            NewChunk(clinicId: row.clinicId, documentId: row.id, patientId: row.patientId, chunkIndex: index,
                     embeddingModel: configuration.embeddingModelId, page: pair.0.page, timeOffsetMs: pair.0.timeOffsetMs,
                     content: pair.0.text, embedding: pair.1)
        }
        started = WallClock.monotonicNs()
        let access = AuditAccess(requestId: lambda.requestId, identity: Self.systemIdentity, clinicId: row.clinicId,
                                 action: "document.process", resourceType: "document")
        let committed: Bool
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            committed = try database.audited(access, timeoutMs: Self.timeoutMs(lambda)) { tx in
                // Only from this attempt's claim: a document deleted meanwhile is left deleted.
                guard try tx.documents.markProcessed(id: row.id, clinicId: row.clinicId, sizeBytes: nil) else {
                    return Audited(false, resourceId: row.id, outcome: .notFound)
                }
                try tx.knowledge.deleteChunks(documentId: row.id, clinicId: row.clinicId)
                try tx.knowledge.insertAll(chunks)
                try tx.documents.saveExtraction(stored)
                for entry in entries { try tx.usage.record(entry) }
                return Audited(true, resourceId: row.id)
            }
        } catch let error as StoreError {
            phases.dbMs += Self.ms(since: started)
            // The usage rows rolled back with the result; what Bedrock billed is recorded on its own.
            meter(chat: chat.calls, embeddings: embedded.calls, extraction: extraction, row: row, lambda: lambda)
            throw ProcessingFailure.store(error)
        } catch {
            meter(chat: chat.calls, embeddings: embedded.calls, extraction: extraction, row: row, lambda: lambda)
            throw ProcessingFailure.transient("storing the result failed (\(error.errorCode))")
        }
        phases.dbMs += Self.ms(since: started)
        // Ids, sizes, counts and timings only: never the text, the key or the patient.
        logger.info(committed ? "document processed" : "document was deleted or taken while it was processed", [
            "documentId": .string(row.id), "contentType": .string(row.contentType), "textBytes": .from(text.utf8.count),
            "encoding": .string(encoding ?? "n/a"), "language": .string(language.rawValue),
            "extractionSource": .string(extraction.source.rawValue), "fallbackReason": .string(extraction.fallbackReason ?? "none"),
            "extractionCalls": .from(extraction.modelCalls), "redactions": .from(redaction?.distinctCount ?? 0),
            "chunks": .from(chunks.count), "embeddingCalls": .from(embedded.calls.count),
            "readMs": .double(phases.readMs), "redactionMs": .double(phases.redactionMs), "extractionMs": .double(phases.extractionMs),
            "chunkingMs": .double(phases.chunkingMs), "embeddingMs": .double(phases.embeddingMs), "dbMs": .double(phases.dbMs),
        ])
    }

    /// Usage rows of a failed attempt (what Bedrock billed before the failure), written on their own.
    private func meter(chat: [BedrockChatModel.Call], embeddings: [BedrockEmbeddingModel.Call], extraction: DocumentExtractionOutcome,
                       row: DocumentRow, lambda: LambdaContext) {
        let usages = metering.usages(calls: chat) + metering.usages(embeddings: embeddings)
        metering.emit(usages, calls: chat, fellBack: extraction.source == .fallback, logger: lambda.logger, requestId: lambda.requestId)
        let entries = metering.ledgerEntries(usages, identity: row.uploadedBy, clinicId: row.clinicId, requestId: lambda.requestId)
        guard !entries.isEmpty else { return }
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            // Audited like every other ledger write: no usage row without an audit row of its request.
            let access = AuditAccess(requestId: lambda.requestId, identity: Self.systemIdentity, clinicId: row.clinicId,
                                     action: "document.process", resourceType: "document")
            try database.audited(access, timeoutMs: Self.timeoutMs(lambda)) { tx in
                for entry in entries { try tx.usage.record(entry) }
                return Audited((), resourceId: row.id, outcome: .error)
            }
        } catch {
            lambda.logger.error("could not record the usage of a failed attempt", ["usageRows": .from(entries.count)])
        }
    }

    private func encodeExtraction(_ outcome: DocumentExtractionOutcome, row: DocumentRow, text: String) throws(ProcessingFailure) -> DocumentExtraction {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do {
            return DocumentExtraction(
                documentId: row.id, clinicId: row.clinicId,
                diagnosisJSON: String(decoding: try encoder.encode(outcome.data.diagnosis), as: UTF8.self),
                medicationsJSON: String(decoding: try encoder.encode(outcome.data.medications), as: UTF8.self),
                followUpJSON: String(decoding: try encoder.encode(outcome.data.followUp), as: UTF8.self),
                notes: outcome.data.notes, extractedText: text, model: outcome.modelId,
                status: outcome.source == .model ? .success : .fallback)
        } catch {
            throw .poisoned("the extracted data could not be stored")
        }
    }

    static func timeoutMs(_ lambda: LambdaContext) -> Int { Int(max(500, min(30_000, lambda.budgetMs(reserving: 500)))) }

    static func ms(since started: UInt64) -> Double { Double(WallClock.monotonicNs() - started) / 1e6 }
}
