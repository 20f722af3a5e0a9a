#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON value, and the one JSON reader of the deployed code: token headers
/// and claims, key sets, authorizer events and the Runtime API's context
/// headers all go through it, so the loop does not link Foundation's JSON
/// (~7.5 MB per bootstrap) and hot paths skip Codable.
public enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
    public var string: String? { if case .string(let value) = self { return value }; return nil }
    public var number: Double? { if case .number(let value) = self { return value }; return nil }
    public var array: [JSONValue]? { if case .array(let value) = self { return value }; return nil }
    public var object: [String: JSONValue]? { if case .object(let value) = self { return value }; return nil }
    /// String members of an object (other member kinds are skipped).
    public var stringMap: [String: String]? { object?.compactMapValues(\.string) }

    public struct ParseError: Error { public init() {} }

    /// Strict RFC 8259: valid UTF-8 only, no duplicate member names (parsers
    /// that disagree on which one wins are a classic token-smuggling trick),
    /// no trailing bytes, at most `maxDepth` nested objects and arrays.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 64) throws(ParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) -> JSONValue in
            var parser = StrictJSONParser(bytes: buffer, maxDepth: maxDepth)
            parser.skipWhitespace()
            let value = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            guard parser.index == buffer.count else { throw ParseError() }
            return value
        }
    }

    public static func parse(_ text: String, maxDepth: Int = 64) throws(ParseError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}

/// Pull reading with the same strict parser, for hot paths that know the shape they expect (API events):
/// members are read straight into their destination instead of a tree. Every error is a `ParseError`; a
/// caller that meets anything unexpected can fall back to `JSONValue.parse` for the precise answer.
public struct JSONPullReader {
    public typealias ParseError = JSONValue.ParseError
    private var parser: StrictJSONParser

    /// Runs `body` over `bytes`; the reader is only valid inside it.
    public static func read<T>(_ bytes: [UInt8], maxDepth: Int = 64, _ body: (inout JSONPullReader) throws(ParseError) -> T) throws(ParseError) -> T {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) -> T in
            var reader = JSONPullReader(parser: StrictJSONParser(bytes: buffer, maxDepth: maxDepth))
            return try body(&reader)
        }
    }

    private init(parser: StrictJSONParser) { self.parser = parser }

    /// Consumes `{` (after whitespace); throws when the next value is not an object.
    public mutating func beginObject() throws(ParseError) { try parser.beginObject() }
    /// The next member's name inside the current object (consuming `:`), or nil after its `}`.
    public mutating func nextMember(first: Bool) throws(ParseError) -> String? { try parser.nextMember(first: first) }
    /// Consumes `[`; then `nextElement` until it answers false (after `]`).
    public mutating func beginArray() throws(ParseError) { try parser.beginArray() }
    public mutating func nextElement(first: Bool) throws(ParseError) -> Bool { try parser.nextElement(first: first) }
    /// True (and consumed) when the next value is `null`.
    public mutating func null() throws(ParseError) -> Bool { try parser.null() }
    public mutating func string() throws(ParseError) -> String { try parser.string() }
    public mutating func bool() throws(ParseError) -> Bool {
        switch try parser.parseValue(depth: 0) {
        case .bool(let flag): return flag
        default: throw ParseError()
        }
    }
    /// An object of string members (API Gateway's header and parameter maps); a repeated name throws.
    public mutating func stringMap() throws(ParseError) -> [String: String] {
        try beginObject()
        var map = [String: String](minimumCapacity: 8)
        var first = true
        while let name = try nextMember(first: first) {
            first = false
            guard map.updateValue(try string(), forKey: name) == nil else { throw ParseError() }
        }
        return map
    }
    /// An object of arrays of strings (API Gateway's multi-value maps); a repeated name throws.
    public mutating func stringListMap() throws(ParseError) -> [String: [String]] {
        try beginObject()
        var map = [String: [String]](minimumCapacity: 8)
        var first = true
        while let name = try nextMember(first: first) {
            first = false
            try beginArray()
            var items: [String] = []
            var firstItem = true
            while try nextElement(first: firstItem) {
                firstItem = false
                items.append(try string())
            }
            guard map.updateValue(items, forKey: name) == nil else { throw ParseError() }
        }
        return map
    }
    /// Any value as a tree; `depth` is the number of containers enclosing it (for the nesting bound).
    public mutating func value(depth: Int) throws(ParseError) -> JSONValue { try parser.parseValue(depth: depth) }

    /// What kind of value `skip` stepped over.
    public enum Kind: Sendable, Equatable { case object, array, string, number, bool, null }

    /// The next member's name as its bytes (valid inside `read` only), consuming `:`, or nil after the object's `}`.
    /// Only for a name of printable ASCII without escapes, whose bytes are the name, so it can be matched without
    /// making a `String`; any other name throws, and the caller falls back to a reader that makes `String`s.
    public mutating func nextPlainMember(first: Bool) throws(ParseError) -> UnsafeBufferPointer<UInt8>? {
        try parser.nextPlainMember(first: first)
    }

    /// Steps over the next value, checked as `value(depth:)` checks it (grammar, UTF-8, nesting bound, no repeated
    /// member name) without building it; member names inside it must be plain (`nextPlainMember`), else it throws.
    public mutating func skip(depth: Int) throws(ParseError) -> Kind { try parser.skipValue(depth: depth) }
    /// Only whitespace may follow the top-level value.
    public mutating func end() throws(ParseError) {
        parser.skipWhitespace()
        guard parser.atEnd else { throw ParseError() }
    }
}

