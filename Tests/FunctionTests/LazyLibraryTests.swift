import Foundation
import LambdaRuntime
import LocalStack
import Testing

/// The shared libraries bound on first use (libcurl, libpq, libcrypto: Sources/CCurl, CLibPQ, COpenSSL) are
/// not mapped by a function that has not needed them: read from the running `health` process's
/// /proc/<pid>/maps after it answered, so a link-time dependency creeping back in fails here.
@Suite struct LazyLibraryTests {
    static let lazySonames = ["libcurl.so.4", "libpq.so.5", "libcrypto.so.3", "libssl.so.3"]

    /// The sonames of `lazySonames` mapped by `health` once it answered `GET /health`.
    func mappedAfterHealth(environment: [String: String]) throws -> Set<String> {
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: FunctionBinaryTests().binary("health"), runtimeAPI: emulator.address,
                                          functionName: "health", environment: environment)
        defer { process.stop(); emulator.stop() }
        let event = try Data(contentsOf: FunctionBinaryTests.root.appendingPathComponent("events/health/get-health.json"))
        let id = emulator.enqueue(Array(event), timeoutMs: 10_000)
        guard case .response? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 20_000) else {
            throw FunctionBinaryTests.TestFailure("no response from health")
        }
        // Read to the end: /proc files report size 0, so a size-based read would stop at its first chunk.
        let file = try #require(FileHandle(forReadingAtPath: "/proc/\(process.process.processIdentifier)/maps"))
        defer { try? file.close() }
        let maps = String(decoding: file.readDataToEndOfFile(), as: UTF8.self)
        #expect(maps.contains("/health"), "the maps of the health process")
        return Set(Self.lazySonames.filter { maps.contains("/" + $0) })
    }

    @Test func healthWithoutADatabaseMapsNeitherLibcurlNorLibpqNorLibcrypto() throws {
        var environment = ["AWS_REGION": "sa-east-1"]
        for name in ["DATABASE_URL", "DB_SECRET_ARN"] { environment[name] = "" }
        #expect(try mappedAfterHealth(environment: environment).isEmpty)
    }

    /// The control of the check above: a lazily loaded library is seen once used (libpq, for the `SELECT 1`).
    @Test func healthWithADatabaseMapsLibpqOnceItChecked() throws {
        let url = try #require(ProcessInfo.processInfo.environment["DATABASE_URL"],
                               "DATABASE_URL is not set: eval \"$(.ci/localdb.sh start | sed 's/^/export /')\" (make test does this)")
        #expect(try mappedAfterHealth(environment: ["DATABASE_URL": url]).contains("libpq.so.5"))
    }
}
