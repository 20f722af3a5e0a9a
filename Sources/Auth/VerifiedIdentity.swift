/// A caller whose token passed every check.
public struct VerifiedIdentity: Sendable, Equatable {
    public let sub: String
    public let email: String?
    public let role: Role
    public let clinicId: String
    /// `id` or `access`.
    public let tokenUse: String

    public init(sub: String, email: String?, role: Role, clinicId: String, tokenUse: String) {
        self.sub = sub
        self.email = email
        self.role = role
        self.clinicId = clinicId
        self.tokenUse = tokenUse
    }

    /// What downstream handlers read from `requestContext.authorizer`.
    public var authorizerContext: [String: String] {
        var context = ["sub": sub, "role": role.rawValue, "clinicId": clinicId]
        if let email { context["email"] = email }
        return context
    }
}
