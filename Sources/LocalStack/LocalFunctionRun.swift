import Clinical
import Foundation

/// A real function binary (built next to the running tool) against its own Runtime API emulator and a
/// local Bedrock answered by the offline model, its stdout and stderr captured in a temporary log file:
/// what the per-phase benchmarks and the function test harnesses drive (they read the function's logs).
public final class LocalFunctionRun {
    public let bedrock: LocalBedrock
    public let emulator: RuntimeEmulator
    public let process: FunctionProcess
    public let logURL: URL
    private let logHandle: FileHandle

    /// `environment` is added to the local Bedrock's (endpoint and local credentials); `converse` and `embed`
    /// replace the offline model and the hashed embeddings behind the endpoint.
    public init(function: String, environment: [String: String], converse: LocalBedrock.Converse? = nil,
                embed: LocalBedrock.Embed? = nil) throws {
        let model = OfflineClinicalModel()
        bedrock = try LocalBedrock(converse: converse ?? { system, user in model.respond(toConverseSystem: system, user: user) },
                                   embed: embed ?? { text, dimensions in HashedEmbedding.embed(text, dimensions: dimensions) })
        emulator = try RuntimeEmulator()
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(function)-\(getpid())-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        logHandle = try FileHandle(forWritingTo: logURL)
        let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let binary = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(function).path
        let merged = bedrock.environment.merging(environment) { $1 }
        // The PHI hunt checks model requests only where the function redacts (its default).
        bedrock.expectsRedactedText = !["off", "false", "0", "no"].contains(merged["PHI_REDACTION"]?.lowercased() ?? "on")
        process = try FunctionProcess(executable: binary, runtimeAPI: emulator.address, functionName: function,
                                      environment: merged, output: logHandle)
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
