import LambdaRuntime

/// The `ObjectCreated:Put` notification as S3 delivers it to Lambda (event structure version 2.1): one record,
/// the key form-encoded the way S3 encodes it (`+` for a space, UTF-8 bytes as `%XX`, `/` kept).
enum S3NotificationEvent {
    static func objectCreatedPut(bucket: String, key: String, size: Int64, eTag: String, sequencer: String, region: String,
                                 eventTimeMs: Int64, requestId: String, sourceIP: String, configurationId: String) -> [UInt8] {
        var out = [UInt8]()
        func raw(_ text: String) { out.append(contentsOf: text.utf8) }
        func string(_ text: String) { JSONText.appendQuoted(text, to: &out) }
        raw("{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":"); string(region)
        raw(",\"eventTime\":"); string(WallClock.iso8601(ms: eventTimeMs))
        raw(",\"eventName\":\"ObjectCreated:Put\",\"userIdentity\":{\"principalId\":"); string("AWS:" + LocalCredentials.accessKeyId)
        raw("},\"requestParameters\":{\"sourceIPAddress\":"); string(sourceIP)
        raw("},\"responseElements\":{\"x-amz-request-id\":"); string(requestId)
        raw(",\"x-amz-id-2\":"); string(requestId)
        raw("},\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":"); string(configurationId)
        raw(",\"bucket\":{\"name\":"); string(bucket)
        raw(",\"ownerIdentity\":{\"principalId\":"); string(LocalCredentials.accessKeyId)
        raw("},\"arn\":"); string("arn:aws:s3:::" + bucket)
        raw("},\"object\":{\"key\":"); string(formEncodedKey(key))
        raw(",\"size\":\(size),\"eTag\":"); string(eTag)
        raw(",\"sequencer\":"); string(sequencer)
        raw("}}}]}")
        return out
    }

    /// S3's notification key encoding: letters, digits and `-_.*/` as they are, a space as `+`,
    /// every other byte of the UTF-8 key as `%XX`.
    static func formEncodedKey(_ key: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        out.reserveCapacity(key.utf8.count)
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "*"), UInt8(ascii: "/"):
                out.append(byte)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
