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

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// CPU seconds per group at one instant.
struct CPUSnapshot {
    var groups: [String: Double] = [:]
    var machineBusy = 0.0, machineTotal = 0.0
    var at = Date()

    static func take(serve: ServeProcess, postmaster: Int32?) -> CPUSnapshot {
        var snapshot = CPUSnapshot()
        snapshot.groups["gateway (lambda-local serve)"] = ProcStat.cpu([serve.process.processIdentifier])
        for (name, pids) in serve.functionProcesses() { snapshot.groups["function \(name)", default: 0] += ProcStat.cpu(pids) }
        if let postmaster {
            let backends = ProcStat.parents().filter { $0.value == postmaster }.map(\.key)
            snapshot.groups["postgres"] = ProcStat.cpu([postmaster] + backends)
        }
        snapshot.groups["load generator"] = ProcStat.cpu([getpid()])
        (snapshot.machineBusy, snapshot.machineTotal) = ProcStat.machine()
        return snapshot
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
