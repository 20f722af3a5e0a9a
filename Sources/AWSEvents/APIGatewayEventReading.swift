import LambdaRuntime

/// API Gateway proxy events read with the one strict JSON reader (`LambdaRuntime.JSONValue`) instead of
/// `JSONDecoder`: this runs on every API invocation. Same conformance as the Codable shapes: a member of
/// the wrong type is an invalid event (never half-read), JSON null is an absent member, unknown members
/// are ignored. Errors name our own field paths only, never the caller's map keys or values.
public struct EventShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String
    public var description: String { "\(problem) at \(path)" }
}

struct EventReader {
    let path: String
    let members: [String: JSONValue]

    init(_ value: JSONValue, path: String) throws(EventShapeError) {
        guard let members = value.object else { throw EventShapeError(path: path, problem: "expected an object") }
        self.path = path
        self.members = members
    }

    /// nil when absent or null.
    func value(_ key: String) -> JSONValue? {
        guard let value = members[key], value != .null else { return nil }
        return value
    }

    func string(_ key: String) throws(EventShapeError) -> String {
        guard let text = try optionalString(key) else { throw EventShapeError(path: sub(key), problem: "missing string") }
        return text
    }

    func optionalString(_ key: String) throws(EventShapeError) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.string else { throw EventShapeError(path: sub(key), problem: "expected a string") }
        return text
    }

    func optionalBool(_ key: String) throws(EventShapeError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else { throw EventShapeError(path: sub(key), problem: "expected a boolean") }
        return flag
    }

    func optionalInt64(_ key: String) throws(EventShapeError) -> Int64? {
        guard let value = value(key) else { return nil }
        guard let number = value.number, number.rounded() == number, abs(number) < 9.0e15 else {
            throw EventShapeError(path: sub(key), problem: "expected an integer")
        }
        return Int64(number)
    }

    func object(_ key: String) throws(EventShapeError) -> EventReader {
        guard let value = value(key) else { throw EventShapeError(path: sub(key), problem: "missing object") }
        return try EventReader(value, path: sub(key))
    }

    func optionalObject(_ key: String) throws(EventShapeError) -> EventReader? {
        guard let value = value(key) else { return nil }
        return try EventReader(value, path: sub(key))
    }

    /// A map of strings (headers, parameters); null values are dropped as `JSONDecoder` would refuse them.
    func optionalStringMap(_ key: String) throws(EventShapeError) -> [String: String]? {
        guard let map = try optionalObject(key) else { return nil }
        var result: [String: String] = [:]
        result.reserveCapacity(map.members.count)
        for (name, value) in map.members {
            guard let text = value.string else { throw EventShapeError(path: sub(key), problem: "expected string values") }
            result[name] = text
        }
        return result
    }

    func optionalStringListMap(_ key: String) throws(EventShapeError) -> [String: [String]]? {
        guard let map = try optionalObject(key) else { return nil }
        var result: [String: [String]] = [:]
        for (name, value) in map.members {
            guard let items = value.array else { throw EventShapeError(path: sub(key), problem: "expected lists of strings") }
            var texts: [String] = []
            texts.reserveCapacity(items.count)
            for item in items {
                guard let text = item.string else { throw EventShapeError(path: sub(key), problem: "expected lists of strings") }
                texts.append(text)
            }
            result[name] = texts
        }
        return result
    }

    func optionalStringList(_ key: String) throws(EventShapeError) -> [String]? {
        guard let value = value(key) else { return nil }
        guard let items = value.array else { throw EventShapeError(path: sub(key), problem: "expected a list of strings") }
        var texts: [String] = []
        for item in items {
            guard let text = item.string else { throw EventShapeError(path: sub(key), problem: "expected a list of strings") }
            texts.append(text)
        }
        return texts
    }

    /// Authorizer context values: strings, numbers or booleans, kept as text (null → "").
    func optionalScalarMap(_ key: String) throws(EventShapeError) -> [String: JSONScalar]? {
        guard let map = try optionalObject(key) else { return nil }
        var result: [String: JSONScalar] = [:]
        for (name, value) in map.members {
            guard let text = JSONScalar.text(of: value) else {
                throw EventShapeError(path: sub(key), problem: "expected strings, numbers or booleans")
            }
            result[name] = JSONScalar(text)
        }
        return result
    }

    private func sub(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
}

extension JSONScalar {
    /// A number as `JSONDecoder` would have read it: integral values as integers, others as doubles.
    public static func text(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 9.2e18 { return String(Int64(number)) }
        return String(number)
    }

