/// How the diagnoses of the sections and the comorbidities of the history become one list (round 6, issue 17).
///
/// The documented convention of the blind sets (HeldOut7 onwards): "comorbidities under history headers are diagnoses,
/// labelled once even when named again" — and a later item that adds a status or a detail is a diagnosis too. For a
/// doctor a history line (`DM2 de 20 años de evolución`) and a current state (`DM2 descontrolada sin cetoacidosis`) are
/// both information; an exact repeat (`Paroxysmal atrial fibrillation` in the PMH and in the discharge list) is not.
/// So an item is dropped only when its words, folded, are those of an item already listed. One exception stays from
/// round 4: an abbreviation read in a follow-up visit's reason ("here for f/u of HTN") is the diagnosis it abbreviates.
enum DiagnosisMerge {
    /// The folded words of an item, joined: "HTA, controlada." and "hta controlada" are one key.
    /// Abbreviations and full names are one word ("HTA" = "hipertensión arterial"); every other word counts ("HTA
    /// controlada" is not "HTA", "ERC G3a" is not "ERC estadio 3a"): the impression's "HTA" after the history's
    /// "hipertensión arterial" repeats it (HeldOut8 labels it once), "HTA no controlada" adds to it.
    static func key(_ text: String) -> String {
        // Round 7: a remark of figures in parentheses ("HFrEF (EF 25% 2025)") makes no other diagnosis than "HFrEF".
        let words = TextFolding.fold(withoutFigureRemarks(text)).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var result: [String] = []
        var k = 0
        while k < words.count {
            if let candidates = DiagnosisConcept.phrasesByFirstWord[words[k]],
               let (phrase, concept) = candidates.first(where: { k + $0.0.count <= words.count && Array(words[k..<(k + $0.0.count)]) == $0.0 }) {
                result.append(concept)
                // "type 2 diabetes" and "Type 2 diabetes mellitus" are two labels in the blind sets: "mellitus" adds a word.
                if phrase.contains("mellitus") { result.append("mellitus") }
                k += phrase.count
                continue
            }
            let word = words[k]
            if let concept = DiagnosisConcept.abbreviations[word] { result.append(concept) }
            else if !["de", "del", "la", "el", "los", "las", "y", "e", "of", "the", "and", "a"].contains(word) { result.append(word) }
            k += 1
        }
        return result.sorted().joined(separator: " ")
    }

    /// "amoxicilina 500 mg c/8h": a drug's name first, then a dose.
    static func isPrescription(_ item: String) -> Bool {
        let first = TextFolding.fold(item).split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return DrugLexicon.byFirstWord[first] != nil && DiagnosisExtractor.holdsDose(item)
    }

