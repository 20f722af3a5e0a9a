/// A function's handler: the event's bytes in, the response's bytes out.
/// Throwing reports a function error for this invocation only; the loop goes on.
public protocol LambdaHandler {
    mutating func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8]
}

/// An error with the type and message the Runtime API reports. Messages
/// must never carry PHI: they end up in CloudWatch and in API responses.
public protocol LambdaError: Error {
    var errorType: String { get }
    var errorMessage: String { get }
}

/// The event could not be decoded into what the function expects.
public struct InvalidEventError: LambdaError {
    public let errorMessage: String
    public init(_ message: String) { self.errorMessage = message }
    public var errorType: String { "Runtime.InvalidEvent" }
}

/// A handler made of a closure, for small functions and tests.
public struct ClosureHandler: LambdaHandler {
    let body: ([UInt8], LambdaContext) throws -> [UInt8]
    public init(_ body: @escaping ([UInt8], LambdaContext) throws -> [UInt8]) { self.body = body }
    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] { try body(event, context) }
}

extension Error {
    /// The type and message to report for any error; for errors that are not
    /// `LambdaError`, the Swift type name and a generic message (their
    /// descriptions might carry data we do not control).
    var lambdaErrorFields: (type: String, message: String) {
        if let error = self as? LambdaError { return (error.errorType, error.errorMessage) }
        let typeName = String(describing: Swift.type(of: self))
        return (typeName, "unhandled error of type \(typeName)")
    }
}
