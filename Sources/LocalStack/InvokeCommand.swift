import Clinical
import Foundation
import LambdaRuntime

/// `lambda-local invoke <function> <event.json> [--env K=V]... [--timeout S] [--repeat N]`
/// Exit 0: the function answered; 1: it reported an error (its error JSON on
/// stdout), failed to start, crashed or timed out; 2: bad usage.
public enum InvokeCommand {
    public static let usage = "usage: lambda-local invoke <function> <event.json> [--env K=V]... [--timeout SECONDS] [--repeat N]\n"

    struct Options {
        var function = ""
        var eventPath = ""
        var environment: [String: String] = [:]
        var timeoutSeconds = 30.0
        var repeatCount = 1
    }

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            func value() -> String? {
                index += 1
                return index < arguments.count ? arguments[index] : nil
            }
            switch argument {
            case "--env":
                guard let pair = value(), let eq = pair.firstIndex(of: "="), eq != pair.startIndex else { return nil }
                options.environment[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            case "--timeout":
                guard let text = value(), let seconds = Double(text), seconds > 0, seconds <= 900 else { return nil }
                options.timeoutSeconds = seconds
            case "--repeat":
                guard let text = value(), let count = Int(text), count >= 1, count <= 1_000_000 else { return nil }
                options.repeatCount = count
            default:
                if argument.hasPrefix("--") { return nil }
                positional.append(argument)
            }
            index += 1
        }
        guard positional.count == 2 else { return nil }
        options.function = positional[0]
        options.eventPath = positional[1]
        return options
    }

    /// A product name resolves to the binary built next to lambda-local; anything with a `/` is a path.
    public static func resolveExecutable(_ function: String) -> String? {
        let fileManager = FileManager.default
        if function.contains("/") { return fileManager.isExecutableFile(atPath: function) ? function : nil }
        let selfPath = (try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let candidate = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(function).path
        return fileManager.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    public static func run(arguments: [String]) -> Int32 {
        guard let options = parse(arguments) else { writeError(usage); return 2 }
        guard let executable = resolveExecutable(options.function) else {
            writeError("lambda-local: no executable function named \(options.function) (build it first, or give a path)\n")
            return 2
        }
        guard let event = FileManager.default.contents(atPath: options.eventPath) else {
            writeError("lambda-local: cannot read event file \(options.eventPath)\n")
            return 2
        }
        let functionName = URL(fileURLWithPath: executable).lastPathComponent == "bootstrap"
            ? "function" : URL(fileURLWithPath: executable).lastPathComponent
        do {
            let session = try LocalSession(executable: executable, functionName: functionName, environment: options.environment)
            defer { session.stop() }
            return session.invoke(event: Array(event), timeoutSeconds: options.timeoutSeconds, repeatCount: options.repeatCount)
        } catch {
            writeError("lambda-local: cannot start \(options.function): \(error)\n")
            return 1
        }
    }

    static func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// One emulator plus one warm function process.
public final class LocalSession {
    public let emulator: RuntimeEmulator
    public let function: FunctionProcess
    public let services: LocalServices
    let spawnedAt: UInt64

    public init(executable: String, functionName: String, environment: [String: String]) throws {
        emulator = try RuntimeEmulator()
        services = try LocalServices(for: functionName, overrides: environment)
        spawnedAt = WallClock.monotonicNs()
        function = try FunctionProcess(executable: executable, runtimeAPI: emulator.address, functionName: functionName,
                                       environment: services.environment)
    }

    public func stop() {
        function.stop()
        emulator.stop()
        services.stop()
    }

    /// Invokes `repeatCount` times; prints the last payload (or error) on stdout
    /// and, for more than one invocation, timings on stderr.
    public func invoke(event: [UInt8], timeoutSeconds: Double, repeatCount: Int) -> Int32 {
        let (durationsNs, last) = emulator.invokeSeries(event, count: repeatCount, timeoutMs: Int64(timeoutSeconds * 1000)) {
            !function.isRunning
        }
        guard let last else { return failure() }
        if repeatCount > 1 { printTimings(durationsNs.map { Double($0) / 1000 }) }
        switch last {
        case .response(let payload):
            FileHandle.standardOutput.write(Data(payload) + Data("\n".utf8))
            return 0
        case .error(let body, _):
            FileHandle.standardOutput.write(Data(body) + Data("\n".utf8))
            return 1
        }
    }

    private func failure() -> Int32 {
        let document: String
        if let initError = emulator.initError {
            document = String(decoding: initError, as: UTF8.self)
        } else if !function.isRunning {
            document = "{\"errorMessage\":\"function process exited with status \(function.process.terminationStatus) before answering\",\"errorType\":\"Runtime.ExitError\",\"stackTrace\":[]}"
        } else {
            document = "{\"errorMessage\":\"Task timed out\",\"errorType\":\"Sandbox.Timedout\",\"stackTrace\":[]}"
        }
        FileHandle.standardOutput.write(Data((document + "\n").utf8))
        return 1
    }

    private func printTimings(_ values: [Double]) {
        let first = values[0]
        let sorted = values.sorted()
        func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))] }
        let text = String(format: "lambda-local: %d invocations: first %.1f µs, min %.1f µs, median %.1f µs, p99 %.1f µs, max %.1f µs\n",
                          sorted.count, first, sorted[0], pct(0.5), pct(0.99), sorted[sorted.count - 1])
        InvokeCommand.writeError(text)
        if let first = emulator.firstNextAt {
            InvokeCommand.writeError(String(format: "lambda-local: start-up (spawn to first next) %.1f µs\n", Double(first - spawnedAt) / 1000))
        }
        if let rss = peakRSSKilobytes() { InvokeCommand.writeError("lambda-local: peak RSS \(rss) KB\n") }
    }

    /// The function's peak resident set (VmHWM), read while it is still alive.
    func peakRSSKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(function.process.processIdentifier)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

}

