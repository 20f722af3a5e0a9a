// The `authorizer` function: wiring only.
import AuthorizerHandler
import LambdaRuntime

Lambda.run { try AuthorizerHandler(environment: .current) }
