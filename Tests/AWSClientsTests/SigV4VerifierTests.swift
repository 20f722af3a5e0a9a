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
