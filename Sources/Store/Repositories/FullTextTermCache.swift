import LambdaRuntime

/// A clinic's chunk count and its terms' match counts (`FullTextTermPolicy`), kept per database for `ttlNs`: counting
/// a common term scans half the clinic once (a few milliseconds) instead of ranking all of it on every turn, and the
/// terms that repeat across questions are exactly the common ones. Shares move only as documents are added: a stale
/// figure keeps or leaves out a term for at most the ten minutes. Bounded: at `capacity` clinics the cache is emptied.
public final class FullTextTermCache: @unchecked Sendable {
    public struct Clinic: Sendable, Equatable {
        public var rows: Int
        /// Matches per term key, capped one above the policy's common limit.
        public var matches: [String: Int]

        public init(rows: Int, matches: [String: Int]) {
            self.rows = rows
            self.matches = matches
        }
    }

    public static let ttlNs: UInt64 = 600_000_000_000
    public static let capacity = 1_024
    /// Terms kept per clinic before its entry starts over (a long tail of rare terms must not grow it without bound).
    public static let termsPerClinic = 4_096

    public init() {}

    private let lock = OwnedLock()
    // Guarded by `lock`.
    private var entries: [String: (clinic: Clinic, expiresNs: UInt64)] = [:]

    /// The clinic's cached figures when fresh, else nil.
    public func clinic(_ clinicId: String, now: UInt64 = WallClock.monotonicNs()) throws -> Clinic? {
        try lock.withLock { entries[clinicId].flatMap { $0.expiresNs > now ? $0.clinic : nil } }
    }

    /// Keeps the clinic's figures (a new entry starts its ten minutes; new terms join a fresh entry without extending it).
    public func store(_ clinicId: String, _ clinic: Clinic, now: UInt64 = WallClock.monotonicNs()) throws {
        try lock.withLock {
            if entries.count >= Self.capacity, entries[clinicId] == nil { entries.removeAll(keepingCapacity: true) }
            if let old = entries[clinicId], old.expiresNs > now, old.clinic.rows == clinic.rows, clinic.matches.count <= Self.termsPerClinic {
                entries[clinicId] = (clinic, old.expiresNs)
            } else {
                entries[clinicId] = (clinic.matches.count <= Self.termsPerClinic ? clinic : Clinic(rows: clinic.rows, matches: [:]), now + Self.ttlNs)
            }
        }
    }
}
