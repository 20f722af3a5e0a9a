/// What a caller may do, from their Cognito groups.
public enum Role: String, Sendable, CaseIterable {
    case doctor
    case admin

    /// `admins` wins over `doctors`; no known group gives no role (deny).
    public init?(groups: [String]) {
        if groups.contains("admins") {
            self = .admin
        } else if groups.contains("doctors") {
            self = .doctor
        } else {
            return nil
        }
    }
}
