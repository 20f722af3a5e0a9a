import AWSEvents
import Auth
import LambdaRuntime

/// The `authorizer` function: verifies the caller's Cognito token and answers
/// API Gateway with a policy (REST) or a simple response (HTTP API). Any token
/// problem is the error `Unauthorized` (401); a valid token on a route the
/// role may not call is an explicit Deny (403).
public struct AuthorizerHandler: LambdaHandler {
    /// Time kept back from a JWKS fetch for answering API Gateway.
    static let answerMarginMs: Int64 = 150

    public let verifier: CognitoVerifier
    private static let notAuthorized = AuthorizerResponseJSON.encode(APIGatewayV2SimpleAuthorizerResponse(isAuthorized: false, context: nil))

    /// Reads `CognitoConfiguration` from the environment (bad config → init
    /// error) and fetches keys with the shared libcurl client.
    public init(environment: Environment) throws {
        self.init(configuration: try CognitoConfiguration(environment: environment), fetcher: HTTPClientJWKSFetcher())
    }

    public init(configuration: CognitoConfiguration, fetcher: any JWKSFetching, nowMs: @escaping () -> Int64 = WallClock.nowMs) {
        verifier = CognitoVerifier(configuration: configuration, fetcher: fetcher, nowMs: nowMs)
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        let decoded: AuthorizerEvent
        do { decoded = try AuthorizerEvent.decode(event) } catch {
            throw InvalidEventError("not an API Gateway authorizer event (TOKEN, REQUEST or 2.0 REQUEST)")
        }
        if decoded.conflictingAuthorization {
            context.logger.info("denied", ["reason": "conflicting Authorization headers", "event": .string(decoded.kind.rawValue)])
            if decoded.kind == .v2 { return Self.notAuthorized }
            throw Unauthorized()
        }
        let identity: VerifiedIdentity
        do {
            let token = try BearerToken.extract(from: decoded.authorization)
            identity = try verifier.verify(token: token, budgetMs: context.budgetMs(reserving: Self.answerMarginMs), logger: context.logger)
        } catch {
            context.logger.info("denied", ["reason": .string(error.description), "event": .string(decoded.kind.rawValue)])
            if decoded.kind == .v2 { return Self.notAuthorized }
            throw Unauthorized()
        }

        switch decoded.kind {
        case .token, .request:
            return try restAnswer(identity, methodArn: decoded.arn, context: context)
        case .v2:
            guard let arn = ExecuteAPIArn(decoded.arn) else {
                context.logger.warn("denied: unparsable routeArn", ["event": "REQUEST2.0"])
                return Self.notAuthorized
            }
            let response = AuthorizerPolicy.simpleResponse(for: identity, routeArn: arn)
            log(identity, allowed: response.isAuthorized, method: arn.method, context: context)
            return AuthorizerResponseJSON.encode(response)
        }
    }

    private func restAnswer(_ identity: VerifiedIdentity, methodArn: String, context: LambdaContext) throws -> [UInt8] {
        guard let arn = ExecuteAPIArn(methodArn) else {
            // Without an API and stage there is nothing we could allow.
            context.logger.warn("denied: unparsable methodArn", [:])
            throw Unauthorized()
        }
        let policy = AuthorizerPolicy.restPolicy(for: identity, methodArn: methodArn, parsed: arn)
        log(identity, allowed: policy.policyDocument.statement.count == 1, method: arn.method, context: context)
        return AuthorizerResponseJSON.encode(policy)
    }

    private func log(_ identity: VerifiedIdentity, allowed: Bool, method: String, context: LambdaContext) {
        if allowed {
            context.logger.debug("allowed", ["role": .string(identity.role.rawValue), "method": .string(method)])
        } else {
            context.logger.info("route denied for role", ["role": .string(identity.role.rawValue), "method": .string(method)])
        }
    }
}
