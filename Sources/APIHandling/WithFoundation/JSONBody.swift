import APIHandlingCore
import FoundationEssentials

/// JSON response bodies for route handlers.
public enum JSONBody {
    public static func encode<T: Encodable>(_ value: T, status: Int = 200, headers: [String: String] = [:]) throws -> APIResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return APIResponse(status: status, headers: headers, body: Array(try encoder.encode(value)))
    }
}
