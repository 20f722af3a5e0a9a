import Foundation
import LambdaRuntime

/// Writes the REST (payload 1.0) Lambda proxy event as API Gateway builds it,
/// straight into bytes: `headers` keeps the last value of each header and
/// `multiValueHeaders` all of them (the same for the query string), path
/// parameters decoded, `null` for absent maps, a body API Gateway would treat
/// as binary (a `BinaryMediaTypes` match, or bytes that are not UTF-8) in
/// base64 with `isBase64Encoded: true`.
enum ProxyEventWriter {
    struct Context {
        let accountId: String
        let apiId: String
        let stage: String
        let port: UInt16
        let binaryMediaTypes: [String]
    }

    /// The REST proxy event; with `authorizerType` the REQUEST authorizer event (same members plus type and methodArn).
    static func event(_ request: GatewayRequest, route: CloudTemplate.Route, parameters: [(name: String, value: String)],
                      context: Context, authorizer: [UInt8]?, authorizerType methodArn: String? = nil) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(1024 + request.body.count * 4 / 3)
        out.append(0x7B)
        if let methodArn {
            out.append(contentsOf: "\"type\":\"REQUEST\",\"methodArn\":".utf8)
            JSONText.appendQuoted(methodArn, to: &out)
            out.append(0x2C)
        }
        out.append(contentsOf: "\"resource\":".utf8)
        JSONText.appendQuoted(route.resource, to: &out)
        let path = request.path
        out.append(contentsOf: ",\"path\":".utf8)
        JSONText.appendQuoted(path, to: &out)
        out.append(contentsOf: ",\"httpMethod\":".utf8)
        JSONText.appendQuoted(request.method, to: &out)

        var headers = request.headers.fields.map { (name: $0.name, value: $0.value) }
        // What API Gateway adds in front of the integration.
        if request.headers["X-Forwarded-For"] == nil { headers.append(("X-Forwarded-For", "127.0.0.1")) }
        if request.headers["X-Forwarded-Port"] == nil { headers.append(("X-Forwarded-Port", String(context.port))) }
        if request.headers["X-Forwarded-Proto"] == nil { headers.append(("X-Forwarded-Proto", "http")) }
        if request.headers["X-Amzn-Trace-Id"] == nil { headers.append(("X-Amzn-Trace-Id", request.traceId)) }
        appendMaps(headers, single: "headers", multi: "multiValueHeaders", to: &out)
        appendMaps(request.query, single: "queryStringParameters", multi: "multiValueQueryStringParameters", to: &out)
        out.append(contentsOf: ",\"pathParameters\":".utf8)
        if parameters.isEmpty { out.append(contentsOf: "null".utf8) } else {
            out.append(0x7B)
            for (index, parameter) in parameters.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONText.appendQuoted(parameter.name, to: &out)
                out.append(0x3A)
                JSONText.appendQuoted(parameter.value, to: &out)
            }
            out.append(0x7D)
        }
        out.append(contentsOf: ",\"stageVariables\":null,\"requestContext\":{\"accountId\":".utf8)
        JSONText.appendQuoted(context.accountId, to: &out)
        out.append(contentsOf: ",\"apiId\":".utf8)
        JSONText.appendQuoted(context.apiId, to: &out)
        out.append(contentsOf: ",\"stage\":".utf8)
        JSONText.appendQuoted(context.stage, to: &out)
        out.append(contentsOf: ",\"requestId\":".utf8)
        JSONText.appendQuoted(request.id, to: &out)
        out.append(contentsOf: ",\"extendedRequestId\":".utf8)
        JSONText.appendQuoted(String(request.id.prefix(16)), to: &out)
        out.append(contentsOf: ",\"resourceId\":\"local\",\"resourcePath\":".utf8)
        JSONText.appendQuoted(route.resource, to: &out)
        out.append(contentsOf: ",\"httpMethod\":".utf8)
        JSONText.appendQuoted(request.method, to: &out)
        out.append(contentsOf: ",\"path\":".utf8)
        JSONText.appendQuoted("/" + context.stage + path, to: &out)
        out.append(contentsOf: ",\"protocol\":\"HTTP/1.1\",\"domainName\":\"127.0.0.1\",\"requestTimeEpoch\":\(request.receivedMs),\"identity\":{\"sourceIp\":\"127.0.0.1\",\"userAgent\":".utf8)
        if let agent = request.headers["User-Agent"] { JSONText.appendQuoted(agent, to: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: ",\"accountId\":null,\"caller\":null,\"user\":null,\"userArn\":null,\"cognitoIdentityId\":null,\"cognitoIdentityPoolId\":null,\"cognitoAuthenticationType\":null,\"cognitoAuthenticationProvider\":null,\"accessKey\":null,\"apiKey\":null,\"apiKeyId\":null}".utf8)
        if let authorizer {
            out.append(0x2C)
            out.append(contentsOf: authorizer)
        }
        out.append(contentsOf: "},\"body\":".utf8)
        if request.body.isEmpty {
            out.append(contentsOf: "null,\"isBase64Encoded\":false}".utf8)
        } else if !isBinary(request.headers["Content-Type"], context.binaryMediaTypes), let text = String(validating: request.body, as: UTF8.self) {
            JSONText.appendQuoted(text, to: &out)
            out.append(contentsOf: ",\"isBase64Encoded\":false}".utf8)
        } else {
            out.append(0x22)
            out.append(contentsOf: Base64.encode(request.body).utf8)
            out.append(contentsOf: "\",\"isBase64Encoded\":true}".utf8)
        }
        return out
    }

    /// `BinaryMediaTypes` match: exact, `type/*` or `*/*`.
    static func isBinary(_ contentType: String?, _ types: [String]) -> Bool {
        guard !types.isEmpty, let contentType else { return false }
        let media = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return types.contains { pattern in
            let p = pattern.lowercased()
            return p == "*/*" || p == media || (p.hasSuffix("/*") && media.hasPrefix(String(p.dropLast())))
        }
    }

    /// `"single":{name: last value}` and `"multi":{name: [values]}` (both `null` when empty), names in first-seen order.
    /// A request has a handful of names: scanning the pairs beats hashing them into a dictionary per request.
    private static func appendMaps(_ pairs: [(name: String, value: String)], single: String, multi: String, to out: inout [UInt8]) {
        out.append(contentsOf: ",\"\(single)\":".utf8)
        guard !pairs.isEmpty else { out.append(contentsOf: "null,\"\(multi)\":null".utf8); return }
        // Index of the first pair of each name, in first-seen order.
        var firsts: [Int] = []
        firsts.reserveCapacity(pairs.count)
        for index in pairs.indices where !pairs[..<index].contains(where: { $0.name == pairs[index].name }) { firsts.append(index) }
        out.append(0x7B)
        for (position, first) in firsts.enumerated() {
            if position > 0 { out.append(0x2C) }
            let name = pairs[first].name
            JSONText.appendQuoted(name, to: &out)
            out.append(0x3A)
            JSONText.appendQuoted(pairs[pairs.lastIndex { $0.name == name }!].value, to: &out)
        }
        out.append(contentsOf: "},\"\(multi)\":{".utf8)
        for (position, first) in firsts.enumerated() {
            if position > 0 { out.append(0x2C) }
            let name = pairs[first].name
            JSONText.appendQuoted(name, to: &out)
            out.append(contentsOf: ":[".utf8)
            var written = false
            for pair in pairs[first...] where pair.name == name {
                if written { out.append(0x2C) }
                JSONText.appendQuoted(pair.value, to: &out)
                written = true
            }
            out.append(0x5D)
        }
        out.append(0x7D)
    }
}