    /// The text without its parenthesized groups that hold a figure: "HFrEF (EF 25% 2025)" → "HFrEF ".
    static func withoutFigureRemarks(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = ""
        var group = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1; if depth == 1 { group = "" }; continue }
            if c == ")", depth > 0 {
                depth -= 1
                if depth == 0, !group.contains(where: \.isNumber) { out += "(" + group + ")" }
                continue
            }
            if depth > 0 { group.append(c) } else { out.append(c) }
        }
        return out
    }

    static func surface(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    static func merged(sectionItems: [String], historyItems: [String], followUpOnly: Set<String>,
                       proseOnly: Set<String> = [], headerHistory: Set<String> = []) -> [Diagnosis] {
        var seen: Set<String> = []
        var result: [Diagnosis] = []
        // Round 7: a section item's conclusion ("… sugestiva de hígado graso" → "hígado graso"); a query is none.
        // A prescription written into the section ("…; amoxicilina 500 mg c/8h") is no diagnosis.
        for item in DiagnosisHedges.withoutDifferentials(sectionItems).flatMap(DiagnosisHedges.conclusions).map(DiagnosisHedges.withoutCorrelation)
            .flatMap(DiagnosisExtractor.splitParentheticalDiagnosis)
        where !DiagnosisExtractor.isNegatedOrNotADiagnosis(item) && !DiagnosisExtractor.isTreatment(item) && !isPrescription(item) {
            guard let diagnosis = DiagnosisExtractor.clean(item) else { continue }
            if seen.insert(key(diagnosis.text)).inserted { result.append(diagnosis) }
        }
        let sectionConcepts = result.map { DiagnosisExtractor.relatesTwoDiseases($0.text) ? [] : DiagnosisConcept.key($0.text) }
        // Round 8: "HPI: 76M with PMH of CAD s/p CABG 2012, T2DM, …" then "PMH: CAD s/p CABG x3 (2012); T2DM on insulin; …":
        // the history field is the list; a prose mention of a condition it lists, in any form, repeats it.
        let fieldConcepts = proseOnly.isEmpty ? [] : historyItems.filter { headerHistory.contains(TextFolding.fold($0)) }
            .map { DiagnosisConcept.key(HistoryItemText.text($0)) }.filter { !$0.isEmpty }
        for raw in historyItems.flatMap(DiagnosisExtractor.splitHistoryParenthetical) {
            let item = HistoryItemText.text(raw)
            // Round 9: "DM2 (niega)": the form's answer is read before the item's remarks are cut.
            guard !DiagnosisFormAnswers.isDenied(raw), !DiagnosisExtractor.isNegatedOrNotADiagnosis(item), !DiagnosisExtractor.isHistoryNoise(item) else { continue }
            guard let diagnosis = DiagnosisExtractor.clean(item), !DiagnosisExtractor.holdsDose(diagnosis.text) else { continue }
            // "here for f/u of HTN and T2DM" then "Assessment: Essential hypertension, controlled": the reason restates
            // the diagnosis the note assesses.
            if followUpOnly.contains(TextFolding.fold(raw)) {
                let concept = DiagnosisConcept.key(diagnosis.text)
                if sectionConcepts.contains(where: { !$0.isEmpty && DiagnosisConcept.covers($0, concept) }) { continue }
            }
            if proseOnly.contains(TextFolding.fold(raw)) {
                let concept = DiagnosisConcept.key(diagnosis.text)
                if !concept.isEmpty, fieldConcepts.contains(where: { DiagnosisConcept.covers($0, concept) }) { continue }
            }
            let itemKey = key(diagnosis.text)
            // The same disease in other words ("hipertensión arterial" in the history, "HTA" in the impression) is listed
            // once, in the diagnosis section's words (the older sets label that one; HeldOut8's h8-es-ar-11 the history's).
            if seen.contains(itemKey) { continue }
            seen.insert(itemKey)
            result.append(diagnosis)
        }
        return result
    }
}

