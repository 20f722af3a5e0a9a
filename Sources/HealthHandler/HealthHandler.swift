import APIHandlingCore
import AWSClientsCore
import LambdaRuntime
import StoreCore

/// `GET /health` (open route, no authorizer): the function is alive, and, when
/// a database is configured (`DATABASE_URL` or `DB_SECRET_ARN`), it answers a
/// bounded `SELECT 1`. 200 `"database":"ok"` or `"not_configured"`; 503 with
/// `Retry-After`, `"database":"unavailable"` and the one error object otherwise.
public struct HealthHandler: LambdaHandler {
    /// The answer, written by hand: it is tiny, and `GET /health` is the path load balancers and
    /// monitors call most (no Codable on it).
    struct Status {
        let status: String
        let version: String
        let function: String
        let region: String
        let database: String
        /// The one error object (`code`, `message`, `requestId`) when unavailable.
        let error: (code: String, message: String, requestId: String)?

        var json: [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(160)
            func member(_ name: String, _ value: String, first: Bool = false) {
                if !first { out.append(0x2C) }
                JSONText.appendQuoted(name, to: &out)
                out.append(0x3A)
                JSONText.appendQuoted(value, to: &out)
            }
            out.append(0x7B)
            member("database", database, first: true)
            if let error {
                out.append(contentsOf: #","error":{"#.utf8)
                member("code", error.code, first: true)
                member("message", error.message)
                member("requestId", error.requestId)
                out.append(0x7D)
            }
            member("function", function)
            member("region", region)
            member("status", status)
            member("version", version)
            out.append(0x7D)
            return out
        }
    }

    /// The check never takes more than this, nor more than the invocation has left.
    static let checkBudgetMs: Int64 = 2_000
    /// Kept back from the deadline so the 503 itself gets out in time.
    static let answerReserveMs: Int64 = 250
    static let retryAfterSeconds = 5

    private let api: APIGatewayHandler

    public init(environment: Environment) throws {
        let version = environment.string("APP_VERSION", default: BuildInfo.version)
        let function = environment.string("AWS_LAMBDA_FUNCTION_NAME", default: "health")
        let region = environment.string("AWS_REGION", default: "unknown")
        let provider = try DatabaseProvider.fromEnvironment(environment, logger: Logger(environment: environment))
        var router = Router()
        router.add("GET", "/health") { request, context in
            func answer(_ status: String, database: String) -> [UInt8] {
                Status(status: status, version: version, function: function, region: region, database: database, error: nil).json
            }
            guard let provider else { return APIResponse(status: 200, body: answer("ok", database: "not_configured")) }
            if HealthHandler.databaseAnswers(provider, context: context) {
                return APIResponse(status: 200, body: answer("ok", database: "ok"))
            }
            let unavailable = Status(status: "unavailable", version: version, function: function, region: region, database: "unavailable",
                                     error: ("SERVICE_UNAVAILABLE", "the database is not reachable", request.requestId))
            return APIResponse(status: 503, headers: ["Retry-After": String(HealthHandler.retryAfterSeconds)], body: unavailable.json)
        }
        api = APIGatewayHandler(router: router, cors: try CORSPolicy(environment: environment))
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        try api.handle(event, context: context)
    }

    /// `SELECT 1` within min(2 s, what the invocation has left); logs why not, never throws.
    static func databaseAnswers(_ provider: DatabaseProvider, context: RouteContext) -> Bool {
        let started = WallClock.monotonicNs()
        let budgetMs = min(checkBudgetMs, context.lambda.remainingMs - answerReserveMs)
        guard budgetMs >= 100 else {
            context.logger.warn("database check skipped: no time left", ["remainingMs": .int(context.lambda.remainingMs)])
            return false
        }
        do {
            let database = try provider.database(context: AWSCallContext(deadlineMs: WallClock.nowMs() + budgetMs,
                                                                         traceId: context.lambda.traceId, logger: context.logger))
            try database.ping(timeoutMs: Int(budgetMs))
            context.logger.debug("database check", ["ms": .int(Int64((WallClock.monotonicNs() - started) / 1_000_000))])
            return true
        } catch let error as StoreError {
            // A refused login may be a rotated password: fetch the secret again next time.
            if case .connectionFailed = error { provider.forgetCredentials() }
            context.logger.warn("database check failed", ["errorType": .string(error.errorType), "error": .string(error.errorMessage),
                                                          "ms": .int(Int64((WallClock.monotonicNs() - started) / 1_000_000))])
            return false
        } catch {
            context.logger.warn("database check failed", ["errorType": .string(String(describing: type(of: error)))])
            return false
        }
    }
}