    /// A scalar value as the events keep it: a string as is, a boolean or number as written, null as "";
    /// nil for an object or array (which no scalar map may hold).
    public static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return text(of: number)
        case .null: return ""
        case .object, .array: return nil
        }
    }
}

extension APIGatewayProxyRequest {
    public init(json: JSONValue) throws(EventShapeError) {
        let event = try EventReader(json, path: "")
        let context = try event.object("requestContext")
        self.init(
            resource: try event.string("resource"), path: try event.string("path"), httpMethod: try event.string("httpMethod"),
            headers: try event.optionalStringMap("headers"), multiValueHeaders: try event.optionalStringListMap("multiValueHeaders"),
            queryStringParameters: try event.optionalStringMap("queryStringParameters"),
            multiValueQueryStringParameters: try event.optionalStringListMap("multiValueQueryStringParameters"),
            pathParameters: try event.optionalStringMap("pathParameters"), stageVariables: try event.optionalStringMap("stageVariables"),
            requestContext: try RequestContext(context),
            body: try event.optionalString("body"), isBase64Encoded: try event.optionalBool("isBase64Encoded"))
    }

    /// The REST (v1) event read in one pass, members straight into their fields (no tree of the whole event,
    /// no second copy of every map): the path every API invocation takes. nil for anything but a well-formed
    /// v1 event of the expected member types — an HTTP API (`"version":"2.0"`) event, a wrong type, a
    /// missing member, invalid JSON — so the caller reads those with `JSONValue.parse` and `init(json:)`,
    /// whose answer (and error) is the reference. When this answers, it is the value `init(json:)` gives.
    public static func readDirect(_ bytes: [UInt8]) -> APIGatewayProxyRequest? {
        try? JSONPullReader.read(bytes) { (reader) throws(JSONPullReader.ParseError) -> APIGatewayProxyRequest in
            var fields = DirectFields()
            try reader.beginObject()
            var first = true
            var seenOther: [String] = []
            while let name = try reader.nextMember(first: first) {
                first = false
                guard try fields.read(name, &reader) else {
                    // Not a member of ours: read (strictly) and dropped; a repeated name is the reference path's error.
                    guard !seenOther.contains(name) else { throw JSONPullReader.ParseError() }
                    seenOther.append(name)
                    let value = try reader.value(depth: 1)
                    if name == "version", case .string("2.0") = value { throw JSONPullReader.ParseError() } // an HTTP API event
                    continue
                }
            }
            try reader.end()
            guard let resource = fields.resource, let path = fields.path, let httpMethod = fields.httpMethod,
                  let requestContext = fields.requestContext else {
                throw JSONPullReader.ParseError()
            }
            return APIGatewayProxyRequest(
                resource: resource, path: path, httpMethod: httpMethod, headers: fields.headers, multiValueHeaders: fields.multiValueHeaders,
                queryStringParameters: fields.queryStringParameters, multiValueQueryStringParameters: fields.multiValueQueryStringParameters,
                pathParameters: fields.pathParameters, stageVariables: fields.stageVariables, requestContext: requestContext,
                body: fields.body, isBase64Encoded: fields.isBase64Encoded)
        }
    }

    /// What `readDirect` collects; every member at most once (a repeated one is refused, as the reference refuses it).
    private struct DirectFields {
        var resource: String?, path: String?, httpMethod: String?, body: String?, isBase64Encoded: Bool?
        var headers: [String: String]?, queryStringParameters: [String: String]?, pathParameters: [String: String]?,
            stageVariables: [String: String]?
        var multiValueHeaders: [String: [String]]?, multiValueQueryStringParameters: [String: [String]]?
        var requestContext: RequestContext?
        var seen: UInt16 = 0

