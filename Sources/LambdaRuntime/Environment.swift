#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot of the process environment. Configuration is read from one of
/// these once, at start-up; handlers never call getenv themselves.
public struct Environment: Sendable {
    public let values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// The environment of this process, read once. Split at the first `=` byte with `memchr` and each side
    /// decoded straight from its bytes: `String.firstIndex(of: Character)` walked grapheme clusters and was
    /// the largest piece of a bootstrap's start-up in user space (callgrind: ~350 k of ~800 k instructions).
    public static var current: Environment { Environment(entries: environ) }

    /// An environment from a NULL-terminated list of `NAME=value` C strings (what `environ` is); an entry
    /// without `=` is skipped, a repeated name keeps its last value.
    public init(entries environ: UnsafePointer<UnsafeMutablePointer<CChar>?>) {
        var count = 0
        while environ[count] != nil { count += 1 }
        var values: [String: String] = [:]
        values.reserveCapacity(count)
        for index in 0..<count {
            guard let entry = environ[index] else { continue }
            let length = strlen(entry)
            let bytes = UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self)
            guard let equals = memchr(entry, Int32(UInt8(ascii: "=")), length) else { continue }
            let nameLength = UnsafeRawPointer(equals) - UnsafeRawPointer(entry)
            let name = String(decoding: UnsafeBufferPointer(start: bytes, count: nameLength), as: UTF8.self)
            values[name] = String(decoding: UnsafeBufferPointer(start: bytes + nameLength + 1, count: length - nameLength - 1), as: UTF8.self)
        }
        self.values = values
    }

    public subscript(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    public func string(_ name: String, default fallback: String) -> String { self[name] ?? fallback }

    /// A required variable; its absence is a configuration error (an init error).
    public func required(_ name: String) throws -> String {
        guard let value = self[name] else { throw ConfigurationError("\(name) is required") }
        return value
    }

    public func int(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = self[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ConfigurationError("\(name) must be an integer in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    public func double(_ name: String, default fallback: Double, range: ClosedRange<Double>) throws -> Double {
        guard let text = self[name] else { return fallback }
        guard let value = Double(text), range.contains(value) else {
            throw ConfigurationError("\(name) must be a number in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    /// `on`/`off` style switches.
    public func flag(_ name: String, default fallback: Bool) throws -> Bool {
        guard let text = self[name]?.lowercased() else { return fallback }
        switch text {
        case "on", "true", "1", "yes": return true
        case "off", "false", "0", "no": return false
        default: throw ConfigurationError("\(name) must be on or off")
        }
    }
}

/// Bad configuration found at start-up; reported to the Runtime API as an init error.
public struct ConfigurationError: LambdaError {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var errorType: String { "Runtime.ConfigurationError" }
    public var errorMessage: String { message }
}
