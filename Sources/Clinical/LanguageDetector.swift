/// Spanish or English by counting frequent function words and clinical terms; ties go to Spanish
/// because the product serves Latin America first.
public enum LanguageDetector {
    public static func detect(_ text: String) -> ClinicalLanguage {
        var spanish = 0
        var english = 0
        for word in ScalarText(text).words(limit: 4000) {
            let folded = TextFolding.fold(word)
            if spanishMarkers.contains(folded) { spanish += 1 }
            if englishMarkers.contains(folded) { english += 1 }
        }
        // Letters that only Spanish uses tip close calls.
        for scalar in text.unicodeScalars.prefix(20_000) where "ñÑ¿¡".unicodeScalars.contains(scalar) { spanish += 1 }
        return english > spanish ? .en : .es
    }

    static let spanishMarkers: Set<String> = [
        "el", "la", "los", "las", "de", "del", "y", "en", "con", "por", "para", "que", "se", "un", "una",
        "es", "al", "sin", "años", "anos", "paciente", "dolor", "presenta", "refiere", "cada", "horas",
        "dias", "diagnostico", "control", "consulta", "tratamiento", "como", "mas", "pero", "su", "sus",
        "desde", "hace", "semanas", "niega", "examen", "fisico", "motivo", "plan", "seguimiento",
    ]
    static let englishMarkers: Set<String> = [
        "the", "and", "of", "with", "for", "to", "in", "is", "was", "a", "an", "on", "no", "patient",
        "pain", "presents", "reports", "every", "hours", "days", "diagnosis", "follow", "up", "visit",
        "treatment", "denies", "exam", "physical", "history", "daily", "weeks", "months", "he", "she",
        "his", "her", "year", "old", "assessment", "plan",
    ]
}
