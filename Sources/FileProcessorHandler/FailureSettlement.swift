import APIHandling
import AWSClients
import LambdaRuntime
import Store

/// What a failed attempt leaves behind. Poisoned: FAILED, not retryable, done. Transient: the claim is
/// released and the invocation fails so that Lambda retries the event — unless this was the last attempt
/// (by count, or by the event's age against the maximum event age), then FAILED with a retryable reason.
struct FailureSettlement: Sendable {
    /// An attempt this close to the maximum event age will not get another one.
    static let eventAgeMarginSeconds: Int64 = 300

    let configuration: FileProcessorConfiguration
    let provider: DatabaseProvider

    /// Whether the invocation must fail (so Lambda retries).
    func settle(_ failure: ProcessingFailure, row: DocumentRow, eventTime: String?, lambda: LambdaContext) -> Bool {
        let logger = lambda.logger
        let ageSeconds = eventTime.flatMap(Self.epochSeconds).map { WallClock.nowMs() / 1000 - $0 }
        let lastAttempt = row.processingAttempts >= configuration.maxProcessingAttempts
            || (ageSeconds ?? 0) >= Int64(configuration.maxEventAgeSeconds) - Self.eventAgeMarginSeconds
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            let documents = database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents
            switch failure {
            case .poisoned(let reason):
                try documents.markFailed(id: row.id, clinicId: row.clinicId, reason: reason, retryable: false)
                logger.warn("document failed", ["documentId": .string(row.id), "retryable": .bool(false), "reason": .string(reason)])
                return false
            case .transient(let reason) where lastAttempt:
                try documents.markFailed(id: row.id, clinicId: row.clinicId,
                                         reason: "processing failed after \(row.processingAttempts) attempt(s): \(reason)", retryable: true)
                logger.error("document failed after its last attempt", ["documentId": .string(row.id), "retryable": .bool(true),
                                                                        "attempts": .from(row.processingAttempts), "reason": .string(reason)])
                return false
            case .transient(let reason):
                try documents.releaseClaim(id: row.id, clinicId: row.clinicId, reason: "retrying after a temporary failure: \(reason)")
                logger.warn("document attempt failed; Lambda will retry", ["documentId": .string(row.id), "attempts": .from(row.processingAttempts),
                                                                          "reason": .string(reason)])
                return true
            }
        } catch {
            // The database itself is down: the lease runs out and the retry of this event claims the document again.
            logger.error("could not record a failed attempt", ["documentId": .string(row.id), "errorType": .string(error.errorCode)])
            return true
        }
    }

    /// `2026-12-01T09:00:00.000Z` / `2026-12-01T09:00:00Z` → Unix seconds (nil when not that form).
    static func epochSeconds(_ iso: String) -> Int64? {
        let digits = iso.prefix(19).filter { $0 != "-" && $0 != ":" }
        guard iso.count >= 19, digits.count == 15 else { return nil }
        return SigV4Date(amzDate: digits + "Z")?.epochSeconds
    }
}
