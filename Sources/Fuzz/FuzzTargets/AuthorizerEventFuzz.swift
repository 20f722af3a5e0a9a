import Auth
import AuthorizerHandler
import LambdaRuntime

/// Authorizer events (REST TOKEN / REQUEST, HTTP API 2.0) through `AuthorizerHandler.handle`: an event is
/// refused (Unauthorized, InvalidEventError, or a simple `isAuthorized:false`), or allowed only for a
/// token the event carries that verifies on its own, with exactly that identity as the context.
public enum AuthorizerEventFuzz: FuzzTarget {
    public static let name = "authorizer"
    nonisolated(unsafe) static let handler = AuthorizerHandler(configuration: AuthFuzzSupport.configuration,
                                                               fetcher: AuthFuzzSupport.MemoryJWKS(document: AuthFuzzSupport.jwks),
                                                               nowMs: { AuthFuzzSupport.nowMs })
    static let context = LambdaContext(requestId: "fuzz", deadlineMs: Int64.max / 2, invokedFunctionARN: "arn:aws:lambda:us-east-1:000000000000:function:authorizer",
                                       traceId: nil, logger: AuthFuzzSupport.silent)

    public static func check(_ input: [UInt8]) -> String? {
        let answer: [UInt8]
        do { answer = try handler.handle(input, context: context) } catch is Unauthorized { return nil } catch is InvalidEventError { return nil } catch {
            return "handle threw \(type(of: error))"
        }
        guard let json = try? JSONValue.parse(answer) else { return "answer is not JSON" }
        let allowedContext: [String: String]?
        if let authorized = json["isAuthorized"] {
            guard case .bool(let allowed) = authorized else { return "isAuthorized is not a boolean" }
            allowedContext = allowed ? (json["context"]?.stringMap ?? [:]) : nil
        } else {
            guard let statements = json["policyDocument"]?["Statement"]?.array else { return "answer is neither a policy nor a simple response" }
            guard json["principalId"]?.string == json["context"]?["sub"]?.string else { return "principalId is not the context's sub" }
            allowedContext = statements.isEmpty ? nil : (json["context"]?.stringMap ?? [:])
        }
        guard let allowedContext else { return nil }
        let verified = candidateTokens(input).compactMap { try? JWTFuzz.verifier.verify(token: $0, budgetMs: 1_000, logger: AuthFuzzSupport.silent) }
        guard verified.contains(where: { $0.authorizerContext == allowedContext }) else {
            return "allowed without a verifying token of that identity in the event"
        }
        return nil
    }

    /// Every place an event may carry the bearer token, read independently of the handler.
    static func candidateTokens(_ input: [UInt8]) -> [String] {
        guard let event = try? JSONValue.parse(input) else { return [] }
        var values: [String] = []
        if let token = event["authorizationToken"]?.string { values.append(token) }
        for (name, value) in event["headers"]?.object ?? [:] where name.lowercased() == "authorization" { value.string.map { values.append($0) } }
        for (name, value) in event["multiValueHeaders"]?.object ?? [:] where name.lowercased() == "authorization" {
            values += value.array?.compactMap(\.string) ?? []
        }
        values += event["identitySource"]?.array?.compactMap(\.string) ?? []
        return values.compactMap { value in
            guard value.utf8.count > 7, value.prefix(7).lowercased() == "bearer " else { return nil }
            return String(value.dropFirst(7))
        }
    }
}
