import APIHandling
import AWSClients
import FoundationEssentials
import LambdaRuntime
import Store

/// The daily retention job (template.yaml: `PurgeExpiredReports`, a Schedule event whose `Input` is
/// `{"action":"purgeExpiredReports"}`): deletes expired reports in batches until none are left or
/// the invocation's time runs short. A bare EventBridge "Scheduled Event" (no `Input`) does the same.
struct ExpiredReportPurge: Sendable {
    static let action = "purgeExpiredReports"
    static let batchSize = 1000
    /// A batch is not started with less than this left.
    static let minimumBatchMs: Int64 = 2000

    let provider: DatabaseProvider

    private struct Probe: Decodable {
        var action: String?
        var source: String?
        var detailType: String?
        enum CodingKeys: String, CodingKey { case action, source, detailType = "detail-type" }
    }

    static func isPurgeEvent(_ event: [UInt8]) -> Bool {
        guard let probe = try? JSONDecoder().decode(Probe.self, from: Data(event)) else { return false }
        return probe.action == action || (probe.source == "aws.events" && probe.detailType == "Scheduled Event")
    }

    /// `{"deletedReports": n, "complete": bool}`; database failures fail the invocation (EventBridge retries it).
    func run(context: LambdaContext) throws -> [UInt8] {
        let started = WallClock.monotonicNs()
        let database = try provider.database(context: AWSCallContext(context))
        var deleted = 0
        var complete = false
        while context.remainingMs >= Self.minimumBatchMs {
            let timeoutMs = Int(max(1000, min(60_000, context.budgetMs(reserving: 500))))
            let count = try database.session(timeoutMs: timeoutMs).reports.deleteExpired(batchSize: Self.batchSize)
            deleted += count
            if count < Self.batchSize { complete = true; break }
        }
        context.logger.info("expired reports purged", ["deletedReports": .from(deleted), "complete": .bool(complete),
                                                       "durationMs": .int(Int64((WallClock.monotonicNs() - started) / 1_000_000))])
        return Array("{\"deletedReports\":\(deleted),\"complete\":\(complete)}".utf8)
    }
}
