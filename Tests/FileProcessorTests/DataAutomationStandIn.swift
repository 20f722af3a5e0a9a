import AWSClients
import Foundation
import LambdaRuntime
import LocalStack

/// A test-only Bedrock Data Automation runtime on loopback: verifies SigV4 (signing name `bedrock`, the local
/// credentials), takes awsJson 1.1 `InvokeDataAutomationAsync`, records each request and answers an invocation
/// ARN (the same one for the same clientToken, as BDA's idempotency promises). The test then writes the job's
/// output to S3 in BDA's layout and delivers the EventBridge event itself.
final class DataAutomationStandIn: @unchecked Sendable {
    struct Invocation {
        let clientToken: String
        let inputURI: String
        let outputURI: String
        let projectArn: String
        let profileArn: String
        let eventBridgeEnabled: Bool
        let jobId: String
        var invocationArn: String { "arn:aws:bedrock:us-east-1:123456789012:data-automation-invocation/\(jobId)" }
    }

    private var server: HTTPServer!
    private let lock = NSLock()
    private var invocations: [Invocation] = []
    private var rejected = 0
    private var faults: [(Int, String)] = []
    private var statuses: [String: (String, String?)] = [:]
    private var statusQueries = 0

    init() throws {
        server = try HTTPServer(owner: self) { standIn, request in standIn.handle(request) }
    }

    var endpointURL: String { server.baseURL }
    var received: [Invocation] { lock.lock(); defer { lock.unlock() }; return invocations }
    var rejectedCount: Int { lock.lock(); defer { lock.unlock() }; return rejected }
    func inject(status: Int, code: String, times: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        faults += Array(repeating: (status, code), count: times)
    }
    func stop() { server.stop() }
    /// What GetDataAutomationStatus answers for `jobId` from now on (`InProgress` until then).
    func finish(_ jobId: String, status: String, message: String? = nil) {
        lock.lock(); statuses[jobId] = (status, message); lock.unlock()
    }
    var statusQueryCount: Int { lock.lock(); defer { lock.unlock() }; return statusQueries }

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let verified = SigV4Verifier.verify(method: request.method, rawPath: request.path, rawQuery: request.query,
                                            headers: request.headers.fields.map { ($0.name, $0.value) }, body: request.body,
                                            secretForAccessKey: LocalCredentials.secret(forAccessKey:))
        guard case .success(let details) = verified, details.service == "bedrock" else {
            lock.lock(); rejected += 1; lock.unlock()
            return .json(403, #"{"message":"signature rejected"}"#, headers: [("x-amzn-ErrorType", "InvalidSignatureException")])
        }
        let header = { (name: String) in request.headers.fields.first { $0.name.lowercased() == name }?.value }
        if header("x-amz-target") == "AmazonBedrockKeystoneRuntimeService.GetDataAutomationStatus",
           let body = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any], let arn = body["invocationArn"] as? String {
            lock.lock(); defer { lock.unlock() }
            statusQueries += 1
            guard let job = invocations.first(where: { $0.invocationArn == arn }) else {
                return .json(400, #"{"message":"no such invocation"}"#, headers: [("x-amzn-ErrorType", "ResourceNotFoundException")])
            }
            let (status, message) = statuses[job.jobId] ?? ("InProgress", nil)
            var answer: [String: Any] = ["status": status,
                                         "outputConfiguration": ["s3Uri": "\(job.outputURI)/\(job.jobId)/job_metadata.json"]]
            if let message { answer["errorMessage"] = message; answer["errorType"] = "Client" }
            return .json(200, String(decoding: try! JSONSerialization.data(withJSONObject: answer), as: UTF8.self))
        }
        guard request.method == "POST", request.path == "/", header("content-type") == "application/x-amz-json-1.1",
              header("x-amz-target") == "AmazonBedrockKeystoneRuntimeService.InvokeDataAutomationAsync",
              let body = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return .json(400, #"{"message":"unknown operation"}"#, headers: [("x-amzn-ErrorType", "ValidationException")])
        }
        lock.lock()
        if !faults.isEmpty {
            let (status, code) = faults.removeFirst()
            lock.unlock()
            return .json(status, "{\"message\":\"injected \(code)\"}", headers: [("x-amzn-ErrorType", code)])
        }
        lock.unlock()
        let token = body["clientToken"] as? String ?? ""
        let input = (body["inputConfiguration"] as? [String: Any])?["s3Uri"] as? String ?? ""
        let output = (body["outputConfiguration"] as? [String: Any])?["s3Uri"] as? String ?? ""
        let project = (body["dataAutomationConfiguration"] as? [String: Any])?["dataAutomationProjectArn"] as? String ?? ""
        let profile = body["dataAutomationProfileArn"] as? String ?? ""
        let eventBridge = ((body["notificationConfiguration"] as? [String: Any])?["eventBridgeConfiguration"] as? [String: Any])?["eventBridgeEnabled"] as? Bool ?? false
        guard !token.isEmpty, !input.isEmpty, !output.isEmpty, !project.isEmpty, !profile.isEmpty else {
            return .json(400, #"{"message":"missing required member"}"#, headers: [("x-amzn-ErrorType", "ValidationException")])
        }
        lock.lock(); defer { lock.unlock() }
        let jobId = invocations.first { $0.clientToken == token }?.jobId ?? UUID().uuidString.lowercased()
        let invocation = Invocation(clientToken: token, inputURI: input, outputURI: output, projectArn: project, profileArn: profile,
                                    eventBridgeEnabled: eventBridge, jobId: jobId)
        invocations.append(invocation)
        return .json(200, "{\"invocationArn\":\"\(invocation.invocationArn)\"}")
    }
}
