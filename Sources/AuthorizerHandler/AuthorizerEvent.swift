import AWSEvents
import FoundationEssentials

/// The three authorizer event shapes API Gateway sends, told apart by
/// `version` (`2.0`: HTTP API) and `type` (`TOKEN` or `REQUEST`).
enum AuthorizerEvent {
    case token(APIGatewayTokenAuthorizerEvent)
    case request(APIGatewayRequestAuthorizerEvent)
    case v2(APIGatewayV2AuthorizerEvent)

    private struct Kind: Decodable {
        let type: String?
        let version: String?
    }

    struct UnknownKind: Error {}

    static func decode(_ bytes: [UInt8], decoder: JSONDecoder) throws -> AuthorizerEvent {
        let data = Data(bytes)
        let kind = try decoder.decode(Kind.self, from: data)
        if kind.version == "2.0" { return .v2(try decoder.decode(APIGatewayV2AuthorizerEvent.self, from: data)) }
        switch kind.type {
        case "TOKEN": return .token(try decoder.decode(APIGatewayTokenAuthorizerEvent.self, from: data))
        case "REQUEST": return .request(try decoder.decode(APIGatewayRequestAuthorizerEvent.self, from: data))
        default: throw UnknownKind()
        }
    }

    var name: String {
        switch self {
        case .token: return "TOKEN"
        case .request: return "REQUEST"
        case .v2: return "REQUEST2.0"
        }
    }

    /// The Authorization header value this event carries, if any.
    var authorization: String? {
        switch self {
        case .token(let event):
            return event.authorizationToken
        case .request(let event):
            if let value = Self.header("authorization", in: event.headers) { return value }
            return event.multiValueHeaders?.first(where: { $0.key.lowercased() == "authorization" })?.value.first
        case .v2(let event):
            // HTTP APIs lower-case header names; identitySource holds the configured source's value.
            return Self.header("authorization", in: event.headers) ?? event.identitySource?.first
        }
    }

    private static func header(_ lowercasedName: String, in headers: [String: String]?) -> String? {
        guard let headers else { return nil }
        if let exact = headers[lowercasedName] { return exact }
        return headers.first(where: { $0.key.lowercased() == lowercasedName })?.value
    }
}
