#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Runtime API loop: start-up, then next → handle → response/error,
/// forever. Modelled on aws-lambda-go's invoke loop: one loop, explicit errors.
public enum Lambda {
    /// Runs the function. `makeHandler` reads configuration and builds the
    /// handler; if it throws, the error goes to `/runtime/init/error` and the
    /// process exits non-zero. Never returns.
    public static func run<Handler: LambdaHandler>(_ makeHandler: () throws -> Handler) -> Never {
        run { (_: Environment) in try makeHandler() }
    }

    /// The same, handing `makeHandler` the environment the loop itself read at start-up, so the process
    /// environment is read once (a `[String: String]` of every variable is not free on a cold start).
    public static func run<Handler: LambdaHandler>(_ makeHandler: (Environment) throws -> Handler) -> Never {
        let environment = Environment.current
        guard let address = environment["AWS_LAMBDA_RUNTIME_API"] else {
            writeStandardError("AWS_LAMBDA_RUNTIME_API is not set: this program is a Lambda function and talks to the Lambda Runtime API. Run it locally with `lambda-local invoke <function> <event.json>`.\n")
            exit(2)
        }
        signal(SIGPIPE, SIG_IGN) // a peer closing the socket is an error, not a signal
        let logger = Logger(environment: environment)
        let client: RuntimeAPIClient
        do { client = try RuntimeAPIClient(address: address) } catch {
            logger.log(.fatal, "bad runtime address", ["error": .string("\(error)")])
            exit(2)
        }
        var handler: Handler
        do {
            handler = try makeHandler(environment)
        } catch {
            let (type, message) = error.lambdaErrorFields
            logger.log(.fatal, "initialization failed", ["errorType": .string(type), "errorMessage": .string(message)])
            do { try client.reportInitError(type: type, message: message) } catch {
                logger.log(.fatal, "could not report init error", ["error": .string("\(error)")])
            }
            exit(1)
        }
        var loop = InvokeLoop(client: client, logger: logger)
        while true {
            do {
                try loop.runOnce(&handler)
            } catch {
                // Only Runtime API failures reach here (500, connection lost twice):
                // the sandbox is gone, so exit promptly and let Lambda restart us.
                logger.log(.fatal, "runtime API failure, exiting", ["error": .string("\(error)")])
                exit(1)
            }
        }
    }

    static func writeStandardError(_ text: String) {
        var copy = text
        copy.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}

/// One iteration of the loop, separated so tests and benchmarks can see it.
struct InvokeLoop {
    let client: RuntimeAPIClient
    let logger: Logger
    private let traceVariable = TraceIdVariable()
    init(client: RuntimeAPIClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    mutating func runOnce<Handler: LambdaHandler>(_ handler: inout Handler) throws {
        let invocation = try client.next()
        let requestLogger = logger.with(requestId: invocation.requestId)

        // The trace id belongs to this invocation only.
        traceVariable.set(invocation.traceId)

        let deadline: Int64
        if let value = invocation.deadlineMs { deadline = value } else {
            requestLogger.warn("invocation has no deadline; assuming the 15-minute maximum")
            deadline = WallClock.nowMs() + 900_000
        }
        let context = LambdaContext(
            requestId: invocation.requestId, deadlineMs: deadline,
            invokedFunctionARN: invocation.invokedFunctionARN, traceId: invocation.traceId,
            clientContext: decodeHeader(invocation.clientContext, ClientContext.init(json:), "client context", requestLogger),
            cognitoIdentity: decodeHeader(invocation.cognitoIdentity, CognitoIdentity.init(json:), "cognito identity", requestLogger),
            logger: requestLogger)

        let payload: [UInt8]
        do {
            payload = try handler.handle(invocation.event, context: context)
        } catch {
            let (type, message) = error.lambdaErrorFields
            requestLogger.error("invocation failed", ["errorType": .string(type), "eventBytes": .from(invocation.event.count)])
            let status = try client.reportError(requestId: invocation.requestId, type: type, message: message)
            if status != 202 { requestLogger.error("runtime API refused the error report", ["status": .from(status)]) }
            return
        }

        let status = try client.respond(requestId: invocation.requestId, payload: payload)
        switch status {
        case 202:
            break
        case 413:
            // Above the 6 MB limit: the caller must still learn what happened.
            requestLogger.error("response rejected as too large", ["responseBytes": .from(payload.count)])
            _ = try client.reportError(requestId: invocation.requestId, type: "Function.ResponseSizeTooLarge",
                                       message: "response of \(payload.count) bytes exceeds the Runtime API limit")
        default:
            requestLogger.error("runtime API refused the response", ["status": .from(status), "responseBytes": .from(payload.count)])
        }
    }

    private func decodeHeader<T>(_ text: String?, _ decode: (String) -> T?, _ name: String, _ logger: Logger) -> T? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = decode(text) else {
            logger.warn("undecodable context header", ["header": .string(name)])
            return nil
        }
        return value
    }
}
