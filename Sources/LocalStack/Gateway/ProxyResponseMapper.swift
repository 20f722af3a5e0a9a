import Foundation
import LambdaRuntime

/// Turns a function's proxy answer into the HTTP response, as API Gateway
/// REST does: only `statusCode`, `headers`, `multiValueHeaders`, `body` and
/// `isBase64Encoded` are allowed (anything else, or no status code, is a
/// malformed proxy response: 502); `headers` and `multiValueHeaders` merge,
/// the multi-value ones winning for a name in both; `Content-Type` defaults to
/// `application/json`; a base64 body is decoded when `BinaryMediaTypes` covers
/// the response's type or the request's `Accept`.
enum ProxyResponseMapper {
    static let allowedKeys: Set<String> = ["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded", "cookies"]

    static func map(_ payload: [UInt8], requestId: String, accept: String?, binaryMediaTypes: [String]) -> HTTPServer.Response? {
        guard let answer = try? JSONValue.parse(payload), let members = answer.object,
              members.keys.allSatisfy(allowedKeys.contains),
              let statusNumber = members["statusCode"]?.number ?? members["statusCode"]?.string.flatMap(Double.init),
              statusNumber >= 100, statusNumber < 600, statusNumber == statusNumber.rounded() else { return nil }
        var headers: [(String, String)] = []
        let multi = members["multiValueHeaders"]?.object ?? [:]
        for (name, value) in members["headers"]?.object ?? [:] where !multi.keys.contains(name) {
            guard let text = text(value) else { return nil }
            headers.append((name, text))
        }
        for (name, values) in multi {
            guard let list = values.array else { return nil }
            for value in list {
                guard let text = text(value) else { return nil }
                headers.append((name, text))
            }
        }
        let contentType = headers.first { asciiCaseInsensitiveEquals($0.0, "Content-Type") }?.1
        if contentType == nil { headers.append(("Content-Type", "application/json")) }
        headers.append(("x-amzn-RequestId", requestId))
        var body: [UInt8] = []
        switch members["body"] {
        case .string(let text)?: body = Array(text.utf8)
        case nil, .null?: break
        default: return nil
        }
        if case .bool(true)? = members["isBase64Encoded"],
           ProxyEventWriter.isBinary(contentType, binaryMediaTypes) || ProxyEventWriter.isBinary(accept, binaryMediaTypes) {
            guard let decoded = Base64.decode(String(decoding: body, as: UTF8.self)) else { return nil }
            body = decoded
        }
        return HTTPServer.Response(status: Int(statusNumber), headers: headers, body: body)
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }
}
