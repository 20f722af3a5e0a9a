import Foundation
import LoadGenerator
import LocalStack
import Store

/// Where the step phase broke and what was at its limit then.
struct Knee {
    let record: PhaseRecord
    let lastGood: PhaseRecord?
    let p99Ms: Double
    let findings: [String]

    init(record: PhaseRecord, lastGood: PhaseRecord?, p99Ms: Double, template: CloudTemplate, maxConnections: Int, serveArguments: [String]) {
        self.record = record
        self.lastGood = lastGood
        self.p99Ms = p99Ms
        var findings: [String] = record.serveExit.map { [$0] } ?? []
        let override = serveArguments.firstIndex(of: "--concurrency").flatMap { i in i + 1 < serveArguments.count ? Int(serveArguments[i + 1]) : nil }
        for (name, count) in record.processesMax.sorted(by: { $0.key < $1.key }) {
            let limit = min(template.function(named: name)?.reservedConcurrency ?? override ?? 10, override ?? .max)
            if count >= limit { findings.append("function pool \(name) at its limit (\(count) of \(limit) processes): further invocations queued in the gateway") }
        }
        if maxConnections > 0 && Double(record.databaseConnectionsMax) >= 0.9 * Double(maxConnections) {
            findings.append("database connections: \(record.databaseConnectionsMax) of max_connections \(maxConnections)")
        }
        let top = record.cores.sorted { $0.value > $1.value }
        if record.machineBusyFraction >= 0.85 {
            let consumers = top.prefix(3).map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", ")
            findings.append(String(format: "the machine's CPU: %.0f %% of all cores busy; largest consumers (cores): %@", record.machineBusyFraction * 100, consumers))
        }
        if let gateway = record.cores["gateway (lambda-local serve)"], gateway >= 0.9 {
            findings.append(String(format: "the gateway process used %.2f cores", gateway))
        }
        if findings.isEmpty {
            findings.append(String(format: "nothing at a hard limit (machine CPU %.0f %% busy, %d database connections): latency grew first in %@",
                                   record.machineBusyFraction * 100, record.databaseConnectionsMax, top.first?.key ?? "-"))
        }
        self.findings = findings
    }
}

struct Report {
    let options: Options
    let cores: Int
    let loadAtStart: String
    let loadAtEnd: String
    let startedAt: Date
    let seeded: Seeder.Seeded
    let volumes: Row?
    let records: [PhaseRecord]
    let steps: [PhaseRecord]
    let knee: Knee?
    let processesAtEnd: [String: Int]
    let maxConnections: Int
    let template: CloudTemplate

    static func ms(_ micros: UInt64) -> String { String(format: "%.1f", Double(micros) / 1000) }
    static func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

