// Test-only function: exercises the loop's contract from inside a real
// process (errors, trace id, deadline, descriptors, oversize responses).
#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

struct ProbeError: LambdaError {
    var errorType: String { "ProbeFailure" }
    var errorMessage: String { "the probe was asked to fail" }
}

struct Probe: LambdaHandler {
    func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        let action = String(decoding: event, as: UTF8.self)
        switch action {
        case "\"fail\"":
            throw ProbeError()
        case "\"trace\"":
            let trace = getenv("_X_AMZN_TRACE_ID").map { String(cString: $0) }
            return Array((trace.map { JSONText.quoted($0) } ?? "null").utf8)
        case "\"context\"":
            let identity = context.cognitoIdentity?.cognitoIdentityId.map { JSONText.quoted($0) } ?? "null"
            let app = context.clientContext?.client?.appTitle.map { JSONText.quoted($0) } ?? "null"
            return Array("{\"requestId\":\(JSONText.quoted(context.requestId)),\"deadlineMs\":\(context.deadlineMs),\"remainingMs\":\(context.remainingMs),\"arn\":\(JSONText.quoted(context.invokedFunctionARN)),\"cognitoIdentityId\":\(identity),\"appTitle\":\(app)}".utf8)
        case "\"fds\"":
            var count = 0
            if let dir = opendir("/proc/self/fd") {
                while readdir(dir) != nil { count += 1 }
                closedir(dir)
            }
            return Array(String(count).utf8)
        case "\"oversize\"":
            return [UInt8](repeating: UInt8(ascii: "a"), count: 7 * 1024 * 1024)
        case "\"crash\"":
            exit(3)
        default:
            return event
        }
    }
}

Lambda.run {
    if getenv("PROBE_FAIL_INIT") != nil { throw ConfigurationError("PROBE_FAIL_INIT is set") }
    return Probe()
}
