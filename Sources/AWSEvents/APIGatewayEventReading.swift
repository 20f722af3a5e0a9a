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
            switch value {
            case .string(let text): result[name] = JSONScalar(text)
            case .bool(let flag): result[name] = JSONScalar(flag ? "true" : "false")
            case .number(let number): result[name] = JSONScalar(JSONScalar.text(of: number))
            case .null: result[name] = JSONScalar("")
            case .object, .array: throw EventShapeError(path: sub(key), problem: "expected strings, numbers or booleans")
            }
        }
        return result
    }

    private func sub(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
}

extension JSONScalar {
    /// A number as `JSONDecoder` would have read it: integral values as integers, others as doubles.
    static func text(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 9.2e18 { return String(Int64(number)) }
        return String(number)
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
            requestContext: RequestContext(
                accountId: try context.optionalString("accountId"), apiId: try context.optionalString("apiId"),
                stage: try context.optionalString("stage"), requestId: try context.optionalString("requestId"),
                resourcePath: try context.optionalString("resourcePath"), httpMethod: try context.optionalString("httpMethod"),
                path: try context.optionalString("path"), requestTimeEpoch: try context.optionalInt64("requestTimeEpoch"),
                authorizer: try context.optionalScalarMap("authorizer"), identity: try context.optionalScalarMap("identity")),
            body: try event.optionalString("body"), isBase64Encoded: try event.optionalBool("isBase64Encoded"))
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

enum ProxyResponseJSON {
    static func write(statusCode: Int, headers: [String: String]?, cookies: [String]?, body: String, isBase64Encoded: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.utf8.count + 128)
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
        JSONText.appendQuoted(body, to: &out)
        out.append(contentsOf: (isBase64Encoded ? #","isBase64Encoded":true}"# : #","isBase64Encoded":false}"#).utf8)
        return out
    }
}
