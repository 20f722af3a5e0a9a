import LambdaRuntime

/// Why an AWS call failed, after retries where they apply.
public enum AWSCallError: Error, Sendable, CustomStringConvertible, LambdaError {
    /// The service answered with an error (the last answer, when retries ran out).
    case service(AWSErrorDetails)
    /// The call's deadline came before a successful answer.
    case deadlineExceeded(attempts: Int)
    /// The network failed on the last attempt.
    case transport(HTTPClientError)
    case missingCredentials(AWSCredentialsError)
    case invalidRequest(String)
    /// A 2xx answer whose body is not what the API documents.
    case malformedResponse(String)

    public var description: String {
        switch self {
        case .service(let details): return "AWS error \(details)"
        case .deadlineExceeded(let attempts): return "AWS call stopped at its deadline after \(attempts) attempt(s)"
        case .transport(let error): return "\(error)"
        case .missingCredentials(let error): return "\(error)"
        case .invalidRequest(let why): return "invalid AWS request: \(why)"
        case .malformedResponse(let why): return "malformed AWS response: \(why)"
        }
    }

    /// The AWS error code, when the service answered.
    public var code: String? { if case .service(let details) = self { return details.code } else { return nil } }
    /// A missing object or key (S3 `NoSuchKey`/404, `ResourceNotFoundException`).
    public var isNotFound: Bool {
        guard case .service(let details) = self else { return false }
        return details.status == 404 || details.code == "ResourceNotFoundException" || details.code == "NoSuchKey"
    }

    public var errorType: String { "AWS.CallFailed" }
    public var errorMessage: String { description }
}
