import AWSClients
import Clinical
import Store

/// Why processing a document stopped, in terms of what happens next.
enum ProcessingFailure: Error, Sendable {
    /// Worth another attempt (throttling, 5xx, database down, embeddings past their retries): the invocation
    /// fails so Lambda retries the event; on the last attempt the document is FAILED with a retryable reason.
    case transient(String)
    /// The file itself is the problem (unreadable, wrong size, empty): FAILED with a reason a doctor can read,
    /// never retried.
    case poisoned(String)

    /// An AWS call's failure: throttling, 5xx, timeouts and the network are transient; `missing` says what a
    /// 404 means for this call (nil: transient too).
    static func aws(_ error: AWSCallError, what: String, missing: String? = nil) -> ProcessingFailure {
        if error.isNotFound, let missing { return .poisoned(missing) }
        return .transient("\(what) failed (\(error.errorCode))")
    }

    var reason: String {
        switch self {
        case .transient(let why), .poisoned(let why): return why
        }
    }

    static func store(_ error: StoreError) -> ProcessingFailure { .transient("the database was unavailable (\(error.errorType))") }

    static func embedding(_ error: ModelCallError) -> ProcessingFailure {
        .transient("the embedding model failed past its retries (\(error.shortName)); the document can be reprocessed")
    }
}

extension ModelCallError {
    var shortName: String {
        switch self {
        case .throttled: return "throttled"
        case .unavailable: return "unavailable"
        case .timeout: return "timeout"
        case .guardrailIntervened: return "guardrail"
        case .invalidRequest: return "invalid request"
        }
    }
}
