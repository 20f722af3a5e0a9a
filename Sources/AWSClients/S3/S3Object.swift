/// What HeadObject tells about an object.
public struct S3ObjectMetadata: Sendable, Equatable {
    public let contentLength: Int
    public let contentType: String?
    public let eTag: String?
    /// The `Last-Modified` header as S3 sent it (RFC 1123).
    public let lastModified: String?

    init(response: HTTPResponse) {
        contentLength = response.header("Content-Length").flatMap(Int.init) ?? response.body.count
        contentType = response.header("Content-Type")
        eTag = response.header("ETag")
        lastModified = response.header("Last-Modified")
    }
}

/// An object's bytes and metadata.
public struct S3Object: Sendable {
    public let body: [UInt8]
    public let metadata: S3ObjectMetadata
}
