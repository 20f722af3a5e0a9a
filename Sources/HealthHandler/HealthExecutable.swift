import LambdaRuntime
import MigrateHandler

/// The `health` executable's two deployments. The owner fixed five executables,
/// so the deploy-time schema migration (template.yaml `MigrateFunction`, the
/// only function holding the owner role's secret) runs this same binary with
/// `FUNCTION_ROLE=migrate`; `HealthFunction` runs it as the health check.
public struct HealthExecutable: LambdaHandler {
    enum Role {
        case health(HealthHandler)
        case migrate(MigrateHandler)
    }

    let role: Role

    public init(environment: Environment) throws {
        switch environment["FUNCTION_ROLE"] ?? "health" {
        case "health": role = .health(try HealthHandler(environment: environment))
        case "migrate": role = .migrate(try MigrateHandler(environment: environment))
        case let other: throw ConfigurationError("FUNCTION_ROLE must be health (default) or migrate, not \(other)")
        }
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        switch role {
        case .health(let handler): return try handler.handle(event, context: context)
        case .migrate(let handler): return try handler.handle(event, context: context)
        }
    }
}
