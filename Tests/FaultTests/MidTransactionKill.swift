import Foundation
import LambdaRuntime
import Store
import TestSupport

/// Terminates a function's database backend in the middle of its write transaction, deterministically:
/// `arm()` takes `LOCK TABLE audit_log IN EXCLUSIVE MODE` on an owner connection of its own (reads still
/// pass, inserts wait), so the function's transaction blocks on its audit row — `Database.audited` writes
/// it last, after the report, the turn or the document's rows. A watcher sees the backend waiting in
/// `pg_locks`, terminates it (`pg_terminate_backend`), then releases the lock.
final class MidTransactionKill: @unchecked Sendable {
    let database: ScratchDatabase
    let table: String
    /// The pid that was terminated (nil: none was seen waiting within the watch).
    let killedPID = Shared<Int?>(nil)
    private let locked = DispatchSemaphore(value: 0)
    private let release = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(_ database: ScratchDatabase, table: String = "audit_log") {
        self.database = database
        self.table = table
    }

    /// Takes the lock (returns once it is held) and starts the watcher. Call it once, e.g. from the model's
    /// answer: the function's transaction starts right after.
    func arm(watchMs: Int64 = 15_000) {
        let ownerURL = database.ownerURL
        let table = self.table
        Thread { [self] in
            let locker = Database(settings: (try? DatabaseSettings.fromURL(ownerURL))!, logger: TestDatabase.logger)
            _ = try? locker.transaction(timeoutMs: 60_000) { tx in
                _ = try tx.query("LOCK TABLE \(table) IN EXCLUSIVE MODE", [])
                locked.signal()
                _ = release.wait(timeout: .now() + 30)
            }
            locker.close()
            finished.signal()
        }.start()
        _ = locked.wait(timeout: .now() + 10)
        Thread { [self] in
            let end = WallClock.nowMs() + watchMs
            while WallClock.nowMs() < end {
                if let pid = (try? database.waitingForLock(on: table))?.first {
                    _ = try? database.query("SELECT pg_terminate_backend($1::int)", [.text(String(pid))])
                    killedPID.value = pid
                    break
                }
                usleep(10_000)
            }
            release.signal()
        }.start()
    }

    /// Waits until the lock is released (after the kill, or the watch ran out).
    func waitReleased() { _ = finished.wait(timeout: .now() + 40) }
}
