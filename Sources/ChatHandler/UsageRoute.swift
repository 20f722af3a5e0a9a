import APIHandling
import Clinical
import FoundationEssentials
import LambdaRuntime
import ModelHandling
import Store

/// `GET /usage`: the caller's month (`?month=YYYY-MM`, default the current UTC month) by function and
/// model with the budget left; an admin's `?scope=clinic`: per user of the clinic and totals, active
/// users (at least one metered call in the month), cost per active user and the work done. A doctor
/// asking for the clinic → 403. Every read (and refusal) is audited.
struct UsageRoute: Sendable {
    let database: DatabaseAccess
    let policy: BudgetPolicy

    struct GroupJSON: Encodable, Sendable {
        var function: String
        var model: String
        var calls: Int
        var tokens: TokensJSON
        var costUsd: Decimal
    }

    struct UserJSON: Encodable, Sendable {
        var userId: String
        var calls: Int
        var tokens: TokensJSON
        var costUsd: Decimal
        var budgetRemainingUsd: Decimal
    }

    struct TotalsJSON: Encodable, Sendable {
        var calls: Int
        var tokens: TokensJSON
        var costUsd: Decimal
        init(_ totals: UsageTotals) {
            calls = totals.calls
            tokens = TokensJSON(input: Int(totals.inputTokens), output: Int(totals.outputTokens))
            costUsd = totals.costUSD
        }
    }

    struct BudgetJSON: Encodable, Sendable {
        var limitUsd: Decimal
        var spentUsd: Decimal
        var remainingUsd: Decimal
    }

    struct OwnJSON: Encodable, Sendable {
        var scope = "user"
        var month: String
        var userId: String
        var clinicId: String
        var totals: TotalsJSON
        var byFunction: [GroupJSON]
        var budget: BudgetJSON
    }

    struct WorkJSON: Encodable, Sendable {
        var summaries: Int
        var documentsProcessed: Int
        var chatAnswers: Int
    }

    struct ClinicJSON: Encodable, Sendable {
        var scope = "clinic"
        var month: String
        var clinicId: String
        var totals: TotalsJSON
        var byFunction: [GroupJSON]
        var users: [UserJSON]
        var activeUsers: Int
        var costPerActiveUserUsd: Decimal
        var budgetUsdPerUser: Decimal
        var work: WorkJSON
    }

    func handle(_ request: APIRequest, _ context: RouteContext) throws -> APIResponse {
        let identity = try Identity.from(request)
        let month: UsageMonth
        if let text = request.queryValue("month") {
            guard let parsed = UsageMonth(text) else { throw APIError.validation("month must be YYYY-MM (UTC calendar month)") }
            month = parsed
        } else {
            month = UsageMonth(containing: Date())
        }
        let clinicScope: Bool
        switch request.queryValue("scope") {
        case nil, "user"?: clinicScope = false
        case "clinic"?: clinicScope = true
        default: throw APIError.validation("scope must be \"user\" or \"clinic\"")
        }
        let interval = month.interval
        let from = Timestamp(interval.start), to = Timestamp(interval.end)
        let access = AuditAccess(requestId: request.requestId, identity: identity.sub, clinicId: identity.clinicId,
                                 action: clinicScope ? "usage.read.clinic" : "usage.read", resourceType: "usage")
        let resource = (clinicScope ? identity.clinicId : identity.sub).prefix(200) + ":" + month.text

        if clinicScope && identity.role != .admin {
            try database.run(context) { db, timeoutMs in
                try db.audited(access, timeoutMs: timeoutMs) { _ in Audited((), resourceId: String(resource), outcome: .denied) }
            }
            throw APIError.forbidden("only an admin may read the clinic's usage")
        }
        if clinicScope {
            let body = try database.run(context) { db, timeoutMs in
                try db.audited(access, timeoutMs: timeoutMs) { tx in
                    let groups = try tx.usage.clinicByFunctionAndModel(clinicId: identity.clinicId, from: from, to: to)
                    let users = try tx.usage.clinicByUser(clinicId: identity.clinicId, from: from, to: to)
                    let work = try tx.usage.clinicWork(clinicId: identity.clinicId, from: from, to: to)
                    return Audited(clinicJSON(month: month, clinicId: identity.clinicId, groups: groups, users: users, work: work),
                                   resourceId: String(resource))
                }
            }
            context.logger.info("clinic usage read", ["activeUsers": .from(body.activeUsers), "month": .string(month.text)])
            return try JSONBody.encode(body)
        }
        let groups = try database.run(context) { db, timeoutMs in
            try db.audited(access, timeoutMs: timeoutMs) { tx in
                Audited(try tx.usage.byFunctionAndModel(identity: identity.sub, clinicId: identity.clinicId, from: from, to: to),
                        resourceId: String(resource))
            }
        }
        let totals = Self.sum(groups)
        let remaining = max(0, policy.limitUSDPerUserMonth - totals.costUSD)
        return try JSONBody.encode(OwnJSON(month: month.text, userId: identity.sub, clinicId: identity.clinicId, totals: TotalsJSON(totals),
                                           byFunction: groups.map(Self.groupJSON),
                                           budget: BudgetJSON(limitUsd: policy.limitUSDPerUserMonth, spentUsd: totals.costUSD, remainingUsd: remaining)))
    }

    func clinicJSON(month: UsageMonth, clinicId: String, groups: [UsageGroup], users: [UsageGroup], work: ClinicWork) -> ClinicJSON {
        let totals = Self.sum(groups)
        let active = users.filter { $0.totals.calls > 0 }.count
        let perActive = active == 0 ? Decimal(0) : totals.costUSD / Decimal(active)
        // To the ledger's precision (8 decimals).
        let rounded = Decimal(Int64((ModelMetering.double(perActive) * 1e8).rounded())) / 100_000_000
        return ClinicJSON(month: month.text, clinicId: clinicId, totals: TotalsJSON(totals), byFunction: groups.map(Self.groupJSON),
                          users: users.map { group in
                              UserJSON(userId: group.identity ?? "", calls: group.totals.calls,
                                       tokens: TokensJSON(input: Int(group.totals.inputTokens), output: Int(group.totals.outputTokens)),
                                       costUsd: group.totals.costUSD,
                                       budgetRemainingUsd: max(0, policy.limitUSDPerUserMonth - group.totals.costUSD))
                          },
                          activeUsers: active, costPerActiveUserUsd: rounded, budgetUsdPerUser: policy.limitUSDPerUserMonth,
                          work: WorkJSON(summaries: work.summaries, documentsProcessed: work.documentsProcessed, chatAnswers: work.chatAnswers))
    }

    static func groupJSON(_ group: UsageGroup) -> GroupJSON {
        GroupJSON(function: group.functionName ?? "", model: group.model ?? "", calls: group.totals.calls,
                  tokens: TokensJSON(input: Int(group.totals.inputTokens), output: Int(group.totals.outputTokens)),
                  costUsd: group.totals.costUSD)
    }

    static func sum(_ groups: [UsageGroup]) -> UsageTotals {
        UsageTotals(calls: groups.reduce(0) { $0 + $1.totals.calls }, inputTokens: groups.reduce(0) { $0 + $1.totals.inputTokens },
                    outputTokens: groups.reduce(0) { $0 + $1.totals.outputTokens }, costUSD: groups.reduce(Decimal(0)) { $0 + $1.totals.costUSD })
    }
}
