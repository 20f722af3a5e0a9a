#if canImport(Glibc)
import Glibc
#endif

/// A process's resident memory and CPU time, read from /proc (Linux) without Foundation.
public enum ProcessStats {
    private static let pageKB = Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
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
