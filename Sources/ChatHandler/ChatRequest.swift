import APIHandling
import Clinical
import FoundationEssentials

/// A validated `POST /chat` body. Error messages name fields and limits, never values.
struct ChatRequest: Sendable, Equatable {
    static let maxMessageCharacters = 4000
    /// 4,000 characters of up to 4 UTF-8 bytes each, JSON-escaped (≤ 12 bytes per `\uXXXX\uXXXX` pair), plus the other fields.
    static let maxBodyBytes = maxMessageCharacters * 12 + 4096

    var message: String
    var sessionId: String?
    var patientId: String?
    var language: ClinicalLanguage?

    struct Body: Decodable {
        var message: String?
        var sessionId: String?
        var patientId: String?
        var language: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case message, sessionId, patientId, language }

        init(from decoder: Decoder) throws {
            let any = try decoder.container(keyedBy: AnyKey.self)
            for key in any.allKeys where CodingKeys(rawValue: key.stringValue) == nil {
                throw FieldError("unknown field \(String(key.stringValue.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(32)))")
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func field(_ key: CodingKeys) throws -> String? {
                do { return try container.decodeIfPresent(String.self, forKey: key) } catch {
                    throw FieldError("\(key.rawValue) must be a string")
                }
            }
            message = try field(.message)
            sessionId = try field(.sessionId)
            patientId = try field(.patientId)
            language = try field(.language)
        }
    }

    static func parse(_ request: APIRequest) throws(APIError) -> ChatRequest {
        try MediaType.requireJSON(request)
        guard request.body.count <= maxBodyBytes else { throw tooLarge() }
        guard !request.body.isEmpty else { throw APIError.validation("the body must be a JSON object with message") }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(request.body))
        } catch let error as FieldError {
            throw APIError.validation(error.message)
        } catch {
            throw APIError.validation("the body must be a JSON object with message (and optional sessionId, patientId, language)")
        }
        guard let message = body.message else { throw APIError.validation("message is required") }
        guard message.count <= maxMessageCharacters else { throw tooLarge() }
        guard message.contains(where: { !$0.isWhitespace }) else { throw APIError.validation("message must not be empty") }
        guard !message.utf8.contains(0) else { throw APIError.validation("message must not contain NUL characters") }
        if let sessionId = body.sessionId {
            guard UUID(uuidString: sessionId) != nil else { throw APIError.validation("sessionId must be a session id this API returned") }
        }
        if let patientId = body.patientId { try PatientId.validate(patientId) }
        var language: ClinicalLanguage?
        if let code = body.language {
            guard let parsed = ClinicalLanguage(rawValue: code.lowercased()) else {
                throw APIError.validation("language must be \"es\" or \"en\" (or absent to detect it)")
            }
            language = parsed
        }
        return ChatRequest(message: message, sessionId: body.sessionId?.lowercased(), patientId: body.patientId, language: language)
    }

    static func tooLarge() -> APIError {
        APIError(status: 413, code: "PAYLOAD_TOO_LARGE", message: "message must be at most \(maxMessageCharacters) characters")
    }

}



struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
