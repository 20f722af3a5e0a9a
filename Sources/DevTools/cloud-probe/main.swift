// Test-only function of the local cloud (never deployed, not one of the five):
// does what a request asks, so the tests can see pools, timeouts, crashes,
// memory limits, proxy events and async retries from a real process.
//   API event: ?action=echo|sleep|fail|crash|allocate|malformed|binary, &ms=, &mb=
//   S3 / EventBridge event: recorded under PROBE_RECORD_DIR; fails when an object key contains "fail".
#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

struct ProbeFailure: LambdaError {
    var errorType: String { "ProbeFailure" }
    var errorMessage: String { "the cloud probe was asked to fail" }
}

struct CloudProbe: LambdaHandler {
    var retained: [[UInt8]] = []

    mutating func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        let parsed = try? JSONValue.parse(event)
        if parsed?["httpMethod"] == nil { return try asynchronous(event, parsed, context: context) }
        let query = parsed?["queryStringParameters"]?.stringMap ?? [:]
        let action = query["action"] ?? parsed?["pathParameters"]?["action"]?.string ?? "echo"
        context.logger.info("cloud probe", ["action": .string(action)])
        switch action {
        case "sleep":
            usleep(useconds_t((Int(query["ms"] ?? "1000") ?? 1000) * 1000))
            return answer("{\"pid\":\(getpid()),\"requestId\":\(JSONText.quoted(context.requestId))}")
        case "fail":
            throw ProbeFailure()
        case "crash":
            exit(3)
        case "allocate":
            // Touched pages count towards the resident set, as in a real leak.
            let count = (Int(query["mb"] ?? "64") ?? 64) << 20
            var block = [UInt8](repeating: 0, count: count)
            for index in stride(from: 0, to: count, by: 4096) { block[index] = 1 }
            retained.append(block)
            usleep(300_000)
            return answer("{\"pid\":\(getpid()),\"allocatedMB\":\(count >> 20)}")
        case "malformed":
            return Array("{\"statusCode\":200,\"body\":\"x\",\"unexpected\":true}".utf8)
        case "binary":
            return Array("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/octet-stream\"},\"body\":\"AAECAwD/\",\"isBase64Encoded\":true}".utf8)
        default:
            var body = Array("{\"pid\":\(getpid()),\"functionArn\":".utf8)
            JSONText.appendQuoted(context.invokedFunctionARN, to: &body)
            body.append(contentsOf: ",\"event\":".utf8)
            body.append(contentsOf: event)
            body.append(0x7D)
            return answer(String(decoding: body, as: UTF8.self))
        }
    }

    private func answer(_ body: String) -> [UInt8] {
        var out = Array("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"multiValueHeaders\":{\"X-Probe\":[\"a\",\"b\"]},\"body\":".utf8)
        JSONText.appendQuoted(body, to: &out)
        out.append(0x7D)
        return out
    }

    /// S3 notifications and EventBridge events: written to PROBE_RECORD_DIR/<requestId>-<attempt pid>.json.
    private func asynchronous(_ event: [UInt8], _ parsed: JSONValue?, context: LambdaContext) throws -> [UInt8] {
        let key = parsed?["Records"]?.array?.first?["s3"]?["object"]?["key"]?.string ?? ""
        context.logger.info("cloud probe event", ["bytes": .from(event.count)])
        if let directory = getenv("PROBE_RECORD_DIR").map({ String(cString: $0) }) {
            let path = "\(directory)/\(context.requestId)-\(getpid())-\(WallClock.monotonicNs()).json"
            if let file = fopen(path, "w") {
                _ = event.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
                fclose(file)
            }
        }
        if key.contains("fail") { throw ProbeFailure() }
        return Array("{\"recorded\":true}".utf8)
    }
}

Lambda.run { CloudProbe() }
