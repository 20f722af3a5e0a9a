import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

/// Runs a command-line tool (pdftotext, pdftoppm, tesseract) with a time limit and an output limit:
/// stdin is /dev/null, stdout is collected up to `maxOutputBytes`, stderr only as a short first line for
/// the error message (the tools' diagnostics, never the document). A tool past a limit is killed.
enum BoundedProcess {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case notInstalled(String)
        case timedOut(String, seconds: Double)
        case outputTooLarge(String, limit: Int)
        case failed(String, status: Int32, diagnostic: String)

        var description: String {
            switch self {
            case .notInstalled(let tool):
                return "\(tool) is not installed (make deps installs poppler-utils and tesseract-ocr with its Spanish and English data)"
            case .timedOut(let tool, let seconds): return "\(tool) did not finish within \(Int(seconds)) s"
            case .outputTooLarge(let tool, let limit): return "\(tool) produced more than \(limit) bytes of text"
            case .failed(let tool, let status, let diagnostic):
                return "\(tool) failed with exit status \(status)" + (diagnostic.isEmpty ? "" : ": \(diagnostic)")
            }
        }
    }

    /// The tool's stdout when it exits 0. Started with `SpawnedProcess` (posix_spawn), not Foundation's `Process`, whose
    /// `run()` over-reads /proc/self/fd with many descriptors open (it crashed serve: README, fourth pass on issue 15).
    /// One thread reads both pipes with poll(2) until they close, then waits for the exit, all within `timeoutSeconds`:
    /// a tool that closes its output and keeps running, or leaves a child holding the pipes, is still bounded.
    static func run(_ tool: String, _ arguments: [String], timeoutSeconds: Double, maxOutputBytes: Int,
                    environment: [String: String] = [:]) throws(Failure) -> [UInt8] {
        guard let executable = locate(tool) else { throw .notInstalled(tool) }
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&outPipe) == 0 else { throw .failed(tool, status: -1, diagnostic: "pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&errPipe) == 0 else {
            let reason = String(cString: strerror(errno))
            close(outPipe[0]); close(outPipe[1])
            throw .failed(tool, status: -1, diagnostic: "pipe: \(reason)")
        }
        // Close-on-exec (the Glibc module has no pipe2): SpawnedProcess's children close them anyway; anything else must not keep them.
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        defer { close(outPipe[0]); close(errPipe[0]) }
        let child: SpawnedProcess
        do {
            child = try SpawnedProcess(executable: executable, arguments: arguments,
                                       environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
                                       outputFD: outPipe[1], errorFD: errPipe[1])
        } catch {
            close(outPipe[1]); close(errPipe[1])
            throw .notInstalled(tool)
        }
        // Only the child holds the write ends now: the pipes close when it (and anything it started) is done.
        close(outPipe[1]); close(errPipe[1])

        let output = Collector(limit: maxOutputBytes), diagnostics = Collector(limit: 2048)
        let deadline = WallClock.monotonicNs() + UInt64(max(0, timeoutSeconds) * 1e9)
        var open: [(fd: Int32, collector: Collector)] = [(outPipe[0], output), (errPipe[0], diagnostics)]
        var timedOut = false
        while !output.overflowed {
            let now = WallClock.monotonicNs()
            guard now < deadline else { timedOut = true; break }
            let waitMs = Int32(min(1000, (deadline - now + 999_999) / 1_000_000))
            if open.isEmpty {
                guard child.isRunning else { break }
                usleep(UInt32(min(waitMs, 10)) * 1000)
                continue
            }
            var descriptors = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), waitMs)
            if ready < 0 && errno != EINTR { break }
            guard ready > 0 else { continue }
            var stillOpen: [(fd: Int32, collector: Collector)] = []
            for (pipe, descriptor) in zip(open, descriptors) where descriptor.revents == 0 || pipe.collector.read(pipe.fd) {
                stillOpen.append(pipe)
            }
            open = stillOpen
        }
        // SIGKILL, not SIGTERM: a parent that ignores SIGTERM (as test runners may) passes that on to its children,
        // and these tools keep nothing worth a graceful exit. Only while unreaped: the pid is still this child's.
        if (timedOut || output.overflowed) && child.isRunning { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()
        if timedOut { throw .timedOut(tool, seconds: timeoutSeconds) }
        if output.overflowed { throw .outputTooLarge(tool, limit: maxOutputBytes) }
        guard child.terminationReason == .exit, child.terminationStatus == 0 else {
            let firstLine = String(decoding: diagnostics.bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw .failed(tool, status: child.terminationStatus, diagnostic: String(firstLine.prefix(160)))
        }
        return output.bytes
    }

    /// An absolute path, or the first executable of that name on PATH.
    static func locate(_ tool: String) -> String? {
        let fileManager = FileManager.default
        if tool.contains("/") { return fileManager.isExecutableFile(atPath: tool) ? tool : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where fileManager.isExecutableFile(atPath: "\(directory)/\(tool)") {
            return "\(directory)/\(tool)"
        }
        return nil
    }

    /// What one pipe delivered, at most `limit` bytes (past it `overflowed`, and the caller stops the tool).
    final class Collector {
        let limit: Int
        private(set) var bytes: [UInt8] = []
        private(set) var overflowed = false
        private var buffer = [UInt8](repeating: 0, count: 65_536)
        init(limit: Int) { self.limit = limit }

        /// One read of a descriptor poll found ready; false at its end (or on an error other than EINTR).
        func read(_ fd: Int32) -> Bool {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 { return errno == EINTR }
            if count == 0 { return false }
            if bytes.count + count > limit {
                bytes.append(contentsOf: buffer[0..<max(0, limit - bytes.count)])
                overflowed = true
            } else {
                bytes.append(contentsOf: buffer[0..<count])
            }
            return true
        }
    }
}
