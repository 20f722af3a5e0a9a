import APIHandling
import LambdaRuntime

/// Not built yet: runs the real loop and answers 501 NOT_IMPLEMENTED for API
/// events (see the README's status table).
public struct ChatHandler: LambdaHandler {
    private let api = NotImplementedFunction.handler(function: "chat", routes: [("POST", "/chat"), ("GET", "/chat/sessions/{sessionId}"), ("GET", "/usage"), ])

    public init(environment: Environment) throws {}

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        try api.handle(event, context: context)
    }
}
