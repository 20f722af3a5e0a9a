import FoundationEssentials
import StoreCore

/// One metered model call.
public struct UsageEntry: Sendable, Equatable {
    public var identity: String
    public var clinicId: String
    public var functionName: String
    public var model: String
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Decimal
    public var requestId: String

    public init(identity: String, clinicId: String, functionName: String, model: String, inputTokens: Int,
                outputTokens: Int, costUSD: Decimal, requestId: String) {
        self.identity = identity
        self.clinicId = clinicId
        self.functionName = functionName
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.requestId = requestId
    }
}

public struct UsageRow: Sendable, Equatable {
    public let id: Int64
    public let occurredAt: Timestamp
    public let entry: UsageEntry
}

/// Sums over a period, for budgets and `GET /usage`.
public struct UsageTotals: Sendable, Equatable {
    public let calls: Int
    public let inputTokens: Int64
    public let outputTokens: Int64
    public let costUSD: Decimal

    public init(calls: Int, inputTokens: Int64, outputTokens: Int64, costUSD: Decimal) {
        self.calls = calls
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
    }
}

/// The usage ledger: append-only (the application role may not update or delete it).
public struct UsageLedger {
    let runner: any QueryRunner

    public init(_ runner: any QueryRunner) { self.runner = runner }

    static let columns = """
        id, \(Timestamp.select("occurred_at")) AS occurred_at, identity, clinic_id, function_name, model,
        input_tokens, output_tokens, cost_usd::text AS cost_usd, request_id
        """

    @discardableResult
    public func record(_ entry: UsageEntry) throws -> UsageRow {
        let result = try runner.query("""
            INSERT INTO usage_ledger (identity, clinic_id, function_name, model, input_tokens, output_tokens, cost_usd, request_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8)
            RETURNING \(UsageLedger.columns)
            """, [.text(entry.identity), .text(entry.clinicId), .text(entry.functionName), .text(entry.model),
                  .int(entry.inputTokens), .int(entry.outputTokens), .decimal(entry.costUSD), .text(entry.requestId)],
            idempotent: false)
        return try UsageLedger.decode(result.rows[0])
    }

    /// What `identity` used in this clinic since `since` (inclusive).
    public func totals(identity: String, clinicId: String, since: Timestamp) throws -> UsageTotals {
        let row = try runner.query("""
            SELECT count(*) AS calls, COALESCE(sum(input_tokens), 0) AS input_tokens,
                   COALESCE(sum(output_tokens), 0) AS output_tokens, COALESCE(sum(cost_usd), 0)::text AS cost_usd
            FROM usage_ledger
            WHERE identity = $1 AND clinic_id = $2 AND occurred_at >= 'epoch'::timestamptz + $3::int8 * interval '1 microsecond'
            """, [.text(identity), .text(clinicId), .int(since.microsecondsSinceEpoch)], idempotent: true).rows[0]
        return UsageTotals(calls: try row.int("calls"), inputTokens: try row.int64("input_tokens"),
                           outputTokens: try row.int64("output_tokens"), costUSD: try row.decimal("cost_usd"))
    }

    /// The latest entries of `identity` in this clinic, newest first.
    public func recent(identity: String, clinicId: String, limit: Int) throws -> [UsageRow] {
        let result = try runner.query("""
            SELECT \(UsageLedger.columns) FROM usage_ledger WHERE identity = $1 AND clinic_id = $2
            ORDER BY occurred_at DESC, id DESC LIMIT $3
            """, [.text(identity), .text(clinicId), .int(max(1, min(limit, 500)))], idempotent: true)
        return try result.rows.map(UsageLedger.decode)
    }

    static func decode(_ row: Row) throws -> UsageRow {
        UsageRow(id: try row.int64("id"), occurredAt: try row.timestamp("occurred_at"),
                 entry: UsageEntry(identity: try row.string("identity"), clinicId: try row.string("clinic_id"),
                                   functionName: try row.string("function_name"), model: try row.string("model"),
                                   inputTokens: try row.int("input_tokens"), outputTokens: try row.int("output_tokens"),
                                   costUSD: try row.decimal("cost_usd"), requestId: try row.string("request_id")))
    }
}

extension QueryRunner {
    public var usage: UsageLedger { UsageLedger(self) }
}
