// Benchmarks for the AWS client layer (never deployed):
//   swift run -c release bench-aws [--round-trips N]
// 1. SigV4 signing of a Converse request: median of 10,000.
// 2. A warm Converse round trip (sign, libcurl keep-alive, server-side SigV4
//    verification, JSON both ways) against a loopback Bedrock-compatible server: median of N.
import AWSClients
import Foundation
import LambdaRuntime
import LocalStack

let arguments = CommandLine.arguments
var roundTrips = 1_000
if let flag = arguments.firstIndex(of: "--round-trips"), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]), n > 0 {
    roundTrips = n
}

func percentile(_ samples: [UInt64], _ p: Double) -> Double {
    let sorted = samples.sorted()
    return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
}

let modelId = "us.anthropic.claude-3-5-sonnet-20240620-v1:0"
let clinicalText = String(repeating: "Paciente de 54 años con dolor torácico opresivo de 2 horas de evolución. ", count: 14)
let credentials = AWSCredentials(accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret", sessionToken: "bench-session-token")
let environment = Environment(["AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": credentials.accessKeyId,
                               "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey, "AWS_SESSION_TOKEN": credentials.sessionToken!])

// 1. Signing.
let body = Array(#"{"messages":[{"role":"user","content":[{"text":"\#(clinicalText)"}]}],"system":[{"text":"Resume la nota clínica."}],"inferenceConfig":{"maxTokens":512,"temperature":0.2}}"#.utf8)
let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "bedrock")
let url = "https://bedrock-runtime.us-east-1.amazonaws.com/model/\(AWSURIEncoding.encode(modelId, keepingSlashes: false))/converse"
var signSamples: [UInt64] = []
signSamples.reserveCapacity(10_000)
for _ in 0..<10_000 {
    var request = HTTPRequest(method: "POST", url: url, headers: [("Content-Type", "application/json")], body: body)
    let start = WallClock.monotonicNs()
    _ = try signer.sign(&request)
    signSamples.append(WallClock.monotonicNs() - start)
}
print(String(format: "sigv4 sign Converse request (%d-byte body): median %.1f µs, p99 %.1f µs over 10000 runs",
             body.count, percentile(signSamples, 0.5) / 1_000, percentile(signSamples, 0.99) / 1_000))

// 2. Warm round trip against a loopback server that verifies every signature.
let rejected = ManagedAtomicCounter()
let server = try HTTPServer { request in
    let verdict = SigV4Verifier.verify(method: request.method, rawPath: request.path, rawQuery: request.query,
                                       headers: request.headers.fields.map { ($0.name, $0.value) }, body: request.body,
                                       secretForAccessKey: { $0 == "AKIDBENCH" ? "bench-secret" : nil })
    guard case .success = verdict else {
        rejected.increment()
        return .json(403, #"{"message":"signature mismatch"}"#, headers: [("x-amzn-ErrorType", "InvalidSignatureException")])
    }
    return .json(200, #"{"output":{"message":{"role":"assistant","content":[{"text":"Resumen: dolor torácico agudo; descartar síndrome coronario."}]}},"stopReason":"end_turn","usage":{"inputTokens":260,"outputTokens":18,"totalTokens":278},"metrics":{"latencyMs":1}}"#)
}
defer { server.stop() }
let client = try BedrockRuntimeClient(environment: Environment(environment.values.merging(["AWS_ENDPOINT_URL_BEDROCK_RUNTIME": server.baseURL]) { $1 }))
let logger = Logger(level: .warn)
func converseOnce() throws {
    let context = AWSCallContext(deadlineMs: WallClock.nowMs() + 10_000, traceId: "Root=1-5759e988-bd862e3fe1be46a994272793", logger: logger)
    _ = try client.converse(modelId: modelId, system: "Resume la nota clínica.", messages: [.user(clinicalText)],
                            inferenceConfig: InferenceConfig(maxTokens: 512, temperature: 0.2), guardrail: nil, context: context)
}
for _ in 0..<20 { try converseOnce() } // warm: connection open, code paged in
var tripSamples: [UInt64] = []
for _ in 0..<roundTrips {
    let start = WallClock.monotonicNs()
    try converseOnce()
    tripSamples.append(WallClock.monotonicNs() - start)
}
print(String(format: "warm Converse round trip to loopback (server verifies SigV4): median %.1f µs, p99 %.1f µs over %d calls",
             percentile(tripSamples, 0.5) / 1_000, percentile(tripSamples, 0.99) / 1_000, roundTrips))
if rejected.value > 0 {
    print("error: the loopback server rejected \(rejected.value) signatures")
    exit(1)
}

/// A counter the server threads bump.
final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
