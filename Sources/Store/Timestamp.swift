import LambdaRuntime

/// A `timestamptz` with its full microsecond precision. Statements select
/// timestamps as `(extract(epoch from col) * 1000000)::int8`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let microsecondsSinceEpoch: Int64

    public init(microsecondsSinceEpoch: Int64) { self.microsecondsSinceEpoch = microsecondsSinceEpoch }

    public var millisecondsSinceEpoch: Int64 { microsecondsSinceEpoch / 1000 }
    /// RFC 3339 UTC with milliseconds, for API responses.
    public var iso8601: String { WallClock.iso8601(ms: millisecondsSinceEpoch) }
    public var description: String { iso8601 }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.microsecondsSinceEpoch < b.microsecondsSinceEpoch }

    /// The SQL that selects a timestamptz column in the form `Row.timestamp` reads.
    package static func select(_ column: String) -> String { "(extract(epoch from \(column)) * 1000000)::int8" }
}
