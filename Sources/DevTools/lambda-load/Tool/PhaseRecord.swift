import Foundation
import LambdaRuntime
import LoadGenerator
import Store

/// One phase with what was observed around it: the generator's figures, the serve log's cold starts and
/// durations, CPU cores per process group, the database's connections, function processes.
struct PhaseRecord {
    var result: PhaseResult
    var log: ServeProcess.LogFigures
    var cores: [String: Double]
    /// CPU seconds per process group over the phase, and serve's by thread name (`CPUSnapshot.serveThreadSeconds`).
    var cpuSeconds: [String: Double] = [:]
    var serveThreadSeconds: [String: Double] = [:]
    var machineBusyFraction: Double
    var databaseConnectionsMax: Int
    var processesMax: [String: Int]
    var processesAtEnd: [String: Int]
    /// Set when `lambda-local serve` was gone at the end of the phase (a crash is a finding, not a figure).
    var serveExit: String?
}

/// Samples the database's client connections and the function processes every 250 ms during a phase.
final class Sampler: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private var connectionsMax = 0
    private var processesMax: [String: Int] = [:]
    /// serve's threads as last seen (a thread that ends during the phase keeps its CPU up to its last sample).
    private var serveThreads: [Int32: (name: String, cpu: Double)] = [:]
    private let done = DispatchSemaphore(value: 0)

    init(database: Database?, serve: ServeProcess) {
        let session = database?.session(timeoutMs: 2_000)
        Thread { [self] in
            while lock.withLock({ running }) {
                let connections = (try? session?.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", [], idempotent: true).rows.first?.int("n")) ?? nil
                let processes = serve.functionProcesses().mapValues(\.count)
                let threads = ProcStat.threads(of: serve.process.processIdentifier)
                lock.withLock {
                    connectionsMax = max(connectionsMax, connections ?? 0)
                    processesMax.merge(processes) { max($0, $1) }
                    serveThreads.merge(threads) { $1 }
                }
                usleep(250_000)
            }
            done.signal()
        }.start()
    }

    func stop() -> (connections: Int, processes: [String: Int], serveThreads: [Int32: (name: String, cpu: Double)]) {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { (connectionsMax, processesMax, serveThreads) }
    }
}

/// Runs one phase against `serve` and gathers what it did.
func runPhase(_ phase: LoadPhase, serve: ServeProcess, database: Database?, postmaster: Int32?,
              request: (Int) -> LoadRequest) -> PhaseRecord {
    _ = serve.readLogSinceLastCall()
    let sampler = Sampler(database: database, serve: serve)
    let before = CPUSnapshot.take(serve: serve, postmaster: postmaster)
    let result = OpenLoopRunner(port: serve.port).run(phase, request: request)
    var after = CPUSnapshot.take(serve: serve, postmaster: postmaster)
    let (connections, processes, seenThreads) = sampler.stop()
    after.serveThreads.merge(seenThreads) { live, _ in live } // threads gone by now, as last sampled
    usleep(300_000)   // the last report lines reach the log file
    let used = before.coresUsed(until: after)
    return PhaseRecord(result: result, log: serve.readLogSinceLastCall(), cores: used.groups,
                       cpuSeconds: before.cpuSeconds(until: after), serveThreadSeconds: before.serveThreadSeconds(until: after),
                       machineBusyFraction: used.machineBusyFraction,
                       databaseConnectionsMax: connections, processesMax: processes,
                       processesAtEnd: serve.functionProcesses().mapValues(\.count),
                       serveExit: serve.process.isRunning ? nil : "lambda-local serve exited during this phase (\(serve.process.terminationReason == .uncaughtSignal ? "signal" : "status") \(serve.process.terminationStatus)); later requests failed to connect")
}
