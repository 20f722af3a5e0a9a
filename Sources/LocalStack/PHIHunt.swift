import Foundation

/// Where the PHI leak hunt (`make test` → `.ci/phi-hunt.py`) finds what tests made the functions and tools
/// write: with `PHI_HUNT_DIR` set, function log files (`functions/`), in-process log collectors
/// (`in-process/`) and every text LocalBedrock received (`model-requests/`) are kept there. Unset: nothing.
public enum PHIHunt {
    public static var directory: String? {
        guard let value = ProcessInfo.processInfo.environment["PHI_HUNT_DIR"], !value.isEmpty else { return nil }
        return value
    }

    /// Appends `text` to `<PHI_HUNT_DIR>/<subdirectory>/<name>` with one O_APPEND write (lines from
    /// several threads or processes never interleave); a no-op when the hunt is off.
    public static func append(_ text: String, subdirectory: String, name: String) {
        guard let directory else { return }
        let folder = directory + "/" + subdirectory
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fd = open(folder + "/" + name, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var copy = text
        copy.withUTF8 { bytes in _ = write(fd, bytes.baseAddress, bytes.count) }
    }

    /// A file name unique to this process and call: `<prefix>-<pid>-<n>.log`.
    public static func uniqueName(_ prefix: String) -> String {
        lock.lock(); defer { lock.unlock() }
        count += 1
        return "\(prefix)-\(getpid())-\(count).log"
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var count = 0

    /// The path an open descriptor writes to, when it is a regular file (not a pipe or terminal).
    static func regularFilePath(of fd: Int32) -> String? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")
    }
}
