/// S3 event notification (as delivered to Lambda).
public struct S3Event: Codable, Sendable {
    public struct Record: Codable, Sendable {
        public struct S3: Codable, Sendable {
            public struct Bucket: Codable, Sendable { public var name: String; public var arn: String? }
            public struct Object: Codable, Sendable {
                /// The key as S3 sends it: URL-encoded, `+` for spaces. Use `decodedKey`.
                public var key: String
                public var size: Int64?
                public var eTag: String?
                public var versionId: String?
                public var sequencer: String?
                /// The object key as stored, or nil when the encoding is invalid.
                public var decodedKey: String? { S3KeyDecoding.decode(key) }
            }
            public var s3SchemaVersion: String?
            public var configurationId: String?
            public var bucket: Bucket
            public var object: Object
        }
        public var eventVersion: String?
        public var eventSource: String
        public var awsRegion: String?
        public var eventTime: String?
        public var eventName: String
        public var s3: S3
    }
    public var Records: [Record]
}

/// S3 encodes notification keys like an HTML form: `+` is a space, `%XX`
/// an escaped byte, and the bytes are UTF-8.
public enum S3KeyDecoding {
    public static func decode(_ encoded: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.utf8.count)
        var iterator = encoded.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hex), let low = iterator.next().flatMap(hex) else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
