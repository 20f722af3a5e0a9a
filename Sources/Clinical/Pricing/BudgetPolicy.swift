import FoundationEssentials

/// What the budget says about one more model call.
public enum BudgetDecision: Sendable, Equatable {
    case allowed(remainingUSD: Decimal)
    /// Over budget until the start of next month (UTC); `retryAfterSeconds` is at least 1.
    case exceeded(retryAfterSeconds: Int)
}

/// A monthly spending cap per user, in USD, over calendar months in UTC.
public struct BudgetPolicy: Sendable, Equatable {
    public let limitUSDPerUserMonth: Decimal

    public init(limitUSDPerUserMonth: Decimal) {
        self.limitUSDPerUserMonth = limitUSDPerUserMonth
    }

    public func check(spentThisMonth: Decimal, now: Date) -> BudgetDecision {
        if spentThisMonth < limitUSDPerUserMonth {
            return .allowed(remainingUSD: limitUSDPerUserMonth - spentThisMonth)
        }
        let seconds = Self.monthInterval(containing: now).end.timeIntervalSince(now)
        return .exceeded(retryAfterSeconds: max(1, Int(seconds.rounded(.up))))
    }

    /// The UTC calendar month holding `date`: [first instant, first instant of the next month).
    public static func monthInterval(containing date: Date) -> (start: Date, end: Date) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, _) = civil(fromDays: days)
        let startDays = self.days(year: year, month: month, day: 1)
        let (nextYear, nextMonth) = month == 12 ? (year + 1, 1) : (year, month + 1)
        let endDays = self.days(year: nextYear, month: nextMonth, day: 1)
        return (Date(timeIntervalSince1970: Double(startDays * 86_400)), Date(timeIntervalSince1970: Double(endDays * 86_400)))
    }

    // Howard Hinnant's civil-calendar algorithms: days since 1970-01-01 ⇄ proleptic Gregorian date.
    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func days(year y0: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
