/// The offline model's answer to a `ChatPrompt` (the local Bedrock endpoint's chat): the passage
/// sentences sharing the most content words with the question, each cited as [n]; when none share a
/// word, it says plainly that the passages do not contain the answer. Extractive: it never adds facts.
public enum OfflineChatAnswerer {
    public static func respond(to user: String) -> String? {
        guard let passages = ChatPrompt.passages(in: user), let question = ChatPrompt.question(in: user) else { return nil }
        let language = ChatPrompt.requestedLanguage(in: user) ?? LanguageDetector.detect(question)
        let wanted = ContextAnswerer.contentWords(question)
        var scored: [(overlap: Int, order: Int, n: Int, sentence: String)] = []
        var order = 0
        for passage in passages {
            for sentence in SentenceSegmenter.split(passage.text) {
                let overlap = ContextAnswerer.contentWords(sentence).intersection(wanted).count
                if overlap > 0 { scored.append((overlap, order, passage.n, sentence)) }
                order += 1
            }
        }
        guard !scored.isEmpty else { return ChatReplies.passagesLackAnswer(language) }
        let best = scored.sorted { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : $0.order < $1.order }.prefix(3)
        let lead = language == .es ? "Según los documentos disponibles:" : "According to the available documents:"
        return ([lead] + best.sorted { $0.order < $1.order }.map { "- \($0.sentence.trimmingWhitespace()) [\($0.n)]" })
            .joined(separator: "\n")
    }
}
