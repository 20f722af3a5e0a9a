import Foundation
import LambdaRuntime

/// Where the local cloud's logs go: every function process's lines, tagged
/// with the function and the request id it is serving, the platform lines
/// (cold starts, reports, timeouts, crashes) and the gateway's access lines,
/// to stderr, and as JSON lines to `--log-file` when given.
public final class CloudLog: @unchecked Sendable {
    private let lock = PThreadMutex()
    private let fileFD: Int32?
    private let toStderr: Bool

    /// `quiet`: nothing on stderr (tests and benchmarks read the log file or nothing).
    public init(logFile: String? = nil, quiet: Bool = false) throws {
        if let logFile {
            let fd = open(logFile, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw CloudError("cannot open log file \(logFile): errno \(errno)") }
            fileFD = fd
        } else {
            fileFD = nil
        }
        toStderr = !quiet
    }

    deinit { if let fileFD { close(fileFD) } }

    /// False with `--quiet` and no log file: callers skip formatting lines nobody reads.
    public var enabled: Bool { toStderr || fileFD != nil }

    /// One line a function wrote. JSON lines (the Logger's) are embedded as they are.
    func function(_ function: String, requestId: String?, line: Substring) {
        let text = line.hasSuffix("\r") ? line.dropLast() : line
        guard !text.isEmpty else { return }
        let tag = "[\(function) \(requestId.map { String($0.prefix(8)) } ?? "--------")] "
        var record: [UInt8]?
        if fileFD != nil {
            var out = Array("{\"time\":\"\(WallClock.iso8601(ms: WallClock.nowMs()))\",\"function\":".utf8)
            JSONText.appendQuoted(function, to: &out)
            out.append(contentsOf: ",\"requestId\":".utf8)
            if let requestId { JSONText.appendQuoted(requestId, to: &out) } else { out.append(contentsOf: "null".utf8) }
            out.append(contentsOf: ",\"record\":".utf8)
            if text.first == "{" && text.last == "}" { out.append(contentsOf: text.utf8) } else { JSONText.appendQuoted(String(text), to: &out) }
            out.append(contentsOf: "}\n".utf8)
            record = out
        }
        emit(stderr: toStderr ? tag + text + "\n" : nil, record: record)
    }

    /// A line of the local cloud itself (`type`: platform.initReport, platform.report, gateway.access, ...).
    public func platform(_ type: String, function: String?, requestId: String?, message: String, fields: [(String, LogValue)] = []) {
        var stderrLine: String?
        if toStderr {
            stderrLine = "[\(function ?? "cloud") \(requestId.map { String($0.prefix(8)) } ?? "--------")] \(message)\n"
        }
        var record: [UInt8]?
        if fileFD != nil {
            var out = Array("{\"time\":\"\(WallClock.iso8601(ms: WallClock.nowMs()))\",\"type\":".utf8)
            JSONText.appendQuoted(type, to: &out)
            if let function { out.append(contentsOf: ",\"function\":".utf8); JSONText.appendQuoted(function, to: &out) }
            if let requestId { out.append(contentsOf: ",\"requestId\":".utf8); JSONText.appendQuoted(requestId, to: &out) }
            out.append(contentsOf: ",\"message\":".utf8)
            JSONText.appendQuoted(message, to: &out)
            for (key, value) in fields {
                out.append(0x2C)
                JSONText.appendQuoted(key, to: &out)
                out.append(0x3A)
                switch value {
                case .string(let text): JSONText.appendQuoted(text, to: &out)
                case .int(let number): out.append(contentsOf: String(number).utf8)
                case .double(let number): out.append(contentsOf: String(format: "%.3f", number).utf8)
                case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
                }
            }
            out.append(contentsOf: "}\n".utf8)
            record = out
        }
        emit(stderr: stderrLine, record: record)
    }

    private func emit(stderr line: String?, record: [UInt8]?) {
        lock.lock()
        defer { lock.unlock() }
        if let line { Self.writeAll(2, Array(line.utf8)) }
        if let record, let fileFD { Self.writeAll(fileFD, record) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}

struct CloudError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
