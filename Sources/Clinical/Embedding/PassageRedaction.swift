/// The redacted form of a passage, for its embedding (PHI never reaches the embedding model): the passage
/// is redacted on its own, and whatever the whole document's redaction found that the passage alone did not
/// recognise (a name introduced pages earlier) is replaced too.
public enum PassageRedaction {
    public static func redact(_ passage: String, document: PHIRedaction?) -> String {
        var text = PHIRedactor().redact(passage).text
        guard let document, !document.replacements.isEmpty else { return text }
        // Longest first, so "Juan Pérez López" goes before "Juan Pérez".
        let originals = Dictionary(document.replacements.map { ($0.original, $0.placeholder) }, uniquingKeysWith: { first, _ in first })
        for (original, placeholder) in originals.sorted(by: { $0.key.count > $1.key.count }) where original.count >= 3 {
            if text.contains(original) { text = text.replacingAll(original, with: placeholder) }
        }
        return text
    }
}
