/// True/false positive and false negative counts with the usual ratios.
public struct MatchCounts: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
}

/// PHI counts are kept apart for recall (gold spans hidden) and precision (predicted spans that are PHI),
/// because one gold span can be covered by two predicted spans and vice versa.
public struct PHICounts: Sendable {
    public var goldFound = 0
    public var goldMissed = 0
    public var predictedCorrect = 0
    public var predictedWrong = 0

    public init() {}

    public var recall: Double { goldFound + goldMissed == 0 ? 1 : Double(goldFound) / Double(goldFound + goldMissed) }
    public var precision: Double { predictedCorrect + predictedWrong == 0 ? 1 : Double(predictedCorrect) / Double(predictedCorrect + predictedWrong) }
}

/// How many of the checked items were right ("12/14").
public struct RateCounts: Sendable, CustomStringConvertible {
    public var right = 0
    public var checked = 0

    public init() {}

    public mutating func record(_ ok: Bool) {
        checked += 1
        if ok { right += 1 }
    }

    public var description: String { "\(right)/\(checked)" }
}
