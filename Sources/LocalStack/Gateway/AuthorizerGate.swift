import Foundation
import LambdaRuntime

/// API Gateway's Lambda authorizer step for one authorizer of the template:
/// the identity source must be present and pass the validation expression
/// (else 401 without invoking the authorizer); the authorizer's policy is
/// cached per identity for `ReauthorizeEvery` seconds and, like AWS, a cached
/// policy is reused for any route in that time; it is evaluated against the
/// method ARN (an explicit Deny wins, no matching Allow is a 403 as well).
final class AuthorizerGate: @unchecked Sendable {
    enum Decision {
        /// The `"authorizer":{...}` member of requestContext, ready to embed.
        case allowed(context: [UInt8])
        case denied(HTTPServer.Response)
    }

    /// A policy as the authorizer answered it, kept for the cache.
    struct Policy {
        struct Statement {
            let allow: Bool
            let resources: [String]
        }
        let statements: [Statement]
        let context: [UInt8]
        let expiresNs: UInt64
    }

    let authorizer: CloudTemplate.Authorizer
    private let pool: FunctionPool?
    private let expression: NSRegularExpression?
    private let lock = PThreadMutex()
    private var cache: [String: Policy] = [:]
    private var invocations = 0
    private let timeoutMs: Int64

    init(authorizer: CloudTemplate.Authorizer, pool: FunctionPool?, integrationTimeoutMs: Int64) throws {
        self.authorizer = authorizer
        self.pool = pool
        self.timeoutMs = integrationTimeoutMs
        if let pattern = authorizer.validationExpression {
            do { expression = try NSRegularExpression(pattern: pattern) }
            catch { throw CloudError("authorizer \(authorizer.name): ValidationExpression is not a regular expression") }
        } else {
            expression = nil
        }
    }

    /// How many times the authorizer function was invoked (tests of the cache).
    var invocationCount: Int { lock.withLock { invocations } }

    func authorize(_ request: GatewayRequest, methodArn: String, event: () -> [UInt8]) -> Decision {
        guard let identity = identity(of: request) else { return .denied(GatewayResponses.unauthorized(request.id)) }
        // A REQUEST authorizer without identity sources cannot be cached (API Gateway requires them for caching).
        let cacheable = authorizer.ttlSeconds > 0 && !(authorizer.kind == .request && identity.isEmpty)
        let now = WallClock.monotonicNs()
        var policy = cacheable ? lock.withLock { cache[identity].flatMap { $0.expiresNs > now ? $0 : nil } } : nil
        if policy == nil {
            if authorizer.kind == .token, let expression {
                let range = NSRange(identity.startIndex..., in: identity)
                guard let match = expression.firstMatch(in: identity, range: range), match.range == range else {
                    return .denied(GatewayResponses.unauthorized(request.id))
                }
            }
            switch fetch(request, methodArn: methodArn, event: authorizer.kind == .token ? tokenEvent(identity, methodArn) : event()) {
            case .success(let fresh):
                policy = fresh
                if cacheable { lock.withLock { cache[identity] = fresh } }
            case .failure(let failure):
                return .denied(failure.response)
            }
        }
        return evaluate(policy!, methodArn: methodArn, requestId: request.id)
    }

    /// TOKEN: the header's value; REQUEST: every identity source, joined (the cache key).
    private func identity(of request: GatewayRequest) -> String? {
        switch authorizer.kind {
        case .token:
            guard let value = request.header(authorizer.header), !value.isEmpty else { return nil }
            return value
        case .request:
            var parts: [String] = []
            for name in authorizer.requestHeaders {
                guard let value = request.header(name), !value.isEmpty else { return nil }
                parts.append(value)
            }
            for name in authorizer.requestQueryStrings {
                guard let value = request.query.last(where: { $0.name == name })?.value, !value.isEmpty else { return nil }
                parts.append(value)
            }
            return parts.joined(separator: "\u{1F}")
        }
    }

    private func tokenEvent(_ token: String, _ methodArn: String) -> [UInt8] {
        var out = Array("{\"type\":\"TOKEN\",\"authorizationToken\":".utf8)
        JSONText.appendQuoted(token, to: &out)
        out.append(contentsOf: ",\"methodArn\":".utf8)
        JSONText.appendQuoted(methodArn, to: &out)
        out.append(0x7D)
        return out
    }