private struct StrictJSONParser {
    typealias ParseError = JSONValue.ParseError

    private let bytes: UnsafeBufferPointer<UInt8>
    fileprivate var index = 0

    private let maxDepth: Int

    fileprivate init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    fileprivate mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    fileprivate var atEnd: Bool { index == bytes.count }

    fileprivate mutating func beginObject() throws(ParseError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw ParseError() }
        index += 1
    }

    /// After whitespace: false (and consumed) at `closing`; otherwise true, past the `,` that must precede any
    /// item but the first. The one step between the members of an object and the elements of an array.
    private mutating func continues(before closing: UInt8, first: Bool) throws(ParseError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw ParseError() }
        if bytes[index] == closing {
            index += 1
            return false
        }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw ParseError() }
            index += 1
            skipWhitespace()
        }
        return true
    }

    fileprivate mutating func nextMember(first: Bool) throws(ParseError) -> String? {
        guard try continues(before: UInt8(ascii: "}"), first: first) else { return nil }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw ParseError() }
        let name = try parseString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw ParseError() }
        index += 1
        skipWhitespace()
        return name
    }

    fileprivate mutating func nextPlainMember(first: Bool) throws(ParseError) -> UnsafeBufferPointer<UInt8>? {
        guard try continues(before: UInt8(ascii: "}"), first: first) else { return nil }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw ParseError() }
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] >= 0x20, bytes[index] < 0x7F, bytes[index] != UInt8(ascii: "\\") else { throw ParseError() }
            index += 1
        }
        guard index < bytes.count else { throw ParseError() }
        let name = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw ParseError() }
        index += 1
        skipWhitespace()
        return name
    }

    fileprivate mutating func skipValue(depth: Int) throws(ParseError) -> JSONPullReader.Kind {
        skipWhitespace()
        guard index < bytes.count else { throw ParseError() }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth < maxDepth else { throw ParseError() }
            index += 1
            var names: [UnsafeBufferPointer<UInt8>] = []
            var first = true
            while let name = try nextPlainMember(first: first) {
                first = false
                // Plain names are equal exactly when their bytes are.
                for seen in names where seen.count == name.count && seen.elementsEqual(name) { throw ParseError() }
                names.append(name)
                _ = try skipValue(depth: depth + 1)
            }
            return .object
        case UInt8(ascii: "["):
            guard depth < maxDepth else { throw ParseError() }
            index += 1
            var first = true
            while try nextElement(first: first) {
                first = false
                _ = try skipValue(depth: depth + 1)
            }
            return .array
        case UInt8(ascii: "\""):
            let opening = index
            index += 1
            var union: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if union >= 0x80 { _ = try Self.text(UnsafeBufferPointer(rebasing: bytes[(opening + 1)..<index]), ascii: false) }
                    index += 1
                    return .string
                }
                if byte == UInt8(ascii: "\\") {
                    // Escapes are rare in the values skipped: decode the string as `value` would.
                    index = opening
                    _ = try parseString()
                    return .string
                }
                guard byte >= 0x20 else { throw ParseError() }
                union |= byte
                index += 1
            }
            throw ParseError()
        case UInt8(ascii: "t"): try expect("true"); return .bool
        case UInt8(ascii: "f"): try expect("false"); return .bool
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: _ = try parseNumber(); return .number
        }
    }

    fileprivate mutating func beginArray() throws(ParseError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw ParseError() }
        index += 1
    }

    fileprivate mutating func nextElement(first: Bool) throws(ParseError) -> Bool {
        try continues(before: UInt8(ascii: "]"), first: first)
    }

    fileprivate mutating func null() throws(ParseError) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        try expect("null")
        return true
    }

    fileprivate mutating func string() throws(ParseError) -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw ParseError() }
        return try parseString()
    }

    private mutating func expect(_ literal: StaticString) throws(ParseError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw ParseError() }
        for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { throw ParseError() }
        index += count
    }

    fileprivate mutating func parseValue(depth: Int) throws(ParseError) -> JSONValue {
        guard index < bytes.count else { throw ParseError() }
        switch bytes[index] {
        // `depth` containers enclose this value; it may open one more while below the bound.
        case UInt8(ascii: "{"): guard depth < maxDepth else { throw ParseError() }; return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): guard depth < maxDepth else { throw ParseError() }; return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return .number(try parseNumber())
        }
    }

    private mutating func parseObject(depth: Int) throws(ParseError) -> JSONValue {
        index += 1
        // Sized for an API event's objects up front: growing a dictionary rehashes every member it holds.
        var members = [String: JSONValue](minimumCapacity: 12)
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw ParseError() }
            let name = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw ParseError() }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            guard members.updateValue(value, forKey: name) == nil else { throw ParseError() }
            skipWhitespace()
            guard index < bytes.count else { throw ParseError() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw ParseError()
        }
    }

    private mutating func parseArray(depth: Int) throws(ParseError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw ParseError() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw ParseError()
        }
    }

    private mutating func parseString() throws(ParseError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string. ASCII needs no UTF-8 validation (and
        // `String(validating:)` is generic, unspecialised: most of this function's time when it was used always).
        var union: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return try Self.text(slice, ascii: union < 0x80)
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw ParseError() }
            union |= byte
            index += 1
        }
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            // The run up to the next quote or escape, copied at once (a JSON body is one long string with escapes).
            let run = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                guard bytes[index] >= 0x20 else { throw ParseError() }
                union |= bytes[index]
                index += 1
            }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            guard index < bytes.count else { break }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return try decoded.withUnsafeBufferPointer { (buffer) throws(ParseError) -> String in try Self.text(buffer, ascii: union < 0x80) }
            default: // a backslash
                index += 1
                guard index < bytes.count else { throw ParseError() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        try expect("\\u")
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw ParseError() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw ParseError()
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw ParseError() }
                    if scalar >= 0x80 { union |= 0x80 }
                    decoded.append(contentsOf: Array(String(unicode).utf8))
                default:
                    throw ParseError()
                }
            }
        }
        throw ParseError()
    }

    /// The string of UTF-8 `bytes`, refusing invalid UTF-8: decoding repairs any invalid sequence with U+FFFD,
    /// so the result's bytes equal the input's exactly when the input was valid.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) throws(ParseError) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if ascii { return text }
        var copy = text
        let valid = copy.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
        guard valid else { throw ParseError() }
        return text
    }

    private mutating func parseHex4() throws(ParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw ParseError() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            default: throw ParseError()
            }
            value = value << 4 | UInt32(nibble)
            index += 1
        }
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func parseNumber() throws(ParseError) -> Double {
        let start = index
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if index < bytes.count && bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw ParseError() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw ParseError() }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw ParseError() }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)),
              value.isFinite else { throw ParseError() }
        return value
    }
}
