import Foundation
import LambdaRuntime
import LocalStack
import Testing
import TestSupport

@Suite struct RuntimeAPIFaultTests {
    func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline { if condition() { return true }; usleep(5_000) }
        return condition()
    }

    func responses(_ api: ScriptedRuntimeAPI) -> [(target: String, body: String)] {
        api.requests.filter { $0.method == "POST" && $0.target.hasSuffix("/response") }.map { ($0.target, $0.body) }
    }

    @Test func aConnectionDroppedBetweenNextAndResponseLosesNoResponse() throws {
        let api = try ScriptedRuntimeAPI([.eventThenDrop("{\"n\":1}"), .event("{\"n\":2}"), .eventAfter(seconds: 60, "{}")])
        let function = try FunctionProcess(executable: builtProduct("runtime-probe"), runtimeAPI: api.address, functionName: "probe", environment: [:])
        defer { function.stop(); api.stop() }
        // The response to the first event goes out on a fresh connection, then the loop asks for more.
        #expect(waitUntil(10) { responses(api).count == 2 })
        #expect(responses(api).map(\.body) == ["{\"n\":1}", "{\"n\":2}"])
        #expect(responses(api).first?.target.contains("/invocation/dropped-") == true)
        #expect(function.isRunning)
    }

    @Test func aNextThatHangsIsWaitedOutNotTimedOut() throws {
        // Lambda's `next` blocks while there is no work: the loop must keep waiting, not give up or spin.
        let api = try ScriptedRuntimeAPI([.eventAfter(seconds: 3, "{\"late\":true}"), .eventAfter(seconds: 60, "{}")])
        let function = try FunctionProcess(executable: builtProduct("runtime-probe"), runtimeAPI: api.address, functionName: "probe", environment: [:])
        defer { function.stop(); api.stop() }
        #expect(waitUntil(15) { responses(api).count == 1 })
        #expect(responses(api).first?.body == "{\"late\":true}")
        #expect(function.isRunning)
        // One `next` for the late event, then one waiting for the next: no retry storm while either hangs.
        let nexts = { api.requests.filter { $0.target.hasSuffix("/invocation/next") }.count }
        #expect(waitUntil(10) { nexts() == 2 })
        usleep(500_000)
        #expect(nexts() == 2)
    }

    @Test func aServerErrorOnTheResponseEndsTheProcessAndItsLogsSaySo() throws {
        // The response POST answers 500: the sandbox is gone, so the process exits (Lambda starts another).
        let api = try ScriptedRuntimeAPI([.event("{\"n\":1}"), .event("{\"n\":2}")], postStatus: 500)
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("fault-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let function = try FunctionProcess(executable: builtProduct("runtime-probe"), runtimeAPI: api.address, functionName: "probe",
                                           environment: [:], output: try FileHandle(forWritingTo: log))
        defer { function.stop(); api.stop() }
        #expect(waitUntil(10) { !function.isRunning })
        #expect(function.process.terminationStatus != 0)
        #expect(responses(api).count == 1, "no second invocation after the Runtime API failed")
        #expect((try String(contentsOf: log, encoding: .utf8)).contains("runtime API failure, exiting"))
    }

    @Test func outOfStepsTheRuntimeAPIHangsUpAndTheFunctionExitsInsteadOfSpinning() throws {
        let api = try ScriptedRuntimeAPI([])
        let function = try FunctionProcess(executable: builtProduct("runtime-probe"), runtimeAPI: api.address, functionName: "probe", environment: [:])
        defer { function.stop(); api.stop() }
        // A `next` answered by a closed connection, twice: the Runtime API is gone, so exit (Lambda restarts).
        #expect(waitUntil(10) { !function.isRunning })
        #expect(function.process.terminationStatus != 0)
        #expect(api.requests.filter { $0.target.hasSuffix("/invocation/next") }.count <= 3)
    }
}
