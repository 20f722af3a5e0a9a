import APIHandling
import Clinical
import FoundationEssentials
import LambdaRuntime

/// A validated `POST /summarize` body. Error messages name fields and limits, never values.
struct SummarizeRequest: Sendable, Equatable {
    static let maxTextBytes = 50 * 1024
    /// A 50 KB text can take six bytes per byte once JSON-escaped (`\u00e9`); anything bigger is refused unread.
    static let maxBodyBytes = maxTextBytes * 6 + 16 * 1024

    var patientId: String
    var text: String
    var language: ClinicalLanguage?
    var sourceSystem: String?
    var metadata: FlatMetadata

    static func parse(_ request: APIRequest) throws(APIError) -> SummarizeRequest {
        try MediaType.requireJSON(request)
        guard request.body.count <= maxBodyBytes else { throw tooLarge() }
        guard !request.body.isEmpty else { throw APIError.validation("the body must be a JSON object with patientId and text") }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(request.body))
        } catch let error as FieldError {
            throw APIError.validation(error.message)
        } catch {
            throw APIError.validation("the body is not valid JSON (\(DecodingErrorSummary.describe(error)))")
        }
        guard let patientId = body.patientId else { throw APIError.validation("patientId is required") }
        try PatientId.validate(patientId)
        guard let text = body.text else { throw APIError.validation("text is required") }
        guard text.utf8.count <= maxTextBytes else { throw tooLarge() }
        guard text.contains(where: { !$0.isWhitespace }) else { throw APIError.validation("text must not be empty") }
        guard !text.utf8.contains(0) else { throw APIError.validation("text must not contain NUL characters") }
        var language: ClinicalLanguage?
        if let code = body.language {
            guard let parsed = ClinicalLanguage(rawValue: code.lowercased()) else {
                throw APIError.validation("language must be \"es\" or \"en\" (or absent to detect it)")
            }
            language = parsed
        }
        if let source = body.sourceSystem {
            guard (1...64).contains(source.count), source.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                throw APIError.validation("sourceSystem must be 1-64 printable characters")
            }
        }
        return SummarizeRequest(patientId: patientId, text: text, language: language, sourceSystem: body.sourceSystem,
                                metadata: body.metadata ?? FlatMetadata())
    }

    static func tooLarge() -> APIError {
        APIError(status: 413, code: "PAYLOAD_TOO_LARGE", message: "text must be at most \(maxTextBytes / 1024) KB of UTF-8")
    }

    /// The body's fields, with unknown fields and wrong types named.
    struct Body: Decodable {
        var patientId: String?
        var text: String?
        var language: String?
        var sourceSystem: String?
        var metadata: FlatMetadata?

        static let fields: Set<String> = ["patientId", "text", "language", "sourceSystem", "metadata"]

        init(from decoder: Decoder) throws {
            let container: KeyedDecodingContainer<AnyKey>
            do { container = try decoder.container(keyedBy: AnyKey.self) } catch { throw FieldError("the body must be a JSON object") }
            for key in container.allKeys where !Self.fields.contains(key.stringValue) {
                throw FieldError("unknown field \(JSONText.quoted(String(key.stringValue.prefix(64)))); allowed: patientId, text, language, sourceSystem, metadata")
            }
            func string(_ name: String) throws -> String? {
                let key = AnyKey(name)
                guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
                do { return try container.decode(String.self, forKey: key) } catch { throw FieldError("\(name) must be a string") }
            }
            patientId = try string("patientId")
            text = try string("text")
            language = try string("language")
            sourceSystem = try string("sourceSystem")
            let metadataKey = AnyKey("metadata")
            if container.contains(metadataKey), try !container.decodeNil(forKey: metadataKey) {
                metadata = try container.decode(FlatMetadata.self, forKey: metadataKey)
            }
        }
    }
}

/// Patient ids: 1–64 characters of letters, digits, `-` and `_` (they appear in paths and audit rows).

/// `application/json` with any parameters (`; charset=utf-8`), case-insensitive.


struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
