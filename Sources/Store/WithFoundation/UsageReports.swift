import FoundationEssentials
import StoreCore

/// Usage of one (function, model) pair, or of one user, over a period.
public struct UsageGroup: Sendable, Equatable {
    public let identity: String?
    public let functionName: String?
    public let model: String?
    public let totals: UsageTotals
}

/// What a clinic's users got done in a period, counted from the audit log (which the retention
/// purge never touches) and the documents table.
public struct ClinicWork: Sendable, Equatable {
    public let summaries: Int
    public let documentsProcessed: Int
    public let chatAnswers: Int
}

extension UsageLedger {
    static let sums = """
        count(*) AS calls, COALESCE(sum(input_tokens), 0) AS input_tokens,
        COALESCE(sum(output_tokens), 0) AS output_tokens, COALESCE(sum(cost_usd), 0)::text AS cost_usd
        """
    static let period = """
        occurred_at >= 'epoch'::timestamptz + $2::int8 * interval '1 microsecond'
        AND occurred_at < 'epoch'::timestamptz + $3::int8 * interval '1 microsecond'
        """

    /// What `identity` used in this clinic in [from, to), per function and model, by cost then name.
    public func byFunctionAndModel(identity: String, clinicId: String, from: Timestamp, to: Timestamp) throws -> [UsageGroup] {
        let result = try runner.query("""
            SELECT function_name, model, \(UsageLedger.sums) FROM usage_ledger
            WHERE clinic_id = $1 AND \(UsageLedger.period) AND identity = $4
            GROUP BY function_name, model ORDER BY sum(cost_usd) DESC, function_name, model
            """, [.text(clinicId), .int(from.microsecondsSinceEpoch), .int(to.microsecondsSinceEpoch), .text(identity)], idempotent: true)
        return try result.rows.map { row in
            UsageGroup(identity: identity, functionName: try row.string("function_name"), model: try row.string("model"),
                       totals: try UsageLedger.decodeTotals(row))
        }
    }

    /// The clinic's usage in [from, to) per function and model (all users).
    public func clinicByFunctionAndModel(clinicId: String, from: Timestamp, to: Timestamp) throws -> [UsageGroup] {
        let result = try runner.query("""
            SELECT function_name, model, \(UsageLedger.sums) FROM usage_ledger
            WHERE clinic_id = $1 AND \(UsageLedger.period)
            GROUP BY function_name, model ORDER BY sum(cost_usd) DESC, function_name, model
            """, [.text(clinicId), .int(from.microsecondsSinceEpoch), .int(to.microsecondsSinceEpoch)], idempotent: true)
        return try result.rows.map { row in
            UsageGroup(identity: nil, functionName: try row.string("function_name"), model: try row.string("model"),
                       totals: try UsageLedger.decodeTotals(row))
        }
    }

    /// The clinic's usage in [from, to) per user; every user listed made at least one metered call,
    /// so the count of groups is the number of active users.
    public func clinicByUser(clinicId: String, from: Timestamp, to: Timestamp) throws -> [UsageGroup] {
        let result = try runner.query("""
            SELECT identity, \(UsageLedger.sums) FROM usage_ledger
            WHERE clinic_id = $1 AND \(UsageLedger.period)
            GROUP BY identity ORDER BY sum(cost_usd) DESC, identity
            """, [.text(clinicId), .int(from.microsecondsSinceEpoch), .int(to.microsecondsSinceEpoch)], idempotent: true)
        return try result.rows.map { row in
            UsageGroup(identity: try row.string("identity"), functionName: nil, model: nil, totals: try UsageLedger.decodeTotals(row))
        }
    }

    /// Summaries created and chat answers given (successful `report.create` / `chat.answer` audit rows) and
    /// documents that reached PROCESSED, in this clinic in [from, to).
    public func clinicWork(clinicId: String, from: Timestamp, to: Timestamp) throws -> ClinicWork {
        let row = try runner.query("""
            SELECT
              (SELECT count(*) FROM audit_log WHERE clinic_id = $1 AND action = 'report.create' AND outcome = 'success'
                 AND \(UsageLedger.period)) AS summaries,
              (SELECT count(*) FROM audit_log WHERE clinic_id = $1 AND action = 'chat.answer' AND outcome = 'success'
                 AND \(UsageLedger.period)) AS chat_answers,
              (SELECT count(*) FROM documents WHERE clinic_id = $1 AND status = 'PROCESSED'
                 AND updated_at >= 'epoch'::timestamptz + $2::int8 * interval '1 microsecond'
                 AND updated_at < 'epoch'::timestamptz + $3::int8 * interval '1 microsecond') AS documents
            """, [.text(clinicId), .int(from.microsecondsSinceEpoch), .int(to.microsecondsSinceEpoch)], idempotent: true).rows[0]
        return ClinicWork(summaries: try row.int("summaries"), documentsProcessed: try row.int("documents"),
                          chatAnswers: try row.int("chat_answers"))
    }

    static func decodeTotals(_ row: Row) throws -> UsageTotals {
        UsageTotals(calls: try row.int("calls"), inputTokens: try row.int64("input_tokens"),
                    outputTokens: try row.int64("output_tokens"), costUSD: try row.decimal("cost_usd"))
    }
}
