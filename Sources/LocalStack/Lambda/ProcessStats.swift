#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

/// A process's resident memory and CPU time, read from /proc (Linux) without Foundation.
public enum ProcessStats {
    static let pageKB = Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    private static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// Resident set size in KB (`/proc/<pid>/statm`, second field), nil when the process is gone.
    public static func residentKB(_ pid: Int32) -> Int? {
        guard let text = read("/proc/\(pid)/statm") else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * pageKB
    }

    /// User + system CPU seconds (`/proc/<pid>/stat`, fields 14 and 15).
    public static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let text = read("/proc/\(pid)/stat"), let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After the command: state is field 3, so utime (14) and stime (15) are at offsets 11 and 12.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / ticksPerSecond
    }

    private static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }
}

/// One process's `/proc/<pid>/statm`, opened once and re-read with pread at
/// offset 0 (procfs regenerates it): the pool reads it after every invocation,
/// and an open and a close per read cost more than the read.
final class ResidentSetReader: @unchecked Sendable {
    private let fd: Int32
    private let lock = PThreadMutex()
    private var buffer = [UInt8](repeating: 0, count: 256)

    init(pid: Int32) { fd = open("/proc/\(pid)/statm", O_RDONLY | O_CLOEXEC) }

    deinit { if fd >= 0 { close(fd) } }

    /// Resident set size in KB, nil when the process is gone (or was never there).
    func kilobytes() -> Int? {
        guard fd >= 0 else { return nil }
        return lock.withLock {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            // "size resident shared ...": the second number, read from the bytes (no String, no split).
            var index = 0, pages = 0, digits = 0
            while index < count && buffer[index] != 0x20 { index += 1 }
            index += 1
            while index < count, buffer[index] >= 0x30, buffer[index] <= 0x39 {
                pages = pages * 10 + Int(buffer[index] - 0x30)
                digits += 1
                index += 1
            }
            return digits > 0 ? pages * ProcessStats.pageKB : nil
        }
    }
}
