/// Estimates model tokens for the offline model's usage figures.
///
/// Heuristic (close to BPE tokenizers on clinical Spanish and English): each run of letters costs one token per
/// started 4 letters (Spanish words with accents cost one extra token, as BPE vocabularies split them more),
/// each run of digits one token per started 3 digits, and every other non-space character one token.
/// Empty text is 0 tokens; any non-empty text is at least 1.
public enum TokenEstimator {
    public static func estimate(_ text: String) -> Int {
        var tokens = 0
        var letters = 0
        var accented = false
        var digits = 0
        func flushLetters() {
            if letters > 0 { tokens += (letters + 3) / 4 + (accented ? 1 : 0) }
            letters = 0
            accented = false
        }
        func flushDigits() {
            if digits > 0 { tokens += (digits + 2) / 3 }
            digits = 0
        }
        for scalar in text.unicodeScalars {
            if TextFolding.isDigit(scalar) {
                flushLetters()
                digits += 1
            } else if scalar.properties.isAlphabetic {
                flushDigits()
                letters += 1
                if !scalar.isASCII { accented = true }
            } else {
                flushLetters()
                flushDigits()
                if !scalar.properties.isWhitespace { tokens += 1 }
            }
        }
        flushLetters()
        flushDigits()
        return text.isEmpty ? 0 : max(tokens, 1)
    }
}
