import AWSEvents
import LambdaRuntime

/// A REST (v1) event read in one pass straight into what `APIRequest` is made of: the path every API invocation
/// takes. It builds only what a route can see (no `APIGatewayProxyRequest` in between, no `identity` map, no
/// `stageVariables`, no second copy of a header that `headers` already carries) and checks everything else as the
/// reference path checks it (`JSONValue.parse`, `APIGatewayProxyRequest(json:)`, `APIRequest(v1:)`). It answers nil
/// whenever the reference would refuse the event, read it as an HTTP API event, or could answer in more than one way
/// (two header names that differ only in case: the reference keeps whichever its dictionary yields last) — and also
/// for the rare event it does not read itself (a member or header name with escapes or non-ASCII bytes), so the
/// handler takes the reference path for all of those. When it answers, it answers what the reference answers.
struct RESTEvent {
    var method: String, resource: String, path: String
    var pathParameters: [String: String]?
    var query: [String: [String]]
    /// Lower-cased names; a `multiValueHeaders` name absent from `headers` gets its values joined with commas.
    var headers: [String: String]
    /// The request's `Origin` as `CORSPolicy.origin(in:) ?? CORSPolicy.lastOrigin(in:)` reads it from the event.
    var origin: String?
    var body: String?
    var isBase64Encoded: Bool?
    var authorizer: [String: String]?
    var requestId: String?

    /// The request a route sees (`APIRequest(v1:lambdaRequestId:)`'s answer for the same event).
    func request(lambdaRequestId: String) throws(APIError) -> APIRequest {
        APIRequest(method: method.uppercased(), resource: resource, path: path, pathParameters: pathParameters ?? [:], query: query,
                   headers: headers, body: try APIRequest.decodeBody(body, base64: isBase64Encoded ?? false),
                   authorizerContext: authorizer, requestId: APIRequest.requestId(requestId, else: lambdaRequestId))
    }

    static func read(_ bytes: [UInt8]) -> RESTEvent? {
        try? JSONPullReader.read(bytes) { (reader) throws(JSONPullReader.ParseError) -> RESTEvent in
            var fields = Fields()
            try forEachMember(&reader) { (name, reader) throws(ParseError) in try fields.read(name, &reader) }
            try reader.end()
            return try fields.event()
        }
    }

    private typealias ParseError = JSONPullReader.ParseError
    private typealias Name = UnsafeBufferPointer<UInt8>

    /// One object, member by member: `member` reads each value; a repeated name is refused, as the strict reader
    /// refuses it (names of printable ASCII without escapes, else the event goes to the reference path).
    private static func forEachMember(_ reader: inout JSONPullReader,
                                      _ member: (Name, inout JSONPullReader) throws(ParseError) -> Void) throws(ParseError) {
        try reader.beginObject()
        var names = SeenNames()
        var first = true
        while let name = try reader.nextPlainMember(first: first) {
            first = false
            try names.insert(name)
            try member(name, &reader)
        }
    }

    /// The member names of one object.
    private struct SeenNames {
        var names: [Name] = []
        init() { names.reserveCapacity(24) }
        mutating func insert(_ name: Name) throws(ParseError) {
            for seen in names where sameBytes(seen, name) { throw ParseError() }
            names.append(name)
        }
    }

    private struct Fields {
        var resource: String?, path: String?, httpMethod: String?, body: String?, isBase64Encoded: Bool?
        var headers: [String: String]?
        /// `multiValueHeaders` entries not (yet) known to be in `headers`, values joined; `multiOrigin` its Origin's last value.
        var multiHeaders: [String: String]?
        var multiOrigin: String?
        var headerOrigin: String?
        /// The names of `headers` as they came (valid while reading): a `multiValueHeaders` name is looked up among them.
        var headerNames: [Name] = []
        var single: [String: String]?, multi: [String: [String]]?, multiSeen = false
        var pathParameters: [String: String]?
        var sawContext = false, authorizer: [String: String]?, requestId: String?

