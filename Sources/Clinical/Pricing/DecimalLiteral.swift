import FoundationEssentials

extension Decimal {
    /// An exact decimal from a plain literal of the price tables (`"0.0011"`: digits, an optional point and
    /// digits, whose digits fit in a UInt64), or nil for anything else. `Decimal(string:)` goes through locale-aware
    /// parsing: the ~80 prices it read cost a model function ~210 k instructions of its start-up.
    public init?(plainLiteral text: String) {
        var digits: UInt64 = 0, count = 0, scale = 0, seenPoint = false
        let limit = (UInt64.max - 9) / 10
        for byte in text.utf8 {
            if byte == UInt8(ascii: "."), !seenPoint, count > 0 { seenPoint = true; continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits <= limit, scale < 30 else { return nil }
            digits = digits * 10 + UInt64(byte - UInt8(ascii: "0"))
            count += 1
            if seenPoint { scale += 1 }
        }
        guard count > 0, text.utf8.last != UInt8(ascii: ".") else { return nil }
        self.init(sign: .plus, exponent: -scale, significand: Decimal(digits))
    }
}
