/// A short, sanitised excerpt of something a caller sent, for error messages: an answer never repeats
/// more than this of its input (a 1 MB path must not come back as a 1 MB answer, and control
/// characters must not reach logs or clients).
public enum InputExcerpt {
    /// At most `limit` characters; control and invisible format characters become `?`; "…" marks a cut.
    public static func of(_ text: Substring, limit: Int = 64) -> String {
        // Short printable ASCII (every route template, most paths) is its own excerpt: no character-by-character copy.
        if text.utf8.count <= limit, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { return result + "…" }
            let printable = scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && !(0x200B...0x200F).contains(scalar.value) && !(0x2028...0x202E).contains(scalar.value) && scalar.value != 0xFEFF
            result.unicodeScalars.append(printable ? scalar : "?")
            count += 1
        }
        return result
    }

    public static func of(_ text: String, limit: Int = 64) -> String { of(text[...], limit: limit) }
}
