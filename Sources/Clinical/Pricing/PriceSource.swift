/// Where and when a price was taken, and how it was checked since (the one place that says so for
/// every entry of `PriceTable` and `AWSPriceTable`). The check was made with the search tool over stored
/// copies of public pages, not the live AWS site, so each entry says which kind of copy held the figure.
public struct PriceSource: Sendable, Equatable {
    /// What a check found.
    public enum Check: Sendable, Equatable {
        /// An AWS pricing page, AWS documentation or an AWS blog (or a stored copy of one) states this figure.
        case verified(by: String)
        /// Only third-party copies (blogs, guides, other repositories' notes) state this figure.
        case corroborated(by: String)
        /// No copy with this figure was found; `found` says what was found instead.
        case unverified(found: String)
    }

    /// YYYY-MM-DD the figure was taken.
    public let taken: String
    /// The AWS pricing page it comes from.
    public let page: String
    /// YYYY-MM-DD of the check.
    public let checkedOn: String
    public let check: Check

    public init(taken: String, page: String, checkedOn: String, check: Check) {
        self.taken = taken
        self.page = page
        self.checkedOn = checkedOn
        self.check = check
    }

    /// True only when an AWS page, doc or blog states the figure.
    public var isVerified: Bool { if case .verified = check { return true } else { return false } }

    /// One line for the price list of `lambda-local cost` and the README.
    public var summary: String {
        switch check {
        case .verified(let by): return "VERIFIED \(checkedOn) (AWS): \(by)"
        case .corroborated(let by): return "corroborated \(checkedOn), third-party only: \(by)"
        case .unverified(let found): return "NOT VERIFIED \(checkedOn): \(found)"
        }
    }

    /// The Bedrock model prices as first taken (PriceTable's comment), not re-checked one by one.
    public static let bedrock2025 = PriceSource(
        taken: "2025-11-15", page: "https://aws.amazon.com/bedrock/pricing/", checkedOn: "2026-12-01",
        check: .unverified(found: "not re-checked model by model; this project configures only Claude Haiku 4.5 and Titan Text Embeddings V2"))
}
