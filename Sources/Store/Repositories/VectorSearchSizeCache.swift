import LambdaRuntime

/// What a clinic-wide search plan is made of (`KnowledgeRepository.indexSizes`), kept per database, clinic and
/// model for `ttlNs`: the two statements behind it (a capped count and a `pg_stats` lookup) cost ~2.4 ms of database
/// CPU and two round trips per chat turn on the load seed (README, "Chat turns' database CPU"), against ~1 ms for the
/// walk they size. The figures are estimates already (the planner's statistics lag the table by up to an autovacuum
/// cycle), so a minute adds little: a clinic that passes the exact limit meanwhile stays exact (the safe side) for
/// at most that minute. Bounded: at `capacity` entries the cache is emptied.
public final class VectorSearchSizeCache: @unchecked Sendable {
    public struct Sizes: Sendable, Equatable {
        public let clinicRows: Int
        public let indexRows: Double
        public let share: Double?

        public init(clinicRows: Int, indexRows: Double, share: Double?) {
            self.clinicRows = clinicRows
            self.indexRows = indexRows
            self.share = share
        }
    }

    public static let ttlNs: UInt64 = 60_000_000_000
    public static let capacity = 4_096

    public init() {}

    private let lock = OwnedLock()
    // Guarded by `lock`.
    private var entries: [String: (sizes: Sizes, expiresNs: UInt64)] = [:]

    /// The cached sizes of this clinic and model, or `compute()`'s (run without holding the lock), then kept.
    /// `now` is `WallClock.monotonicNs()` (a parameter for tests).
    public func sizes(clinicId: String, model: String, cap: Int, now: UInt64 = WallClock.monotonicNs(),
                      _ compute: () throws -> Sizes) throws -> Sizes {
        let key = "\(cap)\u{1F}\(model)\u{1F}\(clinicId)"
        if let hit = try lock.withLock({ entries[key] }), hit.expiresNs > now { return hit.sizes }
        let fresh = try compute()
        try lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (fresh, now + Self.ttlNs)
        }
        return fresh
    }
}
