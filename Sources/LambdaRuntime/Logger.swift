#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// JSON log lines in the Lambda JSON log format: `timestamp`, `level`,
/// `message`, `requestId`, then the caller's fields. Never pass PHI here:
/// no bodies, report or document text, tokens. Log ids, sizes and timings.
public struct Logger: Sendable {
    public enum Level: Int, Sendable, Comparable {
        case trace = 0, debug, info, warn, error, fatal
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var name: String {
            switch self {
            case .trace: return "TRACE"
            case .debug: return "DEBUG"
            case .info: return "INFO"
            case .warn: return "WARN"
            case .error: return "ERROR"
            case .fatal: return "FATAL"
            }
        }
        /// Parses `AWS_LAMBDA_LOG_LEVEL` values (case-insensitive); unknown → nil.
        public init?(name: String) {
            switch name.uppercased() {
            case "TRACE": self = .trace
            case "DEBUG": self = .debug
            case "INFO": self = .info
            case "WARN", "WARNING": self = .warn
            case "ERROR": self = .error
            case "FATAL": self = .fatal
            default: return nil
            }
        }
    }

    public let level: Level
    public let requestId: String?
    /// Where lines go; nil: standard output, written from the line's bytes (no `String` of every line).
    private let sink: (@Sendable (String) -> Void)?

    public init(level: Level, requestId: String? = nil, sink: (@Sendable (String) -> Void)? = nil) {
        self.level = level
        self.requestId = requestId
        self.sink = sink
    }

    /// The level Lambda configures (`AWS_LAMBDA_LOG_LEVEL`), INFO by default.
    public init(environment: Environment) {
        self.init(level: environment["AWS_LAMBDA_LOG_LEVEL"].flatMap(Level.init(name:)) ?? .info)
    }

    /// The same logger, stamped with an invocation's request id.
    public func with(requestId: String?) -> Logger { Logger(level: level, requestId: requestId, sink: sink) }

    public func isEnabled(_ candidate: Level) -> Bool { candidate >= level }

    public func trace(_ message: String, _ fields: KeyValuePairs<String, LogValue> = [:]) { log(.trace, message, fields) }
    public func debug(_ message: String, _ fields: KeyValuePairs<String, LogValue> = [:]) { log(.debug, message, fields) }
    public func info(_ message: String, _ fields: KeyValuePairs<String, LogValue> = [:]) { log(.info, message, fields) }
    public func warn(_ message: String, _ fields: KeyValuePairs<String, LogValue> = [:]) { log(.warn, message, fields) }
    public func error(_ message: String, _ fields: KeyValuePairs<String, LogValue> = [:]) { log(.error, message, fields) }

    public func log(_ candidate: Level, _ message: String, _ fields: KeyValuePairs<String, LogValue>) {
        guard candidate >= level else { return }
        // Written straight into bytes: a line per invocation is Lambda's way, its formatting cost is not.
        var line: [UInt8] = []
        line.reserveCapacity(320) // the `request` line of an API invocation is ~260 bytes: no regrowth
        line.append(contentsOf: #"{"timestamp":""#.utf8)
        WallClock.appendISO8601(ms: WallClock.nowMs(), to: &line)
        line.append(contentsOf: #"","level":""#.utf8)
        line.append(contentsOf: candidate.name.utf8)
        line.append(contentsOf: #"","message":"#.utf8)
        JSONText.appendQuoted(message, to: &line)
        if let requestId {
            line.append(contentsOf: #","requestId":"#.utf8)
            JSONText.appendQuoted(requestId, to: &line)
        }
        for (key, value) in fields {
            line.append(0x2C)
            JSONText.appendQuoted(key, to: &line)
            line.append(0x3A)
            value.appendJSON(to: &line)
        }
        line.append(contentsOf: "}\n".utf8)
        if let sink { sink(String(decoding: line, as: UTF8.self)) } else { line.withUnsafeBufferPointer(Self.writeStandardOutput) }
    }

    /// One `write(2)` per line so that lines from several threads never interleave.
    @Sendable public static func standardOutput(_ line: String) {
        var copy = line
        copy.withUTF8(writeStandardOutput)
    }

    private static func writeStandardOutput(_ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let n = write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}
