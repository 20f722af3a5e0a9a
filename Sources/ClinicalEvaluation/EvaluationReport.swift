import Foundation

/// The measured figures and the targets of the issue.
public struct EvaluationReport: Sendable {
    public var notes = 0
    public var phiOverall = PHICounts()
    public var phiByKind: [String: PHICounts] = [:]
    public var medications = MatchCounts()
    public var diagnoses = MatchCounts()
    public var summariesKeepingAll = 0
    /// Per-note misses and false positives (kinds and counts only, no note text).
    public var problems: [String] = []

    public init() {}

    public var summaryKeepRate: Double { notes == 0 ? 0 : Double(summariesKeepingAll) / Double(notes) }

    public static let phiRecallTarget = 0.95
    public static let phiPrecisionTarget = 0.85
    public static let medicationF1Target = 0.90
    public static let summaryKeepTarget = 0.90

    /// The targets that are missed, empty when all are met.
    public var missedTargets: [String] {
        var missed: [String] = []
        if phiOverall.recall < Self.phiRecallTarget { missed.append("PHI recall \(f(phiOverall.recall)) < \(Self.phiRecallTarget)") }
        if phiOverall.precision < Self.phiPrecisionTarget { missed.append("PHI precision \(f(phiOverall.precision)) < \(Self.phiPrecisionTarget)") }
        if medications.f1 < Self.medicationF1Target { missed.append("medication F1 \(f(medications.f1)) < \(Self.medicationF1Target)") }
        if summaryKeepRate < Self.summaryKeepTarget { missed.append("summary keep rate \(f(summaryKeepRate)) < \(Self.summaryKeepTarget)") }
        return missed
    }

    public func rendered(verbose: Bool = false) -> String {
        var lines: [String] = []
        lines.append("Clinical quality evaluation — \(notes) labelled notes")
        lines.append("")
        lines.append("PHI (recall = labelled spans fully hidden; precision = predicted spans that are PHI)")
        lines.append(pad("kind", 18) + pad("gold", 6) + pad("recall", 8) + pad("pred", 6) + "precision")
        for kind in phiByKind.keys.sorted() {
            let c = phiByKind[kind]!
            lines.append(pad(kind, 18) + pad("\(c.goldFound + c.goldMissed)", 6) + pad(f(c.recall), 8)
                         + pad("\(c.predictedCorrect + c.predictedWrong)", 6) + f(c.precision))
        }
        let o = phiOverall
        lines.append(pad("OVERALL", 18) + pad("\(o.goldFound + o.goldMissed)", 6) + pad(f(o.recall), 8)
                     + pad("\(o.predictedCorrect + o.predictedWrong)", 6) + f(o.precision))
        lines.append("")
        lines.append("Extraction            precision  recall  F1")
        lines.append(pad("medications", 22) + pad(f(medications.precision), 11) + pad(f(medications.recall), 8) + f(medications.f1))
        lines.append(pad("diagnoses", 22) + pad(f(diagnoses.precision), 11) + pad(f(diagnoses.recall), 8) + f(diagnoses.f1))
        lines.append("")
        lines.append("Offline summary keeps every labelled diagnosis and medication: \(summariesKeepingAll)/\(notes) = \(f(summaryKeepRate))")
        lines.append("")
        lines.append("Targets: PHI recall >= \(Self.phiRecallTarget) at precision >= \(Self.phiPrecisionTarget), medication F1 >= \(Self.medicationF1Target), summary keep >= \(Self.summaryKeepTarget)")
        lines.append(missedTargets.isEmpty ? "All targets met." : "MISSED: " + missedTargets.joined(separator: "; "))
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
