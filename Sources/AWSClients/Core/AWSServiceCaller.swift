import LambdaRuntime

/// Sends one signed AWS request with retries: re-signs each attempt, adds the
/// trace header, bounds every attempt by the call's deadline, backs off with
/// full jitter on throttling, 5xx and broken connections.
package struct AWSServiceCaller: Sendable {
    package let configuration: AWSServiceConfiguration
    package let http: HTTPClient
    static let userAgent = "ClinicalAssistant-AWSClients/1.0"

    package init(configuration: AWSServiceConfiguration, http: HTTPClient) {
        self.configuration = configuration
        self.http = http
    }

    /// Error codes worth another attempt, whatever their HTTP status.
    static let retryableCodes: Set<String> = [
        "ThrottlingException", "Throttling", "ThrottledException", "TooManyRequestsException", "RequestLimitExceeded",
        "SlowDown", "ServiceUnavailableException", "ServiceUnavailable", "ModelNotReadyException", "RequestTimeout",
        "InternalServerException", "InternalFailure", "InternalError",
    ]
    static let retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]

    package static func isRetryable(_ details: AWSErrorDetails) -> Bool {
        retryableStatuses.contains(details.status) || retryableCodes.contains(details.code)
    }

    /// The 2xx response, or the reason there is none.
    package func send(operation: String, _ unsigned: HTTPRequest, context: AWSCallContext,
              maxResponseBytes: Int = 10 << 20) throws(AWSCallError) -> HTTPResponse {
        let credentials: AWSCredentials
        switch configuration.credentials {
        case .success(let value): credentials = value
        case .failure(let error): throw .missingCredentials(error)
        }
        let signer = SigV4Signer(credentials: credentials, region: configuration.region, service: configuration.service.signingName)
        let policy = configuration.retry
        var attempt = 0
        while true {
            attempt += 1
            let remaining = context.deadlineMs - WallClock.nowMs()
            guard remaining >= policy.minimumAttemptMs else { throw .deadlineExceeded(attempts: attempt - 1) }

            var request = unsigned
            request.setHeader("User-Agent", Self.userAgent)
            if let traceId = context.traceId { request.setHeader("X-Amzn-Trace-Id", traceId) }
            do { try signer.sign(&request) } catch { throw .invalidRequest("\(error)") }

            let failure: AWSCallError
            var status: Int? = nil
            do {
                let response = try http.send(request, timeoutMs: remaining, maxResponseBytes: maxResponseBytes)
                if (200..<300).contains(response.status) { return response }
                let details = AWSErrorDetails(response: response)
                guard Self.isRetryable(details) else { throw AWSCallError.service(details) }
                status = details.status
                failure = .service(details)
            } catch let error as HTTPClientError {
                if case .timedOut = error, WallClock.nowMs() >= context.deadlineMs - policy.minimumAttemptMs {
                    throw .deadlineExceeded(attempts: attempt)
                }
                guard error.isRetryable else { throw .transport(error) }
                failure = .transport(error)
            } catch let error as AWSCallError {
                throw error
            } catch {
                throw .invalidRequest("unexpected \(type(of: error))")
            }

            guard attempt < policy.maxAttempts else { throw failure }
            let delay = policy.delayMs(after: attempt)
            // Sleeping past the point where another attempt could still run is pointless: give the caller the real cause.
            guard WallClock.nowMs() + delay + policy.minimumAttemptMs <= context.deadlineMs else { throw failure }
            context.logger.warn("retrying AWS call", [
                "service": .string(configuration.service.endpointPrefix), "operation": .string(operation),
                "attempt": .from(attempt), "status": status.map { .from($0) } ?? .string("none"),
                "errorCode": .string(failure.code ?? failure.transportKind), "delayMs": .int(delay),
            ])
            RetryPolicy.sleep(ms: delay)
        }
    }
}

extension AWSCallError {
    /// A short name for a transport failure, for logs (no URL, no body).
    var transportKind: String {
        guard case .transport(let error) = self else { return "" }
        switch error {
        case .timedOut: return "timedOut"
        case .connectionFailed: return "connectionFailed"
        case .connectionLost: return "connectionLost"
        case .tls: return "tls"
        case .responseTooLarge: return "responseTooLarge"
        case .invalidRequest: return "invalidRequest"
        case .transport(let code, _): return "curl\(code)"
        }
    }
}
