/// Text as an array of Unicode scalars, so scanners can look back and ahead by offset cheaply.
/// Offsets are scalar offsets; `string(_:)` turns a range back into text.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var count: Int { scalars.count }

    subscript(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Maximal runs of letters or digits, in order.
    func tokens() -> [TextToken] {
        var result: [TextToken] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if TextFolding.isLetter(s) || TextFolding.isDigit(s) {
                var j = i
                var letters = 0
                var digits = 0
                while j < scalars.count, TextFolding.isLetter(scalars[j]) || TextFolding.isDigit(scalars[j]) {
                    if TextFolding.isDigit(scalars[j]) { digits += 1 } else { letters += 1 }
                    j += 1
                }
                result.append(TextToken(start: i, end: j, letters: letters, digits: digits, text: string(i..<j)))
                i = j
            } else {
                i += 1
            }
        }
        return result
    }

    /// Words only (letter runs), at most `limit` of them.
    func words(limit: Int) -> [String] {
        var result: [String] = []
        for token in tokens() where token.digits == 0 {
            result.append(token.text)
            if result.count >= limit { break }
        }
        return result
    }
}

/// One run of letters and digits inside a `ScalarText`.
struct TextToken {
    let start: Int
    let end: Int
    let letters: Int
    let digits: Int
    let text: String

    var isWord: Bool { digits == 0 && letters > 0 }
    var isNumber: Bool { letters == 0 && digits > 0 }
    var folded: String { TextFolding.fold(text) }
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return TextFolding.isUpper(first)
    }
    var isAllCaps: Bool {
        letters > 1 && text.unicodeScalars.allSatisfy { !TextFolding.isLower($0) }
    }
}
