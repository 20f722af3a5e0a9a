/// A doctor's session of 20 interactions (the seeds' usage), the one mix both `make load` and
/// `lambda-local cost` use. Why these counts: the app checks `GET /health` when it opens and once when
/// it comes back to the foreground (2); the doctor sees three patients, reading each one's history
/// twice (before and after the visit: 6) and writing one visit note to summarize (3); opens the
/// document list and one document for two of them (2 + 2); asks the assistant four questions (4);
/// and glances at the month's usage once (1). Reads are 13 of 20 (65 %), model calls 7 (35 %).
/// Two of the four questions continue the chat session the question before opened
/// (`continuedChatInteractions`), and every second session attaches a laboratory report instead of
/// the last history read (`upload`): 0.5 documents per session, the cost model's 10 documents per user
/// and month at 20 sessions — the steps above stay what both count.
public enum SessionMix {
    public struct Step: Sendable, Equatable {
        /// The route as API Gateway names it (`GET /patients/{patientId}/reports`).
        public let route: String
        /// The function serving it (template logical id's executable name).
        public let function: String
        /// Calls to the chat model and to the embedding model per request.
        public let modelCalls: Int
        public let embeddingCalls: Int
    }

    public static let health = Step(route: "GET /health", function: "health", modelCalls: 0, embeddingCalls: 0)
    public static let history = Step(route: "GET /patients/{patientId}/reports", function: "summarizer", modelCalls: 0, embeddingCalls: 0)
    public static let summarize = Step(route: "POST /summarize", function: "summarizer", modelCalls: 1, embeddingCalls: 0)
    public static let documentList = Step(route: "GET /patients/{patientId}/documents", function: "file-processor", modelCalls: 0, embeddingCalls: 0)
    public static let document = Step(route: "GET /documents/{documentId}", function: "file-processor", modelCalls: 0, embeddingCalls: 0)
    public static let chat = Step(route: "POST /chat", function: "chat", modelCalls: 1, embeddingCalls: 1)
    public static let usage = Step(route: "GET /usage", function: "chat", modelCalls: 0, embeddingCalls: 0)
    /// A document upload: `POST /uploads` (a presigned URL), then the PUT to S3 and the file-processor run
    /// the stored object triggers (a text laboratory report: read, chunked and embedded by the function).
    public static let upload = Step(route: "POST /uploads", function: "file-processor", modelCalls: 0, embeddingCalls: 0)

    /// The session in order (interaction k of a doctor's session is `session[k]`).
    public static let session: [Step] = [
        health, usage, history, documentList, document, history, summarize, chat,
        history, chat, history, summarize, documentList, health, document, history, chat, history, summarize, chat,
    ]

    /// The chat turns (indices into `session`) that continue the session the doctor's previous question
    /// opened: they send its `sessionId`, so the turn reads and extends that session's history.
    public static let continuedChatInteractions: Set<Int> = [9, 19]

    /// Every `sessionsPerUpload`-th session does `upload` at `uploadInteraction` instead of that history read.
    public static let uploadInteraction = 17
    public static let sessionsPerUpload = 2

    /// Requests per session per route.
    public static var countsPerSession: [String: Int] { session.reduce(into: [:]) { $0[$1.route, default: 0] += 1 } }
    public static var steps: [Step] { [health, history, summarize, documentList, document, chat, usage] }
}
