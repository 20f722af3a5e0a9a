import Foundation

/// A function binary started against a Runtime API emulator. Its stdout and
/// stderr (the function's logs) go to our stderr, so stdout stays the payload,
/// or to `output` when given (tests and benchmarks that read the logs).
public final class FunctionProcess: @unchecked Sendable {
    /// posix_spawn, not Foundation's `Process`: its `run()` crashed serve in cold bursts (`SpawnedProcess`).
    public let process: SpawnedProcess
    /// The log file this function writes, kept for the PHI hunt at stop (nil unless PHI_HUNT_DIR is set).
    private var huntedLog: (path: String, name: String)?

    public init(executable: String, runtimeAPI: String, functionName: String, environment overrides: [String: String],
                output: FileHandle = .standardError) throws {
        var environment = ProcessInfo.processInfo.environment
        let defaults = [
            "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "512", "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/\(functionName)", "AWS_LAMBDA_LOG_STREAM_NAME": "local",
            "_HANDLER": "bootstrap", "LAMBDA_TASK_ROOT": URL(fileURLWithPath: executable).deletingLastPathComponent().path,
        ]
        for (key, value) in defaults where environment[key] == nil { environment[key] = value }
        environment["AWS_LAMBDA_FUNCTION_NAME"] = functionName
        for (key, value) in overrides { environment[key] = value }
        environment["AWS_LAMBDA_RUNTIME_API"] = runtimeAPI
        process = try SpawnedProcess(executable: executable, environment: environment, outputFD: output.fileDescriptor)
        if PHIHunt.directory != nil, let path = PHIHunt.regularFilePath(of: output.fileDescriptor) {
            huntedLog = (path, PHIHunt.uniqueName(functionName))
        }
    }

    deinit { keepLogForTheHunt() }

    public var isRunning: Bool { process.isRunning }

    public func stop() {
        defer { keepLogForTheHunt() }
        guard process.isRunning else { return }
        // A warm function holds no state worth a graceful stop locally.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Copies the function's log file into PHI_HUNT_DIR once (harnesses delete theirs when they stop).
    private func keepLogForTheHunt() {
        guard let log = huntedLog, let text = try? String(contentsOfFile: log.path, encoding: .utf8) else { return }
        huntedLog = nil
        PHIHunt.append(text, subdirectory: "functions", name: log.name)
    }
}
