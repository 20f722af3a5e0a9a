import AWSEvents
import Foundation
import Testing

/// Every fixture under events/ decodes as the event kind its function takes.
@Suite struct FixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixtures(_ folder: String) -> [URL] {
        let dir = root.appendingPathComponent("events").appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test func apiFixturesDecode() throws {
        let decoder = JSONDecoder()
        var count = 0
        for folder in ["health", "summarizer", "file-processor", "chat"] {
            for url in Self.fixtures(folder) where !["s3-", "schedule-", "bda-"].contains(where: { url.lastPathComponent.hasPrefix($0) }) {
                let data = try Data(contentsOf: url)
                if url.lastPathComponent.contains("v2") {
                    _ = try decoder.decode(APIGatewayV2Request.self, from: data)
                } else {
                    let request = try decoder.decode(APIGatewayProxyRequest.self, from: data)
                    if folder != "health" {
                        #expect(request.requestContext.authorizer?["clinicId"] != nil, "\(url.lastPathComponent) lacks an authorizer context")
                    }
                }
                count += 1
            }
        }
        #expect(count >= 12)
    }

    @Test func authorizerFixturesDecode() throws {
        let dir = Self.root.appendingPathComponent("events/authorizer")
        let decoder = JSONDecoder()
        let token = try decoder.decode(APIGatewayTokenAuthorizerEvent.self, from: Data(contentsOf: dir.appendingPathComponent("token.json")))
        #expect(token.authorizationToken?.hasPrefix("Bearer ") == true)
        let v1 = try decoder.decode(APIGatewayRequestAuthorizerEvent.self, from: Data(contentsOf: dir.appendingPathComponent("request-v1.json")))
        #expect(v1.methodArn.hasPrefix("arn:aws:execute-api:"))
        let v2 = try decoder.decode(APIGatewayV2AuthorizerEvent.self, from: Data(contentsOf: dir.appendingPathComponent("request-v2.json")))
        #expect(v2.routeArn.hasPrefix("arn:aws:execute-api:"))
    }

    @Test func s3FixtureKeyDecodesToTheStoredName() throws {
        let dir = Self.root.appendingPathComponent("events/file-processor")
        let event = try JSONDecoder().decode(S3Event.self, from: Data(contentsOf: dir.appendingPathComponent("s3-object-created-put.json")))
        let expected = try String(contentsOf: dir.appendingPathComponent("s3-object-created-put.decoded-key.txt"), encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        #expect(event.Records.first?.eventName == "ObjectCreated:Put")
        #expect(event.Records.first?.s3.object.decodedKey == expected)
    }

    @Test(arguments: [
        ("plain/key.pdf", "plain/key.pdf"),
        ("with+spaces+here.txt", "with spaces here.txt"),
        ("a%2Bb.txt", "a+b.txt"),
        ("Informe+de+Jos%C3%A9+%C3%91u%C3%B1ez.pdf", "Informe de José Ñuñez.pdf"),
        ("%E8%A1%80%E6%B6%B2.png", "血液.png"),
        ("50%25+off", "50% off"),
    ])
    func s3KeysDecode(encoded: String, decoded: String) {
        #expect(S3KeyDecoding.decode(encoded) == decoded)
    }

    @Test(arguments: ["bad%2", "bad%zz", "%C3"])
    func malformedS3KeysAreRejected(encoded: String) {
        #expect(S3KeyDecoding.decode(encoded) == nil)
    }
}
