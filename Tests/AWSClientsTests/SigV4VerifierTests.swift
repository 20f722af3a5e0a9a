import Foundation
import Testing
import AWSClients
import LambdaRuntime
import LocalStack

@Suite struct SigV4VerifierTests {
    static let credentials = AWSCredentials(accessKeyId: "AKIDLOCAL", secretAccessKey: "local-secret", sessionToken: "local-token")
    static func secret(_ id: String) -> String? { id == "AKIDLOCAL" ? "local-secret" : nil }

    func signed(service: String, method: String = "POST", url: String, body: String = "{}", nowMs: Int64) throws -> HTTPRequest {
        var request = HTTPRequest(method: method, url: url, headers: [("Content-Type", "application/json")], body: Array(body.utf8))
        try SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: service).sign(&request, nowMs: nowMs)
        return request
    }

    func verify(_ request: HTTPRequest, path: String, query: String = "", body: [UInt8]? = nil, nowMs: Int64) -> Result<SigV4VerifiedRequest, SigV4VerificationError> {
        SigV4Verifier.verify(method: request.method, rawPath: path, rawQuery: query,
                             headers: request.headers + [("Host", "bedrock-runtime.us-east-1.amazonaws.com")],
                             body: body ?? request.body, secretForAccessKey: Self.secret, nowMs: nowMs)
    }

    @Test func acceptsWhatTheSignerSignedAndRejectsTampering() throws {
        let now = WallClock.nowMs()
        let path = "/model/us.anthropic.claude-3-haiku-20240307-v1%3A0/converse"
        let request = try signed(service: "bedrock", url: "https://bedrock-runtime.us-east-1.amazonaws.com" + path, nowMs: now)
        let verified = try verify(request, path: path, nowMs: now).get()
        #expect(verified.service == "bedrock" && verified.region == "us-east-1" && verified.accessKeyId == "AKIDLOCAL")
        #expect(verified.signedHeaders.contains("x-amz-security-token"))

        #expect(verify(request, path: path, body: Array("{\"x\":1}".utf8), nowMs: now) == .failure(.signatureMismatch))
        #expect(verify(request, path: path.replacingOccurrences(of: "haiku", with: "opus"), nowMs: now) == .failure(.signatureMismatch))
        #expect(verify(request, path: path, query: "a=1", nowMs: now) == .failure(.signatureMismatch))
        if case .failure(.requestTimeSkewed) = verify(request, path: path, nowMs: now + 16 * 60_000) {} else { Issue.record("skew accepted") }

        var wrongKey = request
        wrongKey.setHeader("Authorization", request.header("Authorization")!.replacingOccurrences(of: "AKIDLOCAL", with: "AKIDOTHER"))
        #expect(verify(wrongKey, path: path, nowMs: now) == .failure(.unknownAccessKey("AKIDOTHER")))
        var noAuth = request
        noAuth.headers.removeAll { $0.0 == "Authorization" }
        #expect(verify(noAuth, path: path, nowMs: now) == .failure(.missingAuthorization))
        var garbage = request
        garbage.setHeader("Authorization", "Bearer abc")
        if case .failure(.malformedAuthorization) = verify(garbage, path: path, nowMs: now) {} else { Issue.record("garbage accepted") }
        var otherSecret = request
        try SigV4Signer(credentials: AWSCredentials(accessKeyId: "AKIDLOCAL", secretAccessKey: "guess"), region: "us-east-1", service: "bedrock")
            .sign(&otherSecret, nowMs: now)
        #expect(verify(otherSecret, path: path, nowMs: now) == .failure(.signatureMismatch))
    }

    /// What a client of a presigned PUT sends: the URL's path and query, the signed headers and its own.
    func presignedPut(_ url: String, contentType: String?, length: Int?, nowMs: Int64) -> Result<SigV4VerifiedRequest, SigV4VerificationError> {
        let rest = url.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" } // after scheme://host
        let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers: [(String, String)] = [("Host", "127.0.0.1:9000"), ("User-Agent", "curl/8")]
        if let contentType { headers.append(("Content-Type", contentType)) }
        if let length { headers.append(("Content-Length", String(length))) }
        return SigV4Verifier.verifyAny(method: "PUT", rawPath: String(parts[0]), rawQuery: parts.count > 1 ? String(parts[1]) : "",
                                       headers: headers, body: [], secretForAccessKey: Self.secret, nowMs: nowMs)
    }

    @Test(arguments: ["clinics/c-1/patients/p-1/documents/d-1/lab.pdf", "clinics/c-1/patients/p-1/documents/d-2/análisis de sangre ñ.pdf"])
    func presignedPutSignsContentTypeAndLengthAndExpires(key: String) throws {
        let now = WallClock.nowMs()
        let configuration = AWSServiceConfiguration(service: .s3, region: "us-east-1", endpoint: "http://127.0.0.1:9000", isCustomEndpoint: true,
                                                    credentials: .success(Self.credentials), retry: RetryPolicy())
        let url = try S3Client(configuration: configuration).presignedPutURL(bucket: "uploads", key: key, expiresIn: 900,
                                                                             contentType: "application/pdf", contentLength: 1234, nowMs: now)
        #expect(url.contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost"))
        let verified = try presignedPut(url, contentType: "application/pdf", length: 1234, nowMs: now + 1000).get()
        #expect(verified.service == "s3" && verified.signedHeaders == ["content-length", "content-type", "host"])
        // S3 itself refuses another type or size: the signature covers both.
        #expect(presignedPut(url, contentType: "text/plain", length: 1234, nowMs: now) == .failure(.signatureMismatch))
        #expect(presignedPut(url, contentType: "application/pdf", length: 1235, nowMs: now) == .failure(.signatureMismatch))
        #expect(presignedPut(url, contentType: nil, length: 1234, nowMs: now) == .failure(.headerNotSigned("content-type")))
        // Expired after X-Amz-Expires; not valid long before X-Amz-Date.
        #expect(presignedPut(url, contentType: "application/pdf", length: 1234, nowMs: now + 901_000) == .failure(.expired))
        if case .failure(.requestTimeSkewed) = presignedPut(url, contentType: "application/pdf", length: 1234, nowMs: now - 16 * 60_000) {} else {
            Issue.record("a URL from the future was accepted")
        }
        // Another key, or a tampered signature or expiry, does not verify.
        let otherKey = url.replacingOccurrences(of: "/documents/d-", with: "/documents/x-")
        #expect(presignedPut(otherKey, contentType: "application/pdf", length: 1234, nowMs: now) == .failure(.signatureMismatch))
        let longer = url.replacingOccurrences(of: "X-Amz-Expires=900", with: "X-Amz-Expires=3600")
        #expect(presignedPut(longer, contentType: "application/pdf", length: 1234, nowMs: now) == .failure(.signatureMismatch))
        let noSignature = String(url[..<url.range(of: "&X-Amz-Signature=")!.lowerBound])
        #expect(presignedPut(noSignature + "&X-Amz-Signature=00", contentType: "application/pdf", length: 1234, nowMs: now) == .failure(.signatureMismatch))
        let unknown = url.replacingOccurrences(of: "AKIDLOCAL", with: "AKIDOTHER")
        #expect(presignedPut(unknown, contentType: "application/pdf", length: 1234, nowMs: now) == .failure(.unknownAccessKey("AKIDOTHER")))
    }

    @Test func s3PayloadHashIsChecked() throws {
        let now = WallClock.nowMs()
        let request = try signed(service: "s3", method: "PUT", url: "https://bedrock-runtime.us-east-1.amazonaws.com/b/k", body: "abc", nowMs: now)
        #expect((try? verify(request, path: "/b/k", nowMs: now).get()) != nil)
        #expect(verify(request, path: "/b/k", body: Array("abd".utf8), nowMs: now) == .failure(.payloadHashMismatch))
    }

    /// End to end: what curl puts on the wire (PATH_AS_IS, Host with port) is what was signed.
    @Test(arguments: ["plain.txt", "lab results/ñandú 😀.pdf", "a+b=c&d", "double//slash", "./dot/./x", "up/../../over"])
    func wirePathsVerifyOnALoopbackServer(key: String) throws {
        let outcomes = Recorder<String>()
        let server = try HTTPServer { request in
            let result = SigV4Verifier.verify(method: request.method, rawPath: request.path, rawQuery: request.query,
                                              headers: request.headers.fields.map { ($0.name, $0.value) }, body: request.body,
                                              secretForAccessKey: Self.secret)
            switch result {
            case .success: outcomes.append("ok \(request.path)"); return HTTPServer.Response(status: 200)
            case .failure(let error): outcomes.append("\(error)"); return HTTPServer.Response(status: 403)
            }
        }
        defer { server.stop() }
        let url = server.baseURL + "/bucket/" + AWSURIEncoding.encode(key, keepingSlashes: true)
        for service in ["s3", "bedrock"] {
            var request = HTTPRequest(method: "PUT", url: url, headers: [("X-Amzn-Trace-Id", "Root=1-abc")], body: Array("body".utf8))
            try SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: service).sign(&request)
            let response = try HTTPClient.shared.send(request, timeoutMs: 10_000)
            #expect(response.status == 200, "\(service): \(outcomes.all)")
        }
        #expect(outcomes.all.allSatisfy { $0 == "ok /bucket/" + AWSURIEncoding.encode(key, keepingSlashes: true) })
    }
}
