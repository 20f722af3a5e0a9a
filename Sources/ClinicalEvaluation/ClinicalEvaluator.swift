import Clinical

/// Scores the redactor, the extractor and the offline summary against the labelled corpus.
///
/// Matching rules:
/// - PHI recall: a labelled span counts as found when every letter and digit of it lies inside a predicted
///   span (of the same kind for the per-kind figure, of any kind for the overall figure) — what matters is
///   that the value never reaches the model. Every occurrence of a labelled text in the note is a gold span.
/// - PHI precision: a predicted span is correct when it overlaps a labelled span (same kind per kind, any kind overall).
/// - Medications: a predicted name matches a labelled one when either contains the other (accent- and case-folded).
///   Labels and predictions are paired one to one so that the most labels are found (`LabelMatching`).
/// - Diagnoses: same ICD-10 code, or at least 60% of the labelled content words and 40% of the predicted ones shared;
///   paired one to one like medications. In a corpus whose labels name a condition once (`CorpusNote.repeatsLabelledOnce`),
///   a further prediction matching a found label, or naming no content word a found prediction lacks, is a repeat,
///   neither right nor an extra.
/// - Summary keeps a note when every labelled medication name and every content word of every labelled diagnosis appears in it.
/// - Negation error: a predicted diagnosis matching no label that holds every content word of a finding the note denies.
/// - Stopped error: a predicted medication matching no label whose name is one the note stops or suspends.
/// - Medication details (dose, route, frequency) are compared on matched medications whose label gives them:
///   the predicted value, folded and without spaces, must contain the labelled one.
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
            var medMisses = scoreMedications(note: note, extraction: extraction, into: &report)
            var dxMisses = scoreDiagnoses(note: note, extraction: extraction, into: &report)
            let language: ClinicalLanguage = note.language == "en" ? .en : .es
            let summary = model.summarize(note.text, language: language)
            let kept = summaryKeeps(note: note, summary: summary.rendered)
            report.notes += 1
            if kept { report.summariesKeepingAll += 1 }
            let defects = summaryDefects(summary: summary, extraction: extraction)
            if defects.contains("vitals repeated") { report.summariesRepeatingVitals += 1 }
            if defects.contains("reason repeats its header") { report.summariesEchoingHeader += 1 }
            medMisses += defects
            if !kept || !medMisses.isEmpty || !dxMisses.isEmpty {
                dxMisses += kept ? [] : ["[summary loses labels]"]
                report.problems.append("\(note.id): " + (medMisses + dxMisses).joined(separator: "; "))
            }
        }
        return report
    }

    /// Scores extractions made elsewhere — `file-processor`'s fallback answers read from its API, say — against
    /// the notes' labels with the same matching rules as `evaluate` (medications, their details, diagnoses,
    /// negation and stopped-drug errors); PHI and summary figures are left at zero.
    public static func evaluateExtractions(_ pairs: [(note: CorpusNote, extraction: ClinicalExtraction)]) -> EvaluationReport {
        var report = EvaluationReport()
        for (note, extraction) in pairs {
            let misses = scoreMedications(note: note, extraction: extraction, into: &report)
                + scoreDiagnoses(note: note, extraction: extraction, into: &report)
            report.notes += 1
            if !misses.isEmpty { report.problems.append("\(note.id): " + misses.joined(separator: "; ")) }
        }
        return report
    }

    // MARK: PHI

    private static func scorePHI(note: CorpusNote, redaction: PHIRedaction, into report: inout EvaluationReport) {
        let scalars = Array(note.text.unicodeScalars)
        var gold: [(kind: String, range: Range<Int>, labelled: Bool)] = []
        for label in note.phi {
            for range in occurrences(of: Array(label.text.unicodeScalars), in: scalars) { gold.append((label.kind, range, label.labelled ?? false)) }
        }
        let predicted = redaction.replacements.map { (kind: $0.kind.rawValue, range: $0.start..<$0.end) }
        for g in gold {
            let significant = g.range.filter { scalars[$0].properties.isAlphabetic || ("0"..."9").contains(scalars[$0]) }
            let coveredAny = significant.allSatisfy { i in predicted.contains { $0.range.contains(i) } }
            let coveredKind = significant.allSatisfy { i in predicted.contains { $0.kind == g.kind && $0.range.contains(i) } }
            report.phiOverall[keyPath: coveredAny ? \PHICounts.goldFound : \PHICounts.goldMissed] += 1
            report.phiByKind[g.kind, default: PHICounts()][keyPath: coveredKind ? \PHICounts.goldFound : \PHICounts.goldMissed] += 1
            if g.labelled { report.phiLabelled[keyPath: coveredAny ? \PHICounts.goldFound : \PHICounts.goldMissed] += 1 }
            if !coveredAny {
                report.problems.append("\(note.id): PHI missed \(g.kind)\(g.labelled ? " (labelled)" : "")")
                report.details.append("\(note.id): PHI missed \(g.kind) «\(String(String.UnicodeScalarView(scalars[g.range])))»")
            }
        }
        for p in predicted {
            let anyOverlap = gold.contains { $0.range.overlaps(p.range) }
            let kindOverlap = gold.contains { $0.kind == p.kind && $0.range.overlaps(p.range) }
            report.phiOverall[keyPath: anyOverlap ? \PHICounts.predictedCorrect : \PHICounts.predictedWrong] += 1
            report.phiByKind[p.kind, default: PHICounts()][keyPath: kindOverlap ? \PHICounts.predictedCorrect : \PHICounts.predictedWrong] += 1
            if !anyOverlap {
                report.problems.append("\(note.id): PHI false positive \(p.kind) (\(p.range.count) chars)")
                report.details.append("\(note.id): PHI false positive \(p.kind) «\(String(String.UnicodeScalarView(scalars[p.range])))»")
            }
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

    private static func scoreMedications(note: CorpusNote, extraction: ClinicalExtraction, into report: inout EvaluationReport) -> [String] {
        let predictedNames = extraction.medications.map { fold($0.name) }
        let pairing = LabelMatching.maximum(labels: note.medications.count, predictions: predictedNames.count) { l, p in
            let gold = fold(note.medications[l].name)
            return predictedNames[p].contains(gold) || gold.contains(predictedNames[p])
        }
        let paired = Set(pairing.compactMap { $0 })
        let remaining = extraction.medications.indices.filter { !paired.contains($0) }.map { extraction.medications[$0] }
        var misses: [String] = []
        for (label, match) in zip(note.medications, pairing) {
            if let match {
                report.medications.truePositives += 1
                let predicted = extraction.medications[match]
                let dose = predicted.dose.map { d in predicted.unit.map { "\(d) \($0)" } ?? d }
                if let g = label.dose { report.doses.record(compact(dose).contains(compact(g))) }
                if let g = label.route { report.routes.record(compact(predicted.route) == compact(g)) }
                if let g = label.frequency {
                    let ok = compact(predicted.frequency).contains(compact(g))
                    report.frequencies.record(ok)
                    if isAsNeeded(g) { report.asNeeded.record(ok); if !ok { misses.append("as-needed frequency lost") } }
                }
                if let g = label.frequency, !compact(predicted.frequency).contains(compact(g)) {
                    report.details.append("\(note.id): frequency «\(predicted.frequency ?? "-")» for «\(g)» (\(label.name))")
                }
            } else {
                report.medications.falseNegatives += 1
                misses.append("medication missed")
                report.details.append("\(note.id): medication missed «\(label.name)»")
            }
        }
        report.medications.falsePositives += remaining.count
        if !remaining.isEmpty { misses.append("\(remaining.count) extra medication(s)") }
        for m in remaining { report.details.append("\(note.id): extra medication «\(m.rendered)»") }
        for drug in note.stopped ?? [] where remaining.contains(where: { fold($0.name).contains(fold(drug)) || fold(drug).contains(fold($0.name)) }) {
            report.stoppedErrors += 1
            misses.append("stopped drug listed as active")
        }
        return misses
    }

    /// "si dolor", "PRN", "as needed", "al inicio del dolor", "a demanda": instructions a doctor must not lose.
    static func isAsNeeded(_ frequency: String) -> Bool {
        let f = " " + fold(frequency) + " "
        return [" si ", " se ", " prn", " as needed", " a demanda", " al inicio", " at onset", " por dolor", " sos"].contains { f.contains($0) }
    }

    static func compact(_ text: String?) -> String { fold(text ?? "").filter { !$0.isWhitespace } }

    private static func scoreDiagnoses(note: CorpusNote, extraction: ClinicalExtraction, into report: inout EvaluationReport) -> [String] {
        let goldWords = note.diagnoses.map { contentWords($0.text) }
        let predictedWords = extraction.diagnoses.map { contentWords($0.text) }
        let matches = { (l: Int, p: Int) -> Bool in
            if let code = note.diagnoses[l].icd10, let predictedCode = extraction.diagnoses[p].icd10, code.uppercased() == predictedCode { return true }
            let shared = goldWords[l].intersection(predictedWords[p]).count
            return !goldWords[l].isEmpty && !predictedWords[p].isEmpty
                && Double(shared) >= 0.6 * Double(goldWords[l].count) && Double(shared) >= 0.4 * Double(predictedWords[p].count)
        }
        let pairing = LabelMatching.maximum(labels: note.diagnoses.count, predictions: extraction.diagnoses.count, matches: matches)
        let paired = Set(pairing.compactMap { $0 })
        let foundLabels = pairing.indices.filter { pairing[$0] != nil }
        // A corpus that labels a condition once: a further prediction of a found label, or one naming no word that a
        // found prediction lacks (`policitemia` beside a found `policitemia secundaria`), is the repeat it leaves out.
        let isRepeat = { (p: Int) -> Bool in
            foundLabels.contains { matches($0, p) }
                || (!predictedWords[p].isEmpty && paired.contains { predictedWords[p].isSubset(of: predictedWords[$0]) })
        }
        let repeats = note.repeatsLabelledOnce ? Set(extraction.diagnoses.indices.filter { !paired.contains($0) && isRepeat($0) }) : []
        for p in repeats.sorted() { report.details.append("\(note.id): repeat of a found diagnosis, not counted (labelled once here) «\(extraction.diagnoses[p].rendered)»") }
        let remaining = extraction.diagnoses.indices.filter { !paired.contains($0) && !repeats.contains($0) }.map { extraction.diagnoses[$0] }
        var misses: [String] = []
        for (label, match) in zip(note.diagnoses, pairing) {
            if match != nil {
                report.diagnoses.truePositives += 1
            } else {
                report.diagnoses.falseNegatives += 1
                misses.append("diagnosis missed")
                report.details.append("\(note.id): diagnosis missed «\(label.text)»")
            }
        }
        report.diagnoses.falsePositives += remaining.count
        if !remaining.isEmpty { misses.append("\(remaining.count) extra diagnosis(es)") }
        for d in remaining { report.details.append("\(note.id): extra diagnosis «\(d.rendered)»") }
        for finding in note.negated ?? [] {
            let words = contentWords(finding)
            guard !words.isEmpty, remaining.contains(where: { words.isSubset(of: contentWords($0.text)) }) else { continue }
            report.negationErrors += 1
            misses.append("negated finding extracted as a diagnosis")
        }
        return misses
    }

    /// What a doctor would not sign: a vital sign reading written twice, a reason for visit that repeats its own
    /// header ("Motivo de consulta:" then "Motivo: …").
    static func summaryDefects(summary: ClinicalSummary, extraction: ClinicalExtraction) -> [String] {
        var defects: [String] = []
        let rendered = summary.rendered
        let readings = extraction.vitals.map { $0.value }.filter { $0.contains("/") || $0.count >= 3 }
        if readings.contains(where: { ClinicalEvaluator.occurrences(of: Array($0.unicodeScalars), in: Array(rendered.unicodeScalars)).count >= 2 }) {
            defects.append("vitals repeated")
        }
        let reason = fold(summary.reasonForVisit)
        if let colon = reason.firstIndex(of: ":"), reason.distance(from: reason.startIndex, to: colon) <= 30,
           reasonHeaderWords.contains(where: { reason.hasPrefix($0) }) {
            defects.append("reason repeats its header")
        }
        return defects
    }

    static let reasonHeaderWords = ["motivo", "mc", "cc", "chief complaint", "reason for", "queixa", "consulta"]

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