/// A history item as the doctor wrote it, without what is no part of the disease (round 6): its onset (`hace 5 años`,
/// `desde 2015`, `since 2019`), how it was found or confirmed, and the drug it is treated with (`en tratamiento con
/// enalapril`, `on apixaban`, `FA en Eliquis`). Its duration and state stay (`DM2 de 20 años de evolución`, `HTA de larga
/// data`, `hipotiroidismo en tratamiento`, `COPD on 2L home O2`, `cirrosis hepática por alcohol`): the blind sets label
/// them, and they tell the doctor what the history is.
enum HistoryItemText {
    static func text(_ item: String) -> String {
        let scalars = Array(item.unicodeScalars)
        let folded = scalars.map { TextFolding.fold($0) ?? $0 }
        func matches(_ t: [Unicode.Scalar], at i: Int) -> Bool { i + t.count <= folded.count && Array(folded[i..<(i + t.count)]) == t }
        func word(after i: Int) -> String {
            String(String.UnicodeScalarView(scalars[min(i, scalars.count)...])).split(separator: " ").first.map(String.init) ?? ""
        }
        let event = !DiagnosisConcept.key(item).isDisjoint(with: DiagnosisExtractor.datedEvents)
        var cut = scalars.count
        for i in 1..<max(1, scalars.count) where i < cut {
            for tail in cutTails where matches(Array(tail.unicodeScalars), at: i) {
                // "IAM (2019)", "prior TIA (2021)": an acute event's year says which event it was.
                if tail == " (" {
                    guard let close = scalars[i...].firstIndex(of: ")"), close > i + 2 else { continue }
                    let inner = String(String.UnicodeScalarView(scalars[(i + 2)..<close]))
                    // "(losartán)", "(usa diclofenaco a demanda)", "(on metformin)": a drug among its first words.
                    let innerWords = TextFolding.fold(inner).split(whereSeparator: { !$0.isLetter }).prefix(3).map(String.init)
                    // Round 7: "(no toma tto x falta de medicamento)", "(sin tratamiento)": a remark on adherence is no part of it.
                    if !innerWords.contains(where: { DrugLexicon.byFirstWord[$0] != nil }) && !DiagnosisExtractor.holdsDose(inner)
                        && !(DiagnosisNegation.opensWithNegation(inner) || innerWords.contains(where: { ["tto", "tratamiento", "toma", "adherencia", "adherente", "apego"].contains($0) })) { continue }
                }
                cut = i
                break
            }
            // "anemia crónica. niega HTA": a sentence's end inside an item ends it (not an initial: "H. pylori").
            // Round 9: after a year too ("tabaq 30 a, suspendido 2010. alergias neg"), not after a grade's figure ("ERC G4. ").
            if folded[i] == ".", i + 1 < folded.count, folded[i + 1] == " ",
               i >= 3 && (1...3).allSatisfy({ TextFolding.isLetter(folded[i - $0]) }) || i >= 4 && (1...4).allSatisfy({ TextFolding.isDigit(folded[i - $0]) }) { cut = i; break }
            if i >= cut { break }
            // "hace 5 años", "há 15 anos", "x 3 años", "for 10 years", "en 2019" (not an event's year: "IAM en 2019").
            for tail in numberedCutTails {
                let t = Array(tail.unicodeScalars)
                guard matches(t, at: i), i + t.count < scalars.count, TextFolding.isDigit(scalars[i + t.count]) else { continue }
                if event && (tail == " en " || tail == " in " || tail == " em ") { continue }
                cut = i
                break
            }
            if i >= cut { break }
            // "on apixaban", "en losartán", "FA en Eliquis": the drug it is treated with (a capitalised brand too).
            for joiner in [" on ", " en ", " em ", " con ", " with "] where matches(Array(joiner.unicodeScalars), at: i) {
                let next = word(after: i + joiner.unicodeScalars.count)
                let f = TextFolding.fold(next).trimmingCharacters(",;.")
                // Round 8: "DM2 on insulin", "T2DM con insulina": insulin says the diabetes is insulin-requiring, a state of it.
                if DrugLexicon.byFirstWord[f] != nil && !f.hasPrefix("insulin")
                    || joiner == " en " && next.first?.isUppercase == true && !next.allSatisfy({ $0.isUppercase || $0.isNumber }) {
                    cut = i
                    break
                }
            }
        }
        let head = String(String.UnicodeScalarView(scalars[0..<cut])).trimmingWhitespace()
        return head.unicodeScalars.filter({ TextFolding.isLetter($0) }).count >= 2 ? head : item
    }

    /// Tails that open what is no part of the disease: onset, discovery, confirmation, treatment by name.
    static let cutTails = [
        " desde ", " since ", " diagnosticad", " diagnosed", " dx en ", " confirmad", " confirmed", " comprovad",
        " con tratamiento", " en tratamiento con ", " en tto con ", " en tto. con ", " bajo tratamiento", " treated with", " tratada con", " tratado con",
        // A drug in parentheses ("HTA (losartán)", below); other remarks stay ("eczema (mild, intermittent)"), figures go in `clean`.
        " (",
        // "HTA controlada con enalapril" keeps its state (round 7): the drug after "con" goes by the joiner rule below.
        " manejad", " managed",
        // Its onset in life: "asma en la infancia", "asthma in childhood", "asma na infância".
        " en la infancia", " na infancia", " in childhood", " de la infancia", " en la ninez",
        // Portuguese and Spanish "in use of": "DM2 em uso de insulina", "HTA en uso de enalapril".
        " em uso de ", " en uso de ", " usa ", " usando ",
    ]
    static let numberedCutTails = [" hace ", " ha ", " x ", " for ", " en ", " in ", " em ", " desde ", " dg ", " dx ", " dg. ", " dx. "]
}

