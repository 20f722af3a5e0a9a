import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// A Runtime API that misbehaves on purpose, one scripted step per request it receives (issue 16 item 3,
/// the faults that touch the loop as it exists): the real `runtime-probe` binary runs against it.
final class ScriptedRuntimeAPI: @unchecked Sendable {
    enum Step {
        /// Answer `next` with an event, then close the connection before the function responds.
        case eventThenDrop(String)
        /// Answer `next` with an event after `seconds` of silence (Lambda's `next` blocks until there is work).
        case eventAfter(seconds: Double, String)
        /// Answer with an event normally.
        case event(String)
        /// Answer whatever comes with this status.
        case status(Int)
    }

    let listener: Int32
    let port: UInt16
    private let lock = NSLock()
    private var steps: [Step]
    private var received: [(method: String, target: String, body: String)] = []

    /// What a response or error POST is answered with.
    let postStatus: Int

    init(_ steps: [Step], postStatus: Int = 202) throws {
        self.steps = steps
        self.postStatus = postStatus
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(listener, raw, length) == 0, listen(listener, 8) == 0, getsockname(listener, raw, &length) == 0 else {
                    throw TCPConnection.Failure.io("bind", errno)
                }
            }
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    var address: String { "127.0.0.1:\(port)" }
    var requests: [(method: String, target: String, body: String)] { lock.withLock { received } }
    func stop() { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }

    private func nextStep() -> Step? { lock.withLock { steps.isEmpty ? nil : steps.removeFirst() } }

    private func serve() {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            Thread.detachNewThread { [self] in handle(TCPConnection(fd: fd)) }
        }
    }

    private func handle(_ connection: TCPConnection) {
        while let head = try? HTTP1.readRequestHead(from: connection),
              let body = try? HTTP1.readBody(headers: head.headers, from: connection, emptyWhenUnframed: true) {
            let number = lock.withLock { received.append((head.method, head.target, String(decoding: body, as: UTF8.self))); return received.count }
            let isNext = head.target.hasSuffix("/invocation/next")
            guard let step = isNext ? nextStep() : .status(postStatus) else { return }  // out of steps: hang up
            switch step {
            case .eventThenDrop(let event):
                try? connection.write(Self.event(event, id: "dropped-\(number)"))
                return  // the connection closes with this handler
            case .eventAfter(let seconds, let event):
                Thread.sleep(forTimeInterval: seconds)
                try? connection.write(Self.event(event, id: "late-\(number)"))
            case .event(let event):
                try? connection.write(Self.event(event, id: "plain-\(number)"))
            case .status(let code):
                try? connection.write(HTTP1.responseHead(status: code, reason: "Scripted", headers: [("Content-Type", "application/json")], bodyLength: 2) + Array("{}".utf8))
            }
        }
    }

    static func event(_ json: String, id: String) -> [UInt8] {
        let body = Array(json.utf8)
        return HTTP1.responseHead(status: 200, reason: "OK", headers: [
            ("Lambda-Runtime-Aws-Request-Id", id), ("Lambda-Runtime-Deadline-Ms", String(WallClock.nowMs() + 30_000)),
            ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:probe"), ("Content-Type", "application/json"),
        ], bodyLength: body.count) + body
    }
}

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
