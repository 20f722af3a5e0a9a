import Foundation
import LambdaRuntime
import OpenSSLCrypto

/// One execution environment: a function process with a Runtime API emulator
/// of its own, serving one invocation at a time. Its output is read line by
/// line on a thread and written to the cloud's log tagged with the function
/// and the request id being served.
final class FunctionInstance: @unchecked Sendable {
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
        // Our copy of the write end closed: the reader sees EOF when the process is gone.
        try? pipe.fileHandleForWriting.close()
        let reader = pipe.fileHandleForReading
        let name = function.executable
        let thread = Thread { [weak self] in
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
public enum RequestIds {
    public static func make() -> String {
        var random = SystemRandomNumberGenerator()
        let high = random.next() as UInt64, low = random.next() as UInt64
        let a = Hex.fixedWidth(high >> 32, digits: 8)
        let b = Hex.fixedWidth((high >> 16) & 0xFFFF, digits: 4)
        let c = Hex.fixedWidth(0x4000 | (high & 0x0FFF), digits: 4)
        let d = Hex.fixedWidth(0x8000 | ((low >> 48) & 0x3FFF), digits: 4)
        let e = Hex.fixedWidth(low & 0xFFFF_FFFF_FFFF, digits: 12)
        return "\(a)-\(b)-\(c)-\(d)-\(e)"
    }

    /// An X-Ray trace header, as API Gateway and Lambda pass on with tracing on.
    public static func traceHeader() -> String {
        var random = SystemRandomNumberGenerator()
        let epoch = Hex.fixedWidth(UInt64(WallClock.nowMs() / 1000), digits: 8)
        return "Root=1-\(epoch)-\(Hex.fixedWidth(random.next(), digits: 16))\(Hex.fixedWidth(random.next() & 0xFFFF_FFFF, digits: 8));Sampled=1"
    }
}
