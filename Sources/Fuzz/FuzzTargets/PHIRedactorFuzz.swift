import Clinical

/// `PHIRedactor`: restoring the redacted text gives the input back exactly (so no placeholder collides
/// with text the input already had), every replacement names the exact original it replaced, and the
/// same value always gets the same placeholder.
public enum PHIRedactorFuzz: FuzzTarget {
    public static let name = "phi"

    public static func check(_ input: [UInt8]) -> String? {
        let text = String(decoding: input, as: UTF8.self)
        let redaction = PHIRedactor().redact(text)
        let scalars = Array(text.unicodeScalars)
        var placeholderOf: [String: String] = [:]
        for replacement in redaction.replacements {
            guard replacement.start >= 0, replacement.start < replacement.end, replacement.end <= scalars.count else { return "replacement out of range" }
            var original = String.UnicodeScalarView()
            original.append(contentsOf: scalars[replacement.start..<replacement.end])
            if String(original) != replacement.original { return "a replacement's original is not the text it covers" }
            if !redaction.text.contains(replacement.placeholder) { return "a placeholder is missing from the redacted text" }
            let key = replacement.kind.rawValue + "|" + replacement.original
            if let earlier = placeholderOf[key], earlier != replacement.placeholder { return "one value got two placeholders" }
            placeholderOf[key] = replacement.placeholder
        }
        if redaction.restore(redaction.text) != text { return "restore(redact(text)) is not the text" }
        return nil
    }
}
