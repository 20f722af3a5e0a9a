// Benchmark of the local cloud's gateway (`make bench`): GET /health and an authorized
// GET /patients/{id}/reports through `lambda-local serve` at concurrency 1 and 16 (requests per
// second, median, p99), next to the same functions invoked directly through the Runtime API emulator
// with the same kind of event, and the CPU time per request of the gateway process and of each
// function process (from /proc). Pin it with `taskset -c 0`: serve and its functions inherit the CPU.
//   bench-gateway [--count N] [--template template.yaml]
import Foundation
import LambdaRuntime
import LocalStack

var count = 2000
var templatePath = "template.yaml"
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    switch flag {
    case "--count": count = Int(arguments.removeFirst()) ?? count
    case "--template": templatePath = arguments.removeFirst()
    default: FileHandle.standardError.write(Data("usage: bench-gateway [--count N] [--template template.yaml]\n".utf8)); exit(2)
    }
}
guard let serveBinary = InvokeCommand.resolveExecutable("lambda-local") else { fatalError("build lambda-local first") }
let hasDatabase = ProcessInfo.processInfo.environment["DATABASE_URL"] != nil

// MARK: a keep-alive HTTP/1.1 client over the runtime's own socket and codec (no libcurl in the measured loop)

final class Connection {
    let tcp: TCPConnection
    let request: [UInt8]
    init(port: UInt16, path: String, token: String?) throws {
        tcp = try TCPConnection.connect(host: "127.0.0.1", port: port)
        var head = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        request = Array((head + "\r\n").utf8)
    }
    /// One request; returns the status.
    func send() throws -> Int {
        try tcp.write(request)
        let head = try HTTP1.readResponseHead(from: tcp)
        _ = try HTTP1.readBody(headers: head.headers, from: tcp, emptyWhenUnframed: false)
        return head.status
    }
}

struct Figures {
    var rps = 0.0, medianMs = 0.0, p99Ms = 0.0, errors = 0
}

/// `requests` spread over `concurrency` threads, each running `one` back to back.
func measure(concurrency: Int, requests: Int, _ makeWorker: @escaping @Sendable () throws -> (() throws -> Bool)) -> Figures {
    let perThread = requests / concurrency
    let results = Results()
    let group = DispatchGroup()
    let start = WallClock.monotonicNs()
    for _ in 0..<concurrency {
        group.enter()
        let thread = Thread {
            defer { group.leave() }
            var mine: [UInt64] = []
            mine.reserveCapacity(perThread)
            var failed = 0
            do {
                let worker = try makeWorker()
                for _ in 0..<perThread {
                    let t0 = WallClock.monotonicNs()
                    if try !worker() { failed += 1 }
                    mine.append(WallClock.monotonicNs() - t0)
                }
            } catch { failed += perThread - mine.count }
            results.lock.lock(); results.latencies += mine; results.errors += failed; results.lock.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    group.wait()
    let elapsed = Double(WallClock.monotonicNs() - start) / 1e9
    let latencies = results.latencies.sorted()
    let errors = results.errors
    func pct(_ p: Double) -> Double { latencies.isEmpty ? 0 : Double(latencies[min(latencies.count - 1, Int(Double(latencies.count - 1) * p))]) / 1e6 }
    return Figures(rps: Double(latencies.count) / elapsed, medianMs: pct(0.5), p99Ms: pct(0.99), errors: errors)
}

/// CPU seconds per process name among `pids`.
func cpu(_ pids: [Int32: String]) -> [String: Double] {
    var out: [String: Double] = [:]
    for (pid, name) in pids { out[name, default: 0] += ProcessStats.cpuSeconds(pid) ?? 0 }
    return out
}

/// CPU seconds of the threads of `pid` named `name` (`/proc/<pid>/task/<tid>/schedstat`, nanoseconds; live threads only:
/// the emulators' connection threads live as long as their function process).
func threadCPU(_ pid: Int32, named name: String) -> Double {
    var total = 0.0
    for task in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? [] {
        guard let comm = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/comm", encoding: .utf8),
              comm.trimmingCharacters(in: .whitespacesAndNewlines) == name,
              let sched = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8),
              let ns = sched.split(separator: " ").first.flatMap({ Double($0) }) else { continue }
        total += ns / 1e9
    }
    return total
}

/// The children of `parent` with their executable's name.
func children(of parent: Int32) -> [Int32: String] {
    var out: [Int32: String] = [:]
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { continue }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 1, Int32(fields[1]) == parent,
              let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe") else { continue }
        out[pid] = URL(fileURLWithPath: exe).lastPathComponent
    }
    return out
}

