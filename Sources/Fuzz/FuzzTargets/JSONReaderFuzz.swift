import LambdaRuntime

/// `LambdaRuntime.JSONValue`, the one strict JSON reader: what it accepts is valid UTF-8, nests no deeper
/// than its bound, and survives serialize → parse unchanged; no input crashes or hangs it.
public enum JSONReaderFuzz: FuzzTarget {
    public static let name = "json"
    static let maxDepth = 16

    public static func check(_ input: [UInt8]) -> String? {
        guard let value = try? JSONValue.parse(input, maxDepth: maxDepth) else { return nil }
        if String(validating: input, as: UTF8.self) == nil { return "accepted bytes that are not valid UTF-8" }
        if depth(value) > maxDepth { return "accepted nesting deeper than maxDepth" }
        let text = serialize(value)
        guard let again = try? JSONValue.parse(text, maxDepth: maxDepth) else { return "its own value, serialized, does not parse" }
        if again != value { return "serialize → parse changed the value" }
        return nil
    }

    static func depth(_ value: JSONValue) -> Int {
        switch value {
        case .object(let members): return 1 + (members.values.map(depth).max() ?? 0)
        case .array(let elements): return 1 + (elements.map(depth).max() ?? 0)
        default: return 0
        }
    }

    /// Canonical JSON text (sorted keys; Swift's shortest round-tripping number text).
    static func serialize(_ value: JSONValue) -> String {
        switch value {
        case .object(let members):
            return "{" + members.keys.sorted().map { JSONText.quoted($0) + ":" + serialize(members[$0]!) }.joined(separator: ",") + "}"
        case .array(let elements): return "[" + elements.map(serialize).joined(separator: ",") + "]"
        case .string(let text): return JSONText.quoted(text)
        case .number(let number): return "\(number)"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }
}
