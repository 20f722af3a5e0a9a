import Foundation
import LambdaRuntime
import LocalStack
import OpenSSLCrypto
import Testing
import TestSupport

/// The JWKS endpoint slow, down or serving a rotated key set under the real `authorizer` binary (libcurl,
/// its cache across invocations of one process): it fails closed in time, never dies, and recovers by itself.
/// (`JWKSCacheTests` and `TokenAbuseTests` check the same rules in process, with a controlled clock.)
@Suite struct JWKSThroughAuthorizerTests {
    static let methodArn = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/reports/r-1"

    /// A JWKS endpoint whose key set, delay and status a test changes, behind a forwarder that can refuse.
    final class Endpoint: @unchecked Sendable {
        let document = Shared<[UInt8]>([])
        let delayMs = Shared(0)
        let requests = Shared(0)
        private(set) var server: HTTPServer!
        let forwarder: LoopbackForwarder

        init() throws {
            let document = self.document, delayMs = self.delayMs, requests = self.requests
            server = try HTTPServer { _ in
                requests.update { $0 += 1 }
                usleep(useconds_t(delayMs.value) * 1000)
                return HTTPServer.Response(status: 200, headers: [("Content-Type", "application/json")], body: document.value)
            }
            forwarder = try LoopbackForwarder(upstreamPort: server.port)
        }
        var url: String { "http://\(forwarder.address)/.well-known/jwks.json" }
        func serve(_ keys: [(kid: String, key: RSAPrivateKey)]) throws { document.value = Array(try LocalTokenIssuer.jwksDocument(keys: keys).utf8) }
        func stop() { forwarder.stop(); server.stop() }
    }

    struct Setup {
        let endpoint: Endpoint
        let emulator: RuntimeEmulator
        let process: FunctionProcess
        let a: LocalTokenIssuer
        let b: LocalTokenIssuer
        func stop() { process.stop(); emulator.stop(); endpoint.stop() }

        /// Allowed, denied (the function's `Unauthorized`), or no answer; and how long it took.
        func authorize(_ issuer: LocalTokenIssuer, timeoutMs: Int64 = 10_000) throws -> (String, Int64) {
            let token = try issuer.mint(.init(sub: "doctor-1", groups: ["doctors"], clinicId: "clinic-7"))
            let event = #"{"type":"TOKEN","methodArn":"\#(JWKSThroughAuthorizerTests.methodArn)","authorizationToken":"Bearer \#(token)"}"#
            let started = WallClock.nowMs()
            let id = emulator.enqueue(Array(event.utf8), timeoutMs: timeoutMs)
            let outcome = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + timeoutMs + 5_000, giveUp: { !process.isRunning })
            let ms = WallClock.nowMs() - started
            switch outcome {
            case .response(let bytes)?: return (String(decoding: bytes, as: UTF8.self).contains(#""Effect":"Allow""#) ? "allow" : "deny", ms)
            case .error(let body, _)?: return (String(decoding: body, as: UTF8.self).contains("Unauthorized") ? "unauthorized" : "error", ms)
            case nil: return ("none", ms)
            }
        }
    }

    func start(_ configure: (Endpoint, LocalTokenIssuer, LocalTokenIssuer) throws -> Void) throws -> Setup {
        let endpoint = try Endpoint()
        let a = try LocalTokenIssuer(key: try RSAPrivateKey.generate())
        let b = try LocalTokenIssuer(key: try RSAPrivateKey.generate())
        try configure(endpoint, a, b)
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: TestDatabase.builtBinary("authorizer"), runtimeAPI: emulator.address,
                                          functionName: "authorizer", environment: LocalCognito.authorizerEnvironment(jwksURL: endpoint.url))
        return Setup(endpoint: endpoint, emulator: emulator, process: process, a: a, b: b)
    }

    @Test func aKeySetEndpointThatIsDownFailsClosedFastThenRecoversInTheSameProcess() throws {
        let setup = try start { endpoint, a, _ in
            try endpoint.serve([(a.keyId, a.signingKey)])
            endpoint.forwarder.refuse()
        }
        defer { setup.stop() }
        let (down, ms) = try setup.authorize(setup.a)
        #expect(down == "unauthorized" && ms < 3_000, "refused connection: denied in \(ms) ms")
        try setup.endpoint.forwarder.resume()
        usleep(1_200_000) // JWKSCache.retryAfterFailureMs
        #expect(try setup.authorize(setup.a).0 == "allow")
        #expect(setup.process.isRunning)
    }

    @Test func aSlowKeySetEndpointIsCutOffWithinTheDeadlineThenUsedWhenItIsFastAgain() throws {
        let setup = try start { endpoint, a, _ in
            try endpoint.serve([(a.keyId, a.signingKey)])
            endpoint.delayMs.value = 8_000
        }
        defer { setup.stop() }
        let (slow, ms) = try setup.authorize(setup.a, timeoutMs: 6_000)
        #expect(slow == "unauthorized", "a fetch slower than its bound denies: \(slow)")
        #expect(ms < 6_000, "answered within the invocation's deadline (\(ms) ms)")
        setup.endpoint.delayMs.value = 0
        // Recovery within a bounded time: the endpoint may still be sleeping on the cut-off request, and a
        // loaded machine can put the next fetch inside the cache's back-off; a few spaced attempts, never more.
        var recovered = "none"
        for _ in 0..<5 where recovered != "allow" {
            usleep(1_200_000) // JWKSCache.retryAfterFailureMs
            recovered = try setup.authorize(setup.a).0
        }
        #expect(recovered == "allow", "the same process verifies again once the endpoint is fast")
        #expect(setup.process.isRunning)
    }

    @Test func aRotatedKeySetIsPickedUpAndTheRetiredKeyStopsVerifying() throws {
        let setup = try start { endpoint, a, _ in try endpoint.serve([(a.keyId, a.signingKey)]) }
        defer { setup.stop() }
        #expect(try setup.authorize(setup.a).0 == "allow")
        try setup.endpoint.serve([(setup.b.keyId, setup.b.signingKey)])
        usleep(10_200_000) // JWKSCache.refetchIntervalMs: an unknown kid refetches at most this often
        #expect(try setup.authorize(setup.b).0 == "allow", "the new key is fetched without a restart")
        #expect(try setup.authorize(setup.a).0 == "unauthorized", "the key rotated out no longer verifies")
        #expect(setup.endpoint.requests.value == 2)
        #expect(setup.process.isRunning)
    }
}
