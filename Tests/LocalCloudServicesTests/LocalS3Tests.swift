import AWSClients
import AWSEvents
import Foundation
import LambdaRuntime
@testable import LocalStack
import OpenSSLCrypto
import Testing

/// The local S3 through the project's real S3Client and HTTPClient, on loopback.
@Suite struct LocalS3Tests {
    static let keys = ["plain.txt", "uploads/lab results 01.pdf", "notas/diagnóstico ñandú 😀.txt", "a+b=c&d;e,f<g>",
                       "tilde~star*(1)", "double//slash", "./dot/./segment", "up/../over"]

    @Test(arguments: keys)
    func putHeadGetListDelete(key: String) throws {
        let fixture = try S3Fixture()
        let client = fixture.client
        let body = Array("informe clínico de prueba \(key)".utf8)
        let eTag = try client.putObject(bucket: fixture.bucket, key: key, body: body, contentType: "text/plain; charset=utf-8",
                                        context: LocalCloud.context())
        #expect(eTag == "\"\(Hex.encode(md5(body)))\"")

        let head = try client.headObject(bucket: fixture.bucket, key: key, context: LocalCloud.context())
        #expect(head.contentLength == body.count && head.contentType == "text/plain; charset=utf-8" && head.eTag == eTag)
        #expect(head.lastModified?.hasSuffix(" GMT") == true)

        let object = try client.getObject(bucket: fixture.bucket, key: key, maxBytes: 1 << 20, context: LocalCloud.context())
        #expect(object.body == body && object.metadata.eTag == eTag && object.metadata.contentType == "text/plain; charset=utf-8")

        // The key is listed exactly as stored.
        let listing = try LocalCloud.signedCall("GET", "\(fixture.s3.endpointURL)/\(fixture.bucket)?list-type=2")
        #expect(listing.status == 200)
        #expect(LocalCloud.xmlValues("Key", in: listing).map(LocalCloud.unescapeXML) == [key])

        try client.deleteObject(bucket: fixture.bucket, key: key, context: LocalCloud.context())
        do {
            _ = try client.headObject(bucket: fixture.bucket, key: key, context: LocalCloud.context())
            Issue.record("object still there after delete")
        } catch {
            #expect(error.isNotFound && error.code == "NotFound")
        }
        do {
            _ = try client.getObject(bucket: fixture.bucket, key: key, maxBytes: 1 << 20, context: LocalCloud.context())
            Issue.record("object still there after delete")
        } catch {
            #expect(error.isNotFound && error.code == "NoSuchKey")
        }
        // Deleting again is not an error, as in S3.
        try client.deleteObject(bucket: fixture.bucket, key: key, context: LocalCloud.context())
    }

