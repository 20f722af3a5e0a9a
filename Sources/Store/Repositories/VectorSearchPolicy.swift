/// How a clinic-wide vector search runs (`KnowledgeRepository.nearest` without a patient).
///
/// pgvector's HNSW index (0.6 here; before 0.8 on any server) walks the neighbours of the whole table and
/// applies the clinic filter only to the `hnsw.ef_search` candidates it found: a clinic holding a share `s`
/// of the index gets back about `s × ef_search` of its rows. So: a clinic with few chunks is ranked exactly
/// (cheap because they are few, and exact); a larger one walks the index with `ef_search` sized to return
/// `limit` of its rows with room to spare (`limit ÷ s × oversampling`); when that would pass pgvector's
/// ceiling of 1,000 the walk cannot deliver and the clinic is ranked exactly instead. Measured on the load
/// seed (README, "Load, scale and cost").
public struct VectorSearchPolicy: Sendable, Equatable {
    /// A clinic with at most this many chunks of the model is ranked exactly.
    public var exactRowLimit: Int
    /// `ef_search` = `limit` ÷ the clinic's share of the index × this.
    public var oversampling: Double
    /// pgvector's default and its ceiling.
    public var minEfSearch: Int
    public var maxEfSearch: Int

    public init(exactRowLimit: Int, oversampling: Double, minEfSearch: Int = 40, maxEfSearch: Int = 1000) {
        self.exactRowLimit = exactRowLimit
        self.oversampling = oversampling
        self.minEfSearch = minEfSearch
        self.maxEfSearch = maxEfSearch
    }

    public static let standard = VectorSearchPolicy(exactRowLimit: 2_000, oversampling: 4)

    public enum Plan: Sendable, Equatable {
        case exact
        case approximate(efSearch: Int)
    }

    /// `clinicRows`: the clinic's chunks of the model (counted up to `exactRowLimit + 1`); `clinicShare`: its
    /// share of the table when known (the planner's statistics), else computed from `clinicRows` and
    /// `indexRows` (the table's rows as last counted: -1 before the first ANALYZE, and lagging inserts).
    public func plan(clinicRows: Int, indexRows: Double, clinicShare: Double? = nil, limit: Int) -> Plan {
        guard clinicRows > exactRowLimit else { return .exact }
        let counted = Double(clinicRows) / max(indexRows, Double(clinicRows))
        // A capped count is a lower bound of the share: the larger of the two errs on a larger ef_search.
        let share = max(clinicShare ?? 0, counted)
        let efSearch = (Double(max(1, limit)) / share * oversampling).rounded(.up)
        guard efSearch <= Double(maxEfSearch) else { return .exact }
        return .approximate(efSearch: max(minEfSearch, Int(efSearch)))
    }
}

/// Which path served one vector search (`KnowledgeRepository.nearestTraced`): exposed on purpose, so tests can tell
/// the walks from the exact ranking without timing them, and tools can count short walks.
public enum VectorSearchPath: Sendable, Equatable {
    /// Ranked exactly by the policy's choice: one patient's chunks, a small clinic, or an `ef_search` past the ceiling.
    case exact
    /// One walk at this `ef_search` returned the full `limit`.
    case walk(efSearch: Int)
    /// The first walk came back short; the wider one (`widened` candidates) returned the full `limit`.
    case widerWalk(efSearch: Int, widened: Int)
    /// The walks came back short (the wider one too, or none was possible: `widened` nil), so the clinic was ranked exactly.
    case exactAfterShortWalks(efSearch: Int, widened: Int?)
}
