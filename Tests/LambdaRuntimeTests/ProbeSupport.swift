import Foundation
import LambdaRuntime
import LocalStack

/// Finds a product built next to the test bundle.
func builtProduct(_ name: String) -> String {
    let dir = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        .deletingLastPathComponent()
    return dir.appendingPathComponent(name).path
}

/// An emulator with the probe function running against it.
func withProbe<T>(environment: [String: String] = [:], _ body: (RuntimeEmulator, FunctionProcess) throws -> T) throws -> T {
    let emulator = try RuntimeEmulator()
    let function = try FunctionProcess(executable: builtProduct("runtime-probe"), runtimeAPI: emulator.address,
                                       functionName: "runtime-probe", environment: environment)
    defer { function.stop(); emulator.stop() }
    return try body(emulator, function)
}

extension RuntimeEmulator {
    func invoke(_ json: String, timeoutMs: Int64 = 10_000, traceId: String? = nil,
                clientContext: String? = nil, cognitoIdentity: String? = nil) -> Outcome? {
        let id = enqueue(Array(json.utf8), timeoutMs: timeoutMs, traceId: traceId, clientContext: clientContext, cognitoIdentity: cognitoIdentity)
        return waitForOutcome(id, untilMs: WallClock.nowMs() + 20_000)
    }
}

func text(_ outcome: RuntimeEmulator.Outcome?) -> String? {
    if case .response(let bytes)? = outcome { return String(decoding: bytes, as: UTF8.self) }
    return nil
}
