import AWSEvents
import Foundation
import LambdaRuntime
import Testing

/// `APIGatewayProxyRequest.readDirect` (the one-pass read of REST events) gives exactly what the reference
/// path (`JSONValue.parse` + `init(json:)`) gives, and answers nil whenever the reference refuses or the
/// event is not a REST event, so the handler's reference path keeps every error as it was.
@Suite struct APIEventDirectReadingTests {
    @Test func everyRESTFixtureReadsAsTheReferencePathReadsIt() throws {
        var count = 0
        for folder in ["health", "summarizer", "file-processor", "chat"] {
            for url in FixtureTests.fixtures(folder) {
                let bytes = Array(try Data(contentsOf: url))
                let json = try JSONValue.parse(bytes)
                guard json["version"]?.string != "2.0", json["httpMethod"]?.string != nil else {
                    #expect(APIGatewayProxyRequest.readDirect(bytes) == nil, "\(url.lastPathComponent) is not a REST event")
                    continue
                }
                let direct = try #require(APIGatewayProxyRequest.readDirect(bytes), "\(url.lastPathComponent)")
                #expect(try APIEventReadingTests.canonical(direct) == APIEventReadingTests.canonical(APIGatewayProxyRequest(json: json)),
                        "\(url.lastPathComponent)")
                count += 1
            }
        }
        #expect(count >= 10)
    }

    @Test func membersInAnyOrderWithNullsEscapesAndUnknownsReadAsTheReferenceReadsThem() throws {
        let event = #"""
        { "extra": {"nested": [1, {"a": null}]}, "body" : "{\"x\":\"\u00f1\\n\"}", "isBase64Encoded": false,
          "requestContext": {"identity": {"sourceIp": "203.0.113.1", "n": 2, "b": true, "z": null}, "requestId": "r-1",
                             "requestTimeEpoch": 1733011200123, "authorizer": null, "unknown": {"k": [true]}},
          "multiValueHeaders": {"Accept": ["a", "b"], "X-Empty": []}, "headers": {"Accept": "b", "\u0048ost": "h"},
          "pathParameters": null, "queryStringParameters": {"q": "ü"}, "multiValueQueryStringParameters": {"q": ["ü"]},
          "stageVariables": {}, "httpMethod": "post", "path": "/r/1", "resource": "/r/{id}", "version": "1.0" }
        """#
        let bytes = Array(event.utf8)
        let direct = try #require(APIGatewayProxyRequest.readDirect(bytes))
        #expect(try APIEventReadingTests.canonical(direct) == APIEventReadingTests.canonical(APIGatewayProxyRequest(json: JSONValue.parse(bytes))))
        #expect(direct.headers?["Host"] == "h" && direct.body == "{\"x\":\"ñ\\n\"}" && direct.requestContext.identity?["n"]?.text == "2")
    }

    @Test(arguments: [
        // Wrong types, missing members (the reference's EventShapeError)
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"a":1}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"multiValueHeaders":{"a":"b"}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"isBase64Encoded":"true"}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"authorizer":{"a":{}}}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"requestTimeEpoch":1.5}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET"}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":null}"#,
        #"{"resource":1,"path":"/r","httpMethod":"GET","requestContext":{}}"#,
        #"{"path":"/r","httpMethod":"GET","requestContext":{}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":null,"requestContext":{}}"#,
        // Not JSON, or JSON the strict reader refuses (duplicates anywhere, invalid UTF-8 escapes, trailing bytes)
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{}} x"#,
        #"{"resource":"/r","resource":"/s","path":"/r","httpMethod":"GET","requestContext":{}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"a":1,"a":2}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"a":"1","a":"2"}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"x":1,"x":2}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"x":{"y":1,"y":2}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"body":"\ud800"}"#,
        #"["resource"]"#,
        // An HTTP API event
        #"{"version":"2.0","routeKey":"GET /r","rawPath":"/r","requestContext":{"http":{"method":"GET","path":"/r"}},"httpMethod":"GET","resource":"/r","path":"/r"}"#,
    ])
    func whatTheReferenceRefusesOrReadsAsAnotherKindIsNotReadDirectly(event: String) {
        #expect(APIGatewayProxyRequest.readDirect(Array(event.utf8)) == nil)
    }

    @Test func invalidUTF8IsNotReadDirectly() {
        var bytes = Array(#"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"body":"ab"}"#.utf8)
        let quote = bytes.lastIndex(of: UInt8(ascii: "b"))!
        bytes[quote] = 0xC3 // a lead byte with no continuation
        #expect(APIGatewayProxyRequest.readDirect(bytes) == nil)
        #expect((try? JSONValue.parse(bytes)) == nil)
    }

    @Test func nestingBeyondTheBoundIsNotReadDirectly() {
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let event = #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"x":"# + deep + "}"
        #expect(APIGatewayProxyRequest.readDirect(Array(event.utf8)) == nil)
        #expect((try? JSONValue.parse(event)) == nil)
    }
}