    func statuses(_ r: RouteResult) -> String {
        let codes = r.statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }
        let failures = r.failures.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }
        return (codes + failures).joined(separator: " ")
    }

    func phaseTable(_ record: PhaseRecord) -> String {
        let r = record.result
        var out = String(format: "\n%@: asked %.0f req/s for %.0f s%@ — %d requests, sent at %.1f req/s, answered %.1f req/s, errors %d (%.2f %%), %d connections\n",
                         r.phase.name, r.phase.rate, r.phase.durationSeconds, r.phase.rate == 0 ? " (all at once)" : "", r.requests, r.sentRate,
                         r.throughput, r.errors, r.errorRate * 100, r.connectionsUsed)
        out += "  route".padding(toLength: 40, withPad: " ", startingAt: 0) + "     n   p50 ms   p90 ms   p99 ms   max ms  server p50  statuses\n"
        var rows = r.routes.sorted { $0.key < $1.key }
        rows.append(("all", r.all))
        for (route, result) in rows {
            let server = record.log.gatewayUs[route].map { Self.ms($0.value(atQuantile: 0.5)) } ?? "-"
            out += ("  " + route).padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: "%6d", result.requests)
                + [Self.ms(result.latency.value(atQuantile: 0.5)), Self.ms(result.latency.value(atQuantile: 0.9)),
                   Self.ms(result.latency.value(atQuantile: 0.99)), Self.ms(result.latency.max)].map { Self.pad($0, 9) }.joined()
                + Self.pad(server, 12) + "  " + statuses(result) + "\n"
        }
        if let exit = record.serveExit { out += "  !! \(exit)\n" }
        let cold = record.log.coldStarts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        out += "  cold starts: \(cold.isEmpty ? "none" : cold)"
        let initTimes = record.log.initMs.sorted { $0.key < $1.key }.map { "\($0.key) p50 \(Self.ms($0.value.value(atQuantile: 0.5))) ms" }.joined(separator: ", ")
        if !initTimes.isEmpty { out += " (init: \(initTimes))" }
        out += "\n  warm function duration (platform.report) p50/mean/p99 ms: "
            + record.log.warmDurationUs.sorted { $0.key < $1.key }.map { "\($0.key) \(Self.ms($0.value.value(atQuantile: 0.5)))/\(String(format: "%.1f", $0.value.mean / 1000))/\(Self.ms($0.value.value(atQuantile: 0.99)))" }.joined(separator: ", ")
        if !record.log.asyncDurationUs.isEmpty {
            out += "\n  asynchronous (S3 event: an upload's processing) duration p50/mean/p99 ms: "
                + record.log.asyncDurationUs.sorted { $0.key < $1.key }.map { "\($0.key) \(Self.ms($0.value.value(atQuantile: 0.5)))/\(String(format: "%.1f", $0.value.mean / 1000))/\(Self.ms($0.value.value(atQuantile: 0.99)))" }.joined(separator: ", ")
        }
        out += "\n  CPU cores used: " + record.cores.sorted { $0.value > $1.value }.map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", ")
            + String(format: "; machine %.0f %% busy", record.machineBusyFraction * 100)
        out += "\n" + Self.cpuPerRequest(record)
        out += "\n  database client connections (max): \(record.databaseConnectionsMax) of \(maxConnections); function processes (max): "
            + record.processesMax.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        return out
    }

    /// CPU milliseconds per request of each process group (CPU seconds over the phase ÷ requests answered), largest
    /// first, and serve's by thread name: what each request costs whoever runs it, steadier than latency on a shared machine.
    static func cpuPerRequest(_ record: PhaseRecord) -> String {
        let n = Double(max(1, record.result.requests))
        func row(_ seconds: [String: Double]) -> String {
            seconds.sorted { $0.value > $1.value }.map { String(format: "%@ %.3f", $0.key, $0.value * 1000 / n) }.joined(separator: ", ")
        }
        let total = record.cpuSeconds.values.reduce(0, +)
        return String(format: "  CPU ms per request (%d requests, %.1f CPU-s in all: %.3f): ", record.result.requests, total, total * 1000 / n)
            + row(record.cpuSeconds) + "\n  of which lambda-local serve, by thread (ms per request): " + row(record.serveThreadSeconds)
    }

    func table() -> String {
        var out = "\n=== make load — \(ISO8601DateFormatter().string(from: startedAt)), \(cores) cores, load average \(loadAtStart) at start, \(loadAtEnd) at end"
        out += "\n(the machine is shared with other builds: latencies are noisy; CPU per process is the steadier figure)"
        if let volumes {
            out += "\ndatabase: \((try? volumes.int("reports")) ?? 0) reports, \((try? volumes.int("documents")) ?? 0) documents, \((try? volumes.int("chunks")) ?? 0) chunks; \(options.doctors) doctors in \(options.clinics) clinics; session mix per 20: "
                + SessionMix.countsPerSession.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                + "; of these, \(SessionMix.continuedChatInteractions.count) chats continue a session and every \(SessionMix.sessionsPerUpload)nd session"
                + " uploads a document (POST /uploads + presigned PUT + its processing) instead of one history read"
        }
        out += "\n"
        for record in records where record.result.phase.name != "cold burst" { out += phaseTable(record) }
        if !steps.isEmpty {
            out += "\nstep phase (\(Int(options.stepSeconds)) s per step; stops past p99 \(Int(options.p99LimitMs)) ms or \(options.errorRateLimit * 100) % errors):\n"
            out += "  asked req/s  answered req/s   p50 ms   p99 ms  errors   machine busy  top CPU (cores)\n"
            for step in steps {
                let r = step.result
                let top = step.cores.sorted { $0.value > $1.value }.prefix(3).map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", ")
                out += String(format: "  %11.0f %15.1f", r.phase.rate, r.throughput) + Self.pad(Self.ms(r.all.latency.value(atQuantile: 0.5)), 9)
                    + Self.pad(Self.ms(r.all.latency.value(atQuantile: 0.99)), 9) + String(format: " %7d %12.0f %%  ", r.errors, step.machineBusyFraction * 100) + top + "\n"
            }
            if let knee {
                out += String(format: "  knee: p99 %.0f ms / errors %.2f %% at %.0f req/s", knee.p99Ms, knee.record.result.errorRate * 100, knee.record.result.phase.rate)
                out += knee.lastGood.map { String(format: "; last step within limits: %.0f req/s", $0.result.phase.rate) } ?? "; no step within limits"
                out += "\n  at the knee: " + knee.findings.joined(separator: "\n               ") + "\n"
                out += phaseTable(knee.record)
            } else {
                out += "  no knee up to \(Int(options.stepRates.last ?? 0)) req/s\n"
            }
        }
        for record in records where record.result.phase.name == "cold burst" { out += phaseTable(record) }
        out += "\nfunction processes at the end of the warm stack: " + processesAtEnd.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        return out
    }

    func json() throws -> Data {
        func histogram(_ h: LogHistogram) -> [String: Any] {
            ["count": h.count, "p50Ms": Double(h.value(atQuantile: 0.5)) / 1000, "p90Ms": Double(h.value(atQuantile: 0.9)) / 1000,
             "p99Ms": Double(h.value(atQuantile: 0.99)) / 1000, "maxMs": Double(h.max) / 1000, "meanMs": h.mean / 1000]
        }
        func phase(_ record: PhaseRecord) -> [String: Any] {
            let r = record.result
            var routes: [String: Any] = [:]
            for (route, result) in r.routes {
                routes[route] = ["latency": histogram(result.latency), "service": histogram(result.service), "startDelay": histogram(result.startDelay),
                                 "statuses": Dictionary(uniqueKeysWithValues: result.statuses.map { (String($0.key), $0.value) }),
                                 "failures": result.failures, "errors": result.errors,
                                 "gateway": record.log.gatewayUs[route].map { histogram($0) as Any } ?? NSNull()]
            }
            return ["name": r.phase.name, "rate": r.phase.rate, "seconds": r.phase.durationSeconds, "requests": r.requests,
                    "sentRate": r.sentRate, "throughput": r.throughput, "errors": r.errors, "errorRate": r.errorRate,
                    "connectionsUsed": r.connectionsUsed, "all": histogram(r.all.latency), "routes": routes,
                    "coldStarts": record.log.coldStarts, "initMs": record.log.initMs.mapValues(histogram),
                    "warmDurationMs": record.log.warmDurationUs.mapValues(histogram), "asyncDurationMs": record.log.asyncDurationUs.mapValues(histogram),
                    "invocations": record.log.invocations,
                    "cpuCores": record.cores, "machineBusyFraction": record.machineBusyFraction,
                    "cpuSeconds": record.cpuSeconds, "serveThreadCpuSeconds": record.serveThreadSeconds,
                    "cpuMsPerRequest": record.cpuSeconds.mapValues { $0 * 1000 / Double(max(1, r.requests)) },
                    "databaseConnectionsMax": record.databaseConnectionsMax, "processesMax": record.processesMax,
                    "processesAtEnd": record.processesAtEnd, "serveExit": record.serveExit ?? NSNull()]
        }
        var memory: [String: Int] = [:]
        for function in template.functions.values { memory[function.executable] = function.memoryMB }
        var object: [String: Any] = [
            "startedAt": ISO8601DateFormatter().string(from: startedAt),
            "machine": ["cores": cores, "loadAverageAtStart": loadAtStart, "loadAverageAtEnd": loadAtEnd,
                        "note": "shared with other helpers' builds"],
            "command": "make load (LOAD_* from the environment)",
            "options": ["steadyRate": options.steadyRate, "steadySeconds": options.steadySeconds, "stepRates": options.stepRates,
                        "stepSeconds": options.stepSeconds, "burst": options.burst, "doctors": options.doctors, "clinics": options.clinics,
                        "reports": options.reports, "chunks": options.chunks, "connections": options.connections,
                        "p99LimitMs": options.p99LimitMs, "maxProcessesPerFunction": options.maxProcesses, "errorRateLimit": options.errorRateLimit],
            "sessionMix": SessionMix.countsPerSession,
            "memoryMB": memory,
            "seeded": ["reports": seeded.reports, "documents": seeded.documents, "chunks": seeded.chunks, "seconds": seeded.seconds],
            "databaseMaxConnections": maxConnections,
            "phases": (records + steps).map(phase),
            "processesAtEnd": processesAtEnd,
        ]
        if let knee {
            object["knee"] = ["rate": knee.record.result.phase.rate, "p99Ms": knee.p99Ms, "errorRate": knee.record.result.errorRate,
                              "lastGoodRate": knee.lastGood.map { $0.result.phase.rate as Any } ?? NSNull(), "findings": knee.findings]
        }
        // The cost model's input: warm durations per function from the steady phase (else the first phase that has them).
        if let source = records.first(where: { $0.result.phase.name == "steady" }) ?? records.first(where: { !$0.log.warmDurationUs.isEmpty }) {
            object["warmDurationMsByFunction"] = source.log.warmDurationUs.mapValues { $0.mean / 1000 }
            object["warmDurationSource"] = source.result.phase.name
        }
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }
}
