// Benchmark-only function: returns its event unchanged through the real loop.
import LambdaRuntime

struct Echo: LambdaHandler {
    func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] { event }
}

Lambda.run { Echo() }
