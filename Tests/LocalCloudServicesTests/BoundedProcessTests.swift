import Foundation
import LambdaRuntime
@testable import LocalStack
import Testing

/// The local Data Automation's tools run with bounded time and output (`BoundedProcess`, started through
/// `SpawnedProcess`, posix_spawn), and a failure says which tool and why.
@Suite struct BoundedProcessTests {
    /// The child is killed and reaped: its pid is gone when `run` returns.
    @Test func aToolPastItsTimeIsKilled() throws {
        let pidFile = NSTemporaryDirectory() + "bounded-\(UUID().uuidString).pid"
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let started = Date()
        #expect(throws: BoundedProcess.Failure.timedOut("sh", seconds: 0.5)) {
            _ = try BoundedProcess.run("sh", ["-c", "echo $$ > \(pidFile); exec sleep 30"], timeoutSeconds: 0.5, maxOutputBytes: 1024)
        }
        #expect(Date().timeIntervalSince(started) < 10)
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the timed-out tool \(pid) is still there")
    }

    /// Closing stdout and stderr does not take a tool out of its time limit.
    @Test func aToolThatClosesItsOutputIsStillTimed() {
        let started = Date()
        #expect(throws: BoundedProcess.Failure.timedOut("sh", seconds: 0.5)) {
            _ = try BoundedProcess.run("sh", ["-c", "exec >/dev/null 2>&1; exec sleep 30"], timeoutSeconds: 0.5, maxOutputBytes: 1024)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// A tool that exits but leaves a child holding its pipes: `run` returns at the time limit, not when the child
    /// ends (Foundation's `Process` version read the pipes to their end, 4 s here).
    @Test func aChildHoldingThePipesDoesNotStretchTheLimit() {
        let started = Date()
        #expect(throws: BoundedProcess.Failure.timedOut("sh", seconds: 1)) {
            _ = try BoundedProcess.run("sh", ["-c", "sleep 4 & echo started"], timeoutSeconds: 1, maxOutputBytes: 1024)
        }
        #expect(Date().timeIntervalSince(started) < 3.5)
    }

    @Test func aToolWritingTooMuchIsStopped() {
        let started = Date()
        #expect(throws: BoundedProcess.Failure.outputTooLarge("yes", limit: 100_000)) {
            _ = try BoundedProcess.run("yes", ["informe"], timeoutSeconds: 30, maxOutputBytes: 100_000)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// The limit is the largest output accepted: exactly `maxOutputBytes` passes, one more byte does not.
    @Test func theOutputLimitIsInclusive() throws {
        #expect(try BoundedProcess.run("head", ["-c", "200000", "/dev/zero"], timeoutSeconds: 30, maxOutputBytes: 200_000).count == 200_000)
        #expect(throws: BoundedProcess.Failure.outputTooLarge("head", limit: 199_999)) {
            _ = try BoundedProcess.run("head", ["-c", "200000", "/dev/zero"], timeoutSeconds: 30, maxOutputBytes: 199_999)
        }
    }

    /// stdout is the result; stderr only feeds the diagnostic of a failure.
    @Test func standardErrorIsNotTheOutput() throws {
        let output = try BoundedProcess.run("sh", ["-c", "echo salida; echo diagnostico >&2"], timeoutSeconds: 30, maxOutputBytes: 1024)
        #expect(output == Array("salida\n".utf8))
    }

    /// stdin is /dev/null and nothing of ours is inherited, not even a descriptor opened without close-on-exec.
    @Test func theToolHoldsOnlyItsStandardDescriptors() throws {
        let inherited = (0..<20).map { _ in open("/dev/null", O_RDONLY) } // no O_CLOEXEC
        defer { for fd in inherited where fd >= 0 { close(fd) } }
        let listing = try BoundedProcess.run("ls", ["-1", "/proc/self/fd"], timeoutSeconds: 30, maxOutputBytes: 4096, environment: ["LC_ALL": "C"])
        // 0, 1, 2, and the directory ls itself is reading.
        #expect(String(decoding: listing, as: UTF8.self).split(separator: "\n") == ["0", "1", "2", "3"])
        #expect(try BoundedProcess.run("wc", ["-c"], timeoutSeconds: 30, maxOutputBytes: 64) == Array("0\n".utf8))
    }

    /// The conditions that crashed Foundation's `Process.run()`: thousands of descriptors open, tools started from
    /// many threads at once. Every run returns its own output.
    @Test func toolsRunFromManyThreadsWithThousandsOfDescriptorsOpen() throws {
        let extra = (0..<3_000).map { _ in open("/dev/null", O_RDONLY | O_CLOEXEC) }
        defer { for fd in extra where fd >= 0 { close(fd) } }
        #expect(extra.allSatisfy { $0 >= 0 })
        let outputs = Outputs()
        let group = DispatchGroup()
        for thread in 0..<16 {
            group.enter()
            Thread {
                for run in 0..<8 {
                    let text = (try? BoundedProcess.run("printf", ["\(thread)-\(run)"], timeoutSeconds: 30, maxOutputBytes: 64))
                        .map { String(decoding: $0, as: UTF8.self) } ?? "failed"
                    outputs.append(text)
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(outputs.all.sorted() == (0..<16).flatMap { t in (0..<8).map { "\(t)-\($0)" } }.sorted())
    }

    @Test func exitStatusAndDiagnosticAreReported() throws {
        #expect(throws: BoundedProcess.Failure.failed("sh", status: 3, diagnostic: "first line")) {
            _ = try BoundedProcess.run("sh", ["-c", "echo 'first line' >&2; echo second >&2; exit 3"], timeoutSeconds: 30, maxOutputBytes: 1024)
        }
        #expect(throws: BoundedProcess.Failure.notInstalled("no-such-tool-here")) {
            _ = try BoundedProcess.run("no-such-tool-here", [], timeoutSeconds: 30, maxOutputBytes: 1024)
        }
        #expect(try BoundedProcess.run("printf", ["ñ"], timeoutSeconds: 30, maxOutputBytes: 1024) == Array("ñ".utf8))
    }

    /// A tool killed by a signal is a failure that names the signal.
    @Test func aToolKilledByASignalFails() {
        #expect(throws: BoundedProcess.Failure.failed("sh", status: SIGSEGV, diagnostic: "")) {
            _ = try BoundedProcess.run("sh", ["-c", "kill -SEGV $$"], timeoutSeconds: 30, maxOutputBytes: 1024)
        }
    }
}

/// What the test's threads collected.
private final class Outputs: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []
    func append(_ text: String) { lock.withLock { texts.append(text) } }
    var all: [String] { lock.withLock { texts } }
}
