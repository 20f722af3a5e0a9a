import APIHandling
import Clinical
import FoundationEssentials
import LambdaRuntime
import Store

/// `BUDGET_USD_PER_USER_MONTH` before a model call: the caller's ledger cost this UTC month (per `sub`
/// and clinic); spent → 429 `BUDGET_EXCEEDED` with `Retry-After` = seconds to next month. Nothing is sent
/// to the model when it refuses.
public struct BudgetGate: Sendable {
    public let policy: BudgetPolicy
    let database: DatabaseAccess

    public init(limitUSDPerUserMonth: Decimal, database: DatabaseAccess) {
        policy = BudgetPolicy(limitUSDPerUserMonth: limitUSDPerUserMonth)
        self.database = database
    }

    /// Throws 429 when the month's budget is spent; returns what is left otherwise.
    @discardableResult
    public func check(_ identity: Identity, context: RouteContext, now: Date = Date()) throws -> Decimal {
        let spent = try database.run(context) { db, timeoutMs in
            try db.session(timeoutMs: timeoutMs).usage.totals(identity: identity.sub, clinicId: identity.clinicId,
                                                               since: Timestamp(BudgetPolicy.monthInterval(containing: now).start))
        }
        switch policy.check(spentThisMonth: spent.costUSD, now: now) {
        case .allowed(let remaining):
            return remaining
        case .exceeded(let retryAfter):
            context.logger.info("budget exceeded", ["identity": .string(identity.sub), "retryAfterSeconds": .from(retryAfter)])
            throw APIError(status: 429, code: "BUDGET_EXCEEDED",
                           message: "the monthly model budget of this user is spent; it renews at the start of next month (UTC)",
                           retryAfterSeconds: retryAfter)
        }
    }

    /// `BUDGET_USD_PER_USER_MONTH`: USD from 0 to 1,000,000, default 20; anything else is an init error.
    public static func limit(_ environment: Environment) throws -> Decimal {
        guard let text = environment["BUDGET_USD_PER_USER_MONTH"] else { return 20 }
        guard let value = Decimal(string: text), value >= 0, value <= 1_000_000 else {
            throw ConfigurationError("BUDGET_USD_PER_USER_MONTH must be a number of USD from 0 to 1000000")
        }
        return value
    }
}

extension Timestamp {
    /// The instant of a `Date`, to the microsecond.
    public init(_ date: Date) {
        self.init(microsecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1_000_000).rounded()))
    }
}
