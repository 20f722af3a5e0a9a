#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

/// A child process started with posix_spawn(3), in place of Foundation's `Process`: the one way the local cloud starts
/// a process (function processes, `FunctionProcess`; the local Data Automation's tools, `BoundedProcess`).
/// Foundation's `Process.run()` (swift-corelibs-foundation in Swift 6.3.1) scans /proc/self/fd and copies each
/// entry's whole 256-byte `d_name` out of glibc's readdir buffer, reading past short records; with ~1,400 descriptors
/// open (a cold burst: 200 connections, ~250 function processes with their pipes and emulator sockets) the last
/// record of a full buffer sits at its end and the copy faults on the next page. That was `lambda-local serve`'s
/// signal 11 under `make load LOAD_PHASES=burst` (core dump: `__memcpy_avx512_unaligned_erms` ←
/// `findMaximumOpenFromProcSelfFD` ← `Process.run()` ← `FunctionProcess.init`; fixed upstream in
/// swift-corelibs-foundation PR #5472, in no 6.3 release). Here the child closes every descriptor from 3 up with
/// `posix_spawn_file_actions_addclosefrom_np` (glibc ≥ 2.34): no scan. The members are the ones callers used on
/// `Process`: `processIdentifier`, `isRunning`, `terminationStatus`, `terminationReason`, `waitUntilExit()`.
public final class SpawnedProcess: @unchecked Sendable {
    public enum TerminationReason: Sendable { case exit, uncaughtSignal }

    public let processIdentifier: Int32
    private let lock = PThreadMutex()
    /// The wait status once the child was reaped (by `isRunning` or `waitUntilExit`).
    private var waitStatus: Int32?

    /// Starts `executable` with `arguments` (argv[0] is the executable), exactly `environment`, stdin from
    /// /dev/null, stdout to `outputFD` and stderr to `errorFD` (`outputFD` when nil); every other descriptor is
    /// closed in the child.
    public init(executable: String, arguments: [String] = [], environment: [String: String], outputFD: Int32,
                errorFD: Int32? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        _ = posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        _ = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        _ = posix_spawn_file_actions_adddup2(&actions, outputFD, 1)
        _ = posix_spawn_file_actions_adddup2(&actions, errorFD ?? outputFD, 2)
        guard let closeFrom = Self.addCloseFrom else { throw SpawnError(executable: executable, code: ENOSYS) }
        _ = closeFrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        _ = posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default dispositions and an empty mask in the child (an ignored SIGPIPE would otherwise be inherited).
        var all = sigset_t(), none = sigset_t()
        _ = sigfillset(&all)
        _ = sigdelset(&all, SIGKILL)
        _ = sigdelset(&all, SIGSTOP)
        _ = sigemptyset(&none)
        _ = posix_spawnattr_setsigdefault(&attributes, &all)
        _ = posix_spawnattr_setsigmask(&attributes, &none)
        _ = posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw SpawnError(executable: executable, code: result) }
        processIdentifier = pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), looked up at run time: the Glibc module does not
    /// import it (declared under `__USE_MISC` in spawn.h).
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }

    deinit { _ = isRunning } // reaps a child that already exited (no zombie left behind)

    public struct SpawnError: Error, CustomStringConvertible {
        public let executable: String
        public let code: Int32
        public var description: String { "posix_spawn \(executable): \(String(cString: strerror(code)))" }
    }

    /// False once the child exited (it is reaped here, without blocking).
    public var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        if waitStatus != nil { return false }
        var status: Int32 = 0
        let reaped = waitpid(processIdentifier, &status, WNOHANG)
        if reaped == processIdentifier { waitStatus = status; return false }
        return reaped == 0 || (reaped < 0 && errno == EINTR)
    }

    /// Polls until the child exited (callers kill it first, or it exits on its own).
    public func waitUntilExit() {
        while isRunning { usleep(1_000) }
    }

    /// The exit status, or the signal that ended it (0 while running).
    public var terminationStatus: Int32 {
        guard let status = lock.withLock({ waitStatus }) else { return 0 }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f
    }

    public var terminationReason: TerminationReason {
        guard let status = lock.withLock({ waitStatus }) else { return .exit }
        return status & 0x7f == 0 ? .exit : .uncaughtSignal
    }
}
