import Foundation
import LambdaRuntime
import LocalStack
import OpenSSLCrypto
import Testing
import TestSupport

/// `AWS_CA_BUNDLE` (the AWS SDKs' setting) under the real `authorizer` binary: its JWKS fetched from a
/// loopback HTTPS endpoint (openssl s_server, a certificate made for the test) is trusted through the
/// bundle; a bundle that does not hold the issuer of the server's certificate fails closed (the
/// authorizer's `Unauthorized`, a 401 at API Gateway) with the TLS failure in its log; a bundle that
/// cannot be read stops the function at start-up with a configuration error.
@Suite struct AuthorizerCABundleTests {
    static let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/reports/r-1"

    /// A self-signed certificate for 127.0.0.1 and its key, made by the openssl CLI.
    struct Certificate {
        let cert: String
        let key: String
        init(in directory: URL, name: String) throws {
            cert = directory.appendingPathComponent("\(name)-cert.pem").path
            key = directory.appendingPathComponent("\(name)-key.pem").path
            try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                 "-days", "1", "-subj", "/CN=127.0.0.1 \(name)", "-addext", "subjectAltName=IP:127.0.0.1"])
        }
    }

    /// `openssl s_server -WWW` serving `directory`'s files over HTTPS on a free loopback port.
    final class HTTPSFiles {
        let process = Process()
        let port: UInt16
        init(directory: URL, certificate: Certificate) throws {
            port = UInt16(closedLoopbackPort())
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["openssl", "s_server", "-accept", "127.0.0.1:\(port)", "-cert", certificate.cert, "-key", certificate.key,
                                 "-WWW", "-quiet"]
            process.currentDirectoryURL = directory
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Listening once a plain TCP connect succeeds.
            for _ in 0..<100 {
                if AuthorizerCABundleTests.canConnect(port) { return }
                usleep(50_000)
            }
            stop()
            throw SetupFailure()
        }
        func stop() {
            // s_server does not always exit on SIGTERM: kill it outright.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    struct SetupFailure: Error, CustomStringConvertible { var description: String { "openssl s_server did not start listening" } }

    struct Outcome {
        let answer: String
        let log: String
    }

    /// What `AWS_CA_BUNDLE` names.
    enum Bundle {
        /// The server's own (self-signed) certificate: its issuer.
        case serverCertificate
        /// Another self-signed certificate for the same address: not the issuer of the server's.
        case otherCertificate
        case missingFile
        case fileWithoutCertificate
    }

    /// One TOKEN event through the authorizer configured with `AWS_CA_BUNDLE` (`bundle`) against a JWKS served
    /// over loopback HTTPS: "allow", "unauthorized", "error", "none" or the init error, and the function's log.
    func authorize(bundle: Bundle) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ca-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let issuer = try LocalTokenIssuer(key: try RSAPrivateKey.generate())
        try Data(try LocalTokenIssuer.jwksDocument(keys: [(issuer.keyId, issuer.signingKey)]).utf8)
            .write(to: directory.appendingPathComponent("jwks.json"))
        let certificate = try Certificate(in: directory, name: "server")
        let server = try HTTPSFiles(directory: directory, certificate: certificate)
        defer { server.stop() }
        var environment = LocalCognito.authorizerEnvironment(jwksURL: "https://127.0.0.1:\(server.port)/jwks.json")
        switch bundle {
        case .serverCertificate: environment["AWS_CA_BUNDLE"] = certificate.cert
        case .otherCertificate: environment["AWS_CA_BUNDLE"] = try Certificate(in: directory, name: "other").cert
        case .missingFile: environment["AWS_CA_BUNDLE"] = directory.appendingPathComponent("no-such-bundle.pem").path
        case .fileWithoutCertificate:
            let path = directory.appendingPathComponent("not-a-bundle.pem").path
            try Data("just text\n".utf8).write(to: URL(fileURLWithPath: path))
            environment["AWS_CA_BUNDLE"] = path
        }

        let logPath = directory.appendingPathComponent("function.log").path
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try #require(FileHandle(forWritingAtPath: logPath))
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: TestDatabase.builtBinary("authorizer"), runtimeAPI: emulator.address,
                                          functionName: "authorizer", environment: environment, output: log)
        defer { process.stop(); emulator.stop(); try? log.close() }
        let token = try issuer.mint(.init(sub: "doctor-1", groups: ["doctors"], clinicId: "clinic-7"))
        let event = #"{"type":"TOKEN","methodArn":"\#(Self.methodArn)","authorizationToken":"Bearer \#(token)"}"#
        let id = emulator.enqueue(Array(event.utf8), timeoutMs: 10_000)
        let outcome = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 15_000, giveUp: { !process.isRunning })
        let answer: String
        switch outcome {
        case .response(let bytes)?: answer = String(decoding: bytes, as: UTF8.self).contains(#""Effect":"Allow""#) ? "allow" : "deny"
        case .error(let body, _)?: answer = String(decoding: body, as: UTF8.self) == #"{"errorMessage":"Unauthorized","errorType":"Unauthorized","stackTrace":[]}"# ? "unauthorized" : "error"
        case nil: answer = emulator.initError.map { "init error: " + String(decoding: $0, as: UTF8.self) } ?? "none"
        }
        process.stop()
        return Outcome(answer: answer, log: (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")
    }

    @Test func aBundleHoldingTheServersIssuerVerifiesATokenAgainstAnHTTPSKeySet() throws {
        let outcome = try authorize(bundle: .serverCertificate)
        #expect(outcome.answer == "allow", "\(outcome.answer); log: \(outcome.log.suffix(600))")
        #expect(outcome.log.contains("JWKS fetched"))
    }

    @Test func aBundleWithoutTheServersIssuerFailsClosedWithTheTLSFailureLogged() throws {
        let outcome = try authorize(bundle: .otherCertificate)
        #expect(outcome.answer == "unauthorized", "\(outcome.answer)")
        #expect(outcome.log.contains("JWKS fetch failed; denying"), "log: \(outcome.log.suffix(600))")
        #expect(outcome.log.contains("TLS failure"), "the log names the TLS failure: \(outcome.log.suffix(600))")
        #expect(!outcome.log.contains("Bearer"), "no token in the log")
    }

    @Test func aBundleThatCannotBeReadIsAConfigurationErrorAtStartUp() throws {
        for bundle in [Bundle.missingFile, .fileWithoutCertificate] {
            let outcome = try authorize(bundle: bundle)
            #expect(outcome.answer.hasPrefix("init error: "), "\(bundle): \(outcome.answer)")
            #expect(outcome.answer.contains("Runtime.ConfigurationError") && outcome.answer.contains("AWS_CA_BUNDLE"), "\(bundle): \(outcome.answer)")
        }
    }
}

extension AuthorizerCABundleTests {
    static func canConnect(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
