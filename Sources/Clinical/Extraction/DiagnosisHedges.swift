/// A section item's conclusion and its queries (round 7, issue 17). Doctors write the reasoning into the list:
/// `elevación de transaminasas sugestiva de hígado graso`, `most consistent with diabetic kidney disease`, `bronquiolitis?
/// vs 1er episodio de broncoobstrucción - se interpreta como crisis obstructiva bronquial`. The diagnosis is what the
/// conclusion cue names when what stands before it is a finding or a doubt; a disease before the cue keeps the whole item
/// (`anemia microcítica hipocrómica compatible con ferropenia`). An item that is only a query (`bronquiolitis?`, `vs …`)
/// is no diagnosis.
enum DiagnosisHedges {
    /// The item's diagnoses: after its conclusion cue when the item opens with one or when the part before it is no disease;
    /// both when a disease stands before the cue's comma ("CKD stage 3a …, most consistent with diabetic kidney disease").
    static func conclusions(_ item: String) -> [String] {
        // Most items hold no cue: a byte search before folding (the list splitter asks for every item).
        guard mayHoldCue(item) else { return [item] }
        let folded = TextFolding.fold(item)
        for cue in cues {
            guard let range = folded.firstRange(of: ", " + cue) ?? folded.firstRange(of: ", most " + cue) ?? folded.firstRange(of: ", more " + cue) else { continue }
            let before = String(item.unicodeScalars.prefix(folded.unicodeScalars.distance(from: folded.startIndex, to: range.lowerBound))).trimmingWhitespace()
            let rest = String(item.unicodeScalars.dropFirst(folded.unicodeScalars.distance(from: folded.startIndex, to: range.lowerBound) + 2))
            guard DiagnosisVocabulary.looksLikeDiagnosis(before) || DiagnosisListSplitter.opensWithDiseaseNoun(before) || holdsDiseaseWord(before) else { break }
            let after = conclusion(rest)
            if after.isEmpty { return [before] }
            return after == rest ? [item] : [before, after]
        }
        let concluded = conclusion(item)
        return concluded.isEmpty ? [] : [concluded]
    }

    /// The item's diagnosis: after its conclusion cue when the item opens with one or when the part before it is no disease.
    static func conclusion(_ item: String) -> String {
        guard mayHoldCue(item) else { return item }
        let folded = TextFolding.fold(item)
        for cue in cues {
            guard let range = folded.firstRange(of: cue) else { continue }
            let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
            guard start == 0 || folded[folded.index(before: range.lowerBound)] == " " else { continue }
            let before = String(item.unicodeScalars.prefix(folded.unicodeScalars.distance(from: folded.startIndex, to: range.lowerBound)))
                .trimmingWhitespace().trimmingCharacters(",;-")
            let offset = folded.unicodeScalars.distance(from: folded.startIndex, to: range.upperBound)
            let after = String(item.unicodeScalars.dropFirst(offset)).trimmingWhitespace()
            guard after.contains(where: \.isLetter) else { continue }
            let leadWords = TextFolding.fold(before).split(whereSeparator: { !$0.isLetter }).map(String.init)
            // "hallazgos no compatibles con neumonía", "not consistent with PE": a denied conclusion names nothing.
            if let last = leadWords.last, ["no", "not", "nao", "sin", "without", "ni", "nor", "nem"].contains(last) { return "" }
            if leadWords.isEmpty || leadWords.allSatisfy({ ["most", "more", "mas", "muy", "probably", "likely"].contains($0) })
                || before.contains("?") || (" " + TextFolding.fold(before) + " ").hasSubstring(" vs ")
                || !DiagnosisVocabulary.looksLikeDiagnosis(before) && !DiagnosisListSplitter.opensWithDiseaseNoun(before) {
                return withoutCorrelation(after)
            }
        }
        return item
    }

    /// "hígado graso (correlacionar con USG)" → "hígado graso": an instruction in parentheses is no part of the diagnosis.
    static func withoutCorrelation(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return text }
        let inner = TextFolding.fold(String(text[text.index(after: open)..<close]))
        guard ["correlacionar", "correlate", "a correlacionar", "sugiero", "valorar", "descartar", "rule"].contains(where: { inner.hasPrefix($0) }) else { return text }
        return (String(text[..<open]) + String(text[text.index(after: close)...])).trimmingWhitespace()
    }

    /// "nephrotic-range proteinuria with CKD stage 2": a capital abbreviation of a disease, a head noun or a disease's
    /// ending among the words of a phrase of at most twelve.
    static func holdsDiseaseWord(_ phrase: String) -> Bool {
        let tokens = phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard tokens.count <= 12 else { return false }
        return tokens.contains { t in
            let f = TextFolding.fold(t)
            return DiagnosisListSplitter.isDiseaseAbbreviation(t) || DiagnosisListSplitter.diseaseHeads.contains(f) || DiagnosisVocabulary.heads.contains(f)
                || DiagnosisVocabulary.hasDiseaseEnding(f) || f.count > 7 && f.hasSuffix("uria")
        }
    }

    /// "vs 1er episodio de broncoobstrucción", "versus asma": the other side of a differential.
    static func opensDifferential(_ item: String) -> Bool {
        let folded = TextFolding.fold(item.trimmingWhitespace())
        return folded.hasPrefix("vs ") || folded.hasPrefix("vs. ") || folded.hasPrefix("versus ")
    }

    /// The section's items without a differential: "bronquiolitis? vs …" — the queried item before "vs" and the other side
    /// go ("Insuficiencia cardíaca de reciente diagnóstico?" alone, a hypothesis, stays).
    static func withoutDifferentials(_ items: [String]) -> [String] {
        var result: [String] = []
        for (k, item) in items.enumerated() {
            if opensDifferential(item) { continue }
            if item.trimmingWhitespace().hasSuffix("?"), k + 1 < items.count, opensDifferential(items[k + 1]) { continue }
            result.append(item)
        }
        return result
    }

    /// True when the text holds an ASCII fragment of a cue, case-insensitively (`| 0x20` lowercases letters).
    static func mayHoldCue(_ text: String) -> Bool {
        text.holdsASCIIFragment(cueFragments)
    }

    static let cueFragments: [[UInt8]] = ["compat", "consist", "sugest", "suger", "suggest", "interpret", "keeping", "concern", "relaci"]
        .map { Array($0.utf8) }

    static let cues = [
        "se interpreta como ", "interpretado como ", "interpretada como ", "most consistent with ", "more consistent with ",
        "consistent with ", "compatible con ", "compatibles con ", "sugestiva de ", "sugestivo de ", "sugestivos de ",
        "sugerente de ", "sugerentes de ", "suggestive of ", "in keeping with ", "concerning for ", "compativel com ",
        "compativeis com ", "en relacion con ", "en relacion a ",
    ]
}
