import APIHandling
import LambdaRuntime

/// `GET /health`: liveness of the function (open route, no authorizer).
public struct HealthHandler: LambdaHandler {
    struct Status: Encodable {
        let status: String
        let version: String
        let function: String
        let region: String
    }

    private let api: APIGatewayHandler

    public init(environment: Environment) throws {
        let status = Status(status: "ok",
                            version: environment.string("APP_VERSION", default: BuildInfo.version),
                            function: environment.string("AWS_LAMBDA_FUNCTION_NAME", default: "health"),
                            region: environment.string("AWS_REGION", default: "unknown"))
        var router = Router()
        router.add("GET", "/health") { _, _ in try JSONBody.encode(status) }
        api = APIGatewayHandler(router: router)
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        try api.handle(event, context: context)
    }
}
