#if canImport(Glibc)
import Glibc
#endif

/// One fuzz target: untrusted bytes in, the invariants checked inside. `check` returns nil when every
/// invariant holds, otherwise what broke, in words that never repeat the input (it may be PHI-like).
public protocol FuzzTarget {
    /// The name in `make fuzz` and of its corpus directory, `Tests/Fuzz/Corpus/<name>/`.
    static var name: String { get }
    static func check(_ input: [UInt8]) -> String?
}

/// Every target, for the corpus replay test (`Tests/FuzzTests`).
public enum FuzzTargets {
    public static var all: [any FuzzTarget.Type] {
        [JSONReaderFuzz.self, APIGatewayFuzz.self, AuthorizerEventFuzz.self, JWTFuzz.self, JWTClaimsFuzz.self,
         S3KeyFuzz.self, S3EventFuzz.self, SigV4HeaderFuzz.self, SigV4PresignedFuzz.self, PHIRedactorFuzz.self, HTTP1Fuzz.self,
         DataAutomationEventFuzz.self, DataAutomationResultFuzz.self, ExtractionAnswerFuzz.self]
    }

    public static var names: [String] { all.map { $0.name } }

    /// The invariant check of the target called `name` (nil: no such target).
    public static func check(_ name: String, _ input: [UInt8]) -> String?? {
        guard let target = all.first(where: { $0.name == name }) else { return nil }
        return .some(target.check(input))
    }
}

/// The two ways an executable target runs a `FuzzTarget`: as libFuzzer's `LLVMFuzzerTestOneInput`
/// (built with `make fuzz`), or, in a normal build, replaying corpus files given as arguments.
public enum FuzzEntry {
    /// A broken invariant traps, so libFuzzer records the input as a crash artifact.
    public static func fuzz<T: FuzzTarget>(_ target: T.Type, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let violation = T.check(input) { fatalError("fuzz target \(T.name): invariant broken: \(violation)") }
        return 0
    }

    /// Replays every file (or every file of every directory) named on the command line; exit 1 on a violation.
    public static func replay<T: FuzzTarget>(_ target: T.Type, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        guard !arguments.isEmpty else {
            printError("usage: \(CommandLine.arguments[0]) <corpus file or directory>...  (build with `make fuzz` to fuzz)")
            exit(2)
        }
        var failures = 0, count = 0
        for path in arguments.flatMap(CorpusFiles.list) {
            guard let input = CorpusFiles.read(path) else { printError("cannot read \(path)"); exit(2) }
            count += 1
            if let violation = T.check(input) { failures += 1; print("\(path): \(violation)") }
        }
        print("\(T.name): \(count) inputs, \(failures) violations")
        exit(failures == 0 ? 0 : 1)
    }
}

private func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Corpus files on disk (no Foundation: the fuzz binaries stay small).
public enum CorpusFiles {
    /// `path` itself when it is a file; the regular files inside it, sorted, when it is a directory.
    public static func list(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [path] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if !name.hasPrefix(".") { names.append(path + "/" + name) }
        }
        return names.sorted()
    }

    public static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return bytes
    }
}

/// Splits one fuzz input into fields at 0xFF bytes (never valid UTF-8), so a target can take
/// several strings from one input and the fuzzer can grow or shrink each of them.
struct FuzzFields {
    private let parts: [[UInt8]]
    init(_ input: [UInt8]) { parts = input.split(separator: 0xFF, omittingEmptySubsequences: false).map(Array.init) }
    func bytes(_ index: Int) -> [UInt8] { index < parts.count ? parts[index] : [] }
    func string(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }
    var count: Int { parts.count }
}
