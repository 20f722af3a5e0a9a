/// Text helpers other modules (evaluation, handlers) may share with the domain.
public enum ClinicalTextTools {
    /// Lowercased, accent-stripped text ("Diagnóstico" → "diagnostico").
    public static func fold(_ text: String) -> String { TextFolding.fold(text) }

    /// Sentences of a clinical text (abbreviation- and decimal-aware).
    public static func sentences(_ text: String) -> [String] { SentenceSegmenter.split(text) }
}
