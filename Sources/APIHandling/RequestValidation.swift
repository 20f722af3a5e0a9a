/// The checks every JSON route shares, in one place: the body's media type, patient ids, and the error a
/// body decoder may throw with a message that is safe to return.

/// `Content-Type` handling: the essence (type/subtype, lower-cased, parameters dropped).
public enum MediaType {
    public static func essence(_ header: String) -> String {
        String(header.split(separator: ";", maxSplits: 1).first ?? "").filter { !$0.isWhitespace }.lowercased()
    }

    public static func isJSON(_ header: String) -> Bool { essence(header) == "application/json" }

    /// 415 unless the request is JSON (an absent `Content-Type` is taken as JSON, as API Gateway passes it on).
    public static func requireJSON(_ request: APIRequest) throws(APIError) {
        if let contentType = request.headers["content-type"], !isJSON(contentType) {
            throw APIError(status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "the body must be application/json")
        }
    }
}

/// Patient ids: 1–64 characters of letters, digits, `-` and `_`.
public enum PatientId {
    public static func validate(_ value: String) throws(APIError) {
        guard (1...64).contains(value.utf8.count), value.utf8.allSatisfy(isAllowed) else {
            throw APIError.validation("patientId must be 1-64 characters of letters, digits, '-' or '_'")
        }
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
    }
}

/// A decoding failure whose message is safe to return (names a field, never its value).
public struct FieldError: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
}
