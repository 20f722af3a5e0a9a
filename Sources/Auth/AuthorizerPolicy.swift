import AWSEvents

/// Builds the authorizer's answers for a verified caller.
public enum AuthorizerPolicy {
    /// REST: allow exactly the routes the role may call on this API and stage
    /// (API Gateway caches the policy per token and reuses it for other
    /// routes, so it must be right for all of them), plus an explicit Deny of
    /// the requested method ARN when the role may not call it (403).
    public static func restPolicy(for identity: VerifiedIdentity, methodArn: String, parsed arn: ExecuteAPIArn) -> APIGatewayAuthorizerPolicyResponse {
        var statements = [APIGatewayAuthorizerPolicyResponse.Statement(
            effect: .allow, resource: arn.resourceArns(for: ProtectedRoutes.routes(for: identity.role)))]
        if !ProtectedRoutes.isAllowed(identity.role, method: arn.method, path: arn.path) {
            statements.append(.init(effect: .deny, resource: [methodArn]))
        }
        return APIGatewayAuthorizerPolicyResponse(
            principalId: identity.sub,
            policyDocument: .init(statement: statements),
            context: identity.authorizerContext)
    }

    /// HTTP API simple response: authorized only for a route the role may call.
    public static func simpleResponse(for identity: VerifiedIdentity, routeArn: ExecuteAPIArn) -> APIGatewayV2SimpleAuthorizerResponse {
        let allowed = ProtectedRoutes.isAllowed(identity.role, method: routeArn.method, path: routeArn.path)
        return APIGatewayV2SimpleAuthorizerResponse(isAuthorized: allowed, context: allowed ? identity.authorizerContext : nil)
    }
}
