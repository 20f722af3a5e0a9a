import SummarizerHandler
import LambdaRuntime

Lambda.run { try SummarizerHandler(environment: .current) }
