import AWSEvents
import Foundation
import LambdaRuntime
import Testing

/// The strict-reader decoding of API Gateway events (the hot path) agrees with the Codable shapes on every
/// fixture, and refuses what `JSONDecoder` refuses: a member of the wrong type is an invalid event.
@Suite struct APIEventReadingTests {
    static func canonical<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func everyAPIFixtureReadsAsJSONDecoderReadsIt() throws {
        var count = 0
        for folder in ["health", "summarizer", "file-processor", "chat"] {
            for url in FixtureTests.fixtures(folder) {
                let data = try Data(contentsOf: url)
                let json = try JSONValue.parse(Array(data))
                if json["version"]?.string == "2.0" {
                    let strict = try APIGatewayV2Request(json: json)
                    #expect(try Self.canonical(strict) == Self.canonical(JSONDecoder().decode(APIGatewayV2Request.self, from: data)), "\(url.lastPathComponent)")
                    count += 1
                } else if json["httpMethod"]?.string != nil {
                    let strict = try APIGatewayProxyRequest(json: json)
                    #expect(try Self.canonical(strict) == Self.canonical(JSONDecoder().decode(APIGatewayProxyRequest.self, from: data)), "\(url.lastPathComponent)")
                    count += 1
                }
            }
        }
        #expect(count >= 12)
    }

    @Test func authorizerContextScalarsKeepTheirText() throws {
        let json = try JSONValue.parse(#"""
        {"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"requestTimeEpoch":1733011200123,
         "authorizer":{"sub":"u","integrationLatency":3,"ratio":0.25,"admin":false,"empty":null}}}
        """#)
        let context = try APIGatewayProxyRequest(json: json).requestContext
        #expect(context.requestTimeEpoch == 1_733_011_200_123)
        #expect(context.authorizer?["integrationLatency"]?.text == "3" && context.authorizer?["ratio"]?.text == "0.25")
        #expect(context.authorizer?["admin"]?.text == "false" && context.authorizer?["empty"]?.text == "")
    }

    @Test(arguments: [
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"headers":{"a":1}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"multiValueHeaders":{"a":"b"}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{},"isBase64Encoded":"true"}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"authorizer":{"a":{}}}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET","requestContext":{"requestTimeEpoch":1.5}}"#,
        #"{"resource":"/r","path":"/r","httpMethod":"GET"}"#,
        #"{"resource":1,"path":"/r","httpMethod":"GET","requestContext":{}}"#,
    ])
    func wrongTypesAreInvalidLikeJSONDecoderSays(event: String) throws {
        #expect(throws: EventShapeError.self) { try APIGatewayProxyRequest(json: JSONValue.parse(event)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(APIGatewayProxyRequest.self, from: Data(event.utf8)) }
    }

    @Test func v2WithoutItsHTTPBlockIsInvalid() throws {
        let event = #"{"version":"2.0","routeKey":"GET /r","rawPath":"/r","requestContext":{}}"#
        #expect(throws: EventShapeError.self) { try APIGatewayV2Request(json: JSONValue.parse(event)) }
    }

    @Test func responsesAreTheCodableShapesWrittenByHand() throws {
        let response = APIGatewayProxyResponse(statusCode: 201, headers: ["Location": "/reports/1", "Content-Type": "application/json"],
                                               body: "{\"a\":\"ñ \\\" \u{2028}\"}")
        let decoded = try JSONDecoder().decode(APIGatewayProxyResponse.self, from: Data(response.jsonBytes))
        #expect(decoded.statusCode == 201 && decoded.headers == response.headers && decoded.body == response.body && !decoded.isBase64Encoded)
        let v2 = APIGatewayV2Response(statusCode: 404, headers: nil, body: "")
        let decodedV2 = try JSONDecoder().decode(APIGatewayV2Response.self, from: Data(v2.jsonBytes))
        #expect(decodedV2.statusCode == 404 && decodedV2.headers == nil && decodedV2.body == "")
    }
}
