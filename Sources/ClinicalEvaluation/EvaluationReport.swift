import Foundation

/// The thresholds a corpus is held to.
public struct EvaluationTargets: Sendable {
    public var phiRecall: Double
    public var labelledIdentifierRecall: Double?
    public var phiPrecision: Double
    public var medicationF1: Double
    public var diagnosisF1: Double?
    public var maxNegationErrors: Int?
    public var summaryKeep: Double

    /// The tuning corpus (the first targets, set before issue 17).
    public static let tuning = EvaluationTargets(phiRecall: 0.95, labelledIdentifierRecall: nil, phiPrecision: 0.85,
                                                 medicationF1: 0.90, diagnosisF1: nil, maxNegationErrors: nil, summaryKeep: 0.90)
    /// Issue 17's targets on a held-out set.
    public static let heldOut = EvaluationTargets(phiRecall: 0.98, labelledIdentifierRecall: 1.0, phiPrecision: 0.90,
                                                  medicationF1: 0.95, diagnosisF1: 0.95, maxNegationErrors: 0, summaryKeep: 0.95)
}

/// The measured figures of one corpus.
public struct EvaluationReport: Sendable {
    public var notes = 0
    public var phiOverall = PHICounts()
    public var phiByKind: [String: PHICounts] = [:]
    /// Identifiers right after their label (recall only: every one must be hidden).
    public var phiLabelled = PHICounts()
    public var medications = MatchCounts()
    public var diagnoses = MatchCounts()
    public var doses = RateCounts()
    public var routes = RateCounts()
    public var frequencies = RateCounts()
    /// Labelled frequencies with an as-needed instruction ("si dolor", "PRN") that the extraction keeps.
    public var asNeeded = RateCounts()
    public var negationErrors = 0
    public var stoppedErrors = 0
    public var summariesKeepingAll = 0
    public var summariesRepeatingVitals = 0
    public var summariesEchoingHeader = 0
    /// Per-note misses and false positives (kinds and counts only, no note text).
    public var problems: [String] = []
    /// The same with the (synthetic) text of each miss, printed only on request (`--explain`) for rule work.
    public var details: [String] = []

    public init() {}

    public var summaryKeepRate: Double { notes == 0 ? 0 : Double(summariesKeepingAll) / Double(notes) }

    public static let phiRecallTarget = EvaluationTargets.tuning.phiRecall
    public static let phiPrecisionTarget = EvaluationTargets.tuning.phiPrecision
    public static let medicationF1Target = EvaluationTargets.tuning.medicationF1
    public static let summaryKeepTarget = EvaluationTargets.tuning.summaryKeep

    /// The tuning targets that are missed, empty when all are met.
    public var missedTargets: [String] { missed(.tuning) }

    /// The targets of `targets` that are missed, empty when all are met.
    public func missed(_ targets: EvaluationTargets) -> [String] {
        var missed: [String] = []
        if phiOverall.recall < targets.phiRecall { missed.append("PHI recall \(f(phiOverall.recall)) < \(targets.phiRecall)") }
        if let t = targets.labelledIdentifierRecall, phiLabelled.recall < t { missed.append("labelled identifier recall \(f(phiLabelled.recall)) < \(t)") }
        if phiOverall.precision < targets.phiPrecision { missed.append("PHI precision \(f(phiOverall.precision)) < \(targets.phiPrecision)") }
        if medications.f1 < targets.medicationF1 { missed.append("medication F1 \(f(medications.f1)) < \(targets.medicationF1)") }
        if let t = targets.diagnosisF1, diagnoses.f1 < t { missed.append("diagnosis F1 \(f(diagnoses.f1)) < \(t)") }
        if let t = targets.maxNegationErrors, negationErrors > t { missed.append("negation errors \(negationErrors) > \(t)") }
        if summaryKeepRate < targets.summaryKeep { missed.append("summary keep rate \(f(summaryKeepRate)) < \(targets.summaryKeep)") }
        return missed
    }

    public func rendered(verbose: Bool = false, title: String = "", targets: EvaluationTargets = .tuning, targetsName: String = "tuning") -> String {
        var lines: [String] = []
        lines.append("Clinical quality evaluation\(title.isEmpty ? "" : " — " + title) — \(notes) labelled notes")
        lines.append("")
        lines.append("PHI (recall = labelled spans fully hidden; precision = predicted spans that are PHI)")
        lines.append(pad("kind", 22) + pad("gold", 6) + pad("recall", 8) + pad("pred", 6) + "precision")
        for kind in phiByKind.keys.sorted() {
            let c = phiByKind[kind]!
            lines.append(pad(kind, 22) + pad("\(c.goldFound + c.goldMissed)", 6) + pad(f(c.recall), 8)
                         + pad("\(c.predictedCorrect + c.predictedWrong)", 6) + f(c.precision))
        }
        let l = phiLabelled
        lines.append(pad("labelled identifiers", 22) + pad("\(l.goldFound + l.goldMissed)", 6) + f(l.recall))
        let o = phiOverall
        lines.append(pad("OVERALL", 22) + pad("\(o.goldFound + o.goldMissed)", 6) + pad(f(o.recall), 8)
                     + pad("\(o.predictedCorrect + o.predictedWrong)", 6) + f(o.precision))
        lines.append("")
        lines.append("Extraction            precision  recall  F1")
        lines.append(pad("medications", 22) + pad(f(medications.precision), 11) + pad(f(medications.recall), 8) + f(medications.f1))
        lines.append(pad("diagnoses", 22) + pad(f(diagnoses.precision), 11) + pad(f(diagnoses.recall), 8) + f(diagnoses.f1))
        lines.append("Medication details on matched medications: dose \(doses), route \(routes), frequency \(frequencies), as-needed kept \(asNeeded)")
        lines.append("Negation errors (denied findings extracted as diagnoses): \(negationErrors)")
        lines.append("Stopped or suspended drugs listed as active medications: \(stoppedErrors)")
        lines.append("")
        lines.append("Offline summary keeps every labelled diagnosis and medication: \(summariesKeepingAll)/\(notes) = \(f(summaryKeepRate))")
        lines.append("Offline summaries repeating a vital sign: \(summariesRepeatingVitals); reason for visit repeating its header: \(summariesEchoingHeader)")
        lines.append("")
        var t = "Targets (\(targetsName)): PHI recall >= \(targets.phiRecall)"
        if let x = targets.labelledIdentifierRecall { t += " (labelled identifiers \(x))" }
        t += ", precision >= \(targets.phiPrecision), medication F1 >= \(targets.medicationF1)"
        if let x = targets.diagnosisF1 { t += ", diagnosis F1 >= \(x)" }
        if let x = targets.maxNegationErrors { t += ", negation errors <= \(x)" }
        t += ", summary keep >= \(targets.summaryKeep)"
        lines.append(t)
        let missed = missed(targets)
        lines.append(missed.isEmpty ? "All targets met." : "MISSED: " + missed.joined(separator: "; "))
        if verbose && !problems.isEmpty {
            lines.append("")
            lines.append("Per-note problems:")
            lines += problems.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
