// Warm POST /summarize through the real loop: the summarizer binary against the Runtime API emulator, the
// Bedrock-compatible local endpoint (offline model, SigV4 verified) and the local database. Prints the median
// and p99 of the round trip and of the handler's phases (redaction, model call, database) that the function
// logs per request. Run pinned: `taskset -c 0 bench-summarizer` (the function inherits the pinning; the
// database server is its own process and is not pinned).
import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store

struct Options {
    var count = 1000
    var warmup = 50
    var eventPath = "events/summarizer/post-summarize-es.json"
    /// The fixture's text repeated this many times (≤ 50 KB), to measure large reports.
    var textCopies = 1
}

func parseOptions() -> Options? {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        guard let value = arguments.popFirst() else { return nil }
        switch argument {
        case "--count": guard let n = Int(value), n > 0 else { return nil }; options.count = n
        case "--warmup": guard let n = Int(value), n >= 0 else { return nil }; options.warmup = n
        case "--event": options.eventPath = value
        case "--text-copies": guard let n = Int(value), n > 0 else { return nil }; options.textCopies = n
        default: return nil
        }
    }
    return options
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-summarizer: \(message)\n".utf8))
    exit(1)
}

guard let options = parseOptions() else {
    fail("usage: bench-summarizer [--count N] [--warmup N] [--event events/summarizer/post-summarize-es.json] [--text-copies N]")
}
let environment = ProcessInfo.processInfo.environment
guard let databaseURL = environment["DATABASE_URL"], !databaseURL.isEmpty else {
    fail("DATABASE_URL is not set: eval \"$(.ci/localdb.sh start 2>/dev/null | sed 's/^/export /')\"")
}
let silent = Logger(level: .error, sink: { _ in })
if let migrationURL = environment["DATABASE_MIGRATION_URL"], !migrationURL.isEmpty {
    do {
        let owner = Database(settings: try DatabaseSettings.fromURL(migrationURL), logger: silent)
        _ = try Migrator(database: owner, logger: silent).migrate()
        owner.close()
    } catch { fail("migration failed: \(error)") }
}

// The fixture's event, with a caller of its own so earlier runs never count against its budget.
guard let fixture = FileManager.default.contents(atPath: options.eventPath),
      var event = try? JSONSerialization.jsonObject(with: fixture) as? [String: Any],
      var context = event["requestContext"] as? [String: Any], var authorizer = context["authorizer"] as? [String: Any] else {
    fail("cannot read the API Gateway event \(options.eventPath)")
}
authorizer["sub"] = "bench-\(UUID().uuidString.prefix(8).lowercased())"
if options.textCopies > 1 {
    guard let bodyText = event["body"] as? String, event["isBase64Encoded"] as? Bool != true,
          var body = try? JSONSerialization.jsonObject(with: Data(bodyText.utf8)) as? [String: Any], let text = body["text"] as? String else {
        fail("--text-copies needs a plain JSON body with text")
    }
    body["text"] = Array(repeating: text, count: options.textCopies).joined(separator: "\n\n")
    guard (body["text"] as! String).utf8.count <= 50 * 1024 else { fail("--text-copies \(options.textCopies) makes the text larger than 50 KB") }
    event["body"] = String(decoding: try! JSONSerialization.data(withJSONObject: body), as: UTF8.self)
}
context["authorizer"] = authorizer
event["requestContext"] = context
let eventBytes = Array(try! JSONSerialization.data(withJSONObject: event))

var functionEnvironment: [String: String] = [:]
functionEnvironment["DATABASE_URL"] = databaseURL
functionEnvironment["BUDGET_USD_PER_USER_MONTH"] = "1000000"
functionEnvironment["AWS_LAMBDA_LOG_LEVEL"] = "INFO"
let run = try! LocalFunctionRun(function: "summarizer", environment: functionEnvironment)
let (emulator, function, logURL) = (run.emulator, run.process, run.logURL)
defer { run.stop() }

var roundTripsMs: [Double] = []
for index in 0..<(options.warmup + options.count) {
    let started = WallClock.monotonicNs()
    let id = emulator.enqueue(eventBytes, timeoutMs: 29_000)
    guard case .response(let payload)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 30_000, giveUp: { !function.isRunning }) else {
        fail("invocation \(index) got no response (see \(logURL.path))")
    }
    let elapsed = Double(WallClock.monotonicNs() - started) / 1e6
    guard (try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])?["statusCode"] as? Int == 201 else {
        fail("invocation \(index) did not answer 201: \(String(decoding: payload.prefix(300), as: UTF8.self))")
    }
    if index >= options.warmup { roundTripsMs.append(elapsed) }
}

// The function's own per-request lines: "summary stored" (phases) and "request" (whole handler).
var phases: [String: [Double]] = ["redactionMs": [], "modelMs": [], "dbMs": [], "handlerMs": []]
var statuses: [String: Int] = [:]
let logText = run.logs
for line in logText.split(separator: "\n") {
    guard line.hasPrefix("{\"timestamp\""), let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
    switch object["message"] as? String {
    case "summary stored":
        for key in ["redactionMs", "modelMs", "dbMs"] { phases[key]!.append(object[key] as? Double ?? 0) }
        statuses[object["status"] as? String ?? "?", default: 0] += 1
    case "request":
        phases["handlerMs"]!.append(Double(object["durationUs"] as? Int ?? 0) / 1000)
    default:
        break
    }
}
for key in phases.keys { phases[key] = Array(phases[key]!.suffix(options.count)) }

func row(_ name: String, _ values: [Double]) {
    let label = name.padding(toLength: 42, withPad: " ", startingAt: 0)
    print(label + String(format: " median %8.3f ms   p99 %8.3f ms   (n=%d)", percentile(values, 0.5), percentile(values, 0.99), values.count))
}
let textBytes = ((try? JSONSerialization.jsonObject(with: Data(((event["body"] as? String) ?? "").utf8))) as? [String: Any])?["text"] as? String
print("Summarizer: warm POST /summarize through the loop (\(options.count) after \(options.warmup) warm-up; report of \(textBytes?.utf8.count ?? 0) bytes; statuses incl. warm-up \(statuses.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")))")
row("  round trip (emulator → 201)", roundTripsMs)
row("  handler (route, JSON in/out)", phases["handlerMs"]!)
row("  PHI redaction", phases["redactionMs"]!)
row("  model call (Converse, local model)", phases["modelMs"]!)
row("  database (budget + insert/audit/ledger)", phases["dbMs"]!)
