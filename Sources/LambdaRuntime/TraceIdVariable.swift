#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `_X_AMZN_TRACE_ID`, set for each invocation (the X-Ray SDKs read it) through one buffer of our own that is
/// put into the environment once (`putenv` keeps the pointer) and rewritten in place: glibc's `setenv` keeps a
/// copy of every value it ever set (a new trace id per invocation grows the heap forever) and searches them
/// all on each call. A value that does not fit the buffer goes through `setenv`.
final class TraceIdVariable {
    private static let prefix = Array("_X_AMZN_TRACE_ID=".utf8)
    /// X-Ray headers are under 256 bytes (Root, Parent, Sampled, Lineage).
    private static let capacity = 1024
    private let buffer: UnsafeMutablePointer<CChar>
    /// The environment entry is our buffer (false after a setenv or unsetenv replaced it).
    private var installed = false
    private var current: String? = ""

    init() {
        buffer = .allocate(capacity: Self.capacity)
        for (offset, byte) in Self.prefix.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
        buffer[Self.prefix.count] = 0
    }

    // Never freed while installed: the environment points into it for the life of the process.
    deinit { if !installed { buffer.deallocate() } }

    func set(_ value: String?) {
        guard value != current else { return }
        current = value
        guard let value else {
            unsetenv("_X_AMZN_TRACE_ID")
            installed = false
            return
        }
        var copy = value
        let fits = copy.withUTF8 { bytes -> Bool in
            guard Self.prefix.count + bytes.count < Self.capacity, !bytes.contains(0) else { return false }
            let start = buffer + Self.prefix.count
            bytes.withMemoryRebound(to: CChar.self) { start.update(from: $0.baseAddress!, count: $0.count) }
            start[bytes.count] = 0
            return true
        }
        guard fits else {
            setenv("_X_AMZN_TRACE_ID", value, 1)
            installed = false
            return
        }
        if !installed {
            putenv(buffer)
            installed = true
        }
    }
}
