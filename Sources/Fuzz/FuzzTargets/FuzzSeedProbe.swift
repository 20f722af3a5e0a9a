import LambdaRuntime

/// Whether seeds reach past the signature check (used by `Tests/FuzzTests`): a seed corpus whose tokens
/// no longer verify (a changed key or clock) would leave the fuzzer parsing only.
public enum FuzzSeedProbe {
    public static func verifies(_ token: [UInt8]) -> Bool {
        (try? JWTFuzz.verifier.verify(token: String(decoding: token, as: UTF8.self), budgetMs: 1_000, logger: AuthFuzzSupport.silent)) != nil
    }

    public static func authorizerAllows(_ event: [UInt8]) -> Bool {
        guard let answer = try? AuthorizerEventFuzz.handler.handle(event, context: AuthorizerEventFuzz.context),
              let json = try? JSONValue.parse(answer) else { return false }
        if case .bool(let allowed)? = json["isAuthorized"] { return allowed }
        return json["policyDocument"]?["Statement"]?.array?.contains { $0["Effect"]?.string == "Allow" } ?? false
    }
}
