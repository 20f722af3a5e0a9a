import Foundation
import LocalStack

/// CPU time of the processes of a run from /proc: the gateway (serve), each function's processes, the
/// database server (postmaster and its backends), this generator, and the machine as a whole.
enum ProcStat {
    /// (pid, parent pid) of every process.
    static func parents() -> [Int32: Int32] {
        var out: [Int32: Int32] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { out[pid] = parent }
        }
        return out
    }

    /// The children of `parent` with their executable's name.
    static func children(of parent: Int32) -> [Int32: String] {
        var out: [Int32: String] = [:]
        for (pid, ppid) in parents() where ppid == parent {
            guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe") else { continue }
            out[pid] = URL(fileURLWithPath: exe).lastPathComponent
        }
        return out
    }

    static func cpu(_ pids: [Int32]) -> Double { pids.reduce(0) { $0 + (ProcessStats.cpuSeconds($1) ?? 0) } }

    /// Busy and total jiffies of all cores (`/proc/stat`, first line).
    static func machine() -> (busy: Double, total: Double) {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8), let line = text.split(separator: "\n").first else { return (0, 0) }
        let values = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard values.count >= 5 else { return (0, 0) }
        let idle = values[3] + values[4]
        let total = values.prefix(8).reduce(0, +)
        return (total - idle, total)
    }

    /// CPU seconds of each live thread of `pid` with its name (`/proc/<pid>/task/<tid>/stat`: comm, utime, stime).
    static func threads(of pid: Int32) -> [Int32: (name: String, cpu: Double)] {
        var out: [Int32: (name: String, cpu: Double)] = [:]
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? [] {
            guard let tid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(tid)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { continue }
            out[tid] = (String(stat[stat.index(after: open)..<close]), (user + system) / ticks)
        }
        return out
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// CPU seconds per group at one instant.
struct CPUSnapshot {
    var groups: [String: Double] = [:]
    var machineBusy = 0.0, machineTotal = 0.0
    var at = Date()
    /// serve's threads (tid → name, CPU seconds): its CPU by kind of work.
    var serveThreads: [Int32: (name: String, cpu: Double)] = [:]

    static func take(serve: ServeProcess, postmaster: Int32?) -> CPUSnapshot {
        var snapshot = CPUSnapshot()
        snapshot.groups["gateway (lambda-local serve)"] = ProcStat.cpu([serve.process.processIdentifier])
        for (name, pids) in serve.functionProcesses() { snapshot.groups["function \(name)", default: 0] += ProcStat.cpu(pids) }
        if let postmaster {
            let backends = ProcStat.parents().filter { $0.value == postmaster }.map(\.key)
            snapshot.groups["postgres"] = ProcStat.cpu([postmaster] + backends)
        }
        snapshot.groups["load generator"] = ProcStat.cpu([getpid()])
        snapshot.serveThreads = ProcStat.threads(of: serve.process.processIdentifier)
        (snapshot.machineBusy, snapshot.machineTotal) = ProcStat.machine()
        return snapshot
    }

    /// CPU seconds per group between `self` (earlier) and `later` (a process that exited in between loses its CPU).
    func cpuSeconds(until later: CPUSnapshot) -> [String: Double] {
        var out: [String: Double] = [:]
        for (name, value) in later.groups { out[name] = max(0, value - (groups[name] ?? 0)) }
        return out
    }

    /// serve's CPU seconds between `self` and `later` by thread name (`api-gateway`: the gateway's connection
    /// threads, `runtime-api`: the emulators' connection threads, `local-bedrock`: the local model endpoint, `local-s3`,
    /// `function-log`: the readers of the functions' output, …); a thread that ended counts up to its last 250 ms sample,
    /// and what no sample saw (threads shorter than a sample) is the rest of the process's time.
    func serveThreadSeconds(until later: CPUSnapshot) -> [String: Double] {
        var out: [String: Double] = [:]
        var live = 0.0
        for (tid, thread) in later.serveThreads {
            let used = max(0, thread.cpu - (serveThreads[tid]?.cpu ?? 0))
            out[thread.name, default: 0] += used
            live += used
        }
        let gateway = "gateway (lambda-local serve)"
        let total = max(0, (later.groups[gateway] ?? 0) - (groups[gateway] ?? 0))
        if total - live > 0.005 { out["(threads that ended)"] = total - live }
        return out
    }

    /// Cores used per group between `self` (earlier) and `later`. A function process that exited in between
    /// loses its CPU from the sum (idle stops: none within a run).
    func coresUsed(until later: CPUSnapshot) -> (groups: [String: Double], machineBusyFraction: Double) {
        let seconds = max(0.001, later.at.timeIntervalSince(at))
        var out: [String: Double] = [:]
        for (name, value) in later.groups { out[name] = max(0, value - (groups[name] ?? 0)) / seconds }
        let total = later.machineTotal - machineTotal
        return (out, total > 0 ? (later.machineBusy - machineBusy) / total : 0)
    }
}
