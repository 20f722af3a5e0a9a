import Foundation
import Testing
import AWSClients
import TestSupport

/// TLS verification is always on: a loopback HTTPS server with a self-signed
/// certificate (made by the openssl CLI for this test) must be refused.
@Suite struct TLSVerificationTests {
    @Test func aSelfSignedServerIsRefusedUnlessItsCertificateIsTheTrustedBundle() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cert = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                 "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])

        let port = UInt16(closedLoopbackPort())
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["openssl", "s_server", "-accept", "127.0.0.1:\(port)", "-cert", cert, "-key", key, "-www", "-quiet"]
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // s_server does not always exit on SIGTERM: kill it outright.
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }

        // Wait until it listens, then expect a TLS failure (not a connection failure).
        var outcome: Result<HTTPResponse, Error> = .failure(HTTPClientError.connectionFailed("not tried"))
        for _ in 0..<50 {
            outcome = Result { try HTTPClient().send(HTTPRequest(method: "GET", url: "https://127.0.0.1:\(port)/"), timeoutMs: 5_000) }
            if case .failure(HTTPClientError.connectionFailed) = outcome { Thread.sleep(forTimeInterval: 0.1); continue }
            break
        }
        switch outcome {
        case .failure(let error as HTTPClientError):
            guard case .tls = error else { Issue.record("expected a TLS failure, got \(error)"); return }
            #expect(!error.isRetryable)
        case .failure(let error): Issue.record("unexpected \(error)")
        case .success(let response): Issue.record("a self-signed server was trusted (status \(response.status))")
        }
        // The same server, trusted through an explicit bundle: the handshake and exchange succeed.
        let trusted = try HTTPClient(caBundlePath: cert).send(HTTPRequest(method: "GET", url: "https://127.0.0.1:\(port)/"), timeoutMs: 5_000)
        #expect(trusted.status == 200)
    }
}