        mutating func read(_ name: Name, _ reader: inout JSONPullReader) throws(ParseError) {
            if is_(name, "requestContext") {
                guard try !reader.null() else { throw ParseError() } // required: the reference refuses null
                try readContext(&reader)
                sawContext = true
                return
            }
            if is_(name, "version") {
                // An HTTP API event (the reference reads it as one); any other version is read as REST.
                if try !reader.null(), case .string("2.0") = try reader.value(depth: 1) { throw ParseError() }
                return
            }
            guard try !reader.null() else {
                // JSON null is an absent member; the three required strings may not be null.
                if is_(name, "resource") || is_(name, "path") || is_(name, "httpMethod") { throw ParseError() }
                return
            }
            if is_(name, "resource") { resource = try reader.string() }
            else if is_(name, "path") { path = try reader.string() }
            else if is_(name, "httpMethod") { httpMethod = try reader.string() }
            else if is_(name, "headers") { try readHeaders(&reader) }
            else if is_(name, "multiValueHeaders") { try readMultiValueHeaders(&reader) }
            else if is_(name, "queryStringParameters") {
                // Only read when no multi-value map came first: the multi-value map is the query when present.
                if multiSeen { try skipStringMap(&reader) } else { single = try reader.stringMap() }
            }
            else if is_(name, "multiValueQueryStringParameters") { multi = try reader.stringListMap(); multiSeen = true }
            else if is_(name, "pathParameters") { pathParameters = try reader.stringMap() }
            else if is_(name, "stageVariables") { try skipStringMap(&reader) }
            else if is_(name, "body") { body = try reader.string() }
            else if is_(name, "isBase64Encoded") { isBase64Encoded = try reader.bool() }
            else { _ = try reader.skip(depth: 1) }
        }

        func event() throws(ParseError) -> RESTEvent {
            guard let resource, let path, let httpMethod, sawContext else { throw ParseError() }
            var headers = headers ?? [:]
            if let multiHeaders {
                for (name, value) in multiHeaders where headers[name] == nil { headers[name] = value }
            }
            let query: [String: [String]] = multi ?? single.map { $0.mapValues { [$0] } } ?? [:]
            return RESTEvent(method: httpMethod, resource: resource, path: path, pathParameters: pathParameters, query: query,
                             headers: headers, origin: headerOrigin ?? multiOrigin,
                             body: body, isBase64Encoded: isBase64Encoded, authorizer: authorizer, requestId: requestId)
        }

        /// `headers`: names lower-cased; two names equal but for case → nil (see the type's comment).
        mutating func readHeaders(_ reader: inout JSONPullReader) throws(ParseError) {
            try reader.beginObject()
            var map = [String: String](minimumCapacity: 16)
            var first = true
            while let name = try reader.nextPlainMember(first: first) {
                first = false
                let key = Self.lowercased(name)
                let value = try reader.string()
                guard map.updateValue(value, forKey: key) == nil else { throw ParseError() }
                if key == "origin" { headerOrigin = value }
                headerNames.append(name)
            }
            headers = map
        }

        /// `multiValueHeaders`: a name `headers` already carries is checked and dropped (APIRequest keeps the single
        /// value); the others joined with commas, as `APIRequest(v1:)` merges them.
        mutating func readMultiValueHeaders(_ reader: inout JSONPullReader) throws(ParseError) {
            try reader.beginObject()
            var map = [String: String](minimumCapacity: 4)
            var names: [Name] = []
            var first = true
            while let name = try reader.nextPlainMember(first: first) {
                first = false
                for seen in names where sameLettersIgnoringCase(seen, name) { throw ParseError() }
                names.append(name)
                try reader.beginArray()
                // Compared by bytes, case aside: no `String` for a name `headers` carries (API Gateway sends both maps).
                if headerNames.contains(where: { sameLettersIgnoringCase($0, name) }) {
                    var firstItem = true
                    while try reader.nextElement(first: firstItem) {
                        firstItem = false
                        guard try reader.skip(depth: 2) == .string else { throw ParseError() }
                    }
                    continue
                }
                var items: [String] = []
                var firstItem = true
                while try reader.nextElement(first: firstItem) {
                    firstItem = false
                    items.append(try reader.string())
                }
                let key = Self.lowercased(name)
                if key == "origin" { multiOrigin = items.last ?? "" }
                map[key] = items.joined(separator: ",")
            }
            multiHeaders = map
        }

