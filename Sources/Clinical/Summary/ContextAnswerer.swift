/// Extractive answers for chat prompts: the context sentences closest to the question.
public enum ContextAnswerer {
    public static let openTag = "<context>"
    public static let closeTag = "</context>"

    public static func extractContext(from user: String) -> String? {
        guard let open = user.firstRange(of: openTag) else { return nil }
        let after = user[open.upperBound...]
        guard let close = after.firstRange(of: closeTag) else { return nil }
        return String(after[..<close.lowerBound])
    }

    /// The user text outside the context block.
    public static func question(from user: String) -> String {
        guard let open = user.firstRange(of: openTag), let close = user[open.upperBound...].firstRange(of: closeTag) else { return user }
        return (String(user[..<open.lowerBound]) + " " + String(user[close.upperBound...])).trimmingWhitespace()
    }

    /// Up to three context sentences sharing the most content words with the question, in context order.
    public static func answer(question: String, context: String) -> String {
        let language = LanguageDetector.detect(question)
        let questionWords = contentWords(question)
        var scored: [(Int, Int, String)] = []
        for (index, sentence) in SentenceSegmenter.split(context).enumerated() {
            let overlap = contentWords(sentence).intersection(questionWords).count
            if overlap > 0 { scored.append((index, overlap, sentence)) }
        }
        guard !scored.isEmpty else {
            return language == .es
                ? "No encuentro esa información en los documentos disponibles."
                : "I cannot find that information in the available documents."
        }
        let best = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).sorted { $0.0 < $1.0 }
        let lead = language == .es ? "Según los documentos disponibles:" : "According to the available documents:"
        return ([lead] + best.map { "- \($0.2)" }).joined(separator: "\n")
    }

    static func contentWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for token in ScalarText(text).tokens() where token.letters + token.digits >= 3 {
            let folded = token.folded
            if !stopWords.contains(folded) { words.insert(folded) }
        }
        return words
    }

    static let stopWords: Set<String> = [
        "que", "cual", "cuales", "como", "cuando", "donde", "para", "por", "con", "sin", "los", "las", "del", "una", "uno",
        "unos", "unas", "este", "esta", "ese", "esa", "sus", "fue", "son", "esta", "tiene", "tuvo", "hay", "the", "and",
        "what", "which", "when", "where", "how", "was", "were", "are", "his", "her", "has", "had", "does", "did", "for",
        "with", "this", "that", "from", "paciente", "patient", "pregunta", "question",
    ]
}
