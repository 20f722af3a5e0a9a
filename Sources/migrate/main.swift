// The `migrate` function (deploy time): wiring only.
import LambdaRuntime
import MigrateHandler

Lambda.run { try MigrateHandler(environment: .current) }
