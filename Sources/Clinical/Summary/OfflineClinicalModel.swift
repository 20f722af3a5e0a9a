/// The deterministic local model: extractive summaries, prompt answering for the Bedrock-compatible
/// local endpoint, and extractive answers from a provided context. No network, no randomness.
public struct OfflineClinicalModel: Sendable {
    public static let modelId = "offline.clinical-extractive-v1"

    public init() {}

    public func summarize(_ text: String, language: ClinicalLanguage) -> ClinicalSummary {
        OfflineSummarizer(text: text, language: language).summarize()
    }

    /// Answers a Converse-style request. A `SummaryPrompt` gets the summary of the report between its
    /// delimiters in the requested language; a chat prompt (`ChatPrompt`) or a prompt with `<context>` gets an
    /// extractive answer; anything
    /// else gets the summary of the whole user text.
    public func respond(toConverseSystem system: String?, user: String) -> String {
        if let report = SummaryPrompt.extractReport(from: user) {
            let language = SummaryPrompt.requestedLanguage(in: user) ?? LanguageDetector.detect(report)
            return summarize(report, language: language).rendered
        }
        // The file processor's extraction prompt gets the rule-based extraction as the JSON it asks for.
        if let answer = OfflineExtractionAnswer.respond(toUser: user) { return answer }
        // The chat's numbered passages get an extractive answer that cites them ([n]).
        if let answer = OfflineChatAnswerer.respond(to: user) { return answer }
        if let context = ContextAnswerer.extractContext(from: user) {
            return ContextAnswerer.answer(question: ContextAnswerer.question(from: user), context: context)
        }
        return summarize(user, language: LanguageDetector.detect(user)).rendered
    }
}
