/// `s3://bucket/key` — the form BDA takes and writes in job_metadata.json.
public struct S3URI: Sendable, Equatable, CustomStringConvertible {
    public let bucket: String
    /// The key (or prefix), without a leading slash; may be empty for a bare bucket.
    public let key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    /// nil unless `s3://` + a non-empty bucket.
    public init?(_ text: String) {
        guard text.hasPrefix("s3://") else { return nil }
        let rest = text.dropFirst(5)
        let bucket = rest.prefix { $0 != "/" }
        guard !bucket.isEmpty else { return nil }
        self.bucket = String(bucket)
        self.key = String(rest.dropFirst(bucket.count).drop { $0 == "/" })
    }

    public var description: String { key.isEmpty ? "s3://\(bucket)" : "s3://\(bucket)/\(key)" }
}
