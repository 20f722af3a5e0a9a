import Foundation
import Testing
import AWSClients
import LambdaRuntime

/// moto's server, started by `.ci/moto-server.sh start` (the `make test` target
/// does it and exports MOTO_ENDPOINT_URL). Its absence fails the test: no silent skip.
enum Moto {
    static func endpoint() throws -> String {
        let value = ProcessInfo.processInfo.environment["MOTO_ENDPOINT_URL"] ?? ""
        return try #require(value.hasPrefix("http://127.0.0.1:") ? value : nil,
                            "MOTO_ENDPOINT_URL is not set to a loopback moto server: run `eval \"$(.ci/moto-server.sh start)\"; export MOTO_ENDPOINT_URL` first")
    }

    static func environment(_ endpointVariable: String) throws -> Environment {
        Environment(["AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKIDMOTO", "AWS_SECRET_ACCESS_KEY": "moto-secret",
                     endpointVariable: try endpoint()])
    }

    static func context() -> AWSCallContext {
        AWSCallContext(deadlineMs: WallClock.nowMs() + 20_000, traceId: "Root=1-00000000-000000000000000000000001", logger: Logger(level: .error))
    }

    /// A signed call for test set-up that the clients do not offer (CreateBucket, CreateSecret).
    static func signedCall(service: String, method: String, url: String, headers: [(String, String)] = [], body: [UInt8] = []) throws -> HTTPResponse {
        var request = HTTPRequest(method: method, url: url, headers: headers, body: body)
        try SigV4Signer(credentials: AWSCredentials(accessKeyId: "AKIDMOTO", secretAccessKey: "moto-secret"), region: "us-east-1", service: service)
            .sign(&request)
        return try HTTPClient.shared.send(request, timeoutMs: 20_000)
    }

    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.lowercased().prefix(13))"
    }
}
