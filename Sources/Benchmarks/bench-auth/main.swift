// Benchmark: the authorizer handler's time per invocation with a valid token,
// in process (no Runtime API loop): first invocation (JWKS fetch over loopback
// HTTP with the libcurl client), then the warm median of 10,000.
// Run pinned for stable figures: `taskset -c 0 .build/release/bench-auth`.
import AWSEvents
import Auth
import AuthorizerHandler
import Foundation
import LambdaRuntime
import LocalStack
import OpenSSLCrypto

func microseconds(_ start: UInt64, _ end: UInt64) -> Double { Double(end - start) / 1000 }

func percentile(_ sorted: [Double], _ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }

let iterations = 10_000
let issuer = try LocalTokenIssuer(key: RSAPrivateKey.generate(bits: 2048))
let jwks = Array(try issuer.jwksDocument().utf8)
let server = try HTTPServer { _ in HTTPServer.Response(status: 200, headers: [("Content-Type", "application/json")], body: jwks) }
let configuration = CognitoConfiguration(userPoolId: LocalCognito.userPoolId, clientIds: [issuer.clientId], tokenUse: .id,
                                         issuer: issuer.issuer, jwksURL: server.baseURL + "/.well-known/jwks.json")
let token = try issuer.mint(.init(sub: "bench-doctor", groups: ["doctors"], clinicId: "clinic-bench", email: "doctor@example.org"))
let event = Array(try JSONEncoder().encode(APIGatewayTokenAuthorizerEvent(
    methodArn: "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/patients/p-1/reports",
    authorizationToken: "Bearer " + token)))
let logger = Logger(level: .info, sink: { _ in })
func context() -> LambdaContext {
    LambdaContext(requestId: "bench", deadlineMs: WallClock.nowMs() + 3_000, invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:authorizer",
                  traceId: nil, logger: logger)
}

let initStart = WallClock.monotonicNs()
let handler = AuthorizerHandler(configuration: configuration, fetcher: HTTPClientJWKSFetcher())
let initEnd = WallClock.monotonicNs()

let firstStart = WallClock.monotonicNs()
let firstAnswer = try handler.handle(event, context: context())
let firstEnd = WallClock.monotonicNs()
guard String(decoding: firstAnswer, as: UTF8.self).contains("\"Allow\"") else { fatalError("the benchmark token was not allowed") }

var handleTimes = [Double]()
handleTimes.reserveCapacity(iterations)
for _ in 0..<iterations {
    let invocationContext = context()
    let start = WallClock.monotonicNs()
    _ = try handler.handle(event, context: invocationContext)
    handleTimes.append(microseconds(start, WallClock.monotonicNs()))
}
handleTimes.sort()

var verifyTimes = [Double]()
verifyTimes.reserveCapacity(iterations)
for _ in 0..<iterations {
    let start = WallClock.monotonicNs()
    _ = try handler.verifier.verify(token: token, budgetMs: 1_000, logger: logger)
    verifyTimes.append(microseconds(start, WallClock.monotonicNs()))
}
verifyTimes.sort()

let publicKey = try issuer.signingKey.publicKey()
let parts = token.split(separator: ".")
let signature = Base64URL.decode(String(parts[2]))!
let signingInput = Array("\(parts[0]).\(parts[1])".utf8)
var rsaTimes = [Double]()
rsaTimes.reserveCapacity(iterations)
for _ in 0..<iterations {
    let start = WallClock.monotonicNs()
    precondition(publicKey.verifyRS256(signature: signature, message: signingInput))
    rsaTimes.append(microseconds(start, WallClock.monotonicNs()))
}
rsaTimes.sort()

print("bench-auth (\(iterations) iterations, RSA-2048, TOKEN event of \(event.count) bytes)")
print(String(format: "  handler init:                    %8.1f µs", microseconds(initStart, initEnd)))
print(String(format: "  first invocation (JWKS fetch):   %8.1f µs", microseconds(firstStart, firstEnd)))
print(String(format: "  warm invocation   median %7.1f µs   p99 %7.1f µs", percentile(handleTimes, 0.5), percentile(handleTimes, 0.99)))
print(String(format: "  token verify      median %7.1f µs   p99 %7.1f µs", percentile(verifyTimes, 0.5), percentile(verifyTimes, 0.99)))
print(String(format: "  RS256 verify only median %7.1f µs   p99 %7.1f µs", percentile(rsaTimes, 0.5), percentile(rsaTimes, 0.99)))

