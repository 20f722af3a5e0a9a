/// The rows of one statement, copied out of libpq's result.
public struct QueryResult: Sendable {
    public let columns: [String]
    public let rows: [Row]
    /// Rows inserted, updated or deleted (`PQcmdTuples`), 0 when not applicable.
    public let affectedRows: Int

    public var first: Row? { rows.first }
}

/// One result row; values are PostgreSQL's text output (NULL is nil).
public struct Row: Sendable {
    let columns: [String]
    public let values: [String?]

    func index(_ column: String) throws -> Int {
        guard let index = columns.firstIndex(of: column) else {
            throw StoreError.decodingFailed(column: column, expected: "column present in the result")
        }
        return index
    }

    public func optionalString(_ column: String) throws -> String? { values[try index(column)] }

    public func string(_ column: String) throws -> String {
        guard let value = try optionalString(column) else { throw StoreError.decodingFailed(column: column, expected: "non-null text") }
        return value
    }

    public func optionalInt64(_ column: String) throws -> Int64? {
        guard let text = try optionalString(column) else { return nil }
        guard let value = Int64(text) else { throw StoreError.decodingFailed(column: column, expected: "integer") }
        return value
    }

    public func int64(_ column: String) throws -> Int64 {
        guard let value = try optionalInt64(column) else { throw StoreError.decodingFailed(column: column, expected: "non-null integer") }
        return value
    }

    public func int(_ column: String) throws -> Int { Int(try int64(column)) }

    public func optionalInt(_ column: String) throws -> Int? { try optionalInt64(column).map { Int($0) } }

    public func double(_ column: String) throws -> Double {
        guard let value = Double(try string(column)) else { throw StoreError.decodingFailed(column: column, expected: "number") }
        return value
    }

    public func bool(_ column: String) throws -> Bool {
        switch try string(column) {
        case "t": return true
        case "f": return false
        default: throw StoreError.decodingFailed(column: column, expected: "boolean")
        }
    }

    public func timestamp(_ column: String) throws -> Timestamp {
        Timestamp(microsecondsSinceEpoch: try int64(column))
    }

    public func optionalTimestamp(_ column: String) throws -> Timestamp? {
        try optionalInt64(column).map(Timestamp.init(microsecondsSinceEpoch:))
    }

    public func vector(_ column: String) throws -> [Float] {
        guard let value = VectorText.decode(try string(column)) else { throw StoreError.decodingFailed(column: column, expected: "vector") }
        return value
    }
}
