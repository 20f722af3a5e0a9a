import HealthHandler
import LambdaRuntime

Lambda.run { try HealthHandler(environment: .current) }
