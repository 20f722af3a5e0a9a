import Foundation
import LambdaRuntime
import OpenSSLCrypto

/// One execution environment: a function process with a Runtime API emulator
/// of its own, serving one invocation at a time. Its output is read line by
/// line on a thread and written to the cloud's log tagged with the function
/// and the request id being served.
final class FunctionInstance: @unchecked Sendable {
    /// The name of the thread that reads a function's output (/proc/<pid>/task/<tid>/comm).
    static let logThreadName = "function-log"
    let emulator: RuntimeEmulator
    let process: FunctionProcess
    let number: Int
    let spawnedNs: UInt64
    private let lock = PThreadMutex()
    private var servingRequestId: String?
    /// Invocations completed (0: the next one is the cold start).
    var invocations = 0
    var lastUsedNs: UInt64
    var peakResidentKB = 0
    /// Its statm, kept open (read after every invocation).
    private(set) var residentSet: ResidentSetReader!

    init(function: CloudTemplate.Function, executable: String, environment: [String: String], number: Int, log: CloudLog) throws {
        emulator = try RuntimeEmulator()
        emulator.invokedFunctionArn = "arn:aws:lambda:\(CloudTemplate.region):\(CloudTemplate.accountId):function:\(function.name)"
        self.number = number
        let pipe = Pipe()
        spawnedNs = WallClock.monotonicNs()
        lastUsedNs = spawnedNs
        do {
            process = try FunctionProcess(executable: executable, runtimeAPI: emulator.address, functionName: function.name,
                                          environment: environment, output: pipe.fileHandleForWriting)
        } catch {
            emulator.stop()
            throw error
        }
        residentSet = ResidentSetReader(pid: process.process.processIdentifier)
        // Our copy of the write end closed: the reader sees EOF when the process is gone.
        try? pipe.fileHandleForWriting.close()
        let reader = pipe.fileHandleForReading
        let name = function.executable
        let thread = Thread { [weak self] in
            // Named: a thread inherits its creator's name (the gateway's), and benchmarks count the gateway's CPU by name.
            HTTPServer.nameCurrentThread(FunctionInstance.logThreadName)
            var pending: [UInt8] = []
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                pending.append(contentsOf: chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    log.function(name, requestId: self?.currentRequestId, line: line[...])
                }
            }
            if !pending.isEmpty { log.function(name, requestId: self?.currentRequestId, line: String(decoding: pending, as: UTF8.self)[...]) }
            try? reader.close()
        }
        thread.stackSize = 256 << 10
        thread.start()
    }

    var pid: Int32 { process.process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    var currentRequestId: String? {
        get { lock.withLock { servingRequestId } }
        set { lock.withLock { servingRequestId = newValue } }
    }

    /// Spawn to the first `next`, once the function has asked for work.
    var initDurationMs: Double? {
        emulator.firstNextAt.map { Double($0 - spawnedNs) / 1_000_000 }
    }

    /// SIGKILL (an environment holds no state worth a graceful stop), then a bounded wait for the exit:
    /// not Foundation's waitUntilExit, which spins a run loop and hung at shutdown with many children.
    func stop() {
        signalKill()
        let deadline = WallClock.monotonicNs() + 2_000_000_000
        while process.isRunning && WallClock.monotonicNs() < deadline { usleep(1000) }
        emulator.stop()
    }

    func signalKill() {
        if process.isRunning { kill(pid, SIGKILL) }
    }
}

/// Lambda-style request ids (random UUID v4 text) without Foundation's UUID.
/// Ids need to be unique, not secret: a xoshiro256** generator seeded once
/// from the system's randomness stands in for two getrandom(2) calls per id
/// (six per API request: the gateway's id, the trace header, the invocation's id),
/// and the text is written straight into the string's storage.
public enum RequestIds {
    private static let generator = FastRandom()

    public static func make() -> String {
        let high = generator.next(), low = generator.next()
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var at = 0
            func put(_ value: UInt64, _ digits: Int) {
                for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                    buffer[at] = hexDigit(UInt8((value >> UInt64(shift)) & 0xF))
                    at += 1
                }
            }
            put(high >> 32, 8); buffer[at] = 0x2D; at += 1
            put((high >> 16) & 0xFFFF, 4); buffer[at] = 0x2D; at += 1
            put(0x4000 | (high & 0x0FFF), 4); buffer[at] = 0x2D; at += 1
            put(0x8000 | ((low >> 48) & 0x3FFF), 4); buffer[at] = 0x2D; at += 1
            put(low & 0xFFFF_FFFF_FFFF, 12)
            return at
        }
    }

    /// An X-Ray trace header, as API Gateway and Lambda pass on with tracing on:
    /// `Root=1-<8 hex epoch seconds>-<24 hex>;Sampled=1`.
    public static func traceHeader() -> String {
        let epoch = UInt64(WallClock.nowMs() / 1000), high = generator.next(), low = generator.next() & 0xFFFF_FFFF
        return String(unsafeUninitializedCapacity: 50) { buffer in
            var at = 0
            func text(_ ascii: StaticString) {
                for byte in UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount) { buffer[at] = byte; at += 1 }
            }
            func put(_ value: UInt64, _ digits: Int) {
                for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                    buffer[at] = hexDigit(UInt8((value >> UInt64(shift)) & 0xF))
                    at += 1
                }
            }
            text("Root=1-"); put(epoch, 8); text("-"); put(high, 16); put(low, 8); text(";Sampled=1")
            return at
        }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10 }
}

/// xoshiro256** (Blackman and Vigna), seeded from `SystemRandomNumberGenerator`, behind a lock.
final class FastRandom: @unchecked Sendable {
    private let lock = PThreadMutex()
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init() {
        var system = SystemRandomNumberGenerator()
        s0 = system.next(); s1 = system.next(); s2 = system.next(); s3 = system.next() | 1
    }

    func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    @inline(__always)
    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