        /// Reads member `name` when it is one of ours (false: not ours, nothing consumed). JSON null is an absent member.
        mutating func read(_ name: String, _ reader: inout JSONPullReader) throws(JSONPullReader.ParseError) -> Bool {
            let bit: UInt16
            switch name {
            case "resource": bit = 1 << 0
            case "path": bit = 1 << 1
            case "httpMethod": bit = 1 << 2
            case "headers": bit = 1 << 3
            case "multiValueHeaders": bit = 1 << 4
            case "queryStringParameters": bit = 1 << 5
            case "multiValueQueryStringParameters": bit = 1 << 6
            case "pathParameters": bit = 1 << 7
            case "stageVariables": bit = 1 << 8
            case "requestContext": bit = 1 << 9
            case "body": bit = 1 << 10
            case "isBase64Encoded": bit = 1 << 11
            default: return false
            }
            guard seen & bit == 0 else { throw JSONPullReader.ParseError() }
            seen |= bit
            if try reader.null() { return true }
            switch bit {
            case 1 << 0: resource = try reader.string()
            case 1 << 1: path = try reader.string()
            case 1 << 2: httpMethod = try reader.string()
            case 1 << 3: headers = try reader.stringMap()
            case 1 << 4: multiValueHeaders = try reader.stringListMap()
            case 1 << 5: queryStringParameters = try reader.stringMap()
            case 1 << 6: multiValueQueryStringParameters = try reader.stringListMap()
            case 1 << 7: pathParameters = try reader.stringMap()
            case 1 << 8: stageVariables = try reader.stringMap()
            case 1 << 9: requestContext = try Self.requestContext(&reader)
            case 1 << 10: body = try reader.string()
            default: isBase64Encoded = try reader.bool()
            }
            return true
        }

        /// `requestContext` member by member, as `RequestContext.init(_ context: EventReader)` reads it.
        static func requestContext(_ reader: inout JSONPullReader) throws(JSONPullReader.ParseError) -> RequestContext {
            try reader.beginObject()
            var context = RequestContext()
            var first = true
            var seen: [String] = []
            seen.reserveCapacity(24)
            while let name = try reader.nextMember(first: first) {
                first = false
                guard !seen.contains(name) else { throw JSONPullReader.ParseError() }
                seen.append(name)
                switch name {
                case "accountId": context.accountId = try optionalString(&reader)
                case "apiId": context.apiId = try optionalString(&reader)
                case "stage": context.stage = try optionalString(&reader)
                case "requestId": context.requestId = try optionalString(&reader)
                case "resourcePath": context.resourcePath = try optionalString(&reader)
                case "httpMethod": context.httpMethod = try optionalString(&reader)
                case "path": context.path = try optionalString(&reader)
                case "requestTimeEpoch":
                    switch try reader.value(depth: 2) {
                    case .null: context.requestTimeEpoch = nil
                    case .number(let number) where number.rounded() == number && abs(number) < 9.0e15: context.requestTimeEpoch = Int64(number)
                    default: throw JSONPullReader.ParseError()
                    }
                case "authorizer": context.authorizer = try scalarMap(&reader)
                case "identity": context.identity = try scalarMap(&reader)
                default: _ = try reader.value(depth: 2)
                }
            }
            return context
        }

        static func optionalString(_ reader: inout JSONPullReader) throws(JSONPullReader.ParseError) -> String? {
            if try reader.null() { return nil }
            return try reader.string()
        }

        /// Strings, numbers or booleans kept as text, null as "" (`EventReader.optionalScalarMap`).
        static func scalarMap(_ reader: inout JSONPullReader) throws(JSONPullReader.ParseError) -> [String: JSONScalar]? {
            if try reader.null() { return nil }
            try reader.beginObject()
            var map = [String: JSONScalar](minimumCapacity: 16)
            var first = true
            while let name = try reader.nextMember(first: first) {
                first = false
                guard let text = JSONScalar.text(of: try reader.value(depth: 3)) else { throw JSONPullReader.ParseError() }
                guard map.updateValue(JSONScalar(text), forKey: name) == nil else { throw JSONPullReader.ParseError() }
            }
            return map
        }
    }
}

extension APIGatewayProxyRequest.RequestContext {
    init(_ context: EventReader) throws(EventShapeError) {
        self.init(
            accountId: try context.optionalString("accountId"), apiId: try context.optionalString("apiId"),
            stage: try context.optionalString("stage"), requestId: try context.optionalString("requestId"),
            resourcePath: try context.optionalString("resourcePath"), httpMethod: try context.optionalString("httpMethod"),
            path: try context.optionalString("path"), requestTimeEpoch: try context.optionalInt64("requestTimeEpoch"),
            authorizer: try context.optionalScalarMap("authorizer"), identity: try context.optionalScalarMap("identity"))
    }
}

