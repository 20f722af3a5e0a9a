/// A text tokenized once and shared by the PHI scanners and the clinical extractors.
struct TokenizedText {
    let text: ScalarText
    let tokens: [TextToken]
    let folded: [String]

    init(_ string: String) {
        text = ScalarText(string)
        tokens = text.tokens()
        folded = tokens.map { $0.folded }
    }

    /// The characters between token `i` and token `i + 1`.
    func gap(after i: Int) -> String {
        guard i + 1 < tokens.count else { return text.string(tokens[i].end..<text.count) }
        return text.string(tokens[i].end..<tokens[i + 1].start)
    }

    /// True when the gap after token `i` is only spaces and at most one of `punctuation` (no line break).
    func gapIsLight(after i: Int, allowing punctuation: String = ".:,-#°º") -> Bool {
        let g = gap(after: i)
        guard !g.contains("\n") else { return false }
        var punct = 0
        for s in g.unicodeScalars where !TextFolding.isSpace(s) {
            guard punctuation.unicodeScalars.contains(s) else { return false }
            punct += 1
        }
        return punct <= 2
    }

    /// Index just past the phrase when `words` (folded) start at token `i`, separated by light gaps.
    func matchPhrase(_ words: [String], at i: Int) -> Int? {
        guard i + words.count <= tokens.count else { return nil }
        for (k, word) in words.enumerated() {
            guard folded[i + k] == word else { return nil }
            if k < words.count - 1, !gapIsLight(after: i + k, allowing: ".") { return nil }
        }
        return i + words.count
    }

    /// The first cue phrase of `cues` that ends right before token `i` (looking back over at most `lookback` tokens).
    func cueEnds(before i: Int, cues: [[String]], lookback: Int = 0) -> Bool {
        for back in 0...lookback {
            let end = i - back
            for cue in cues {
                let start = end - cue.count
                guard start >= 0, matchPhrase(cue, at: start) == end else { continue }
                return true
            }
        }
        return false
    }

    /// The index of the first token starting at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Skips filler after a cue ("N°", "No.", "número", "#", ":", "de", "el") to the token holding the value.
    func skipFiller(from i: Int, filler: Set<String> = TokenizedText.valueFiller) -> Int {
        var j = i
        while j < tokens.count, filler.contains(folded[j]), j - i < 3 { j += 1 }
        return j
    }

    static let valueFiller: Set<String> = ["n", "no", "nro", "num", "numero", "nº", "o", "de", "del", "es", "number", "id", "el", "la", "is", "#", "menor", "paciente", "titular", "madre", "padre"]
}
