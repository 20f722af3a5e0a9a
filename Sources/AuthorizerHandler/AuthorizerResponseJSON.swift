import AWSEvents
import LambdaRuntime

/// The authorizer's answers written by hand into UTF-8 bytes: they are
/// written on every protected request, and Codable's encoder cost more than
/// the RSA check. Member names and shapes are exactly those of the
/// `AWSEvents` types, which the tests decode them into; context keys are
/// sorted so the output is stable.
enum AuthorizerResponseJSON {
    static func encode(_ policy: APIGatewayAuthorizerPolicyResponse) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(256 + policy.policyDocument.statement.reduce(0) { $0 + $1.resource.count * 96 })
        out.append(contentsOf: "{\"principalId\":".utf8)
        JSONText.appendQuoted(policy.principalId, to: &out)
        out.append(contentsOf: ",\"policyDocument\":{\"Version\":".utf8)
        JSONText.appendQuoted(policy.policyDocument.version, to: &out)
        out.append(contentsOf: ",\"Statement\":[".utf8)
        for (index, statement) in policy.policyDocument.statement.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: "{\"Action\":".utf8)
            JSONText.appendQuoted(statement.action, to: &out)
            out.append(contentsOf: ",\"Effect\":".utf8)
            JSONText.appendQuoted(statement.effect.rawValue, to: &out)
            out.append(contentsOf: ",\"Resource\":[".utf8)
            for (position, resource) in statement.resource.enumerated() {
                if position > 0 { out.append(0x2C) }
                JSONText.appendQuoted(resource, to: &out)
            }
            out.append(contentsOf: "]}".utf8)
        }
        out.append(contentsOf: "]}".utf8)
        if let context = policy.context {
            out.append(contentsOf: ",\"context\":".utf8)
            appendObject(context, to: &out)
        }
        out.append(0x7D)
        return out
    }

    static func encode(_ response: APIGatewayV2SimpleAuthorizerResponse) -> [UInt8] {
        var out = Array((response.isAuthorized ? "{\"isAuthorized\":true" : "{\"isAuthorized\":false").utf8)
        if let context = response.context {
            out.append(contentsOf: ",\"context\":".utf8)
            appendObject(context, to: &out)
        }
        out.append(0x7D)
        return out
    }

    private static func appendObject(_ members: [String: String], to out: inout [UInt8]) {
        out.append(0x7B)
        for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONText.appendQuoted(member.key, to: &out)
            out.append(0x3A)
            JSONText.appendQuoted(member.value, to: &out)
        }
        out.append(0x7D)
    }
}
