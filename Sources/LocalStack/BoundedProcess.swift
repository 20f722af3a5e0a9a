import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// The tool's stdout when it exits 0.
    static func run(_ tool: String, _ arguments: [String], timeoutSeconds: Double, maxOutputBytes: Int,
                    environment: [String: String] = [:]) throws(Failure) -> [UInt8] {
        guard let executable = locate(tool) else { throw .notInstalled(tool) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { throw .notInstalled(tool) }

        let output = Collector(limit: maxOutputBytes), diagnostics = Collector(limit: 2048)
        let readers = DispatchGroup()
        for (pipe, collector) in [(stdout, output), (stderr, diagnostics)] {
            readers.enter()
            Thread {
                collector.drain(pipe.fileHandleForReading.fileDescriptor) { if collector.overflowed { process.terminate() } }
                readers.leave()
            }.start()
        }
        var timedOut = false
        if exited.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        }
        readers.wait()
        if timedOut { throw .timedOut(tool, seconds: timeoutSeconds) }
        if output.overflowed { throw .outputTooLarge(tool, limit: maxOutputBytes) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let firstLine = String(decoding: diagnostics.bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw .failed(tool, status: process.terminationStatus, diagnostic: String(firstLine.prefix(160)))
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

    /// Reads a pipe to its end, keeping at most `limit` bytes (the rest is read and dropped, so the tool never blocks).
    final class Collector: @unchecked Sendable {
        let limit: Int
        private(set) var bytes: [UInt8] = []
        private(set) var overflowed = false
        init(limit: Int) { self.limit = limit }

        func drain(_ fd: Int32, onOverflow: () -> Void) {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                if bytes.count + count > limit {
                    bytes.append(contentsOf: buffer[0..<max(0, limit - bytes.count)])
                    if !overflowed { overflowed = true; onOverflow() }
                } else {
                    bytes.append(contentsOf: buffer[0..<count])
                }
            }
        }
    }
}
