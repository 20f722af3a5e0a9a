/// One HTTP request as the clients build it: the URL is already
/// percent-encoded exactly as it must go on the wire (and as it was signed).
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { asciiLowercased($0.0) == asciiLowercased(name) }?.1
    }

    /// Replaces every value of `name` with `value`.
    public mutating func setHeader(_ name: String, _ value: String) {
        let lowered = asciiLowercased(name)
        headers.removeAll { asciiLowercased($0.0) == lowered }
        headers.append((name, value))
    }
}

public struct HTTPResponse: Sendable {
    public let status: Int
    public let headers: [(String, String)]
    public let body: [UInt8]

    public init(status: Int, headers: [(String, String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        let lowered = asciiLowercased(name)
        return headers.first { asciiLowercased($0.0) == lowered }?.1
    }
}

/// ASCII-only lower-casing: header names are ASCII, and this skips Unicode tables.
@inline(__always)
func asciiLowercased(_ text: String) -> String {
    var bytes = Array(text.utf8)
    var changed = false
    for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 {
        bytes[i] += 32
        changed = true
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : text
}
