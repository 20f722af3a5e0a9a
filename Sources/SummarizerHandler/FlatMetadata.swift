import APIHandling
import FoundationEssentials
import LambdaRuntime

/// The caller's `metadata`: a flat JSON object of strings, numbers, booleans and nulls, bounded so that it
/// stays a label and not a second report (20 keys of ≤ 64 characters, strings ≤ 256 characters, ≤ 4 KB).
struct FlatMetadata: Sendable, Equatable, Codable {
    enum Value: Sendable, Equatable {
        case string(String)
        case number(Decimal)
        case bool(Bool)
        case null
    }

    static let maxKeys = 20
    static let maxKeyLength = 64
    static let maxStringLength = 256
    static let maxJSONBytes = 4096

    private(set) var entries: [(key: String, value: Value)] = []

    init() {}

    static func == (a: FlatMetadata, b: FlatMetadata) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    init(from decoder: Decoder) throws {
        let container: KeyedDecodingContainer<AnyKey>
        do { container = try decoder.container(keyedBy: AnyKey.self) } catch {
            throw FieldError("metadata must be a JSON object")
        }
        guard container.allKeys.count <= Self.maxKeys else { throw FieldError("metadata may have at most \(Self.maxKeys) keys") }
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            let name = key.stringValue
            guard (1...Self.maxKeyLength).contains(name.count), Self.isPrintable(name) else {
                throw FieldError("metadata keys must be 1-\(Self.maxKeyLength) printable characters")
            }
            let value: Value
            if try container.decodeNil(forKey: key) {
                value = .null
            } else if let flag = try? container.decode(Bool.self, forKey: key) {
                value = .bool(flag)
            } else if let number = try? container.decode(Decimal.self, forKey: key) {
                value = .number(number)
            } else if let text = try? container.decode(String.self, forKey: key) {
                guard text.count <= Self.maxStringLength, !text.utf8.contains(0) else {
                    throw FieldError("metadata string values must be at most \(Self.maxStringLength) characters, without NUL")
                }
                value = .string(text)
            } else {
                throw FieldError("metadata must be a flat object: values may be strings, numbers, booleans or null")
            }
            entries.append((name, value))
        }
        guard json.utf8.count <= Self.maxJSONBytes else { throw FieldError("metadata must be at most \(Self.maxJSONBytes) bytes of JSON") }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (key, value) in entries {
            switch value {
            case .string(let text): try container.encode(text, forKey: AnyKey(key))
            case .number(let number): try container.encode(number, forKey: AnyKey(key))
            case .bool(let flag): try container.encode(flag, forKey: AnyKey(key))
            case .null: try container.encodeNil(forKey: AnyKey(key))
            }
        }
    }

    /// The object as JSON text, for the `jsonb` column.
    var json: String {
        "{" + entries.map { key, value in
            let text: String
            switch value {
            case .string(let s): text = JSONText.quoted(s)
            case .number(let n): text = n.description
            case .bool(let b): text = b ? "true" : "false"
            case .null: text = "null"
            }
            return JSONText.quoted(key) + ":" + text
        }.joined(separator: ",") + "}"
    }

    /// The stored `jsonb` text read back (written by `json`, so always flat); nil when it is not.
    static func fromStored(_ json: String) -> FlatMetadata? {
        try? JSONDecoder().decode(FlatMetadata.self, from: Data(json.utf8))
    }

    private static func isPrintable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }
}
