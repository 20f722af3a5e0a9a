import Foundation
import Testing
@testable import AWSClients
@testable import AWSClientsCore
import LambdaRuntime

@Suite struct S3ClientTests {
    static let keys = ["plain.txt", "uploads/lab results 01.pdf", "notas/diagnóstico ñandú 😀.txt", "a+b=c&d;e,f", "tilde~star*(1)", "double//slash", "./dot/./segment", "up/../over"]

    func makeBucket() throws -> (S3Client, String) {
        let client = try S3Client(environment: try Moto.environment("AWS_ENDPOINT_URL_S3"))
        let bucket = Moto.uniqueName("clinical-test")
        let created = try Moto.signedCall(service: "s3", method: "PUT", url: "\(try Moto.endpoint())/\(bucket)")
        #expect(created.status == 200, "CreateBucket answered \(created.status)")
        return (client, bucket)
    }

    @Test(arguments: keys)
    func putHeadGetDelete(key: String) throws {
        let (client, bucket) = try makeBucket()
        let body = Array("contenido clínico de prueba \(key)".utf8)
        let eTag = try client.putObject(bucket: bucket, key: key, body: body, contentType: "text/plain; charset=utf-8", context: Moto.context())
        #expect(eTag != nil)
        // The key arrived exactly (no dot-segment or slash normalisation on the way).
        let listing = try Moto.signedCall(service: "s3", method: "GET", url: "\(try Moto.endpoint())/\(bucket)?list-type=2")
        let escaped = key.replacingOccurrences(of: "&", with: "&amp;")
        #expect(String(decoding: listing.body, as: UTF8.self).contains("<Key>\(escaped)</Key>"))

        let head = try client.headObject(bucket: bucket, key: key, context: Moto.context())
        #expect(head.contentLength == body.count && head.contentType == "text/plain; charset=utf-8" && head.eTag == eTag)

        let object = try client.getObject(bucket: bucket, key: key, maxBytes: 1 << 20, context: Moto.context())
        #expect(object.body == body && object.metadata.eTag == eTag)

        try client.deleteObject(bucket: bucket, key: key, context: Moto.context())
        do {
            _ = try client.headObject(bucket: bucket, key: key, context: Moto.context())
            Issue.record("object still there after delete")
        } catch {
            #expect(error.isNotFound && error.code == "NotFound")
        }
        do {
            _ = try client.getObject(bucket: bucket, key: key, maxBytes: 1 << 20, context: Moto.context())
            Issue.record("object still there after delete")
        } catch {
            #expect(error.isNotFound && error.code == "NoSuchKey")
        }
    }

    @Test func getObjectEnforcesItsSizeCap() throws {
        let (client, bucket) = try makeBucket()
        try client.putObject(bucket: bucket, key: "big.bin", body: [UInt8](repeating: 1, count: 50_000), contentType: "application/octet-stream", context: Moto.context())
        do {
            _ = try client.getObject(bucket: bucket, key: "big.bin", maxBytes: 10_000, context: Moto.context())
            Issue.record("expected the size cap")
        } catch {
            guard case .transport(.responseTooLarge(limit: 10_000)) = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(try client.getObject(bucket: bucket, key: "big.bin", maxBytes: 50_000, context: Moto.context()).body.count == 50_000)
    }

    @Test(arguments: ["uploads/lab results 01.pdf", "notas/diagnóstico ñandú 😀.pdf"])
    func presignedPutThenGetWithPlainHTTP(key: String) throws {
        let (client, bucket) = try makeBucket()
        let document = Array("%PDF-1.4 informe".utf8)
        let putURL = try client.presignedPutURL(bucket: bucket, key: key, expiresIn: 900, contentType: "application/pdf")
        #expect(putURL.contains("X-Amz-Signature=") && putURL.contains("X-Amz-SignedHeaders=content-type%3Bhost"))
        let uploaded = try HTTPClient.shared.send(HTTPRequest(method: "PUT", url: putURL, headers: [("Content-Type", "application/pdf")], body: document), timeoutMs: 20_000)
        #expect(uploaded.status == 200)

        let getURL = try client.presignedGetURL(bucket: bucket, key: key, expiresIn: 604_800)
        let downloaded = try HTTPClient.shared.send(HTTPRequest(method: "GET", url: getURL), timeoutMs: 20_000)
        #expect(downloaded.status == 200 && downloaded.body == document)
        #expect(downloaded.header("Content-Type") == "application/pdf")
    }

    @Test func addressingIsPathStyleOnCustomEndpointsAndVirtualHostedOnAWS() throws {
        let local = try S3Client(environment: Environment(["AWS_REGION": "eu-west-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:9000/"]))
        #expect(try local.objectURL(bucket: "docs", key: "a b/ñ.txt") == "http://127.0.0.1:9000/docs/a%20b/%C3%B1.txt")
        let aws = try S3Client(environment: Environment(["AWS_REGION": "eu-west-1"]))
        #expect(try aws.objectURL(bucket: "docs", key: "./x/../y//z") == "https://docs.s3.eu-west-1.amazonaws.com/./x/../y//z")
        #expect(try aws.objectURL(bucket: "my.docs", key: "k") == "https://s3.eu-west-1.amazonaws.com/my.docs/k")
        #expect(throws: AWSCallError.self) { try aws.objectURL(bucket: "Bad_Bucket", key: "k") }
        #expect(throws: AWSCallError.self) { try aws.objectURL(bucket: "docs", key: "") }
    }

    /// The S3 URL builder and signer agree with botocore's fixtures.
    @Test(arguments: SigV4Fixtures.loaded.cases.filter { $0.service == "s3" && $0.kind == "header" && !$0.sessionToken })
    func objectURLsMatchTheFixtures(_ testCase: SigV4Fixtures.Case) throws {
        let endpoint = testCase.endpoint == "aws" ? [:] : ["AWS_ENDPOINT_URL_S3": testCase.endpoint!]
        let client = try S3Client(environment: Environment(["AWS_REGION": testCase.region].merging(endpoint) { $1 }))
        #expect(try client.objectURL(bucket: testCase.bucket!, key: testCase.key!) == testCase.url)
    }

    @Test func presignWithoutCredentialsFailsClearly() throws {
        let client = try S3Client(environment: Environment(["AWS_REGION": "us-east-1"]))
        do {
            _ = try client.presignedGetURL(bucket: "docs", key: "k", expiresIn: 60)
            Issue.record("expected missing credentials")
        } catch {
            guard case .missingCredentials = error else { Issue.record("unexpected \(error)"); return }
            #expect("\(error)".contains("AWS_ACCESS_KEY_ID"))
        }
    }
}
