import ChatHandler
import LambdaRuntime

Lambda.run { try ChatHandler(environment: .current) }
