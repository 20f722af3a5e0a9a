// lambda-load (`make load`): seeds the local database with realistic volumes, starts `lambda-local serve`
// (release build) on a free loopback port and drives it open-loop with 200 doctors' sessions: a GET /health
// baseline, the steady phase (500 requests/s), the step phase (until p99 or errors pass their limits: the
// knee and what saturated), and a cold burst against a fresh stack. Prints a table, writes
// .local/load/<timestamp>.json. Never deployed; loopback only.
import Foundation
import LambdaRuntime
import LoadGenerator
import LocalStack
import Store

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("lambda-load: \(message)\n".utf8))
    exit(1)
}
func say(_ message: String) { FileHandle.standardError.write(Data("lambda-load: \(message)\n".utf8)) }

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "retrieval-cost" {
    RetrievalCost.run(Array(CommandLine.arguments.dropFirst(2)), environment: ProcessInfo.processInfo.environment)
}
if CommandLine.arguments.count > 1 {
    print(Options.help, terminator: "")
    exit(CommandLine.arguments[1] == "--help" || CommandLine.arguments[1] == "-h" ? 0 : 2)
}
let environment = ProcessInfo.processInfo.environment
let options: Options
do { options = try Options.fromEnvironment(environment) } catch { fail("\(error)") }
guard let databaseURL = environment["DATABASE_URL"], !databaseURL.isEmpty else {
    fail("DATABASE_URL is not set (make load starts the database)")
}
guard let serveBinary = InvokeCommand.resolveExecutable("lambda-local") else { fail("build lambda-local next to lambda-load first") }
let startedAt = Date()
let loadAtStart = ProcStat.loadAverage()
let cores = ProcessInfo.processInfo.activeProcessorCount
let silent = Logger(level: .error, sink: { _ in })

// MARK: seed

