import LambdaRuntime

/// The error API Gateway turns into 401: the message must be exactly `Unauthorized`.
public struct Unauthorized: LambdaError, Equatable {
    public init() {}
    public var errorType: String { "Unauthorized" }
    public var errorMessage: String { "Unauthorized" }
}
