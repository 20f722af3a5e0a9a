/// Reciprocal-rank fusion (Cormack, Clarke & Büttcher 2009): each ranked list gives a candidate
/// 1 / (k + rank), ranks 1-based; the sums order the union. Scores of different retrievers (cosine
/// distance, text rank) are never compared, only their ranks, so neither needs calibrating.
public enum RankFusion {
    /// 60, the paper's constant: a deep rank still counts, a first place does not drown the rest.
    public static let defaultK = 60.0

    /// The fused order of the keys of `lists` (each best first), with their scores; ties go to the
    /// candidate with the better best rank, then to the earlier list.
    public static func fuse(_ lists: [[String]], k: Double = defaultK) -> [(key: String, score: Double)] {
        var scores: [String: Double] = [:]
        var bestRank: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var order = 0
        for list in lists {
            var seenInList: Set<String> = []
            for (index, key) in list.enumerated() where seenInList.insert(key).inserted {
                scores[key, default: 0] += 1 / (k + Double(index + 1))
                bestRank[key] = min(bestRank[key] ?? Int.max, index + 1)
                if firstSeen[key] == nil { firstSeen[key] = order; order += 1 }
            }
        }
        return scores.map { (key: $0.key, score: $0.value) }.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if bestRank[a.key]! != bestRank[b.key]! { return bestRank[a.key]! < bestRank[b.key]! }
            return firstSeen[a.key]! < firstSeen[b.key]!
        }
    }
}
