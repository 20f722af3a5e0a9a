// The `chat` function: wiring only.
import AWSClients
import ChatHandler
import LambdaRuntime

Lambda.run { environment in
    try HTTPClient.shared.trustCABundle(from: environment) // AWS_CA_BUNDLE, for every HTTPS call of this process
    return try ChatHandler(environment: environment)
}
