import Foundation
import Testing
import AWSClients

/// TLS verification is always on: a loopback HTTPS server with a self-signed
/// certificate (made by the openssl CLI for this test) must be refused.
@Suite struct TLSVerificationTests {
    @Test func aSelfSignedServerIsRefusedUnlessItsCertificateIsTheTrustedBundle() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cert = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        try run(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                 "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])

        let port = try freePort()
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

    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl \(arguments[0]) failed")
    }

    private func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(ok)
        return UInt16(bigEndian: address.sin_port)
    }
}
