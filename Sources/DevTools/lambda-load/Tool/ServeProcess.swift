import Foundation
import LoadGenerator

/// `lambda-local serve` (the release build next to this tool) on a free loopback port, its log file
/// read back for cold starts and the functions' own durations (`platform.initReport`, `platform.report`).
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let port: UInt16
    let logPath: String
    private var logOffset: UInt64 = 0
    /// Request ids of asynchronous invocations seen in the log, until their report line.
    private var asyncRequestIds: Set<String> = []

    init(binary: String, template: String, logPath: String, stateDirectory: String, extraArguments: [String]) throws {
        self.logPath = logPath
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: binary)
        // Functions log at WARN: the run measures the product, not the formatting of INFO lines.
        process.arguments = ["serve", "--port", "0", "--template", template, "--quiet", "--log-file", logPath,
                             "--env", "AWS_LAMBDA_LOG_LEVEL=WARN", "--state-dir", stateDirectory] + extraArguments
        let out = Pipe()
        process.standardOutput = out
        // serve's own stderr (a crash report, the tagged function lines) next to its log.
        _ = FileManager.default.createFile(atPath: logPath + ".stderr", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: logPath + ".stderr")
        try process.run()
        var banner = Data()
        let deadline = Date().addingTimeInterval(60)
        while !banner.contains(0x0A) && Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner.append(chunk)
        }
        let line = String(decoding: banner.prefix { $0 != 0x0A }, as: UTF8.self)
        guard let port = UInt16(line.split(separator: ":").last ?? "") else {
            process.terminate()
            throw ToolError("lambda-local serve did not start: \(line)")
        }
        self.port = port
        Thread { while !out.fileHandleForReading.availableData.isEmpty {} }.start()
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
    }

    /// The function processes now alive, by executable name.
    func functionProcesses() -> [String: [Int32]] {
        var out: [String: [Int32]] = [:]
        for (pid, name) in ProcStat.children(of: process.processIdentifier) { out[name, default: []].append(pid) }
        return out
    }

    struct LogFigures {
        var coldStarts: [String: Int] = [:]
        var initMs: [String: LogHistogram] = [:]
        /// Warm invocations only (a cold one's duration includes no init, but its first request's work is colder).
        var warmDurationUs: [String: LogHistogram] = [:]
        /// Asynchronous invocations (S3 notifications: an upload's processing), apart from the API's.
        var asyncDurationUs: [String: LogHistogram] = [:]
        var invocations: [String: Int] = [:]
        /// The gateway's own time per route (authorizer, event, function, answer), from `gateway.access`.
        var gatewayUs: [String: LogHistogram] = [:]
    }

    /// What the log says since the last call.
    func readLogSinceLastCall() -> LogFigures {
        var figures = LogFigures()
        guard let handle = FileHandle(forReadingAtPath: logPath) else { return figures }
        defer { try? handle.close() }
        try? handle.seek(toOffset: logOffset)
        let data = handle.readDataToEndOfFile()
        guard let lastNewline = data.lastIndex(of: 0x0A) else { return figures }
        logOffset += UInt64(lastNewline - data.startIndex + 1)
        for line in data[data.startIndex...lastNewline].split(separator: 0x0A) {
            // Only platform lines matter; skip the rest cheaply.
            guard line.count < 4096, let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let type = object["type"] as? String else { continue }
            if type == "gateway.access", let message = object["message"] as? String, let us = object["durationUs"] as? Int {
                let words = message.split(separator: " ")
                if words.count >= 2 { figures.gatewayUs["\(words[0]) \(words[1])", default: LogHistogram()].record(UInt64(max(0, us))) }
                continue
            }
            guard let function = object["function"] as? String else { continue }
            switch type {
            case "async.accepted":
                if let requestId = object["requestId"] as? String { asyncRequestIds.insert(requestId) }
            case "platform.initReport":
                figures.coldStarts[function, default: 0] += 1
                if let ms = object["initDurationMs"] as? Double { figures.initMs[function, default: LogHistogram()].record(UInt64(ms * 1000)) }
            case "platform.report":
                figures.invocations[function, default: 0] += 1
                if let ms = object["durationMs"] as? Double, let message = object["message"] as? String, !message.contains("Init Duration") {
                    if let requestId = object["requestId"] as? String, asyncRequestIds.remove(requestId) != nil {
                        figures.asyncDurationUs[function, default: LogHistogram()].record(UInt64(ms * 1000))
                    } else {
                        figures.warmDurationUs[function, default: LogHistogram()].record(UInt64(ms * 1000))
                    }
                }
            default: continue
            }
        }
        return figures
    }
}

struct ToolError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
