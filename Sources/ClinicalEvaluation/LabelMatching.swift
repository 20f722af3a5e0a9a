/// Pairs labels with predictions so that as many labels as possible are found, each prediction used once
/// (maximum bipartite matching by augmenting paths, Kuhn's algorithm).
///
/// Why not first fit: a short label ("HTA") can take the only prediction a longer label of the same note
/// ("HTA controlada") could match, and count a miss and an extra that a better pairing avoids — the score would
/// then depend on the order labels are written in. Labels and predictions per note are tens, so the
/// O(labels × edges) search costs nothing.
enum LabelMatching {
    /// For each label, the index of the prediction paired with it, or nil. Labels try predictions in order, so
    /// where several pairings are equally large the earlier prediction is kept (the first-fit pairing whenever
    /// first fit already finds every label it can).
    static func maximum(labels: Int, predictions: Int, matches: (Int, Int) -> Bool) -> [Int?] {
        let candidates = (0..<labels).map { label in (0..<predictions).filter { matches(label, $0) } }
        var labelOf = [Int?](repeating: nil, count: predictions)

        func augment(_ label: Int, _ visited: inout [Bool]) -> Bool {
            for prediction in candidates[label] where !visited[prediction] {
                visited[prediction] = true
                if labelOf[prediction] == nil || augment(labelOf[prediction]!, &visited) {
                    labelOf[prediction] = label
                    return true
                }
            }
            return false
        }

        for label in 0..<labels {
            var visited = [Bool](repeating: false, count: predictions)
            _ = augment(label, &visited)
        }
        var predictionOf = [Int?](repeating: nil, count: labels)
        for (prediction, label) in labelOf.enumerated() { if let label { predictionOf[label] = prediction } }
        return predictionOf
    }
}
