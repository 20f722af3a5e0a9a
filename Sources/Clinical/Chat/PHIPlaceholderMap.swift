import FoundationEssentials

/// The placeholders of one chat session. Every text of every turn (question, passages) is redacted
/// against it, so one value keeps one placeholder across turns and new values get new numbers; a reply
/// is restored with all of them, including placeholders of earlier turns the model repeats. Stored
/// with the session (it holds PHI, and expires with it). History is sent from each turn's stored
/// redacted form, never by redacting a restored reply again: a restored name has lost the cue words
/// ("Paciente:", "Sr.") that found it, so a second redaction from scratch would let it through.
public struct PHIPlaceholderMap: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var placeholder: String
        public var kind: String
        /// Kind and whitespace-normalised value: what makes two occurrences the same value.
        public var key: String
        public var original: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// The stored JSON; an unreadable one starts an empty map (its placeholders then stay as written).
    public init(json: String) {
        entries = (try? JSONDecoder().decode([Entry].self, from: Data(json.utf8))) ?? []
    }

    public var json: String {
        String(decoding: (try? JSONEncoder().encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }

    public var count: Int { entries.count }

    /// `text` with its PHI replaced by this session's placeholders (new ones added).
    public mutating func redact(_ text: String) -> String {
        let found = PHIRedactor().redact(text)
        guard !found.replacements.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var byKey: [String: String] = [:]
        var highest: [String: Int] = [:]
        for entry in entries {
            byKey[entry.key] = entry.placeholder
            highest[entry.kind] = max(highest[entry.kind] ?? 0, Self.number(of: entry.placeholder) ?? 0)
        }
        var out = String.UnicodeScalarView()
        var cursor = 0
        for replacement in found.replacements.sorted(by: { $0.start < $1.start }) where replacement.start >= cursor {
            out.append(contentsOf: scalars[cursor..<replacement.start])
            let kind = replacement.kind.label
            let key = kind + "|" + replacement.original.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            let placeholder: String
            if let existing = byKey[key] {
                placeholder = existing
            } else {
                let n = (highest[kind] ?? 0) + 1
                highest[kind] = n
                placeholder = "[\(kind)_\(n)]"
                byKey[key] = placeholder
                entries.append(Entry(placeholder: placeholder, kind: kind, key: key, original: replacement.original))
            }
            out.append(contentsOf: placeholder.unicodeScalars)
            cursor = replacement.end
        }
        out.append(contentsOf: scalars[min(cursor, scalars.count)...])
        return String(out)
    }

    /// The originals put back into a model's output (lightly reformatted placeholders tolerated, as
    /// `PHIRedaction.restore` does); unknown placeholders stay as written.
    public func restore(_ text: String) -> String {
        let replacements = entries.compactMap { entry -> PHIReplacement? in
            guard let kind = PHIKind(rawValue: entry.kind) else { return nil }
            return PHIReplacement(placeholder: entry.placeholder, kind: kind, original: entry.original, start: 0, end: 0)
        }
        return PHIRedaction(text: "", replacements: replacements).restore(text)
    }

    static func number(of placeholder: String) -> Int? {
        guard let underscore = placeholder.lastIndex(of: "_") else { return nil }
        return Int(placeholder[placeholder.index(after: underscore)...].dropLast())
    }
}