/// Local services a function is pointed at: the JWKS of the local issuer for
/// the authorizer; the Bedrock-compatible endpoint (offline clinical model,
/// SigV4 verified, serving only the offline model ids, which the function is
/// given as MODEL_ID / EXTRACTION_MODEL_ID / EMBEDDING_MODEL_ID) for the
/// functions that call models; a local S3 (under .local/s3, with the upload
/// bucket) and the local Data Automation for the file processor. Explicit
/// `--env` values always win (an endpoint given with `--env` is not started).
public final class LocalServices {
    public private(set) var environment: [String: String]
    private var jwks: LocalJWKSService?
    public private(set) var bedrock: LocalBedrock?
    public private(set) var s3: LocalS3?
    public private(set) var dataAutomation: LocalDataAutomation?
    static let modelFunctions: Set<String> = ["summarizer", "file-processor", "chat"]

    /// The model ids of what the local Bedrock really serves, so local answers name the offline model and cost $0.
    public static let offlineModelEnvironment: [String: String] = [
        "MODEL_ID": OfflineClinicalModel.modelId,
        "EXTRACTION_MODEL_ID": OfflineClinicalModel.modelId,
        "EMBEDDING_MODEL_ID": LocalBedrock.offlineEmbeddingModelId,
    ]
    /// UPLOAD_BUCKET as template.yaml resolves it for the local account and region.
    public static let localUploadBucket = "clinical-assistant-uploads-000000000000-us-east-1"
    /// Where the local S3 keeps its objects (relative to the working directory, as `make` runs it).
    public static let localS3Root = ".local/s3"

    /// `s3Root`: where the file processor's local S3 keeps objects (tests pass a scratch directory).
    public init(for function: String, overrides: [String: String], s3Root: String = LocalServices.localS3Root) throws {
        var environment: [String: String] = [:]
        if function == "authorizer" && overrides["COGNITO_JWKS_URL"] == nil {
            let service = try LocalJWKSService()
            jwks = service
            environment.merge(service.authorizerEnvironment) { $1 }
        }
        if Self.modelFunctions.contains(function) && overrides["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] == nil {
            let model = OfflineClinicalModel()
            let service = try LocalBedrock(converse: { system, user in model.respond(toConverseSystem: system, user: user) },
                                           embed: { text, dimensions in HashedEmbedding.embed(text, dimensions: dimensions) },
                                           servedModels: .offline)
            bedrock = service
            environment.merge(service.environment) { $1 }
            environment.merge(Self.offlineModelEnvironment) { $1 }
        }
        if function == "file-processor" && overrides["AWS_ENDPOINT_URL_S3"] == nil {
            // `invoke` runs one event: notifications and completion events have nowhere to go (`serve` delivers them).
            let logger = Logger(level: .info, sink: LocalS3.standardError)
            let storage = try LocalS3(root: s3Root, logger: logger) { created in
                logger.warn("local s3: ObjectCreated:Put not delivered (lambda-local invoke runs one event; lambda-local serve delivers it)",
                            ["size": .int(created.size)])
            }
            let bucket = overrides["UPLOAD_BUCKET"] ?? Self.localUploadBucket
            try storage.createBucket(bucket)
            s3 = storage
            environment.merge(storage.environment) { $1 }
            environment["UPLOAD_BUCKET"] = bucket
            if overrides["AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME"] == nil {
                let automation = try LocalDataAutomation(s3: storage.client(), logger: logger) { _ in
                    logger.warn("local data automation: completion event not delivered (lambda-local invoke runs one event; lambda-local serve delivers it)")
                }
                dataAutomation = automation
                environment.merge(automation.environment) { $1 }
            }
        }
        environment.merge(overrides) { $1 }
        self.environment = environment
    }

    public func stop() {
        jwks?.stop()
        bedrock?.stop()
        dataAutomation?.stop()
        s3?.stop()
    }
}
