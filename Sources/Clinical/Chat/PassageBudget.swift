/// Which fused passages go to the model: the best `k`, in rank order, while their text fits
/// `tokenBudget` (TokenEstimator). A first passage longer than the whole budget is cut to it, so a
/// question never goes out with no passage at all; later passages that do not fit end the list.
public struct PassageBudget: Sendable, Equatable {
    public var k: Int
    public var tokenBudget: Int

    public init(k: Int = 6, tokenBudget: Int = 3000) {
        self.k = max(1, k)
        self.tokenBudget = max(1, tokenBudget)
    }

    public func select(_ ranked: [ChatPassage]) -> [ChatPassage] {
        var chosen: [ChatPassage] = []
        var used = 0
        for passage in ranked.prefix(k) {
            let tokens = TokenEstimator.estimate(passage.text)
            if used + tokens <= tokenBudget {
                chosen.append(passage)
                used += tokens
            } else if chosen.isEmpty {
                var cut = passage
                cut.text = Self.truncate(passage.text, toTokens: tokenBudget)
                chosen.append(cut)
                break
            } else {
                break
            }
        }
        return chosen
    }

    /// The longest prefix of whole words that fits `tokens`.
    static func truncate(_ text: String, toTokens tokens: Int) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high + 1) / 2
            if TokenEstimator.estimate(words[0..<mid].joined(separator: " ")) <= tokens { low = mid } else { high = mid - 1 }
        }
        words = Array(words[0..<low])
        return words.joined(separator: " ")
    }
}
