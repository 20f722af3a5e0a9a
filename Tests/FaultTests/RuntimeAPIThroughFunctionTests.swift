import Clinical
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// The Runtime API misbehaving under a deployed function (the real `summarizer` binary, its database and a
/// LocalBedrock), not only under the probe of LambdaRuntimeTests: the work of each invocation is stored
/// once, its response is not lost to a dropped connection, and a Runtime API that fails ends the process.
@Suite struct RuntimeAPIThroughFunctionTests {
    func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline { if condition() { return true }; usleep(10_000) }
        return condition()
    }

    struct Setup {
        let db: ScratchDatabase
        let bedrock: LocalBedrock
        let api: ScriptedRuntimeAPI
        let function: FunctionProcess
        let log: URL
        func stop() { function.stop(); api.stop(); bedrock.stop(); db.drop(); try? FileManager.default.removeItem(at: log) }
        var responses: [(target: String, body: String)] {
            api.requests.filter { $0.method == "POST" && $0.target.hasSuffix("/response") }.map { ($0.target, $0.body) }
        }
        var logs: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    }

    /// Two POST /summarize events of one caller, scripted as `steps` builds them.
    func start(_ label: String, postStatus: Int = 202, _ steps: ([String]) -> [ScriptedRuntimeAPI.Step]) throws -> Setup {
        let db = try ScratchDatabase(label)
        let model = OfflineClinicalModel()
        let bedrock = try LocalBedrock(converse: { model.respond(toConverseSystem: $0, user: $1) }, embed: { HashedEmbedding.embed($0, dimensions: $1) })
        let caller = Caller.doctor()
        let events = try (1...2).map { n in
            String(decoding: try JSONSerialization.data(withJSONObject: try FaultFunction.restEvent(
                "POST", resource: "/summarize", path: "/summarize", body: ["patientId": "PAC-\(n)", "text": FaultNote.text],
                caller: caller, requestId: "req-\(n)-\(UUID().uuidString.prefix(8))")), as: UTF8.self)
        }
        let api = try ScriptedRuntimeAPI(steps(events), postStatus: postStatus)
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-fault-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let environment = bedrock.environment.merging(["DATABASE_URL": db.appURL, "MODEL_ID": FaultFunction.modelId]) { $1 }
        let function = try FunctionProcess(executable: TestDatabase.builtBinary("summarizer"), runtimeAPI: api.address,
                                           functionName: "summarizer", environment: environment, output: try FileHandle(forWritingTo: log))
        return Setup(db: db, bedrock: bedrock, api: api, function: function, log: log)
    }

    func status(_ body: String) -> Int? {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["statusCode"] as? Int
    }

    @Test func aConnectionDroppedAfterNextLosesNoSummaryAndStoresNoneTwice() throws {
        let setup = try start("runtime_drop") { [.eventThenDrop($0[0]), .event($0[1]), .eventAfter(seconds: 60, "{}")] }
        defer { setup.stop() }
        #expect(waitUntil(30) { setup.responses.count == 2 })
        #expect(setup.responses.map { status($0.body) } == [201, 201], "both summaries answered, the first on a fresh connection")
        #expect(setup.responses.first?.target.contains("/invocation/dropped-") == true)
        #expect(try setup.db.count("SELECT count(*)::int AS n FROM reports") == 2)
        try setup.db.expectWhole()
        #expect(setup.function.isRunning)
    }

    @Test func aNextThatHangsIsWaitedOutAndTheSummaryIsStored() throws {
        let setup = try start("runtime_hang") { [.eventAfter(seconds: 3, $0[0]), .eventAfter(seconds: 60, "{}")] }
        defer { setup.stop() }
        #expect(waitUntil(30) { setup.responses.count == 1 })
        #expect(status(setup.responses.first?.body ?? "") == 201)
        #expect(try setup.db.count("SELECT count(*)::int AS n FROM reports") == 1)
        #expect(setup.api.requests.filter { $0.target.hasSuffix("/invocation/next") }.count <= 2, "no retry storm while next hangs")
        #expect(setup.function.isRunning)
    }

    @Test func aRuntimeAPIAnswering500EndsTheProcessAfterTheWorkWasStoredWhole() throws {
        let setup = try start("runtime_500", postStatus: 500) { [.event($0[0]), .event($0[1])] }
        defer { setup.stop() }
        #expect(waitUntil(30) { !setup.function.isRunning })
        #expect(setup.function.process.terminationStatus != 0)
        #expect(setup.responses.count == 1, "no second invocation after the Runtime API failed")
        #expect(setup.logs.contains("runtime API failure, exiting"))
        // The summary of the invocation whose response failed is stored whole (report, ledger, audit); its
        // retry by the caller makes a second report, as any retried POST does.
        #expect(try setup.db.count("SELECT count(*)::int AS n FROM reports") == 1)
        try setup.db.expectWhole()
    }
}
