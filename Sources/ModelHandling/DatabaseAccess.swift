import APIHandling
import AWSClients
import LambdaRuntime
import Store

/// The function's database through `DatabaseProvider`, with its failures in API terms: an unreachable,
/// lost or overloaded database is 503 with `Retry-After` (the request can simply be sent again).
public struct DatabaseAccess: Sendable {
    public static let retryAfterSeconds = 5
    public let provider: DatabaseProvider

    public init(provider: DatabaseProvider) { self.provider = provider }

    /// Runs `body` on the database; store failures become API errors, others pass through.
    public func run<T>(_ context: RouteContext, _ body: (Database, Int) throws -> T) throws -> T {
        do {
            let database = try provider.database(context: AWSCallContext(context.lambda))
            return try body(database, Self.timeoutMs(context.lambda))
        } catch let error as StoreError {
            throw apiError(error, logger: context.logger)
        }
    }

    /// A statement budget: what the invocation has left, less a margin to answer, at most 10 s.
    public static func timeoutMs(_ lambda: LambdaContext) -> Int { Int(max(100, min(10_000, lambda.budgetMs(reserving: 300)))) }

    public func apiError(_ error: StoreError, logger: Logger) -> APIError {
        switch error {
        case .connectionFailed, .connectionLost, .timedOut:
            if case .connectionFailed = error { provider.forgetCredentials() }
            logger.error("database unavailable", ["errorType": .string(error.errorType)])
            return APIError(status: 503, code: "SERVICE_UNAVAILABLE", message: "the database is unavailable; retry shortly",
                            retryAfterSeconds: Self.retryAfterSeconds)
        case .invalidCursor:
            return APIError.validation("cursor is not a cursor this API returned")
        default:
            logger.error("database failure", ["errorType": .string(error.errorType), "error": .string(error.errorMessage)])
            return APIError.internalError
        }
    }
}
