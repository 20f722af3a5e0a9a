/// A statement parameter, sent in PostgreSQL's text format. The statement
/// casts it where the type matters (`$1::uuid`, `$2::vector`, `$3::jsonb`). A `Decimal` goes as its text
/// (`SQLValue.decimal`, in the Store module: this core has no Foundation).
public enum SQLValue: Sendable, Equatable {
    case null
    case text(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
    /// A pgvector value: `[0.1,0.2,...]`.
    case vector([Float])

    public static func int(_ value: Int) -> SQLValue { .int(Int64(value)) }
    public static func optional(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
    public static func optional(_ value: Int?) -> SQLValue { value.map { .int(Int64($0)) } ?? .null }

    /// The text the server parses, or nil for NULL.
    func encoded() throws -> String? {
        switch self {
        case .null: return nil
        case .text(let text):
            // PostgreSQL text cannot hold NUL; refuse rather than truncate silently.
            if text.utf8.contains(0) { throw StoreError.invalidParameter("text contains a NUL character") }
            return text
        case .int(let value): return String(value)
        case .double(let value):
            guard value.isFinite else { throw StoreError.invalidParameter("a double is not finite") }
            return String(value)
        case .bool(let value): return value ? "t" : "f"
        case .vector(let values): return try VectorText.encode(values)
        }
    }
}

/// pgvector's text form.
enum VectorText {
    static func encode(_ values: [Float]) throws -> String {
        var text = "["
        text.reserveCapacity(values.count * 10 + 2)
        for (index, value) in values.enumerated() {
            guard value.isFinite else { throw StoreError.invalidParameter("a vector component is not finite") }
            if index > 0 { text += "," }
            text += String(value)
        }
        return text + "]"
    }

    static func decode(_ text: String) -> [Float]? {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
        let inner = text.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        var values: [Float] = []
        for part in inner.split(separator: ",") {
            guard let value = Float(part) else { return nil }
            values.append(value)
        }
        return values
    }
}
