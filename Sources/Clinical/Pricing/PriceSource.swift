/// Where and when a price was taken, and how it was checked since (the one place that says so for
/// every entry of `PriceTable` and `AWSPriceTable`). `verified` names the page that confirmed it on
/// `verifiedOn`, or is nil when no copy of the price could be found to confirm it.
public struct PriceSource: Sendable, Equatable {
    /// YYYY-MM-DD the figure was taken.
    public let taken: String
    /// The AWS pricing page it comes from.
    public let page: String
    public let verifiedOn: String?
    public let verified: String?

    public init(taken: String, page: String, verifiedOn: String? = nil, verified: String? = nil) {
        self.taken = taken
        self.page = page
        self.verifiedOn = verifiedOn
        self.verified = verified
    }

    public var isVerified: Bool { verified != nil }

    /// The Bedrock model prices as first taken (PriceTable's comment), not re-checked one by one.
    public static let bedrock2025 = PriceSource(taken: "2025-11-15", page: "https://aws.amazon.com/bedrock/pricing/")
}