    @Test func theNotificationIsS3sEventAndDecodesToTheKey() throws {
        let fixture = try S3Fixture()
        let keys = ["uploads/clinic-mx-001/doc 1/informe de laboratorio ñ.pdf", "uploads/a+b%20c.pdf"]
        var eTags: [String] = []
        for key in keys {
            let body = Array("%PDF-1.4 \(key)".utf8)
            eTags.append(try #require(try fixture.client.putObject(bucket: fixture.bucket, key: key, body: body, contentType: "application/pdf",
                                                                   context: LocalCloud.context())))
        }
        let delivered = fixture.created.wait(for: 2)
        try #require(delivered.count == 2)
        for (index, created) in delivered.enumerated() {
            let event = try JSONDecoder().decode(S3Event.self, from: Data(created.eventJSON))
            let record = try #require(event.Records.count == 1 ? event.Records.first : nil)
            #expect(record.eventVersion == "2.1" && record.eventSource == "aws:s3" && record.eventName == "ObjectCreated:Put")
            #expect(record.awsRegion == LocalCredentials.region && record.eventTime?.hasSuffix("Z") == true)
            #expect(record.s3.bucket.name == fixture.bucket && record.s3.bucket.arn == "arn:aws:s3:::\(fixture.bucket)")
            #expect(record.s3.object.decodedKey == keys[index] && created.key == keys[index])
            #expect(record.s3.object.size == Int64("%PDF-1.4 \(keys[index])".utf8.count))
            #expect("\"\(record.s3.object.eTag ?? "")\"" == eTags[index] && record.s3.object.sequencer == created.sequencer)
        }
        // S3's form encoding: a space is `+`, a literal `+` and `%` are escaped, UTF-8 bytes are %XX, slashes stay.
        let first = try JSONDecoder().decode(S3Event.self, from: Data(delivered[0].eventJSON)).Records[0].s3.object.key
        #expect(first == "uploads/clinic-mx-001/doc+1/informe+de+laboratorio+%C3%B1.pdf")
        let second = try JSONDecoder().decode(S3Event.self, from: Data(delivered[1].eventJSON)).Records[0].s3.object.key
        #expect(second == "uploads/a%2Bb%2520c.pdf")
        #expect(delivered[0].sequencer < delivered[1].sequencer && delivered[0].sequencer.count == delivered[1].sequencer.count)
    }

    @Test func listObjectsV2PaginatesWithPrefixAndDelimiter() throws {
        let fixture = try S3Fixture()
        let prefix = "bda-output/doc-7/"
        let inside = (0..<7).map { "\(prefix)job-\($0)/0/standard_output/0/result.json" } + ["\(prefix)job-3/job_metadata.json", "\(prefix)ñ final"]
        for key in inside + ["bda-output/doc-70/other.json", "uploads/x.pdf"] {
            try fixture.client.putObject(bucket: fixture.bucket, key: key, body: [1, 2, 3], contentType: "application/json", context: LocalCloud.context())
        }
        var seen: [String] = []
        var token: String?
        var pages = 0
        repeat {
            var url = "\(fixture.s3.endpointURL)/\(fixture.bucket)?list-type=2&max-keys=2&prefix=\(AWSURIEncoding.encode(prefix, keepingSlashes: false))"
            if let token { url += "&continuation-token=\(AWSURIEncoding.encode(token, keepingSlashes: false))" }
            let page = try LocalCloud.signedCall("GET", url)
            #expect(page.status == 200)
            let keys = LocalCloud.xmlValues("Key", in: page)
            #expect(keys.count <= 2 && LocalCloud.xmlValue("KeyCount", in: page) == String(keys.count))
            seen += keys
            token = LocalCloud.xmlValue("NextContinuationToken", in: page)
            #expect((LocalCloud.xmlValue("IsTruncated", in: page) == "true") == (token != nil))
            pages += 1
        } while token != nil && pages < 20
        // Every key under the prefix once, in UTF-8 binary order; nothing outside it (doc-70 shares the text prefix only).
        #expect(seen == inside.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(pages == 5)

        let grouped = try LocalCloud.signedCall("GET", "\(fixture.s3.endpointURL)/\(fixture.bucket)?list-type=2&delimiter=%2F&prefix=bda-output%2F")
        #expect(LocalCloud.xmlValues("Prefix", in: grouped).sorted() == ["bda-output/", "bda-output/doc-7/", "bda-output/doc-70/"])
        #expect(LocalCloud.xmlValues("Key", in: grouped).isEmpty)

        let none = try LocalCloud.signedCall("GET", "\(fixture.s3.endpointURL)/\(fixture.bucket)?list-type=2&max-keys=0")
        #expect(LocalCloud.xmlValue("KeyCount", in: none) == "0" && LocalCloud.xmlValue("IsTruncated", in: none) == "false")

        let bad = try LocalCloud.signedCall("GET", "\(fixture.s3.endpointURL)/\(fixture.bucket)?list-type=2&continuation-token=nonsense")
        #expect(bad.status == 400 && LocalCloud.xmlValue("Code", in: bad) == "InvalidArgument")
    }

    @Test func metadataAndStoredHeadersRoundTripAndSurviveARestart() throws {
        let root = try LocalCloud.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let key = "uploads/réplica 1.pdf"
        do {
            let s3 = try LocalS3(root: root, logger: LocalCloud.quiet) { _ in }
            defer { s3.stop() }
            try s3.createBucket("persisted")
            let put = try LocalCloud.signedCall("PUT", "\(s3.endpointURL)/persisted/\(AWSURIEncoding.encode(key, keepingSlashes: true))",
                                                headers: [("Content-Type", "application/pdf"), ("x-amz-meta-document-id", "doc-42"),
                                                          ("Content-Disposition", "attachment")], body: [9, 8, 7])
            #expect(put.status == 200)
        }
        let s3 = try LocalS3(root: root, logger: LocalCloud.quiet) { _ in }
        defer { s3.stop() }
        let got = try LocalCloud.signedCall("GET", "\(s3.endpointURL)/persisted/\(AWSURIEncoding.encode(key, keepingSlashes: true))")
        #expect(got.status == 200 && got.body == [9, 8, 7])
        #expect(got.header("x-amz-meta-document-id") == "doc-42" && got.header("Content-Disposition") == "attachment")
        #expect(got.header("Content-Type") == "application/pdf")
    }

    @Test func bucketsAndUnsupportedOperationsAnswerLikeS3() throws {
        let fixture = try S3Fixture()
        let missing = try LocalCloud.signedCall("PUT", "\(fixture.s3.endpointURL)/no-such-bucket/k", body: [1])
        #expect(missing.status == 404 && LocalCloud.xmlValue("Code", in: missing) == "NoSuchBucket")
        #expect(missing.header("Content-Type") == "application/xml" && missing.header("x-amz-request-id") != nil)
        #expect(try LocalCloud.signedCall("HEAD", "\(fixture.s3.endpointURL)/\(fixture.bucket)").status == 200)
        #expect(try LocalCloud.signedCall("HEAD", "\(fixture.s3.endpointURL)/no-such-bucket").status == 404)
        #expect(try LocalCloud.signedCall("PUT", "\(fixture.s3.endpointURL)/second-bucket").status == 200)
        #expect(try LocalCloud.signedCall("DELETE", "\(fixture.s3.endpointURL)/second-bucket").status == 204)
        try fixture.client.putObject(bucket: fixture.bucket, key: "k", body: [1], contentType: "text/plain", context: LocalCloud.context())
        let notEmpty = try LocalCloud.signedCall("DELETE", "\(fixture.s3.endpointURL)/\(fixture.bucket)")
        #expect(notEmpty.status == 409 && LocalCloud.xmlValue("Code", in: notEmpty) == "BucketNotEmpty")
        let v1 = try LocalCloud.signedCall("GET", "\(fixture.s3.endpointURL)/\(fixture.bucket)")
        #expect(v1.status == 501 && LocalCloud.xmlValue("Code", in: v1) == "NotImplemented")
        let multipart = try LocalCloud.signedCall("POST", fixture.url("k") + "?uploads")
        #expect(multipart.status == 501)
        let badMD5 = try LocalCloud.signedCall("PUT", fixture.url("k"), headers: [("Content-MD5", Data(md5([0])).base64EncodedString())], body: [1])
        #expect(badMD5.status == 400 && LocalCloud.xmlValue("Code", in: badMD5) == "BadDigest")
        let goodMD5 = try LocalCloud.signedCall("PUT", fixture.url("k"), headers: [("Content-MD5", Data(md5([1])).base64EncodedString())], body: [1])
        #expect(goodMD5.status == 200)
        #expect(throws: Error.self) { try fixture.s3.createBucket("Bad_Name") }
    }

    @Test func anObjectOverTheSizeLimitIsRefused() throws {
        let fixture = try S3Fixture(maxObjectBytes: 1000)
        let big = try LocalCloud.signedCall("PUT", fixture.url("big.bin"), body: [UInt8](repeating: 7, count: 1001))
        #expect(big.status == 400 && LocalCloud.xmlValue("Code", in: big) == "EntityTooLarge")
        #expect(try LocalCloud.signedCall("PUT", fixture.url("fits.bin"), body: [UInt8](repeating: 7, count: 1000)).status == 200)
        #expect(fixture.created.wait(for: 1).map(\.key) == ["fits.bin"])
    }

    // MARK: authentication

    @Test func headerSignaturesAreVerified() throws {
        let fixture = try S3Fixture()
        let url = fixture.url("uploads/firma.txt")
        let wrongSecret = try LocalCloud.signedCall("PUT", url, body: [1],
                                                    credentials: AWSCredentials(accessKeyId: LocalCredentials.accessKeyId, secretAccessKey: "wrong"))
        #expect(wrongSecret.status == 403 && LocalCloud.xmlValue("Code", in: wrongSecret) == "SignatureDoesNotMatch")
        let unknownKey = try LocalCloud.signedCall("PUT", url, body: [1],
                                                   credentials: AWSCredentials(accessKeyId: "AKIAUNKNOWN000000000", secretAccessKey: "x"))
        #expect(unknownKey.status == 403 && LocalCloud.xmlValue("Code", in: unknownKey) == "InvalidAccessKeyId")
        let unsigned = try HTTPClient.shared.send(HTTPRequest(method: "PUT", url: url, body: [1]), timeoutMs: 10_000)
        #expect(unsigned.status == 403 && LocalCloud.xmlValue("Code", in: unsigned) == "AccessDenied")
        let otherBody = try LocalCloud.signedCall("PUT", url, body: [1]) { $0.body = [2] }
        #expect(otherBody.status == 400 && LocalCloud.xmlValue("Code", in: otherBody) == "XAmzContentSHA256Mismatch")
        let noPayloadHash = try LocalCloud.signedCall("PUT", url, body: [1], service: "bedrock")
        #expect(noPayloadHash.status == 400 && LocalCloud.xmlValue("Code", in: noPayloadHash) == "InvalidRequest")
        let otherService = try LocalCloud.signedCall("PUT", url, body: [1], service: "bedrock") {
            $0.headers.append(("x-amz-content-sha256", Hex.encode(SHA256Digest.hash([1]))))
        }
        #expect(otherService.status == 400 && LocalCloud.xmlValue("Code", in: otherService) == "AuthorizationHeaderMalformed")
        let otherRegion = try LocalCloud.signedCall("PUT", url, body: [1], region: "eu-west-1")
        #expect(otherRegion.status == 400 && LocalCloud.xmlValue("Code", in: otherRegion) == "AuthorizationHeaderMalformed")
        // A refused HEAD still answers with the status alone.
        let refusedHead = try LocalCloud.signedCall("HEAD", url, credentials: AWSCredentials(accessKeyId: LocalCredentials.accessKeyId, secretAccessKey: "wrong"))
        #expect(refusedHead.status == 403 && refusedHead.body.isEmpty)

        #expect(try LocalCloud.signedCall("GET", url).status == 404) // nothing was stored
        #expect(fixture.created.wait(for: 1, seconds: 0.5).isEmpty)
    }

    /// The upload flow of the file processor: a presigned PUT that signs Content-Type and Content-Length,
    /// sent as curl would send it.
    @Test func presignedPutsEnforceExpiryTypeAndSize() throws {
        let fixture = try S3Fixture()
        let key = "uploads/clinic-mx-001/informe de laboratorio ñ.pdf"
        let document = Array("%PDF-1.4 informe de laboratorio".utf8)
        func presigned(type: String = "application/pdf", length: Int64? = Int64(document.count), nowMs: Int64 = WallClock.nowMs(),
                       expires: Int = 900) throws -> String {
            try fixture.client.presignedPutURL(bucket: fixture.bucket, key: key, expiresIn: expires, contentType: type, contentLength: length, nowMs: nowMs)
        }
        func put(_ url: String, type: String = "application/pdf", body: [UInt8]) throws -> HTTPResponse {
            try HTTPClient.shared.send(HTTPRequest(method: "PUT", url: url, headers: [("Content-Type", type)], body: body), timeoutMs: 10_000)
        }
        let url = try presigned()
        #expect(url.contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost"))

        let otherType = try put(url, type: "image/png", body: document)
        #expect(otherType.status == 403 && LocalCloud.xmlValue("Code", in: otherType) == "SignatureDoesNotMatch")
        let longer = try put(url, body: document + [0x20])
        #expect(longer.status == 403 && LocalCloud.xmlValue("Code", in: longer) == "SignatureDoesNotMatch")
        let shorter = try put(url, body: Array(document.dropLast()))
        #expect(shorter.status == 403 && LocalCloud.xmlValue("Code", in: shorter) == "SignatureDoesNotMatch")
        let expired = try put(try presigned(nowMs: WallClock.nowMs() - 120_000, expires: 60), body: document)
        #expect(expired.status == 403 && LocalCloud.xmlValue("Code", in: expired) == "AccessDenied"
                && LocalCloud.xmlValue("Message", in: expired) == "Request has expired")
        var tampered = url
        tampered.replace("X-Amz-Expires=900", with: "X-Amz-Expires=901")
        #expect(try put(tampered, body: document).status == 403)
        #expect(try LocalCloud.signedCall("GET", fixture.url(key)).status == 404) // none of those stored anything
        #expect(fixture.created.wait(for: 1, seconds: 0.5).isEmpty)

        let accepted = try put(url, body: document)
        #expect(accepted.status == 200 && accepted.header("ETag") == "\"\(Hex.encode(md5(document)))\"")
        let stored = try fixture.client.getObject(bucket: fixture.bucket, key: key, maxBytes: 1 << 20, context: LocalCloud.context())
        #expect(stored.body == document && stored.metadata.contentType == "application/pdf")
        let delivered = fixture.created.wait(for: 1)
        #expect(delivered.map(\.key) == [key] && delivered.first?.size == Int64(document.count))

        // A presigned GET works too, and a presigned URL is bound to its method.
        let get = try HTTPClient.shared.send(HTTPRequest(method: "GET", url: try fixture.client.presignedGetURL(bucket: fixture.bucket, key: key, expiresIn: 60)),
                                             timeoutMs: 10_000)
        #expect(get.status == 200 && get.body == document)
        let getWithPutURL = try HTTPClient.shared.send(HTTPRequest(method: "GET", url: url), timeoutMs: 10_000)
        #expect(getWithPutURL.status == 403)
    }

    func md5(_ bytes: [UInt8]) -> [UInt8] { MD5Digest.hash(bytes) }

    @Test func theETagDigestIsMD5() {
        #expect(Hex.encode(MD5Digest.hash(Array("abc".utf8))) == "900150983cd24fb0d6963f7d28e17f72") // RFC 1321
    }
}
