// The `health` function (and, with FUNCTION_ROLE=migrate, the deploy-time migration): wiring only.
import HealthHandler
import LambdaRuntime

Lambda.run { try HealthExecutable(environment: .current) }
