import Clinical
import Foundation

/// A real function binary (built next to the running tool) against its own Runtime API emulator and a
/// local Bedrock answered by the offline model, its stdout and stderr captured in a temporary log file:
/// what the per-phase benchmarks drive (they read the handler's phase timings from that log).
public final class LocalFunctionRun {
    public let bedrock: LocalBedrock
    public let emulator: RuntimeEmulator
    public let process: FunctionProcess
    public let logURL: URL
    private let logHandle: FileHandle

    /// `environment` is added to the local Bedrock's (endpoint and local credentials).
    public init(function: String, environment: [String: String]) throws {
        let model = OfflineClinicalModel()
        bedrock = try LocalBedrock(converse: { system, user in model.respond(toConverseSystem: system, user: user) },
                                   embed: { text, dimensions in HashedEmbedding.embed(text, dimensions: dimensions) })
        emulator = try RuntimeEmulator()
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(function)-\(getpid())-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        logHandle = try FileHandle(forWritingTo: logURL)
        let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let binary = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(function).path
        process = try FunctionProcess(executable: binary, runtimeAPI: emulator.address, functionName: function,
                                      environment: bedrock.environment.merging(environment) { $1 }, output: logHandle)
    }

    /// Everything the function wrote so far (flushed first).
    public var logs: String {
        try? logHandle.synchronize()
        return (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    }

    public func stop() {
        process.stop()
        emulator.stop()
        bedrock.stop()
        try? logHandle.close()
        try? FileManager.default.removeItem(at: logURL)
    }
}

/// The nearest-rank percentile of samples (`p` in 0…1); NaN for none.
public func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}
