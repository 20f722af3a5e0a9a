import LambdaRuntime

/// S3's XML answers, written by hand (they are small and fixed): error documents and ListObjectsV2 results.
enum S3XML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let namespace = "http://s3.amazonaws.com/doc/2006-03-01/"

    /// `text` with the five XML special characters escaped; control characters other than tab,
    /// CR and LF (not allowed in XML 1.0) as numeric references, as S3 writes them.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: out += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func element(_ name: String, _ value: String) -> String { "<\(name)>\(escaped(value))</\(name)>" }
}

/// An S3 error answer: HTTP status, S3 error code and message (S3's own wording, never request data).
struct S3Error: Error, Sendable, Equatable {
    let status: Int
    let code: String
    let message: String
    var bucket: String? = nil

    func xml(requestId: String) -> String {
        var text = S3XML.declaration + "<Error>" + S3XML.element("Code", code) + S3XML.element("Message", message)
        if let bucket { text += S3XML.element("BucketName", bucket) }
        return text + S3XML.element("RequestId", requestId) + S3XML.element("HostId", requestId) + "</Error>"
    }

    static func noSuchBucket(_ bucket: String) -> S3Error {
        S3Error(status: 404, code: "NoSuchBucket", message: "The specified bucket does not exist", bucket: bucket)
    }
    static let noSuchKey = S3Error(status: 404, code: "NoSuchKey", message: "The specified key does not exist.")
    static let accessDenied = S3Error(status: 403, code: "AccessDenied", message: "Access Denied")
    static let signatureDoesNotMatch = S3Error(status: 403, code: "SignatureDoesNotMatch",
        message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
    static let invalidAccessKeyId = S3Error(status: 403, code: "InvalidAccessKeyId",
        message: "The AWS Access Key Id you provided does not exist in our records.")
    static let expired = S3Error(status: 403, code: "AccessDenied", message: "Request has expired")
    static let requestTimeTooSkewed = S3Error(status: 403, code: "RequestTimeTooSkewed",
        message: "The difference between the request time and the current time is too large.")
    static let contentSHA256Mismatch = S3Error(status: 400, code: "XAmzContentSHA256Mismatch",
        message: "The provided 'x-amz-content-sha256' header does not match what was computed.")
    static let missingContentSHA256 = S3Error(status: 400, code: "InvalidRequest",
        message: "Missing required header for this request: x-amz-content-sha256")
    static let badDigest = S3Error(status: 400, code: "BadDigest", message: "The Content-MD5 you specified did not match what we received.")
    static let invalidDigest = S3Error(status: 400, code: "InvalidDigest", message: "The Content-MD5 you specified is not valid.")
    static let incompleteBody = S3Error(status: 400, code: "IncompleteBody",
        message: "You did not provide the number of bytes specified by the Content-Length HTTP header.")
    static let keyTooLong = S3Error(status: 400, code: "KeyTooLongError", message: "Your key is too long")
    static let invalidBucketName = S3Error(status: 400, code: "InvalidBucketName", message: "The specified bucket is not valid.")
    static let bucketNotEmpty = S3Error(status: 409, code: "BucketNotEmpty", message: "The bucket you tried to delete is not empty")
    static let methodNotAllowed = S3Error(status: 405, code: "MethodNotAllowed", message: "The specified method is not allowed against this resource.")
    static let internalError = S3Error(status: 500, code: "InternalError", message: "We encountered an internal error. Please try again.")
    static func entityTooLarge(_ limit: Int) -> S3Error {
        S3Error(status: 400, code: "EntityTooLarge", message: "Your proposed upload exceeds the maximum allowed object size (\(limit) bytes locally).")
    }
    static func invalidArgument(_ message: String) -> S3Error { S3Error(status: 400, code: "InvalidArgument", message: message) }
    static func malformedAuthorization(_ message: String) -> S3Error {
        S3Error(status: 400, code: "AuthorizationHeaderMalformed", message: message)
    }
    static func malformedPresignedQuery(_ message: String) -> S3Error {
        S3Error(status: 400, code: "AuthorizationQueryParametersError", message: message)
    }
    /// An S3 operation the local S3 does not emulate (ListObjects v1, multipart, copy, ACLs, tagging, ...).
    static func notImplemented(_ what: String) -> S3Error {
        S3Error(status: 501, code: "NotImplemented", message: "\(what) is not implemented by the local S3.")
    }
}
