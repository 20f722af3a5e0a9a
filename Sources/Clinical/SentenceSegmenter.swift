/// Splits clinical text into sentences without breaking on abbreviations (`Dr.`, `Dra.`, `p. ej.`, `e.g.`,
/// `aprox.`), initials, decimals (`37.5`, `2,5`) or doses (`500 mg. c/8h`), and treating line structure
/// (headings, lists, vitals on their own lines) as boundaries.
public enum SentenceSegmenter {
    public static func split(_ text: String) -> [String] {
        let scalarText = ScalarText(text)
        return spans(scalarText).map { scalarText.string($0) }
    }

    /// Scalar ranges of the sentences, trimmed of surrounding whitespace.
    static func spans(_ text: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = text.count
        func emit(_ end: Int) {
            if let trimmed = trim(text, start..<end) { result.append(trimmed) }
            start = end
        }
        while i < n {
            let s = text.scalars[i]
            switch s {
            case "\n":
                if isLineBreakBoundary(text, at: i) { emit(i + 1) }
            case "?", "!", "…":
                if nextIsSpaceOrEnd(text, i) { emit(i + 1) }
            case ".":
                if isPeriodBoundary(text, at: i) { emit(i + 1) }
            default:
                break
            }
            i += 1
        }
        emit(n)
        return result
    }

    private static func trim(_ text: ScalarText, _ range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, TextFolding.isSpace(text.scalars[lo]) { lo += 1 }
        while hi > lo, TextFolding.isSpace(text.scalars[hi - 1]) { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }

    private static func nextIsSpaceOrEnd(_ text: ScalarText, _ i: Int) -> Bool {
        guard let next = text[i + 1] else { return true }
        return TextFolding.isSpace(next)
    }

    /// A line break ends a sentence unless a hard-wrapped sentence visibly continues on the next line.
    private static func isLineBreakBoundary(_ text: ScalarText, at i: Int) -> Bool {
        var before = i - 1
        while before >= 0, text.scalars[before] == " " || text.scalars[before] == "\t" || text.scalars[before] == "\r" { before -= 1 }
        var after = i + 1
        while after < text.count, text.scalars[after] == " " || text.scalars[after] == "\t" { after += 1 }
        guard before >= 0, after < text.count else { return true }
        let last = text.scalars[before]
        let next = text.scalars[after]
        if next == "\n" || next == "\r" { return true }
        let lastIsWordish = TextFolding.isLetter(last) || TextFolding.isDigit(last) || last == ","
        return !(lastIsWordish && TextFolding.isLower(next))
    }

    private static func isPeriodBoundary(_ text: ScalarText, at i: Int) -> Bool {
        guard let next = text[i + 1] else { return true }
        // "37.5", "www.x", "e.g.," — a period inside a token.
        guard TextFolding.isSpace(next) else { return next == "\"" || next == ")" ? true : false }
        let word = wordBefore(text, i)
        let folded = TextFolding.fold(word)
        var j = i + 1
        while j < text.count, TextFolding.isSpace(text.scalars[j]), text.scalars[j] != "\n" { j += 1 }
        guard j < text.count else { return true }
        let following = text.scalars[j]
        if following == "\n" { return true }
        // A lowercase continuation or a list of values means the sentence goes on.
        if TextFolding.isLower(following) || following == "," || following == ";" || following == ")" { return false }
        // "J. Pérez" is an initial; "cirrosis Child B. Niega…", "grupo A. Se indica…" end on a grade.
        if word.unicodeScalars.count == 1, TextFolding.isLetter(word.unicodeScalars.first!) {
            guard i >= 3, text.scalars[i - 2] == " " else { return false }
            return gradeWords.contains(TextFolding.fold(wordBefore(text, i - 2)))
        }
        if titleAbbreviations.contains(folded) { return false }
        if unitAbbreviations.contains(folded) {
            // "500 mg. Control en 7 días" ends a sentence; "500 mg. VO" does not.
            return startsCapitalizedWord(text, j)
        }
        return true
    }

    private static func wordBefore(_ text: ScalarText, _ i: Int) -> String {
        var k = i - 1
        while k >= 0, TextFolding.isLetter(text.scalars[k]) { k -= 1 }
        return text.string((k + 1)..<i)
    }

    private static func startsCapitalizedWord(_ text: ScalarText, _ j: Int) -> Bool {
        guard let first = text[j], TextFolding.isUpper(first), let second = text[j + 1] else { return false }
        return TextFolding.isLower(second)
    }

    /// Words after which a single capital letter is a grade or a class, not an initial.
    static let gradeWords: Set<String> = [
        "child", "pugh", "grupo", "group", "tipo", "type", "clase", "class", "estadio", "stage", "grado", "grade", "fase",
        "phase", "nivel", "level", "hepatitis", "vitamina", "vitamin", "factor", "forrest", "killip", "nyha", "gold", "zona",
        "zone", "categoria", "category", "bi", "rads", "lesion", "serie", "series", "cepa", "strain", "influenza", "tanner",
    ]

    /// Abbreviations that never end a sentence (titles, "p. ej.", "aprox.", address words).
    static let titleAbbreviations: Set<String> = [
        "dr", "dra", "drs", "dras", "sr", "sra", "srta", "sres", "lic", "ing", "prof", "mr", "mrs", "ms", "mx",
        "no", "nro", "num", "n", "av", "avda", "col", "cra", "cl", "jr", "dpto", "depto", "tel", "cel",
        "exp", "aprox", "approx", "ej", "eg", "ie", "vs", "fig", "pag", "hosp", "cf", "dx", "tx", "hx",
        "st", "ave", "apt", "blvd", "pje", "psje", "ref", "edo", "mun", "urb", "int", "ext",
    ]
    /// Units that end a sentence only when a capitalized word follows.
    static let unitAbbreviations: Set<String> = [
        "mg", "ml", "g", "kg", "mcg", "ug", "cm", "mm", "hrs", "hr", "h", "min", "seg", "cc", "ui", "gr", "tab", "comp",
    ]
}