func row(_ label: String, _ figures: Figures, _ cpuPerRequest: [(String, Double)], gatewayNote: String = "") {
    let cpuText = cpuPerRequest.map { String(format: "%@ %.0f µs", $0.0, $0.1 * 1e6) + ($0.0 == "gateway" ? gatewayNote : "") }.joined(separator: ", ")
    print(label.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%8.0f %9.2f %9.2f %6d   ", figures.rps, figures.medianMs, figures.p99Ms, figures.errors) + cpuText)
}

// MARK: through lambda-local serve

let serve = Process()
serve.executableURL = URL(fileURLWithPath: serveBinary)
// Functions log at WARN here and in the emulator rows alike; serve runs --quiet (no log lines formatted).
serve.arguments = ["serve", "--port", "0", "--template", templatePath, "--quiet", "--concurrency", "16", "--env", "AWS_LAMBDA_LOG_LEVEL=WARN",
                   "--state-dir", NSTemporaryDirectory() + "bench-gateway-" + RequestIds.make()]
let out = Pipe()
serve.standardOutput = out
serve.standardError = FileHandle(forWritingAtPath: "/dev/null")
try serve.run()
var banner = Data()
while !banner.contains(0x0A) { banner.append(out.fileHandleForReading.availableData) }
let url = String(decoding: banner.prefix { $0 != 0x0A }, as: UTF8.self).replacingOccurrences(of: "lambda-local serve: listening on ", with: "")
guard let port = UInt16(url.split(separator: ":").last ?? "") else { fatalError("serve did not start: \(url)") }
Thread { while !out.fileHandleForReading.availableData.isEmpty {} }.start()

let token = try LocalTokenIssuer(directory: LocalCognito.stateDirectory).mint(.init(sub: "bench-doctor", groups: ["doctors"], clinicId: "clinic-mx-001"))
let reportsPath = "/patients/PAC-BENCH-1/reports?limit=10"

// Reason phrases of the gateway's own answers.
for path in ["/health", "/usage", "/nowhere"] {
    let tcp = try TCPConnection.connect(host: "127.0.0.1", port: port)
    try tcp.write(Array("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
    print("status line of GET \(path): \(String(decoding: try tcp.readLine(), as: UTF8.self))")
}

if hasDatabase {
    // Three reports to read back (the offline model writes them).
    let note = #"{"patientId":"PAC-BENCH-1","language":"es","text":"Paciente con hipertensión arterial. Plan: losartán 50 mg VO cada 24 horas. Control en 1 mes."}"#
    for _ in 0..<3 {
        let tcp = try TCPConnection.connect(host: "127.0.0.1", port: port)
        try tcp.write(Array("POST /summarize HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\nContent-Length: \(note.utf8.count)\r\nConnection: close\r\n\r\n\(note)".utf8))
        let head = try HTTP1.readResponseHead(from: tcp)
        if head.status != 201 { print("bench: seeding a report answered \(head.status)") }
    }
}

print("\nThrough lambda-local serve (\(url), gateway + functions pinned by the caller's taskset), \(count) requests per row after 200 warm-up:")
print("""
The gateway's figure is the whole `lambda-local serve` process: the API front (HTTP, route, cached policy, proxy event, answer)
and the in-process Runtime API emulators of its function processes (on AWS, Lambda's service serves the Runtime API; here
serve does). In brackets: the emulators' connection threads alone (schedstat), and the rest (the front, the pools).
""")
print("route / concurrency".padding(toLength: 46, withPad: " ", startingAt: 0) + "   req/s median ms    p99 ms errors   CPU per request (process: CPU time / requests)")
var routes: [(String, String, String?)] = [("GET /health", "/health", nil)]
if hasDatabase { routes.append(("GET /patients/{id}/reports (authorized)", reportsPath, token)) }
else { print("(no DATABASE_URL: the history read is skipped; make bench starts the database)") }
for (label, path, bearer) in routes {
    for concurrency in [1, 16] {
        _ = measure(concurrency: concurrency, requests: 200) { let c = try Connection(port: port, path: path, token: bearer); return { try c.send() == 200 } }
        let processes = children(of: serve.processIdentifier)
        let gatewayBefore = ProcessStats.cpuSeconds(serve.processIdentifier) ?? 0
        let emulatorBefore = threadCPU(serve.processIdentifier, named: RuntimeEmulator.threadName)
        let before = cpu(processes)
        let figures = measure(concurrency: concurrency, requests: count) { let c = try Connection(port: port, path: path, token: bearer); return { try c.send() == 200 } }
        let served = Double(count / concurrency * concurrency)
        let gateway = ((ProcessStats.cpuSeconds(serve.processIdentifier) ?? 0) - gatewayBefore) / served
        let emulator = (threadCPU(serve.processIdentifier, named: RuntimeEmulator.threadName) - emulatorBefore) / served
        let after = cpu(children(of: serve.processIdentifier).merging(processes) { a, _ in a })
        var perFunction = after.map { ($0.key, ($0.value - (before[$0.key] ?? 0)) / served) }.filter { $0.1 >= 0.5e-6 }.sorted { $0.0 < $1.0 }
        let split = String(format: " [emulators %.0f µs + front %.0f µs]", emulator * 1e6, max(0, gateway - emulator) * 1e6)
        perFunction.insert(("gateway", gateway), at: 0)
        row("\(label) c=\(concurrency)", figures, perFunction, gatewayNote: split)
    }
}

// serve stops its function processes on SIGTERM (before the emulator rows, so they do not share the CPU).
kill(serve.processIdentifier, SIGTERM)
serve.waitUntilExit()

// MARK: the same functions straight through the emulator (no HTTP, no authorizer, no event building)

func fixture(_ path: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: path) ?? Data())
}
var direct: [(String, String, [UInt8])] = [("health", "GET /health", fixture("events/health/get-health.json"))]
if hasDatabase {
    // The fixture's event with the bench patient: a proxy event as the gateway would send it.
    let event = String(decoding: fixture("events/summarizer/get-patient-reports.json"), as: UTF8.self).replacingOccurrences(of: "PAC-000123", with: "PAC-BENCH-1")
    direct.append(("summarizer", "GET /patients/{id}/reports", Array(event.utf8)))
}
print("\nThe same functions through the Runtime API emulator in this process (CPU of this process = emulator + driver):")
for (function, label, event) in direct {
    guard let executable = InvokeCommand.resolveExecutable(function) else { continue }
    for concurrency in [1, 16] {
        let sessions = Box(try (0..<concurrency).map { _ in try LocalSession(executable: executable, functionName: function, environment: ["AWS_LAMBDA_LOG_LEVEL": "WARN"]) })
        defer { sessions.value.forEach { $0.stop() } }
        let next = Locked(0)
        let worker: @Sendable () throws -> (() throws -> Bool) = {
            let session = sessions.value[next.take()]
            return {
                let id = session.emulator.enqueue(event, timeoutMs: 10_000)
                guard case .response(let bytes)? = session.emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 10_000) else { return false }
                return (try? JSONValue.parse(bytes))?["statusCode"]?.number == 200
            }
        }
        _ = measure(concurrency: concurrency, requests: 200, worker)
        next.reset()
        let pids = Dictionary(uniqueKeysWithValues: sessions.value.map { ($0.function.process.processIdentifier, function) })
        let selfBefore = ProcessStats.cpuSeconds(getpid()) ?? 0
        let before = cpu(pids)
        let figures = measure(concurrency: concurrency, requests: count, worker)
        let served = Double(count / concurrency * concurrency)
        let emulator = ((ProcessStats.cpuSeconds(getpid()) ?? 0) - selfBefore) / served
        let functionCPU = ((cpu(pids)[function] ?? 0) - (before[function] ?? 0)) / served
        row("\(label) c=\(concurrency) (emulator)", figures, [("emulator+driver", emulator), (function, functionCPU)])
    }
}

/// A counter handing each worker thread its own session.
final class Locked: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int
    init(_ value: Int) { self.value = value }
    func take() -> Int { lock.withLock { defer { value += 1 }; return value } }
    func reset() { lock.withLock { value = 0 } }
}

final class Results: @unchecked Sendable {
    let lock = NSLock()
    var latencies: [UInt64] = []
    var errors = 0
}

final class Box<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
