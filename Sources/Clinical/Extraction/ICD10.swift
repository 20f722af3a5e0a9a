/// ICD-10 codes: a letter, two characters (digits, or digit+A/B), optionally a dot and up to four more.
enum ICD10 {
    static func isCode(_ token: String) -> Bool {
        let s = Array(token.uppercased().unicodeScalars)
        guard s.count >= 3, s.count <= 8 else { return false }
        guard s[0].value >= 65, s[0].value <= 90, s[0] != "U" else { return false }
        guard TextFolding.isDigit(s[1]), TextFolding.isDigit(s[2]) || s[2] == "A" || s[2] == "B" else { return false }
        if s.count == 3 { return true }
        guard s[3] == "." , s.count >= 5 else { return false }
        return s[4...].allSatisfy { TextFolding.isDigit($0) || ($0.value >= 65 && $0.value <= 90) }
    }

    /// Codes in a piece of text, in order ("E11.65", "I10").
    static func codes(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            var candidate = current
            while candidate.hasSuffix(".") { candidate.removeLast() }
            if isCode(candidate) { result.append(candidate.uppercased()) }
            current = ""
        }
        for ch in text {
            if ch.isLetter || ch.isNumber || ch == "." { current.append(ch) } else { flush() }
        }
        flush()
        return result
    }
}
