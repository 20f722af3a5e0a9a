@testable import APIHandlingCore
import AWSClients
import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// DB_PROXY_ENDPOINT (the template's DbProxyEndpoint, an RDS Proxy): the health binary reads the
/// database secret from moto's Secrets Manager and connects to the proxy endpoint instead of the
/// secret's host. Here the secret names a closed loopback port and the "proxy" is the local
/// PostgreSQL, so only the override can reach it.
@Suite struct DatabaseProxyTests {
    /// A secret in moto (RDS format) with the local database's user and password and `host:port`.
    func createSecret(host: String, port: Int, settings: DatabaseSettings) throws -> (name: String, moto: String) {
        let moto = try #require(ProcessInfo.processInfo.environment["MOTO_ENDPOINT_URL"].flatMap { $0.hasPrefix("http://127.0.0.1:") ? $0 : nil },
                                "MOTO_ENDPOINT_URL is not set (make test starts moto)")
        let name = "clinical/proxy-\(UUID().uuidString.lowercased().prefix(13))"
        let secret: [String: Any] = ["engine": "postgres", "host": host, "port": port, "username": settings.user ?? "",
                                     "password": settings.parameters["password"] ?? "", "dbname": settings.database ?? ""]
        let body = try JSONSerialization.data(withJSONObject: ["Name": name, "SecretString": String(decoding: try JSONSerialization.data(withJSONObject: secret), as: UTF8.self)])
        var request = HTTPRequest(method: "POST", url: moto + "/", headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "secretsmanager.CreateSecret")],
                                  body: Array(body))
        try SigV4Signer(credentials: AWSCredentials(accessKeyId: "AKIDMOTO", secretAccessKey: "moto-secret"), region: "us-east-1", service: "secretsmanager").sign(&request)
        let response = try HTTPClient.shared.send(request, timeoutMs: 20_000)
        #expect(response.status == 200, "CreateSecret answered \(response.status)")
        return (name, moto)
    }

    func health(environment: [String: String]) throws -> [String: Any] {
        let fixture = Array(try Data(contentsOf: FunctionBinaryTests.root.appendingPathComponent("events/health/get-health.json")))
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: FunctionBinaryTests().binary("health"), runtimeAPI: emulator.address,
                                          functionName: "health", environment: environment)
        defer { process.stop(); emulator.stop() }
        let id = emulator.enqueue(fixture, timeoutMs: 10_000)
        guard case .response(let bytes)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 20_000) else {
            throw FunctionBinaryTests.TestFailure("no response from health")
        }
        let response = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let body = try #require(try JSONSerialization.jsonObject(with: Data((response["body"] as? String ?? "").utf8)) as? [String: Any])
        return ["statusCode": response["statusCode"] ?? 0, "database": body["database"] ?? ""]
    }

    @Test func theProxyEndpointReplacesTheSecretsHost() throws {
        let url = try #require(ProcessInfo.processInfo.environment["DATABASE_URL"], "DATABASE_URL is not set (make test exports it)")
        let local = try DatabaseSettings.fromURL(url)
        let (name, moto) = try createSecret(host: "127.0.0.1", port: closedLoopbackPort(), settings: local)
        let base = ["DATABASE_URL": "", "DB_SECRET_ARN": name, "AWS_ENDPOINT_URL_SECRETS_MANAGER": moto, "AWS_REGION": "us-east-1",
                    "AWS_ACCESS_KEY_ID": "AKIDMOTO", "AWS_SECRET_ACCESS_KEY": "moto-secret"]

        let direct = try health(environment: base)
        #expect(direct["statusCode"] as? Int == 503, "the secret's own host is a closed port")
        #expect(direct["database"] as? String == "unavailable")

        let proxied = try health(environment: base.merging(["DB_PROXY_ENDPOINT": "\(local.host ?? "127.0.0.1"):\(local.port ?? 5432)"]) { $1 })
        #expect(proxied["statusCode"] as? Int == 200)
        #expect(proxied["database"] as? String == "ok")
    }

    /// Behind the proxy the Store sets no session `statement_timeout` and prepares no statement (session state
    /// pins the client to one database connection); a direct connection still does both.
    @Test func behindTheProxyNoSessionStatementTimeoutIsSet() throws {
        let direct = DatabaseSettings(parameters: ["host": "db.example.internal", "user": "u", "dbname": "d"])
        #expect(direct.sessionStatementTimeout)
        #expect(direct.preparedStatements)
        let proxy = try #require(try DatabaseProvider.ProxyEndpoint.parse("proxy.example.internal:5432"))
        let proxied = proxy.apply(to: direct)
        #expect(proxied.host == "proxy.example.internal")
        #expect(!proxied.sessionStatementTimeout)
        #expect(!proxied.preparedStatements)
    }
}