let shape = ScenarioShape(clinics: options.clinics, doctors: options.doctors, patientsPerClinic: max(1, options.reports / options.clinics / 10))
let owner: Database
do {
    owner = Database(settings: try DatabaseSettings.fromURL(environment["DATABASE_MIGRATION_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? databaseURL), logger: silent)
    _ = try Migrator(database: owner, logger: silent).migrate()
} catch { fail("database: \(error)") }
let seeded: Seeder.Seeded
do { seeded = try Seeder(database: owner, scenario: shape, log: say).seed(reports: options.reports, chunks: options.chunks) } catch { fail("seeding: \(error)") }
say(String(format: "seeded %d reports, %d documents, %d chunks in %.1f s (existing rows kept)", seeded.reports, seeded.documents, seeded.chunks, seeded.seconds))
var documents: [String: [(id: String, patient: String)]] = [:]
do {
    for row in try owner.session(timeoutMs: 30_000).query("SELECT id::text AS id, clinic_id, patient_id FROM documents WHERE bucket = 'load-seed'", [], idempotent: true).rows {
        documents[try row.string("clinic_id"), default: []].append((try row.string("id"), try row.string("patient_id")))
    }
} catch { fail("reading the seeded documents: \(error)") }
let volumes = (try? owner.session(timeoutMs: 30_000).query("""
    SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM knowledge_chunks) AS chunks,
           (SELECT count(*) FROM documents) AS documents, current_setting('max_connections')::int AS max_connections
    """, [], idempotent: true).rows.first) ?? nil
let maxConnections = (try? volumes?.int("max_connections")) ?? 0
// The database server's processes: the parent of any backend.
let postmaster: Int32? = {
    guard let pid = try? owner.backendPID(timeoutMs: 5_000) else { return nil }
    return ProcStat.parents()[pid]
}()

// MARK: tokens (the local issuer `lambda-local token` uses; serve's authorizer trusts its key)

let tokens: [String]
do {
    let issuer = try LocalTokenIssuer(directory: LocalCognito.stateDirectory)
    tokens = try (0..<shape.doctors).map { d in
        try issuer.mint(.init(sub: "load-doctor-\(String(format: "%03d", d))", groups: ["doctors"], clinicId: shape.clinic(ofDoctor: d), expiresIn: 86_400))
    }
} catch { fail("minting tokens: \(error)") }
var scenario = Scenario(shape: shape, tokens: tokens, documents: documents)

// MARK: run

let stamp = ISO8601DateFormatter().string(from: startedAt).replacingOccurrences(of: ":", with: "")
let runDirectory = options.outputDirectory + "/" + stamp
try? FileManager.default.createDirectory(atPath: runDirectory, withIntermediateDirectories: true)
let template: CloudTemplate
do { template = try CloudTemplate.load(path: options.template) } catch { fail("template: \(error)") }
/// The template serve runs: the project's, with every ReservedConcurrentExecutions capped at LOAD_MAX_PROCESSES
/// and functions without one given that many (serve's --concurrency default). A value that is not a literal
/// (`!Ref SummarizerReservedConcurrency`) is taken as the template reader resolved it for that resource.
let servedTemplate: String = {
    guard options.maxProcesses > 0, let text = try? String(contentsOfFile: options.template, encoding: .utf8) else { return options.template }
    var resource: String?   // the logical id of the resource whose lines are being read (two-space indent under Resources)
    let capped = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":"), !line.contains(" #") {
            resource = String(line.dropFirst(2).dropLast())
        }
        guard let range = line.range(of: "ReservedConcurrentExecutions: ") else { return String(line) }
        let literal = Int(line[range.upperBound...].prefix { $0.isNumber })
        guard let value = literal ?? resource.flatMap({ template.functions[$0]?.reservedConcurrency }) else {
            fail("template: ReservedConcurrentExecutions of \(resource ?? "?") could not be resolved")
        }
        return String(line[..<range.upperBound]) + String(min(value, options.maxProcesses)) + " # capped by lambda-load"
    }.joined(separator: "\n")
    let path = FileManager.default.currentDirectoryPath + "/\(runDirectory)/template.yaml"
    guard (try? capped.write(toFile: path, atomically: true, encoding: .utf8)) != nil else { return options.template }
    // The API's definition (AWS::Include of openapi.yaml, relative to the template) goes beside the copy.
    let document = (options.template as NSString).deletingLastPathComponent
    let source = (document.isEmpty ? "." : document) + "/openapi.yaml"
    if FileManager.default.fileExists(atPath: source) {
        do { try FileManager.default.copyItem(atPath: source, toPath: "\(runDirectory)/openapi.yaml") } catch { fail("openapi.yaml: \(error)") }
    }
    return path
}()
let serveArguments = options.serveArguments + (options.maxProcesses > 0 ? ["--concurrency", String(options.maxProcesses)] : [])
func startServe(_ name: String) -> ServeProcess {
    do {
        return try ServeProcess(binary: serveBinary, template: servedTemplate, logPath: "\(runDirectory)/serve-\(name).log",
                                stateDirectory: "\(runDirectory)/state-\(name)", extraArguments: serveArguments)
    } catch { fail("\(error)") }
}
func phase(_ name: String, rate: Double, seconds: Double, count: Int = .max) -> LoadPhase {
    LoadPhase(name: name, rate: rate, durationSeconds: seconds, maxRequests: min(count, options.maxRequestsPerPhase),
              connections: options.connections, timeoutSeconds: options.timeoutSeconds)
}

var records: [PhaseRecord] = []
var steps: [PhaseRecord] = []
var knee: Knee?
var offset = 0   // the scenario continues across phases (doctors go on with their sessions)
let serve = startServe("warm")
say("serve on 127.0.0.1:\(serve.port); \(cores) cores, load average \(loadAtStart)")
// Warm-up, not recorded: the health pool starts its processes, so the baseline is the warm GET /health.
_ = OpenLoopRunner(port: serve.port).run(phase("warm-up", rate: 50, seconds: 1)) { _ in LoadRequest(route: SessionMix.health.route, method: "GET", target: "/health") }
// The chat sessions the mix's continued turns go on with (one real POST /chat per doctor, not recorded).
let sessionsStarted = Date()
scenario.chatSessions = ChatSessions.open(port: serve.port, tokens: tokens, timeoutSeconds: options.timeoutSeconds)
say(String(format: "opened %d of %d chat sessions in %.1f s", scenario.chatSessions.compactMap { $0 }.count, tokens.count,
           Date().timeIntervalSince(sessionsStarted)))
if options.phases.contains("baseline") {
    say("baseline: GET /health at \(Int(options.baselineRate)) requests/s for \(Int(options.baselineSeconds)) s")
    records.append(runPhase(phase("baseline GET /health", rate: options.baselineRate, seconds: options.baselineSeconds), serve: serve, database: owner,
                            postmaster: postmaster) { _ in LoadRequest(route: SessionMix.health.route, method: "GET", target: "/health") })
}
if options.phases.contains("steady") {
    say("steady: \(Int(options.steadyRate)) requests/s for \(Int(options.steadySeconds)) s")
    let base = offset
    let record = runPhase(phase("steady", rate: options.steadyRate, seconds: options.steadySeconds), serve: serve, database: owner,
                          postmaster: postmaster) { scenario.request(base + $0) }
    offset += record.result.requests
    records.append(record)
}
if options.phases.contains("step") && serve.process.isRunning {
    for rate in options.stepRates where serve.process.isRunning {
        say("step: \(Int(rate)) requests/s for \(Int(options.stepSeconds)) s")
        let base = offset
        let record = runPhase(phase("step \(Int(rate))", rate: rate, seconds: options.stepSeconds), serve: serve, database: owner,
                              postmaster: postmaster) { scenario.request(base + $0) }
        offset += record.result.requests
        steps.append(record)
        let p99 = Double(record.result.all.latency.value(atQuantile: 0.99)) / 1000
        if p99 > options.p99LimitMs || record.result.errorRate > options.errorRateLimit {
            knee = Knee(record: record, lastGood: steps.dropLast().last, p99Ms: p99, template: template, maxConnections: maxConnections,
                        serveArguments: serveArguments)
            break
        }
    }
}
let processesAtEnd = serve.functionProcesses().mapValues(\.count)
serve.stop()
if options.phases.contains("burst") {
    let cold = startServe("cold")
    say("cold burst: \(options.burst) requests at once against a fresh stack (no function process yet)")
    records.append(runPhase(phase("cold burst", rate: 0, seconds: 0, count: options.burst), serve: cold, database: owner, postmaster: postmaster) {
        scenario.request($0)
    })
    cold.stop()
}

let report = Report(options: options, cores: cores, loadAtStart: loadAtStart, loadAtEnd: ProcStat.loadAverage(), startedAt: startedAt,
                    seeded: seeded, volumes: volumes, records: records, steps: steps, knee: knee, processesAtEnd: processesAtEnd,
                    maxConnections: maxConnections, template: template)
print(report.table())
let path = options.outputDirectory + "/\(stamp).json"
do {
    try report.json().write(to: URL(fileURLWithPath: path))
    print("written: \(path)  (serve logs: \(runDirectory)/)")
} catch { fail("writing \(path): \(error)") }
owner.close()