extension APIGatewayV2Request {
    public init(json: JSONValue) throws(EventShapeError) {
        let event = try EventReader(json, path: "")
        let context = try event.object("requestContext")
        let http = try context.object("http")
        var authorizer: RequestContext.Authorizer?
        if let reader = try context.optionalObject("authorizer") {
            authorizer = RequestContext.Authorizer(
                lambda: try reader.optionalScalarMap("lambda"),
                jwt: try reader.optionalObject("jwt").map { (jwt) throws(EventShapeError) in
                    RequestContext.Authorizer.JWT(claims: try jwt.optionalScalarMap("claims"))
                })
        }
        self.init(
            version: try event.string("version"), routeKey: try event.string("routeKey"), rawPath: try event.string("rawPath"),
            rawQueryString: try event.optionalString("rawQueryString"), cookies: try event.optionalStringList("cookies"),
            headers: try event.optionalStringMap("headers"), queryStringParameters: try event.optionalStringMap("queryStringParameters"),
            pathParameters: try event.optionalStringMap("pathParameters"), stageVariables: try event.optionalStringMap("stageVariables"),
            requestContext: RequestContext(
                accountId: try context.optionalString("accountId"), apiId: try context.optionalString("apiId"),
                stage: try context.optionalString("stage"), requestId: try context.optionalString("requestId"),
                routeKey: try context.optionalString("routeKey"),
                http: RequestContext.HTTP(method: try http.string("method"), path: try http.string("path"),
                                          sourceIp: try http.optionalString("sourceIp")),
                authorizer: authorizer, timeEpoch: try context.optionalInt64("timeEpoch")),
            body: try event.optionalString("body"), isBase64Encoded: try event.optionalBool("isBase64Encoded"))
    }
}

extension APIGatewayProxyResponse {
    /// The response as Lambda returns it to API Gateway, written straight into bytes.
    public var jsonBytes: [UInt8] { ProxyResponseJSON.write(statusCode: statusCode, headers: headers, cookies: nil, body: body,
                                                            isBase64Encoded: isBase64Encoded) }
}

extension APIGatewayV2Response {
    public var jsonBytes: [UInt8] { ProxyResponseJSON.write(statusCode: statusCode, headers: headers, cookies: cookies, body: body,
                                                            isBase64Encoded: isBase64Encoded) }
}

extension APIGatewayProxyResponse {
    /// `APIGatewayProxyResponse(statusCode:headers:body: String(decoding: body, as: UTF8.self)).jsonBytes`, the same
    /// bytes, without making an ASCII body (every error, most answers) a `String` first: the API functions' answer.
    public static func jsonBytes(statusCode: Int, headers: [String: String], body: [UInt8]) -> [UInt8] {
        guard body.allSatisfy({ $0 < 0x80 }) else {
            return APIGatewayProxyResponse(statusCode: statusCode, headers: headers, body: String(decoding: body, as: UTF8.self)).jsonBytes
        }
        return ProxyResponseJSON.write(statusCode: statusCode, headers: headers, cookies: nil, bodyBytes: body.count, isBase64Encoded: false) { out in
            body.withUnsafeBufferPointer { bytes in JSONText.appendQuoted(utf8: bytes, to: &out) }
        }
    }
}

enum ProxyResponseJSON {
    static func write(statusCode: Int, headers: [String: String]?, cookies: [String]?, body: String, isBase64Encoded: Bool) -> [UInt8] {
        write(statusCode: statusCode, headers: headers, cookies: cookies, bodyBytes: body.utf8.count, isBase64Encoded: isBase64Encoded) {
            JSONText.appendQuoted(body, to: &$0)
        }
    }

    static func write(statusCode: Int, headers: [String: String]?, cookies: [String]?, bodyBytes: Int, isBase64Encoded: Bool,
                      appendBody: (inout [UInt8]) -> Void) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bodyBytes + 128)
        out.append(contentsOf: #"{"statusCode":"#.utf8)
        out.append(contentsOf: String(statusCode).utf8)
        if let headers {
            out.append(contentsOf: #","headers":{"#.utf8)
            // Sorted: the same response is always the same bytes.
            for (index, name) in headers.keys.sorted().enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONText.appendQuoted(name, to: &out)
                out.append(0x3A)
                JSONText.appendQuoted(headers[name]!, to: &out)
            }
            out.append(0x7D)
        }
        if let cookies {
            out.append(contentsOf: #","cookies":["#.utf8)
            for (index, cookie) in cookies.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONText.appendQuoted(cookie, to: &out)
            }
            out.append(0x5D)
        }
        out.append(contentsOf: #","body":"#.utf8)
        appendBody(&out)
        out.append(contentsOf: (isBase64Encoded ? #","isBase64Encoded":true}"# : #","isBase64Encoded":false}"#).utf8)
        return out
    }
}
