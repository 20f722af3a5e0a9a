import APIHandling
import AWSClients
import FoundationEssentials
import LambdaRuntime
import Store

/// The daily retention job for chat (template.yaml: `PurgeExpiredChats`, a Schedule event whose `Input`
/// is `{"action":"purgeExpiredChats"}`): chat messages and sessions carry PHI and follow the report
/// retention (`REPORT_RETENTION_DAYS`, stamped in `expires_at` when written); deleted in batches until
/// none are left or the invocation's time runs short.
struct ExpiredChatPurge: Sendable {
    static let action = "purgeExpiredChats"
    static let batchSize = 1000
    static let minimumBatchMs: Int64 = 2000

    let provider: DatabaseProvider

    private struct Probe: Decodable { var action: String? }

    static func isPurgeEvent(_ event: [UInt8]) -> Bool {
        (try? JSONDecoder().decode(Probe.self, from: Data(event)))?.action == action
    }

    /// `{"deletedMessages": n, "deletedSessions": n, "complete": bool}`; database failures fail the invocation (EventBridge retries).
    func run(context: LambdaContext) throws -> [UInt8] {
        let started = WallClock.monotonicNs()
        let database = try provider.database(context: AWSCallContext(context))
        var messages = 0, sessions = 0
        var complete = false
        while context.remainingMs >= Self.minimumBatchMs {
            let timeoutMs = Int(max(1000, min(60_000, context.budgetMs(reserving: 500))))
            let batch = try database.session(timeoutMs: timeoutMs).chat.deleteExpired(batchSize: Self.batchSize)
            messages += batch.messages
            sessions += batch.sessions
            if batch.messages < Self.batchSize && batch.sessions < Self.batchSize { complete = true; break }
        }
        context.logger.info("expired chats purged", ["deletedMessages": .from(messages), "deletedSessions": .from(sessions),
                                                     "complete": .bool(complete),
                                                     "durationMs": .int(Int64((WallClock.monotonicNs() - started) / 1_000_000))])
        return Array("{\"deletedMessages\":\(messages),\"deletedSessions\":\(sessions),\"complete\":\(complete)}".utf8)
    }
}
