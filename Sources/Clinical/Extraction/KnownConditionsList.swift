/// Comorbidities named before "conocido(s)" / "conocida(s)" / "conhecido(s)" (round 9, issue 17): "DM2 e HTA
/// conocidos, dislipidemia.", "Asma e rinite conhecidas.", "EPOC y FA conocidas". Clinicians write a patient's known
/// conditions this way in any kind of note, also one with a diagnosis section, where the prose readers are not read.
/// Only a sentence opening with the list counts, every item a known condition; "No cardiopatía conocida", "FA no
/// conocida", "sin alergias conocidas" deny or doubt and give nothing.
enum KnownConditionsList {
    static func items(in line: String) -> [String] {
        // Most lines hold no such word: a byte search first.
        guard line.utf8.count >= 10, line.contains("onocid") || line.contains("onhecid") else { return [] }
        var result: [String] = []
        for sentence in SentenceSegmenter.split(line) {
            var clause = sentence.trimmingWhitespace()
            // "Motivo: control. DM2 e HTA conocidos": after a field's short label.
            if let colon = clause.firstIndex(of: ":"), clause[..<colon].split(separator: " ").count <= 3 {
                clause = String(clause[clause.index(after: colon)...]).trimmingWhitespace()
            }
            let words = clause.split(separator: " ").map(String.init)
            guard let at = words.firstIndex(where: { knownWords.contains(TextFolding.fold($0).trimmingCharacters(",;.")) }), at >= 1, at <= 8 else { continue }
            let before = words[..<at].joined(separator: " ")
            if DiagnosisNegation.opensWithNegation(before) || ["no", "nao", "not", "sin", "sem"].contains(TextFolding.fold(words[at - 1])) { continue }
            // The sentence opens with the list ("DM2 e HTA conocidos"), not with the patient ("Paciente com HAS…", read elsewhere).
            let listed = DiagnosisListSplitter.listItems(before)
            guard ProseDiagnoses.opensWithDiseaseWord(before), !listed.isEmpty, listed.allSatisfy(DiagnosisConcept.namesKnownCondition) else { continue }
            result += listed
            // "DM2 e HTA conocidos, dislipidemia": the list goes on after the word when its items are known conditions too.
            guard words[at].hasSuffix(","), at + 1 < words.count else { continue }
            let more = DiagnosisListSplitter.listItems(words[(at + 1)...].joined(separator: " "))
            if !more.isEmpty, more.allSatisfy(DiagnosisConcept.namesKnownCondition) { result += more }
        }
        return result
    }

    static let knownWords: Set<String> = ["conocido", "conocida", "conocidos", "conocidas", "conhecido", "conhecida", "conhecidos", "conhecidas"]
}
