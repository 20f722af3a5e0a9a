import LambdaRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `AWS_CA_BUNDLE`: the setting the AWS SDKs and CLI read for a PEM file of certificate authorities to trust
/// instead of the system's (a corporate TLS proxy, a private endpoint, a local HTTPS service in tests).
/// Checked at start-up: a file that cannot be read, or that holds no PEM certificate, is a configuration error.
public enum CABundleSetting {
    public static let name = "AWS_CA_BUNDLE"
    /// Bundles are a few hundred KB at most (the whole Mozilla set is ~220 KB); more is not a bundle.
    static let maxBytes = 8 << 20

    /// The bundle's path, or nil when the variable is not set.
    public static func path(in environment: Environment) throws -> String? {
        guard let path = environment[name] else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ConfigurationError("\(name) names a file that cannot be read: \(InputText.bounded(path)) (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & 0o170000) == 0o100000, Int(info.st_size) <= maxBytes else {
            throw ConfigurationError("\(name) must name a regular PEM file of at most \(maxBytes >> 20) MB: \(InputText.bounded(path))")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            filled += n
        }
        guard containsCertificate(bytes[..<filled]) else {
            throw ConfigurationError("\(name) names a file with no PEM certificate (-----BEGIN CERTIFICATE-----): \(InputText.bounded(path))")
        }
        return path
    }

    static func containsCertificate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let marker = Array("-----BEGIN CERTIFICATE-----".utf8)
        guard bytes.count >= marker.count else { return false }
        var index = bytes.startIndex
        while index + marker.count <= bytes.endIndex {
            if bytes[index] == marker[0] && bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }
}

/// A path from configuration, echoed in an init error: bounded and without control characters.
enum InputText {
    static func bounded(_ text: String, limit: Int = 256) -> String {
        var out = ""
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count == limit { return out + "…" }
            out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "?" : scalar)
        }
        return out
    }
}
