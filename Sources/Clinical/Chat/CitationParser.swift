/// The citation markers of a reply: `[1]`, `[2][3]`, `[1, 2]`. Markers naming no passage (0, or past
/// the last one) are removed (a group keeps its valid numbers); placeholders such as `[NOMBRE_1]` are
/// not markers. `cited` lists the valid numbers in ascending order.
public struct CitationParser: Sendable {
    public struct Result: Sendable, Equatable {
        public var text: String
        public var cited: [Int]
        public var removedMarkers: Int
    }

    public static func parse(_ reply: String, passageCount: Int) -> Result {
        let s = Array(reply.unicodeScalars)
        var out = String.UnicodeScalarView()
        var cited: Set<Int> = []
        var removed = 0
        var i = 0
        while i < s.count {
            if s[i] == "[", let (numbers, end) = marker(s, from: i) {
                let valid = numbers.filter { $0 >= 1 && $0 <= passageCount }
                if valid.isEmpty {
                    removed += 1
                    // Drop the space the marker leaned on, so "texto [9]." reads "texto.".
                    while let last = out.last, last == " " { out.removeLast() }
                    if end + 1 < s.count, s[end + 1] != " ", s[end + 1] != "\n", !isPunctuation(s[end + 1]), !out.isEmpty,
                       out.last != "\n" {
                        out.append(" ")
                    }
                } else {
                    if valid.count != numbers.count { removed += 1 }
                    let rendered = valid.count == numbers.count
                        ? String(String.UnicodeScalarView(s[i...end]))
                        : valid.map { "[\($0)]" }.joined()
                    out.append(contentsOf: rendered.unicodeScalars)
                    cited.formUnion(valid)
                }
                i = end + 1
                continue
            }
            out.append(s[i])
            i += 1
        }
        return Result(text: String(out), cited: cited.sorted(), removedMarkers: removed)
    }

    /// Strips every marker (valid or not): history sent again must not point at another turn's passages.
    public static func stripAll(_ reply: String) -> String {
        parse(reply, passageCount: 0).text
    }

    /// `[` digits (`,` or spaces between numbers) `]` starting at `start`: the numbers and the index of `]`.
    static func marker(_ s: [Unicode.Scalar], from start: Int) -> ([Int], Int)? {
        var numbers: [Int] = []
        var current = ""
        var j = start + 1
        while j < s.count, j - start <= 24 {
            let c = s[j]
            if TextFolding.isDigit(c), c.isASCII {
                current.unicodeScalars.append(c)
            } else if c == "," || c == " " {
                if !current.isEmpty { numbers.append(Int(current) ?? 0); current = "" }
            } else if c == "]" {
                if !current.isEmpty { numbers.append(Int(current) ?? 0) }
                return numbers.isEmpty ? nil : (numbers, j)
            } else {
                return nil
            }
            j += 1
        }
        return nil
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool { ".,;:!?)".unicodeScalars.contains(c) }
}
