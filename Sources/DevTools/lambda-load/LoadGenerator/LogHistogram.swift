/// A latency histogram in the manner of HdrHistogram: values (microseconds) below 128 are exact, above
/// that each power of two is split into 64 buckets, so any value is reported within 1/64 (1.6 %) of
/// itself, from 1 µs to hours, in a few KB and O(1) per sample. The maximum is kept exactly.
public struct LogHistogram: Sendable {
    static let exactBelow: UInt64 = 128
    static let subBuckets = 64
    public private(set) var counts: [UInt64]
    public private(set) var count: UInt64 = 0
    public private(set) var max: UInt64 = 0
    public private(set) var min: UInt64 = .max
    public private(set) var sum: Double = 0

    public init() { counts = [UInt64](repeating: 0, count: 128 + 58 * 64) }

    /// The bucket of `value`.
    static func index(_ value: UInt64) -> Int {
        if value < exactBelow { return Int(value) }
        let msb = 63 - value.leadingZeroBitCount          // ≥ 7
        let shift = msb - 6                              // ≥ 1
        let sub = Int(value >> UInt64(shift))            // 64...127
        return 128 + (shift - 1) * subBuckets + (sub - subBuckets)
    }

    /// The largest value that lands in bucket `index` (HdrHistogram's "highest equivalent value").
    static func highestValue(_ index: Int) -> UInt64 {
        if index < Int(exactBelow) { return UInt64(index) }
        let shift = (index - 128) / subBuckets + 1
        let sub = UInt64((index - 128) % subBuckets + subBuckets)
        return ((sub + 1) << UInt64(shift)) - 1
    }

    public mutating func record(_ value: UInt64) {
        counts[Swift.min(Self.index(value), counts.count - 1)] += 1
        count += 1
        sum += Double(value)
        if value > max { max = value }
        if value < min { min = value }
    }

    public mutating func add(_ other: LogHistogram) {
        for i in counts.indices where other.counts[i] > 0 { counts[i] += other.counts[i] }
        count += other.count
        sum += other.sum
        max = Swift.max(max, other.max)
        min = Swift.min(min, other.min)
    }

    /// The value at quantile `q` (0...1): the upper edge of the bucket holding the ⌈q·count⌉-th sample,
    /// never above the recorded maximum. 0 when empty.
    public func value(atQuantile q: Double) -> UInt64 {
        guard count > 0 else { return 0 }
        let rank = Swift.max(1, UInt64((q * Double(count)).rounded(.up)))
        var seen: UInt64 = 0
        for (i, n) in counts.enumerated() where n > 0 {
            seen += n
            if seen >= rank { return Swift.min(Self.highestValue(i), max) }
        }
        return max
    }

    public var mean: Double { count == 0 ? 0 : sum / Double(count) }
}
