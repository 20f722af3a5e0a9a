import Foundation
import Testing
@testable import AWSClients
@testable import AWSClientsCore

/// The Swift signer against botocore: `Fixtures/sigv4_fixtures.json` is made by
/// `Fixtures/generate_sigv4_fixtures.py` with fixed credentials and time.
struct SigV4Fixtures: Decodable {
    struct Expected: Decodable {
        let canonicalRequest: String
        let stringToSign: String
        let signature: String
        let authorization: String?
        let amzDate: String?
        let contentSHA256: String?
        let url: String?
    }
    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let kind: String
        let service: String
        let region: String
        let method: String
        let url: String
        let headers: [[String]]
        let body: String
        let sessionToken: Bool
        let expires: Int?
        let expected: Expected
        let modelId: String?
        let operation: String?
        let bucket: String?
        let key: String?
        let endpoint: String?
        let contentType: String?
        var testDescription: String { name }
    }
    let accessKeyId: String
    let secretAccessKey: String
    let sessionToken: String
    let epochSeconds: Int64
    let cases: [Case]

    static let loaded: SigV4Fixtures = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sigv4_fixtures.json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(SigV4Fixtures.self, from: data)
    }()

    func signer(for testCase: Case) -> SigV4Signer {
        SigV4Signer(credentials: AWSCredentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey,
                                                sessionToken: testCase.sessionToken ? sessionToken : nil),
                    region: testCase.region, service: testCase.service)
    }
}

@Suite struct SigV4FixtureTests {
    static let fixtures = SigV4Fixtures.loaded

    @Test func fixturesCoverWhatTheIssueAsksFor() {
        let names = Self.fixtures.cases.map(\.name)
        for needle in ["plain model id", "inference profile id", "inference profile ARN", "Titan", "lab results", "a+b",
                       "ñandú", "double//slash", "./dot", "up/../", "presigned PUT", "Secrets Manager", "with session token"] {
            #expect(names.contains { $0.contains(needle) }, "no fixture for \(needle)")
        }
    }

    @Test(arguments: SigV4Fixtures.loaded.cases.filter { $0.kind == "header" })
    func headerSigningMatchesBotocore(_ testCase: SigV4Fixtures.Case) throws {
        var request = HTTPRequest(method: testCase.method, url: testCase.url,
                                  headers: testCase.headers.map { ($0[0], $0[1]) }, body: Array(testCase.body.utf8))
        let result = try Self.fixtures.signer(for: testCase).sign(&request, nowMs: Self.fixtures.epochSeconds * 1000)
        #expect(result.canonicalRequest == testCase.expected.canonicalRequest)
        #expect(result.stringToSign == testCase.expected.stringToSign)
        #expect(result.signature == testCase.expected.signature)
        #expect(request.header("Authorization") == testCase.expected.authorization)
        #expect(request.header("X-Amz-Date") == testCase.expected.amzDate)
        #expect(request.header("X-Amz-Content-SHA256") == testCase.expected.contentSHA256)
        #expect(request.header("X-Amz-Security-Token") == (testCase.sessionToken ? Self.fixtures.sessionToken : nil))
    }

    @Test(arguments: SigV4Fixtures.loaded.cases.filter { $0.kind == "query" })
    func presignedURLsMatchBotocore(_ testCase: SigV4Fixtures.Case) throws {
        let (url, result) = try Self.fixtures.signer(for: testCase).presignedURL(
            method: testCase.method, url: testCase.url, headers: testCase.headers.map { ($0[0], $0[1]) },
            expiresIn: try #require(testCase.expires), nowMs: Self.fixtures.epochSeconds * 1000)
        #expect(result.canonicalRequest == testCase.expected.canonicalRequest)
        #expect(result.signature == testCase.expected.signature)
        #expect(url == testCase.expected.url)
    }

    @Test func signingTwiceReplacesTheOldSignature() throws {
        let testCase = try #require(Self.fixtures.cases.first { $0.kind == "header" && $0.sessionToken && $0.service == "s3" })
        var request = HTTPRequest(method: testCase.method, url: testCase.url,
                                  headers: testCase.headers.map { ($0[0], $0[1]) }, body: Array(testCase.body.utf8))
        let signer = Self.fixtures.signer(for: testCase)
        try signer.sign(&request, nowMs: 0)
        let second = try signer.sign(&request, nowMs: Self.fixtures.epochSeconds * 1000)
        #expect(second.signature == testCase.expected.signature)
        #expect(request.headers.filter { $0.0.lowercased() == "authorization" }.count == 1)
    }

    @Test func credentialsNeverPrintTheirSecrets() {
        let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "very-secret-key", sessionToken: "very-secret-token")
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [String(describing: credentials), String(reflecting: credentials), "\(credentials)", dumped] {
            #expect(text.contains("AKIDEXAMPLE"))
            #expect(!text.contains("very-secret"))
        }
    }

    @Test func presignRejectsExpiriesBeyondSevenDays() throws {
        let signer = SigV4Signer(credentials: AWSCredentials(accessKeyId: "a", secretAccessKey: "b"), region: "us-east-1", service: "s3")
        #expect(throws: SigV4Error.invalidExpiry(604_801)) { try signer.presignedURL(method: "GET", url: "https://b.s3.amazonaws.com/k", expiresIn: 604_801) }
        #expect(throws: SigV4Error.invalidExpiry(0)) { try signer.presignedURL(method: "GET", url: "https://b.s3.amazonaws.com/k", expiresIn: 0) }
    }
}
