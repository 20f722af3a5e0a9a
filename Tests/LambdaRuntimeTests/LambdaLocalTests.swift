import Foundation
import Testing

/// `lambda-local invoke` as a user runs it: exit codes and streams.
@Suite("lambda-local invoke")
struct LambdaLocalTests {
    struct Run { let status: Int32; let stdout: String; let stderr: String }

    func lambdaLocal(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: builtProduct("lambda-local"))
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func eventFile(_ json: String) throws -> String {
        let path = NSTemporaryDirectory() + "event-\(UUID().uuidString).json"
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func successExitsZeroWithThePayloadOnStdout() throws {
        let run = try lambdaLocal(["invoke", "runtime-probe", try eventFile("{\"ok\":true}")])
        #expect(run.status == 0)
        #expect(run.stdout == "{\"ok\":true}\n")
    }

    @Test func functionErrorExitsOneWithTheErrorJSON() throws {
        let run = try lambdaLocal(["invoke", "runtime-probe", try eventFile("\"fail\"")])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"errorType\":\"ProbeFailure\""))
    }

    @Test func initErrorExitsOne() throws {
        let run = try lambdaLocal(["invoke", "runtime-probe", try eventFile("{}"), "--env", "PROBE_FAIL_INIT=1"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Runtime.ConfigurationError"))
    }

    @Test func crashExitsOne() throws {
        let run = try lambdaLocal(["invoke", "runtime-probe", try eventFile("\"crash\"")])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Runtime.ExitError"))
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try lambdaLocal(["invoke"]).status == 2)
        #expect(try lambdaLocal(["invoke", "runtime-probe"]).status == 2)
        #expect(try lambdaLocal(["invoke", "no-such-function", try eventFile("{}")]).status == 2)
        #expect(try lambdaLocal(["invoke", "runtime-probe", "/nonexistent/event.json"]).status == 2)
        #expect(try lambdaLocal(["invoke", "runtime-probe", try eventFile("{}"), "--repeat", "zero"]).status == 2)
        #expect(try lambdaLocal(["frobnicate"]).status == 2)
    }

    @Test func repeatPrintsTimingsOnStderr() throws {
        let run = try lambdaLocal(["invoke", "runtime-probe", try eventFile("{\"n\":1}"), "--repeat", "50"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("50 invocations"))
        #expect(run.stdout == "{\"n\":1}\n")
    }

    /// `--repeat` feeds the function back to back; an error ends the series
    /// (its document on stdout, exit 1), as does a process that dies.
    @Test func repeatStopsAtTheFirstError() throws {
        let failed = try lambdaLocal(["invoke", "runtime-probe", try eventFile("\"fail\""), "--repeat", "5"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("\"errorType\":\"ProbeFailure\""))
        #expect(failed.stderr.contains("lambda-local: 1 invocations"))

        let crashed = try lambdaLocal(["invoke", "runtime-probe", try eventFile("\"crash\""), "--repeat", "5"])
        #expect(crashed.status == 1)
        #expect(crashed.stdout.contains("Runtime.ExitError"))
    }
}
