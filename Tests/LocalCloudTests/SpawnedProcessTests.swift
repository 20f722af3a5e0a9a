import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// How the local cloud starts function processes (`SpawnedProcess`, posix_spawn): what Foundation's `Process` did for
/// it (stdio, a clean descriptor table, exit status and signal), without its `run()`, which crashed `lambda-local serve`
/// when ~1,400 descriptors were open (the cold burst of `make load`).
@Suite(.serialized) struct SpawnedProcessTests {
    /// The burst's conditions: thousands of descriptors open while processes start from many threads at once.
    /// Foundation's `Process.run()` read past glibc's readdir buffer of /proc/self/fd here (signal 11, 2 of 4 bursts).
    @Test func processesStartFromManyThreadsWithThousandsOfDescriptorsOpen() throws {
        let extra = (0..<3_000).map { _ in open("/dev/null", O_RDONLY | O_CLOEXEC) }
        defer { for fd in extra where fd >= 0 { close(fd) } }
        #expect(extra.allSatisfy { $0 >= 0 })
        let statuses = Locked<[Int32]>([])
        parallel(16) {
            for _ in 0..<10 {
                guard let child = try? SpawnedProcess(executable: "/bin/sh", arguments: ["-c", "exit 7"], environment: [:], outputFD: 2) else { continue }
                child.waitUntilExit()
                statuses.withValue { $0.append(child.terminationStatus) }
            }
        }
        #expect(statuses.value == Array(repeating: 7, count: 160))
    }

    /// The child gets stdin from /dev/null, stdout and stderr on the given descriptor, and nothing else of ours —
    /// not even descriptors opened without close-on-exec (another function's pipe would then never see EOF).
    @Test func theChildHoldsOnlyItsStandardDescriptors() throws {
        let inherited = (0..<50).map { _ in open("/dev/null", O_RDONLY) } // no O_CLOEXEC
        defer { for fd in inherited where fd >= 0 { close(fd) } }
        let pipe = Pipe()
        let child = try SpawnedProcess(executable: "/bin/ls", arguments: ["-1", "/proc/self/fd"], environment: ["LC_ALL": "C"],
                                       outputFD: pipe.fileHandleForWriting.fileDescriptor)
        try pipe.fileHandleForWriting.close()
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0)
        // 0, 1, 2, and the directory ls itself is reading.
        #expect(listing.split(separator: "\n") == ["0", "1", "2", "3"])
    }

    @Test func theEnvironmentIsExactlyTheOneGiven() throws {
        let pipe = Pipe()
        let child = try SpawnedProcess(executable: "/usr/bin/env", environment: ["ONLY": "this"], outputFD: pipe.fileHandleForWriting.fileDescriptor)
        try pipe.fileHandleForWriting.close()
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "ONLY=this\n")
        child.waitUntilExit()
    }

    /// Exit statuses and signals as `FunctionPool` reports a crash ("exit status 3", "signal 11").
    @Test func exitStatusAndSignalAreReported() throws {
        let exits = try SpawnedProcess(executable: "/bin/sh", arguments: ["-c", "exit 3"], environment: [:], outputFD: 2)
        exits.waitUntilExit()
        #expect(exits.terminationStatus == 3 && exits.terminationReason == .exit)

        let crashes = try SpawnedProcess(executable: "/bin/sh", arguments: ["-c", "kill -SEGV $$"], environment: [:], outputFD: 2)
        crashes.waitUntilExit()
        #expect(crashes.terminationStatus == SIGSEGV && crashes.terminationReason == .uncaughtSignal)

        let sleeps = try SpawnedProcess(executable: "/bin/sleep", arguments: ["30"], environment: [:], outputFD: 2)
        #expect(sleeps.isRunning)
        kill(sleeps.processIdentifier, SIGKILL)
        sleeps.waitUntilExit()
        #expect(!sleeps.isRunning && sleeps.terminationStatus == SIGKILL && sleeps.terminationReason == .uncaughtSignal)
    }

    /// A signal this process ignores is not ignored in the child (dispositions reset to default, mask empty).
    @Test func theChildStartsWithDefaultSignalHandling() throws {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let pipe = Pipe()
        let child = try SpawnedProcess(executable: "/bin/cat", arguments: ["/proc/self/status"], environment: [:],
                                       outputFD: pipe.fileHandleForWriting.fileDescriptor)
        try pipe.fileHandleForWriting.close()
        let status = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        let ignored = status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }.map { $0.split(separator: "\t").last.map(String.init) ?? "" }
        let blocked = status.split(separator: "\n").first { $0.hasPrefix("SigBlk:") }.map { $0.split(separator: "\t").last.map(String.init) ?? "" }
        // Signals 1–31 (SIGPIPE is bit 12): none ignored, none blocked. 32 and 33 are glibc's own (thread cancellation,
        // setxid), outside what sigfillset covers and what a child can be given.
        let classic: UInt64 = 0x7FFF_FFFF
        #expect(ignored.flatMap { UInt64($0, radix: 16) }.map { $0 & classic } == 0)
        #expect(ignored.flatMap { UInt64($0, radix: 16) }.map { $0 & (1 << UInt64(SIGPIPE - 1)) } == 0)
        #expect(blocked.flatMap { UInt64($0, radix: 16) }.map { $0 & classic } == 0)
    }

    @Test func aMissingExecutableIsAnError() {
        #expect(throws: SpawnedProcess.SpawnError.self) {
            _ = try SpawnedProcess(executable: "/nonexistent/function", environment: [:], outputFD: 2)
        }
    }
}
