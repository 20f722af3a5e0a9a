import APIHandling
import LambdaRuntime

/// Not built yet: runs the real loop and answers 501 NOT_IMPLEMENTED for API
/// events (see the README's status table).
public struct SummarizerHandler: LambdaHandler {
    private let api = NotImplementedFunction.handler(function: "summarizer", routes: [("POST", "/summarize"), ("GET", "/patients/{patientId}/reports"), ("GET", "/reports/{reportId}"), ])

    public init(environment: Environment) throws {}

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        try api.handle(event, context: context)
    }
}
