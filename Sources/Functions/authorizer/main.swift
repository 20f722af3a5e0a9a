// The `authorizer` function: wiring only.
import AWSClientsCore
import AuthorizerHandler
import LambdaRuntime

Lambda.run { environment in
    try HTTPClient.shared.trustCABundle(from: environment) // AWS_CA_BUNDLE, for every HTTPS call of this process
    return try AuthorizerHandler(environment: environment)
}