        /// `requestContext`: its request id and authorizer context; every other member checked and dropped.
        mutating func readContext(_ reader: inout JSONPullReader) throws(ParseError) {
            try RESTEvent.forEachMember(&reader) { (name, reader) throws(ParseError) in
                if is_(name, "requestId") {
                    requestId = nil
                    if try !reader.null() { requestId = try reader.string() }
                } else if is_(name, "authorizer") {
                    authorizer = nil
                    if try !reader.null() { authorizer = try Self.scalarMap(&reader) }
                } else if is_(name, "identity") {
                    // Strings, numbers, booleans or null, as `APIGatewayProxyRequest` reads them; no route reads it.
                    guard try !reader.null() else { return }
                    try RESTEvent.forEachMember(&reader) { (_, reader) throws(ParseError) in
                        let kind = try reader.skip(depth: 3)
                        guard kind != .object, kind != .array else { throw ParseError() }
                    }
                } else if is_(name, "requestTimeEpoch") {
                    switch try reader.value(depth: 2) {
                    case .null: break
                    case .number(let number) where number.rounded() == number && abs(number) < 9.0e15: break
                    default: throw ParseError()
                    }
                } else if is_(name, "accountId") || is_(name, "apiId") || is_(name, "stage") || is_(name, "resourcePath")
                            || is_(name, "httpMethod") || is_(name, "path") {
                    let kind = try reader.skip(depth: 2)
                    guard kind == .string || kind == .null else { throw ParseError() }
                } else {
                    _ = try reader.skip(depth: 2)
                }
            }
        }

        /// A map of strings checked and dropped (values must be strings).
        func skipStringMap(_ reader: inout JSONPullReader) throws(ParseError) {
            try RESTEvent.forEachMember(&reader) { (_, reader) throws(ParseError) in
                guard try reader.skip(depth: 2) == .string else { throw ParseError() }
            }
        }

        /// Authorizer context values kept as text, as `JSONScalar` keeps them (null → "").
        static func scalarMap(_ reader: inout JSONPullReader) throws(ParseError) -> [String: String] {
            try reader.beginObject()
            var map = [String: String](minimumCapacity: 8)
            var first = true
            while let name = try reader.nextMember(first: first) {
                first = false
                guard let text = JSONScalar.text(of: try reader.value(depth: 3)) else { throw ParseError() }
                guard map.updateValue(text, forKey: name) == nil else { throw ParseError() }
            }
            return map
        }

        /// A plain (ASCII) name lower-cased as `String.lowercased()` lower-cases ASCII.
        static func lowercased(_ name: Name) -> String {
            String(unsafeUninitializedCapacity: name.count) { buffer in
                for (index, byte) in name.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return name.count
            }
        }
    }
}

/// Whether plain member name `name` is `literal`.
@inline(__always)
private func is_(_ name: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    sameBytes(name, UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
}

/// ASCII case-insensitive byte equality (plain names are ASCII), lengths first.
private func sameLettersIgnoringCase(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for index in 0..<a.count where a[index] != b[index] {
        let x = a[index] >= 0x41 && a[index] <= 0x5A ? a[index] + 32 : a[index]
        let y = b[index] >= 0x41 && b[index] <= 0x5A ? b[index] + 32 : b[index]
        if x != y { return false }
    }
    return true
}

/// Byte equality, lengths first (`elementsEqual` walks both sequences even when their lengths differ).
@inline(__always)
private func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for index in 0..<a.count where a[index] != b[index] { return false }
    return true
}
