// Accent and case folding, so that "Diagnóstico", "DIAGNOSTICO" and "diagnostico" compare equal.
enum TextFolding {
    /// Lowercases and strips diacritics (á→a, ñ→n, ç→c, ü→u); drops combining marks of decomposed text.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            foldScalar(scalar, into: &out)
        }
        return String(out)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        var out = String.UnicodeScalarView()
        foldScalar(scalar, into: &out)
        return out.first
    }

    private static func foldScalar(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
            return
        }
        // Combining diacritical marks (decomposed input): dropped.
        if v >= 0x300 && v <= 0x36F { return }
        if let mapped = latinMap[v] { out.append(mapped); return }
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lowered) }
    }

    private static let latinMap: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("áàâäãåÁÀÂÄÃÅ", "a"), ("éèêëÉÈÊË", "e"), ("íìîïÍÌÎÏ", "i"),
            ("óòôöõøÓÒÔÖÕØ", "o"), ("úùûüÚÙÛÜ", "u"), ("ñÑ", "n"), ("çÇ", "c"), ("ýÿÝ", "y"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { map[s.value] = base }
        }
        return map
    }()

    static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
    static func isLower(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// One folded scalar per input scalar (same length), so offsets line up with the original.
    static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { fold($0) ?? $0 }
    }

    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    /// Byte-wise substring test for the many short cue lookups on folded text: the standard library's
    /// `contains(_:)` goes through a generic searcher that costs far more per call on long notes.
    func hasSubstring(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// True when the text holds one of the lowercase ASCII `fragments`, case-insensitively (`| 0x20` lowercases
    /// letters): a cheap pre-check before a rule's Character-level cue lookups on a long note.
    func holdsASCIIFragment(_ fragments: [[UInt8]]) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            fragments.contains { fragment in
                let n = fragment.count
                guard bytes.count >= n else { return false }
                var i = 0
                while i <= bytes.count - n {
                    var j = 0
                    while j < n, (bytes[i + j] | 0x20) == fragment[j] { j += 1 }
                    if j == n { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
