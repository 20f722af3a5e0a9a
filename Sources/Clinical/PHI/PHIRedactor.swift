/// Replaces PHI with typed placeholders (`[NOMBRE_1]`, `[CURP_1]`, …) before text leaves for a model.
public struct PHIRedactor: Sendable {
    public init() {}

    public func redact(_ text: String) -> PHIRedaction {
        let (scalars, spans) = PHIDetector.detect(text)
        var output = String.UnicodeScalarView()
        var cursor = 0
        var placeholderByOriginal: [String: String] = [:]
        var counters: [PHIKind: Int] = [:]
        var replacements: [PHIReplacement] = []
        // Placeholder-like text the input already has must not be restored as PHI: skip those numbers.
        let taken = spans.isEmpty ? [] : PHIRedaction.placeholderTokens(in: text)
        for span in spans {
            output.append(contentsOf: scalars.scalars[cursor..<span.range.lowerBound])
            let original = scalars.string(span.range)
            // The same value (whitespace aside) always gets the same placeholder.
            let key = span.kind.rawValue + "|" + original.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            let placeholder: String
            if let existing = placeholderByOriginal[key] {
                placeholder = existing
            } else {
                var n = (counters[span.kind] ?? 0) + 1
                while taken.contains("[\(span.kind.label)_\(n)]") { n += 1 }
                counters[span.kind] = n
                placeholder = "[\(span.kind.label)_\(n)]"
                placeholderByOriginal[key] = placeholder
            }
            replacements.append(PHIReplacement(placeholder: placeholder, kind: span.kind, original: original,
                                               start: span.range.lowerBound, end: span.range.upperBound))
            output.append(contentsOf: placeholder.unicodeScalars)
            cursor = span.range.upperBound
        }
        output.append(contentsOf: scalars.scalars[cursor...])
        return PHIRedaction(text: String(output), replacements: replacements)
    }
}

/// One replaced occurrence: its placeholder, kind, original text and scalar offsets in the original text.
public struct PHIReplacement: Sendable, Equatable {
    public let placeholder: String
    public let kind: PHIKind
    public let original: String
    public let start: Int
    public let end: Int
}

/// The redacted text and the way back to the originals.
public struct PHIRedaction: Sendable {
    public let text: String
    public let replacements: [PHIReplacement]

    /// Placeholder → original (one original per placeholder).
    public var mapping: [String: String] {
        var map: [String: String] = [:]
        for r in replacements where map[r.placeholder] == nil { map[r.placeholder] = r.original }
        return map
    }

    /// How many distinct values were replaced.
    public var distinctCount: Int { Set(replacements.map { $0.placeholder }).count }

    /// Puts the originals back into a model's output. Tolerates the model repeating a placeholder and lightly
    /// reformatting it (`[ NOMBRE_1 ]`, `[nombre_1]`, `[NOMBRE 1]`, `[NOMBRE-1]`); unknown placeholders stay as written.
    public func restore(_ modelOutput: String) -> String {
        let map = mapping
        guard !map.isEmpty else { return modelOutput }
        let s = Array(modelOutput.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "[", let key = Self.candidate(s, at: i), let original = map[key.text] {
                out.append(contentsOf: original.unicodeScalars)
                i = key.close + 1
                continue
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    /// Every bracketed text that `restore` could read as a placeholder (a superset: each `[` is tried).
    static func placeholderTokens(in text: String) -> Set<String> {
        let s = Array(text.unicodeScalars)
        var tokens: Set<String> = []
        for i in s.indices where s[i] == "[" { if let key = candidate(s, at: i) { tokens.insert(key.text) } }
        return tokens
    }

    /// The normalized placeholder `[...]` opening at `i` (at most 40 scalars), and where it closes.
    private static func candidate(_ s: [Unicode.Scalar], at i: Int) -> (text: String, close: Int)? {
        guard let close = s[(i + 1)..<min(s.count, i + 40)].firstIndex(of: "]") else { return nil }
        var inner = String.UnicodeScalarView()
        inner.append(contentsOf: s[(i + 1)..<close])
        return ("[" + normalizePlaceholder(String(inner)) + "]", close)
    }

    private static func normalizePlaceholder(_ inner: String) -> String {
        var result = ""
        for ch in inner.trimmingWhitespace().uppercased() {
            result.append(ch == " " || ch == "-" ? "_" : ch)
        }
        return result
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
