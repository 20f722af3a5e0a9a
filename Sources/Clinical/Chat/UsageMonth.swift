import FoundationEssentials

/// A UTC calendar month as `GET /usage?month=YYYY-MM` names it.
public struct UsageMonth: Sendable, Equatable {
    public let year: Int
    public let month: Int

    /// `YYYY-MM`, years 2000–2999; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 7, parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), (2000...2999).contains(year), (1...12).contains(month) else {
            return nil
        }
        self.year = year
        self.month = month
    }

    /// The month holding `date` (UTC).
    public init(containing date: Date) {
        let start = BudgetPolicy.monthInterval(containing: date).start
        let (year, month, _) = BudgetPolicy.civil(fromDays: Int64(start.timeIntervalSince1970) / 86_400)
        self.year = Int(year)
        self.month = Int(month)
    }

    public var text: String { String(year) + "-" + (month < 10 ? "0" : "") + String(month) }

    /// [first instant, first instant of the next month), in seconds since the epoch.
    public var interval: (start: Date, end: Date) {
        let days = BudgetPolicy.days(year: Int64(year), month: Int64(month), day: 15)
        return BudgetPolicy.monthInterval(containing: Date(timeIntervalSince1970: Double(days * 86_400)))
    }
}
