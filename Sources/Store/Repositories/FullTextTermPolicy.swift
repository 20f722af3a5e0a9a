/// Which of a question's terms a clinic-wide full-text search ranks with (`KnowledgeRepository.fullTextBounded`).
///
/// A term found in more than half of a clinic's chunks tells its chunks apart no better than chance — BM25's
/// inverse document frequency, log((N − n + ½) ÷ (n + ½)), is ≤ 0 from n = N/2 on — yet it makes every chunk a match,
/// so `@@` and `ts_rank` run on the whole clinic in two configurations (the load seed's `control`, `laboratorio`,
/// `horas`, `indicada`: 97–100 % of a clinic's 5,169 chunks, 9–15 ms of backend CPU a turn; README, "Full text at a
/// bounded cost"). Such terms are left out of the ranking query — unless nothing that matches would be left, so a
/// question made only of common terms (or of common terms and terms found nowhere) is searched as before.
/// Only clinics of `minClinicRows` chunks or more: below, ranking every match costs a few milliseconds at most,
/// and a term's share of a few dozen chunks says little (the retrieval eval's clinics hold 52).
public struct FullTextTermPolicy: Sendable, Equatable {
    /// A term matching more than this share of the clinic's chunks is left out.
    public var commonShare: Double
    /// Clinics with fewer chunks rank every term.
    public var minClinicRows: Int

    public init(commonShare: Double, minClinicRows: Int) {
        self.commonShare = commonShare
        self.minClinicRows = minClinicRows
    }

    public static let standard = FullTextTermPolicy(commonShare: 0.5, minClinicRows: 1_000)
    /// Every term, every clinic: the search before this rule (tools' before/after figures).
    public static let everyTerm = FullTextTermPolicy(commonShare: 1, minClinicRows: .max)

    /// A term is common past this many matches in a clinic of `clinicRows` chunks (counts are capped one above it).
    public func commonAbove(clinicRows: Int) -> Int { Int((Double(clinicRows) * commonShare).rounded(.down)) }

    /// The terms to rank with, given each term's matches in the clinic (capped at `commonAbove + 1`; a missing term
    /// counts as not common) and the clinic's chunks.
    public func choose(_ terms: [String], matches: [String: Int], clinicRows: Int) -> FullTextTermChoice {
        guard clinicRows >= minClinicRows, commonShare < 1 else { return FullTextTermChoice(kept: terms, dropped: []) }
        let limit = commonAbove(clinicRows: clinicRows)
        var kept: [String] = [], dropped: [String] = [], keptMatches = 0
        for term in terms {
            let n = matches[FullTextTermPolicy.key(term)] ?? 0
            if n > limit { dropped.append(term) } else { kept.append(term); keptMatches += n }
        }
        // Nothing left that matches: rank with every term, as before (the common terms are then all there is).
        guard keptMatches > 0 else { return FullTextTermChoice(kept: terms, dropped: []) }
        return FullTextTermChoice(kept: kept, dropped: dropped)
    }

    /// How a term is counted and cached: PostgreSQL's configurations fold case, so "Control" and "control" are one.
    static func key(_ term: String) -> String { term.lowercased() }
}

/// The terms a clinic-wide full-text search ranks with, and those left out as common in the clinic.
public struct FullTextTermChoice: Sendable, Equatable {
    public let kept: [String]
    public let dropped: [String]

    public init(kept: [String], dropped: [String]) {
        self.kept = kept
        self.dropped = dropped
    }
}
