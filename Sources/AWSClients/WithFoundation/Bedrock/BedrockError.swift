import AWSClientsCore
import LambdaRuntime

/// Bedrock runtime failures, typed by AWS error code. `isRetryable` says
/// whether trying later could help (the client has already retried within
/// its budget; callers use it to decide on a fallback).
public enum BedrockError: Error, Sendable, CustomStringConvertible, LambdaError {
    case throttling(AWSErrorDetails)
    case serviceUnavailable(AWSErrorDetails)
    case modelNotReady(AWSErrorDetails)
    case modelTimeout(AWSErrorDetails)
    case modelError(AWSErrorDetails)
    case validation(String)
    case accessDenied(AWSErrorDetails)
    case resourceNotFound(AWSErrorDetails)
    case serviceQuotaExceeded(AWSErrorDetails)
    case internalServer(AWSErrorDetails)
    /// Any other error answer.
    case service(AWSErrorDetails)
    case deadlineExceeded(attempts: Int)
    case transport(HTTPClientError)
    case missingCredentials(AWSCredentialsError)
    case invalidRequest(String)
    case malformedResponse(String)

    init(_ error: AWSCallError) {
        switch error {
        case .service(let details): self = BedrockError(details)
        case .deadlineExceeded(let attempts): self = .deadlineExceeded(attempts: attempts)
        case .transport(let error): self = .transport(error)
        case .missingCredentials(let error): self = .missingCredentials(error)
        case .invalidRequest(let why): self = .invalidRequest(why)
        case .malformedResponse(let why): self = .malformedResponse(why)
        }
    }

    init(_ details: AWSErrorDetails) {
        switch details.code {
        case "ThrottlingException": self = .throttling(details)
        case "ServiceUnavailableException": self = .serviceUnavailable(details)
        case "ModelNotReadyException": self = .modelNotReady(details)
        case "ModelTimeoutException": self = .modelTimeout(details)
        case "ModelErrorException": self = .modelError(details)
        case "ValidationException": self = .validation(details.message)
        case "AccessDeniedException": self = .accessDenied(details)
        case "ResourceNotFoundException": self = .resourceNotFound(details)
        case "ServiceQuotaExceededException": self = .serviceQuotaExceeded(details)
        case "InternalServerException": self = .internalServer(details)
        default:
            switch details.status {
            case 429: self = .throttling(details)
            case 503: self = .serviceUnavailable(details)
            case 500: self = .internalServer(details)
            default: self = .service(details)
            }
        }
    }

    public var isRetryable: Bool {
        switch self {
        case .throttling, .serviceUnavailable, .modelNotReady, .internalServer, .deadlineExceeded: return true
        case .service(let details): return AWSServiceCaller.isRetryable(details)
        case .transport(let error): return error.isRetryable
        case .modelTimeout, .modelError, .validation, .accessDenied, .resourceNotFound, .serviceQuotaExceeded,
             .missingCredentials, .invalidRequest, .malformedResponse:
            return false
        }
    }

    /// The AWS details, when the service answered (validation keeps only its message).
    public var details: AWSErrorDetails? {
        switch self {
        case .throttling(let d), .serviceUnavailable(let d), .modelNotReady(let d), .modelTimeout(let d), .modelError(let d),
             .accessDenied(let d), .resourceNotFound(let d), .serviceQuotaExceeded(let d), .internalServer(let d), .service(let d):
            return d
        default:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .validation(let message): return "Bedrock ValidationException: \(message)"
        case .deadlineExceeded(let attempts): return "Bedrock call stopped at its deadline after \(attempts) attempt(s)"
        case .transport(let error): return "Bedrock transport failure: \(error)"
        case .missingCredentials(let error): return "\(error)"
        case .invalidRequest(let why): return "invalid Bedrock request: \(why)"
        case .malformedResponse(let why): return "malformed Bedrock response: \(why)"
        default: return "Bedrock error \(details.map(String.init(describing:)) ?? "")"
        }
    }

    public var errorType: String {
        if case .validation = self { return "Bedrock.ValidationException" }
        return "Bedrock.\(details?.code ?? "ClientError")"
    }
    public var errorMessage: String { description }
}
