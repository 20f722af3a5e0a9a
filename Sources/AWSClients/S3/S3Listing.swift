import LambdaRuntime

/// One page of ListObjectsV2.
public struct S3ListPage: Sendable, Equatable {
    public let keys: [String]
    /// Pass back for the next page; nil on the last.
    public let continuationToken: String?
}

extension S3Client {
    /// ListObjectsV2 under `prefix` (at most 1000 keys a page). The XML is read minimally: `<Key>`,
    /// `<IsTruncated>`, `<NextContinuationToken>`, entities decoded.
    public func listObjects(bucket: String, prefix: String, continuationToken: String? = nil, maxKeys: Int = 1000,
                            context: AWSCallContext) throws(AWSCallError) -> S3ListPage {
        try Self.validate(bucket: bucket, key: prefix.isEmpty ? "-" : prefix)
        var query = "list-type=2&max-keys=\(max(1, min(maxKeys, 1000)))&prefix=" + AWSURIEncoding.encode(prefix, keepingSlashes: false)
        if let continuationToken { query += "&continuation-token=" + AWSURIEncoding.encode(continuationToken, keepingSlashes: false) }
        let base = configuration.isCustomEndpoint || bucket.contains(".")
            ? "\(configuration.endpoint)/\(bucket)" : "https://\(bucket).\(configuration.endpoint.dropFirst("https://".count))"
        let response: HTTPResponse
        do {
            response = try caller.send(operation: "ListObjectsV2", HTTPRequest(method: "GET", url: base + "/?" + query),
                                       context: context, maxResponseBytes: 4 << 20)
        }
        let text = String(decoding: response.body, as: UTF8.self)
        let keys = S3XML.elements("Key", in: text).map(S3XML.unescape)
        let truncated = S3XML.elements("IsTruncated", in: text).first == "true"
        let token = truncated ? S3XML.elements("NextContinuationToken", in: text).first.map(S3XML.unescape) : nil
        if truncated && token == nil { throw .malformedResponse("ListObjectsV2 is truncated but has no NextContinuationToken") }
        return S3ListPage(keys: keys, continuationToken: token)
    }

    /// Deletes every object under `prefix` (page by page); returns how many. Used for BDA output folders.
    @discardableResult
    public func deleteObjects(bucket: String, prefix: String, context: AWSCallContext) throws(AWSCallError) -> Int {
        guard !prefix.isEmpty else { throw .invalidRequest("refusing to delete a whole bucket (empty prefix)") }
        var deleted = 0
        var token: String? = nil
        repeat {
            let page = try listObjects(bucket: bucket, prefix: prefix, continuationToken: token, context: context)
            for key in page.keys where key.hasPrefix(prefix) {
                try deleteObject(bucket: bucket, key: key, context: context)
                deleted += 1
            }
            token = page.continuationToken
        } while token != nil
        return deleted
    }
}

/// Just enough XML for S3 listings: the text of simple elements, the five predefined entities and numeric references.
enum S3XML {
    static func elements(_ name: String, in text: String) -> [String] {
        var values: [String] = []
        var rest = text[...]
        while let open = rest.firstByteRange(of: "<\(name)>"), let close = rest[open.upperBound...].firstByteRange(of: "</\(name)>") {
            values.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return values
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += rest[amp...]
                return out
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let scalar: Unicode.Scalar?
                if entity.hasPrefix("#x") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { scalar = nil }
                if let scalar { out.unicodeScalars.append(scalar) } else { out += rest[amp...semi] }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