    private func fetch(_ request: GatewayRequest, methodArn: String, event: [UInt8]) -> Swift.Result<Policy, FailedAuthorization> {
        guard let pool else { return .failure(FailedAuthorization(response: GatewayResponses.authorizerFailure(request.id))) }
        lock.withLock { invocations += 1 }
        let started = WallClock.monotonicNs()
        let result = pool.invoke(event, traceId: request.traceId, callerTimeoutMs: timeoutMs)
        let latencyMs = Int((WallClock.monotonicNs() - started) / 1_000_000)
        switch result {
        case .response(let bytes):
            guard let policy = Self.parse(bytes, latencyMs: latencyMs, ttlSeconds: authorizer.ttlSeconds) else {
                return .failure(FailedAuthorization(response: GatewayResponses.authorizerFailure(request.id)))
            }
            return .success(policy)
        case .functionError(let body):
            // The one error API Gateway turns into 401: the message "Unauthorized".
            if (try? JSONValue.parse(body))?["errorMessage"]?.string == "Unauthorized" {
                return .failure(FailedAuthorization(response: GatewayResponses.unauthorized(request.id)))
            }
            return .failure(FailedAuthorization(response: GatewayResponses.authorizerFailure(request.id)))
        case .failed, .callerTimedOut, .throttled: // a throttled authorizer is a 500 AuthorizerConfigurationException too
            return .failure(FailedAuthorization(response: GatewayResponses.authorizerFailure(request.id)))
        }
    }

    struct FailedAuthorization: Error { let response: HTTPServer.Response }

    /// `{principalId, policyDocument{Statement[{Effect, Action, Resource}]}, context}` → a policy.
    static func parse(_ bytes: [UInt8], latencyMs: Int, ttlSeconds: Int) -> Policy? {
        guard let answer = try? JSONValue.parse(bytes), let principal = answer["principalId"]?.string,
              let statements = answer["policyDocument"]?["Statement"]?.array else { return nil }
        var parsed: [Policy.Statement] = []
        for statement in statements {
            guard let effect = statement["Effect"]?.string, effect == "Allow" || effect == "Deny" else { return nil }
            let actions = statement["Action"]?.array?.compactMap(\.string) ?? statement["Action"]?.string.map { [$0] } ?? []
            guard actions.contains(where: { $0 == "execute-api:Invoke" || $0 == "execute-api:*" || $0 == "*" }) else { continue }
            let resources = statement["Resource"]?.array?.compactMap(\.string) ?? statement["Resource"]?.string.map { [$0] } ?? []
            parsed.append(.init(allow: effect == "Allow", resources: resources))
        }
        var context = Array("\"authorizer\":{\"principalId\":".utf8)
        JSONText.appendQuoted(principal, to: &context)
        for (key, value) in (answer["context"]?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            context.append(0x2C)
            JSONText.appendQuoted(key, to: &context)
            context.append(0x3A)
            switch value {
            case .string(let text): JSONText.appendQuoted(text, to: &context)
            case .number(let number): context.append(contentsOf: (number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)).utf8)
            case .bool(let flag): context.append(contentsOf: (flag ? "true" : "false").utf8)
            default: return nil // API Gateway refuses objects and arrays in the context
            }
        }
        context.append(contentsOf: ",\"integrationLatency\":\(latencyMs)}".utf8)
        return Policy(statements: parsed, context: context, expiresNs: WallClock.monotonicNs() + UInt64(ttlSeconds) * 1_000_000_000)
    }

    private func evaluate(_ policy: Policy, methodArn: String, requestId: String) -> Decision {
        switch Self.verdict(policy.statements, methodArn: methodArn) {
        case .allowed: return .allowed(context: policy.context)
        case .explicitDeny: return .denied(GatewayResponses.explicitDeny(requestId))
        case .noAllow: return .denied(GatewayResponses.notAuthorized(requestId))
        }
    }

    enum Verdict { case allowed, explicitDeny, noAllow }

    /// An explicit Deny whose resource matches wins; else any matching Allow; else no access.
    static func verdict(_ statements: [Policy.Statement], methodArn: String) -> Verdict {
        var allowed = false
        for statement in statements where statement.resources.contains(where: { matches(pattern: $0, methodArn) }) {
            if !statement.allow { return .explicitDeny }
            allowed = true
        }
        return allowed ? .allowed : .noAllow
    }

    /// IAM resource patterns: `*` any run of characters, `?` one character.
    static func matches(pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.utf8), t = Array(text.utf8)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == UInt8(ascii: "?") || p[pi] == t[ti]) { pi += 1; ti += 1 }
            else if pi < p.count && p[pi] == UInt8(ascii: "*") { star = pi; mark = ti; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
            else { return false }
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}

/// The gateway's verdict on an authorizer's whole answer for a method ARN, parsed and evaluated exactly as
/// the local API Gateway does (for tests that compare a cached answer with a fresh one).
public enum PolicyEvaluation {
    public static func allows(authorizerAnswer bytes: [UInt8], methodArn: String) -> Bool {
        guard let policy = AuthorizerGate.parse(bytes, latencyMs: 0, ttlSeconds: 0) else { return false }
        return AuthorizerGate.verdict(policy.statements, methodArn: methodArn) == .allowed
    }
}
