// The `health` function (and, with FUNCTION_ROLE=migrate, the deploy-time migration): wiring only.
import AWSClientsCore
import HealthHandler
import LambdaRuntime

Lambda.run { environment in
    try HTTPClient.shared.trustCABundle(from: environment) // AWS_CA_BUNDLE, for every HTTPS call of this process
    return try HealthExecutable(environment: environment)
}
