import FoundationEssentials
import StoreCore

// Money (`numeric` columns) as Foundation's `Decimal`, which the price table computes in: kept in the Store
// module, out of StoreCore, so the functions that never touch money (health) link no Foundation.

extension SQLValue {
    /// A `numeric` parameter: the decimal's exact text.
    public static func decimal(_ value: Decimal) -> SQLValue { .text(value.description) }
}

extension Row {
    public func decimal(_ column: String) throws -> Decimal {
        guard let value = Decimal(string: try string(column)) else { throw StoreError.decodingFailed(column: column, expected: "numeric") }
        return value
    }
}
