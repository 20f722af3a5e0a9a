import APIHandling
import LambdaRuntime

/// A validated `POST /uploads` body `{patientId, fileName, contentType, sizeBytes}`. Messages name fields
/// and limits, never values.
struct UploadRequest: Sendable, Equatable {
    static let maxBodyBytes = 16 * 1024
    static let maxFileNameBytes = 255

    var patientId: String
    var fileName: String
    /// Lower-cased, without parameters: exactly what the presigned URL signs.
    var contentType: String
    var sizeBytes: Int64

    static func parse(_ request: APIRequest, configuration: FileProcessorConfiguration) throws(APIError) -> UploadRequest {
        try MediaType.requireJSON(request)
        guard request.body.count <= maxBodyBytes else {
            throw APIError(status: 413, code: "PAYLOAD_TOO_LARGE", message: "the body must be at most \(maxBodyBytes) bytes")
        }
        guard let fields = (try? JSONValue.parse(request.body))?.object else {
            throw APIError.validation("the body must be a JSON object with patientId, fileName, contentType and sizeBytes")
        }
        let allowed: Set<String> = ["patientId", "fileName", "contentType", "sizeBytes"]
        if let unknown = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw APIError.validation("unknown field \(JSONText.quoted(String(unknown.prefix(64)))); allowed: patientId, fileName, contentType, sizeBytes")
        }
        func string(_ name: String) throws(APIError) -> String {
            guard let value = fields[name] else { throw APIError.validation("\(name) is required") }
            guard let text = value.string else { throw APIError.validation("\(name) must be a string") }
            return text
        }
        let patientId = try string("patientId")
        try PatientId.validate(patientId)
        let fileName = try string("fileName")
        try validate(fileName: fileName)
        let declaredType = try string("contentType")
        guard let size = fields["sizeBytes"] else { throw APIError.validation("sizeBytes is required") }
        guard let number = size.number, number.rounded() == number, number >= -9e15, number <= 9e15 else {
            throw APIError.validation("sizeBytes must be an integer number of bytes")
        }
        guard number > 0 else { throw APIError.validation("sizeBytes must be greater than 0") }
        let contentType = DocumentMediaType.essence(declaredType)
        guard DocumentMediaType.isAllowed(contentType) else {
            throw APIError(status: 415, code: "UNSUPPORTED_MEDIA_TYPE",
                           message: "contentType must be one of: " + (DocumentMediaType.text.sorted() + DocumentMediaType.dataAutomation.sorted()).joined(separator: ", "))
        }
        if !DocumentMediaType.isText(contentType) && !configuration.dataAutomationEnabled {
            throw APIError(status: 415, code: "UNSUPPORTED_MEDIA_TYPE",
                           message: "this deployment processes text documents only (Bedrock Data Automation is not configured)")
        }
        let sizeBytes = Int64(number)
        guard sizeBytes <= configuration.maxUploadBytes else {
            throw APIError(status: 413, code: "PAYLOAD_TOO_LARGE", message: "sizeBytes must be at most \(configuration.maxUploadBytes) bytes")
        }
        if DocumentMediaType.isText(contentType), sizeBytes > Int64(configuration.maxTextDocumentBytes) {
            throw APIError(status: 413, code: "PAYLOAD_TOO_LARGE",
                           message: "a text document must be at most \(configuration.maxTextDocumentBytes) bytes")
        }
        return UploadRequest(patientId: patientId, fileName: fileName, contentType: contentType, sizeBytes: sizeBytes)
    }

    /// A file name, not a path: 1–255 bytes, no `/` or `\`, no control characters, not `.` or `..`.
    static func validate(fileName: String) throws(APIError) {
        guard (1...maxFileNameBytes).contains(fileName.utf8.count) else {
            throw APIError.validation("fileName must be 1-\(maxFileNameBytes) bytes")
        }
        guard !fileName.contains("/"), !fileName.contains("\\"), fileName != ".", fileName != "..",
              fileName.unicodeScalars.allSatisfy({ !$0.properties.generalCategory.isControlOrFormat }) else {
            throw APIError.validation("fileName must be a file name without a path or control characters")
        }
        guard fileName.contains(where: { !$0.isWhitespace }) else { throw APIError.validation("fileName must not be blank") }
    }
}

extension Unicode.GeneralCategory {
    var isControlOrFormat: Bool { self == .control || self == .format || self == .lineSeparator || self == .paragraphSeparator }
}

/// Patient ids: 1–64 letters, digits, `-` and `_` (the summarizer's rule: they appear in paths, keys and audit rows).

/// Object keys: `clinics/<clinic>/patients/<patient>/documents/<documentId>/<file name made safe>`.
enum DocumentObjectKey {
    static func make(clinicId: String, patientId: String, documentId: String, fileName: String) -> String {
        "\(prefix(clinicId: clinicId))patients/\(safe(patientId, limit: 64))/documents/\(documentId)/\(safe(fileName, limit: 100))"
    }

    /// Every key of a clinic starts with this (what an S3 event's key is checked against).
    static func prefix(clinicId: String) -> String { "clinics/\(safe(clinicId, limit: 128))/" }

    /// Letters, digits, `.`, `-`, `_` kept; anything else becomes `_`; no leading dot; the extension kept when cut.
    static func safe(_ text: String, limit: Int) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_")
            let next: Character = ok ? Character(scalar) : "_"
            if next == "_" && out.hasSuffix("_") { continue }
            out.append(next)
        }
        while out.hasPrefix(".") { out.removeFirst() }
        if out.count > limit {
            let ext = out.lastIndex(of: ".").map { String(out[$0...]) } ?? ""
            out = String(out.prefix(limit - min(ext.count, 16))) + (ext.count <= 16 ? ext : "")
        }
        return out.isEmpty ? "file" : out
    }
}
