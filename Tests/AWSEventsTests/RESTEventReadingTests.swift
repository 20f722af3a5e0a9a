@testable import APIHandlingCore
import AWSEvents
import Foundation
import LambdaRuntime
import Testing

/// `RESTEvent.read` (the API functions' one-pass read of a REST event into what `APIRequest` is made of) answers what
/// the reference path answers — `JSONValue.parse`, `APIGatewayProxyRequest(json:)`, `APIRequest(v1:)` and CORSPolicy's
/// reading of the Origin — and nil whenever the reference refuses the event, reads it as another kind, or could answer
/// in more than one way, so `APIGatewayHandler` then takes the reference path.
@Suite struct RESTEventReadingTests {
    /// The request and Origin the reference path gives, as comparable text.
    static func reference(_ bytes: [UInt8]) throws -> String {
        let event = try APIGatewayProxyRequest(json: JSONValue.parse(bytes))
        let request = try APIRequest(v1: event, lambdaRequestId: "lambda-req")
        let origin = CORSPolicy.origin(in: event.headers) ?? CORSPolicy.lastOrigin(in: event.multiValueHeaders)
        return describe(request, origin: origin)
    }

    static func direct(_ bytes: [UInt8]) throws -> String? {
        guard let event = RESTEvent.read(bytes) else { return nil }
        return describe(try event.request(lambdaRequestId: "lambda-req"), origin: event.origin)
    }

    static func describe(_ r: APIRequest, origin: String?) -> String {
        func sorted<V>(_ map: [String: V]?) -> String { map.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&") } ?? "nil" }
        return [r.method, r.resource, r.path, sorted(r.pathParameters), sorted(r.query), sorted(r.headers), r.body.description,
                sorted(r.authorizerContext), r.requestId, origin ?? "nil"].joined(separator: "|")
    }

    @Test func everyRESTFixtureReadsAsTheReferencePathReadsIt() throws {
        var count = 0
        for folder in ["health", "summarizer", "file-processor", "chat"] {
            for url in FixtureTests.fixtures(folder) {
                let bytes = Array(try Data(contentsOf: url))
                let json = try JSONValue.parse(bytes)
                guard json["version"]?.string != "2.0", json["httpMethod"]?.string != nil else {
                    #expect(RESTEvent.read(bytes) == nil, "\(url.lastPathComponent) is not a REST event")
                    continue
                }
                #expect(try Self.direct(bytes) == Self.reference(bytes), "\(url.lastPathComponent)")
                count += 1
            }
        }
        #expect(count >= 10)
    }

    @Test(arguments: [
        // Members in any order, nulls, escapes, unknown members, the multi-value maps before and after the single ones.
        #"""
        { "extra": {"nested": [1, {"a": null}]}, "body" : "{\"x\":\"\u00f1\\n\"}", "isBase64Encoded": false,
          "requestContext": {"identity": {"sourceIp": "203.0.113.1", "n": 2, "b": true, "z": null, "e": "\u00e9"}, "requestId": "r-1",
                             "requestTimeEpoch": 1733011200123, "authorizer": {"sub": "s", "n": 1.5, "t": true, "z": null}, "unknown": {"k": [true]}},
          "multiValueHeaders": {"Accept": ["a", "b"], "X-Empty": [], "Origin": ["https://a.example", "https://b.example"]},
          "headers": {"accept": "b", "Host": "h"},
          "pathParameters": null, "queryStringParameters": {"q": "ü"}, "multiValueQueryStringParameters": {"q": ["ü", "v"]},
          "stageVariables": {}, "httpMethod": "post", "path": "/r/1", "resource": "/r/{id}", "version": "1.0" }
        """#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"Origin":"https://o.example","X-A":"1"},"multiValueHeaders":{"origin":["x"],"X-B":["1","2"]}}"#,
        #"{"multiValueQueryStringParameters":{"a":["1","2"]},"queryStringParameters":{"a":"2"},"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"requestId":null}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"authorizer":null,"identity":null},"queryStringParameters":{"a":"1","b":""},"isBase64Encoded":true,"body":"aGk="}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"requestId":"bad id with spaces"},"body":null,"headers":null,"multiValueHeaders":null}"#,
    ])
    func eventsReadAsTheReferenceReadsThem(event: String) throws {
        let bytes = Array(event.utf8)
        let direct = try #require(try Self.direct(bytes))
        #expect(direct == (try Self.reference(bytes)))
    }

    @Test(arguments: [
        // What the reference refuses: wrong types, missing members, duplicates anywhere, invalid strings, trailing bytes
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"a":1}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"multiValueHeaders":{"a":"b"}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"multiValueHeaders":{"a":[1]}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"a":"1"},"multiValueHeaders":{"a":[1]}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"isBase64Encoded":"true"}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"authorizer":{"a":{}}}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"identity":{"a":[]}}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"identity":{"a":"1","a":"2"}}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"stage":1}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"requestTimeEpoch":1.5}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"stageVariables":{"a":1}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"multiValueQueryStringParameters":{"a":["1"]},"queryStringParameters":{"a":1}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET"}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":null}"#,
        #"{"resource":1,"path":"/r","httpMethod":"GET","requestContext":{}}"#,
        #"{"path":"/r","httpMethod":"GET","requestContext":{}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":null,"requestContext":{}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{}} x"#,
        #"{"resource":"/r","resource":"/s","path":"/r","httpMethod":"GET","requestContext":{}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"a":1,"a":2}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"a":"1","a":"2"}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"x":1,"x":2}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"x":{"y":1,"y":2}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"body":"\ud800"}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"stage":"\ud800"}}"#,
        #"["resource"]"#,
        // An HTTP API event
        #"{"version":"2.0","routeKey":"GET /r","rawPath":"/r","requestContext":{"http":{"method":"GET","path":"/r"}},"httpMethod":"GET","resource":"/r","path":"/r"}"#,
        // Answers the reference could give in more than one way (names equal but for case), or names it leaves to the reference
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"Accept":"1","accept":"2"}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"multiValueHeaders":{"Accept":["1"],"accept":["2"]}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"\u0041ccept":"1"}}"#,
    ])
    func whatTheReferenceRefusesOrMightReadOtherwiseIsNotReadDirectly(event: String) {
        #expect(RESTEvent.read(Array(event.utf8)) == nil)
    }

    @Test func invalidUTF8InASkippedMemberIsNotReadDirectly() {
        var bytes = Array(#"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"identity":{"a":"xb"}}}"#.utf8)
        bytes[bytes.lastIndex(of: UInt8(ascii: "b"))!] = 0xC3 // a lead byte with no continuation
        #expect(RESTEvent.read(bytes) == nil)
        #expect((try? JSONValue.parse(bytes)) == nil)
    }

    @Test func nestingBeyondTheBoundIsNotReadDirectly() {
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let event = #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"x":"# + deep + "}"
        #expect(RESTEvent.read(Array(event.utf8)) == nil)
        #expect((try? JSONValue.parse(event)) == nil)
    }

    @Test func aBase64BodyThatIsNotBase64IsTheReferencesError() throws {
        let bytes = Array(#"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"isBase64Encoded":true,"body":"***"}"#.utf8)
        let event = try #require(RESTEvent.read(bytes))
        #expect(throws: APIError.self) { try event.request(lambdaRequestId: "x") }
    }
}
