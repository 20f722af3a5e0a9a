/// The words of a question worth searching for: accent-kept tokens (PostgreSQL's Spanish and English
/// configurations stem and fold them), question words and clinical filler dropped, codes such as
/// E11.9 or HbA1c kept whole.
public enum ChatQueryTerms {
    public static func terms(_ question: String, limit: Int = 32) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for raw in question.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) {
            var word = String(raw)
            while let last = word.last, last == "." || last == "-" { word.removeLast() }
            while let first = word.first, first == "." || first == "-" { word.removeFirst() }
            let folded = TextFolding.fold(word)
            let hasDigit = word.contains(where: \.isNumber)
            guard hasDigit ? !word.isEmpty : word.count >= 3 else { continue }
            guard !ContextAnswerer.stopWords.contains(folded), !extraStopWords.contains(folded) else { continue }
            if seen.insert(folded).inserted { result.append(word) }
            if result.count == limit { break }
        }
        return result
    }

    /// How many content words `text` shares with `question` (for candidates the database does not rank,
    /// such as report summaries).
    public static func overlap(_ question: String, _ text: String) -> Int {
        ContextAnswerer.contentWords(question).intersection(ContextAnswerer.contentWords(text)).count
    }

    static let extraStopWords: Set<String> = [
        "cual", "cuanto", "cuanta", "cuantos", "cuantas", "quien", "tiene", "toma", "tomando", "actualmente", "actual",
        "dice", "segun", "sobre", "algun", "alguna", "hay", "fue", "era", "ser", "esta", "estan", "documento", "documentos",
        "informe", "informes", "pacientes", "the", "who", "whom", "whose", "any", "about", "according", "document",
        "documents", "report", "reports", "patients", "taking", "currently", "current", "have", "there", "does", "been",
        "mas", "menos", "muy", "también", "tambien", "also", "que", "qué", "del", "las", "los", "una", "por", "con", "para",
        "doctor", "doctora", "dra", "dr", "nos", "les", "sus", "what", "which", "how", "his", "her", "their", "was", "were",
    ]
}
