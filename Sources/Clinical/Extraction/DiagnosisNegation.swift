/// Where a denial reaches in a list (round 7, issue 17). A negation cue opening a clause — `niega`, `sin`, `no`, `ni`,
/// `tampoco`, `nada de`, `no refiere`, `negativo para`, `negative for`, `no evidence of`, `sin datos de`, `descarta`,
/// `se descarta`, `descartar`, `r/o`, `rule out`, `denies`, `nega`, `sem`, `ausencia de` — denies every item the clause
/// lists, not only the first: `Negativo para VHB y VHC` denies both, `r/o ACS and PE` rules out both. The scope ends at
/// the clause's end (`;`, a sentence end) or at a word that turns it (`pero`, `but`, `aunque`, `however`).
enum DiagnosisNegation {
    /// True when the clause opens with a negation cue (folded words, at most the first three looked at).
    static func opensWithNegation(_ clause: String) -> Bool {
        let raw = TextFolding.fold(clause.trimmingWhitespace())
        // "r/o ACS", "R/O PE": the slash is the cue's.
        if raw.hasPrefix("r/o ") || raw.hasPrefix("r/o:") || raw.hasPrefix("ro/ ") { return true }
        let words = raw.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return false }
        if singleCues.contains(first) { return true }
        // "no DM", "no refiere HTA", "not diabetic", "não HAS": a bare negation before a word (not "no." alone).
        // "not at goal", "no controlada", "no complicada", "not specified": a negated state qualifies its item, it denies nothing.
        if ["no", "not", "nao", "nunca", "never"].contains(first) && words.count >= 2 { return !isNegatedState(words[1]) }
        guard words.count >= 2 else { return false }
        let two = words[0] + " " + words[1]
        if pairCues.contains(two) { return true }
        if words.count >= 3, tripleCues.contains(two + " " + words[2]) { return true }
        return false
    }

    /// "controlada", "complicated", "especificada", "at (goal)", "bien (controlada)": the word after "no"/"not" names a state.
    static func isNegatedState(_ word: String) -> Bool {
        if ["at", "en", "bien", "well", "fully", "totalmente", "del", "otherwise"].contains(word) { return true }
        return word.count > 4 && ["ado", "ada", "ido", "ida", "ed", "ados", "adas", "idos", "idas"].contains(where: { word.hasSuffix($0) })
    }

    /// One-word cues: the word alone opens a denial.
    static let singleCues: Set<String> = [
        "niega", "niegan", "negando", "nega", "negou", "negam", "denies", "denied", "deny", "denying", "sin", "sem", "without",
        "ni", "nor", "tampoco", "neither", "descarta", "descartan", "descartado", "descartada", "descartados", "descartadas",
        "descartar", "descartarse", "descartase", "excluir", "exclude", "excluded", "afastar", "afastado", "afastada", "ro",
        "ninguno", "ninguna", "ningun", "nenhum", "nenhuma", "none", "nkda", "nka", "ausencia", "ausente", "absence", "absent",
    ]
    /// Two-word cues: "nada de", "negativo para", "negative for", "se descarta", "rule out", "free of".
    static let pairCues: Set<String> = [
        "nada de", "nada para", "negativo para", "negativa para", "negativos para", "negativas para", "negative for",
        "negativo a", "negativa a", "negativo pra", "se descarta", "se descartan", "se descarto", "se excluye", "se excluyo",
        "rule out", "rules out", "ruled out", "ruling out", "r o", "free of", "libre de", "libres de", "sin evidencia",
        "sin datos", "sin signos", "sin sintomas", "sem sinais", "sem evidencia", "no evidence", "no signs", "no hay",
        "tampoco hay", "ausencia de", "absence of",
    ]
    /// Three-word cues: "no se observa", "no hay evidencia", "without evidence of".
    static let tripleCues: Set<String> = [
        "no se observa", "no se observan", "no hay evidencia", "without evidence of", "with no evidence", "there is no",
    ]

    /// Words after which a denied clause speaks of something present again: "sin fiebre pero con neumonía".
    static let scopeTurners: Set<String> = ["pero", "but", "aunque", "however", "porem", "although"]

    /// The clause's part the negation does not reach: what follows a turning word ("sin fiebre, pero con neumonía basal"
    /// → "con neumonía basal"), or nil when the whole clause is denied.
    static func afterScope(_ clause: String) -> String? {
        let folded = " " + TextFolding.fold(clause) + " "
        for turner in scopeTurners {
            guard let r = folded.firstRange(of: " " + turner + " ") else { continue }
            let offset = folded.unicodeScalars.distance(from: folded.startIndex, to: r.upperBound) - 1
            guard offset < clause.unicodeScalars.count else { continue }
            let rest = String(clause.unicodeScalars.dropFirst(offset)).trimmingWhitespace()
            return rest.isEmpty ? nil : rest
        }
        return nil
    }
}
