import Clinical

/// Scores the redactor, the extractor and the offline summary against the labelled corpus.
///
/// Matching rules:
/// - PHI recall: a labelled span counts as found when every letter and digit of it lies inside a predicted
///   span (of the same kind for the per-kind figure, of any kind for the overall figure) — what matters is
///   that the value never reaches the model. Every occurrence of a labelled text in the note is a gold span.
/// - PHI precision: a predicted span is correct when it overlaps a labelled span (same kind per kind, any kind overall).
/// - Medications: a predicted name matches a labelled one when either contains the other (accent- and case-folded).
/// - Diagnoses: same ICD-10 code, or at least 60% of the labelled content words and 40% of the predicted ones shared.
/// - Summary keeps a note when every labelled medication name and every content word of every labelled diagnosis appears in it.
public enum ClinicalEvaluator {
    public static func evaluate(_ notes: [CorpusNote]) -> EvaluationReport {
        var report = EvaluationReport()
        let redactor = PHIRedactor()
        let extractor = ClinicalExtractor()
        let model = OfflineClinicalModel()
        for note in notes {
            let redaction = redactor.redact(note.text)
            scorePHI(note: note, redaction: redaction, into: &report)
            let extraction = extractor.extract(note.text)
            let medMisses = scoreMedications(note: note, extraction: extraction, into: &report.medications)
            let dxMisses = scoreDiagnoses(note: note, extraction: extraction, into: &report.diagnoses)
            let language: ClinicalLanguage = note.language == "en" ? .en : .es
            let summary = model.summarize(note.text, language: language)
            let kept = summaryKeeps(note: note, summary: summary.rendered)
            report.notes += 1
            if kept { report.summariesKeepingAll += 1 }
            if !kept || !medMisses.isEmpty || !dxMisses.isEmpty {
                report.problems.append("\(note.id): " + (medMisses + dxMisses).joined(separator: "; ") + (kept ? "" : " [summary loses labels]"))
            }
        }
        return report
    }

    // MARK: PHI

    private static func scorePHI(note: CorpusNote, redaction: PHIRedaction, into report: inout EvaluationReport) {
        let scalars = Array(note.text.unicodeScalars)
        var gold: [(kind: String, range: Range<Int>)] = []
        for label in note.phi {
            for range in occurrences(of: Array(label.text.unicodeScalars), in: scalars) { gold.append((label.kind, range)) }
        }
        let predicted = redaction.replacements.map { (kind: $0.kind.rawValue, range: $0.start..<$0.end) }
        for g in gold {
            let significant = g.range.filter { scalars[$0].properties.isAlphabetic || ("0"..."9").contains(scalars[$0]) }
            let coveredAny = significant.allSatisfy { i in predicted.contains { $0.range.contains(i) } }
            let coveredKind = significant.allSatisfy { i in predicted.contains { $0.kind == g.kind && $0.range.contains(i) } }
            report.phiOverall[keyPath: coveredAny ? \PHICounts.goldFound : \PHICounts.goldMissed] += 1
            report.phiByKind[g.kind, default: PHICounts()][keyPath: coveredKind ? \PHICounts.goldFound : \PHICounts.goldMissed] += 1
            if !coveredAny { report.problems.append("\(note.id): PHI missed \(g.kind)") }
        }
        for p in predicted {
            let anyOverlap = gold.contains { $0.range.overlaps(p.range) }
            let kindOverlap = gold.contains { $0.kind == p.kind && $0.range.overlaps(p.range) }
            report.phiOverall[keyPath: anyOverlap ? \PHICounts.predictedCorrect : \PHICounts.predictedWrong] += 1
            report.phiByKind[p.kind, default: PHICounts()][keyPath: kindOverlap ? \PHICounts.predictedCorrect : \PHICounts.predictedWrong] += 1
            if !anyOverlap { report.problems.append("\(note.id): PHI false positive \(p.kind) (\(p.range.count) chars)") }
        }
    }

    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i <= haystack.count - needle.count {
            if Array(haystack[i..<(i + needle.count)]) == needle {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    // MARK: medications and diagnoses

    private static func scoreMedications(note: CorpusNote, extraction: ClinicalExtraction, into counts: inout MatchCounts) -> [String] {
        var remaining = extraction.medications.map { fold($0.name) }
        var misses: [String] = []
        for label in note.medications {
            let gold = fold(label.name)
            if let at = remaining.firstIndex(where: { $0.contains(gold) || gold.contains($0) }) {
                counts.truePositives += 1
                remaining.remove(at: at)
            } else {
                counts.falseNegatives += 1
                misses.append("medication missed")
            }
        }
        counts.falsePositives += remaining.count
        if !remaining.isEmpty { misses.append("\(remaining.count) extra medication(s)") }
        return misses
    }

    private static func scoreDiagnoses(note: CorpusNote, extraction: ClinicalExtraction, into counts: inout MatchCounts) -> [String] {
        var remaining = extraction.diagnoses
        var misses: [String] = []
        for label in note.diagnoses {
            let goldWords = contentWords(label.text)
            let at = remaining.firstIndex { predicted in
                if let code = label.icd10, let predictedCode = predicted.icd10, code.uppercased() == predictedCode { return true }
                let predictedWords = contentWords(predicted.text)
                let shared = goldWords.intersection(predictedWords).count
                return !goldWords.isEmpty && !predictedWords.isEmpty
                    && Double(shared) >= 0.6 * Double(goldWords.count) && Double(shared) >= 0.4 * Double(predictedWords.count)
            }
            if let at {
                counts.truePositives += 1
                remaining.remove(at: at)
            } else {
                counts.falseNegatives += 1
                misses.append("diagnosis missed")
            }
        }
        counts.falsePositives += remaining.count
        if !remaining.isEmpty { misses.append("\(remaining.count) extra diagnosis(es)") }
        return misses
    }

    private static func summaryKeeps(note: CorpusNote, summary: String) -> Bool {
        let folded = fold(summary)
        let summaryWords = contentWords(summary)
        for m in note.medications where !folded.contains(fold(m.name)) { return false }
        for d in note.diagnoses where !contentWords(d.text).isSubset(of: summaryWords) { return false }
        return true
    }

    static func fold(_ text: String) -> String { ClinicalTextTools.fold(text) }

    static func contentWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for word in ClinicalTextTools.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 3 {
            if !stop.contains(String(word)) { words.insert(String(word)) }
        }
        return words
    }

    static let stop: Set<String> = ["del", "los", "las", "con", "sin", "por", "para", "the", "and", "with", "without", "not", "una", "uno"]
}
