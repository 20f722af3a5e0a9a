import FileProcessorHandler
import LambdaRuntime

Lambda.run { try FileProcessorHandler(environment: .current) }
