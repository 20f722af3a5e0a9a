/// One API Gateway route behind the authorizer, with the roles that may call it.
public struct ProtectedRoute: Sendable, Equatable {
    public let method: String
    /// The API Gateway resource, path parameters in braces: `/reports/{reportId}`.
    public let resource: String
    public let roles: Set<Role>
    /// The resource's segments; nil stands for a path parameter. Split once,
    /// not per request.
    let segments: [Substring?]
    /// `METHOD/path` with path parameters as `*`, the end of an execute-api resource ARN.
    let arnSuffix: String

    public init(_ method: String, _ resource: String, roles: Set<Role>) {
        self.method = method
        self.resource = resource
        self.roles = roles
        segments = resource.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("{") && $0.hasSuffix("}") ? nil : $0 }
        arnSuffix = method + segments.map { $0.map(String.init) ?? "*" }.joined(separator: "/")
    }

    /// True when `path` (concrete segments, e.g. `/reports/r-1`) is this route's resource.
    public func matches(method: String, path: String) -> Bool {
        guard method == self.method else { return false }
        var index = 0
        for given in path.split(separator: "/", omittingEmptySubsequences: false) {
            guard index < segments.count else { return false }
            if let expected = segments[index] {
                guard expected == given else { return false }
            } else if given.isEmpty {
                return false
            }
            index += 1
        }
        return index == segments.count
    }
}

/// The permission table: every protected route of the API (DESIGN.md).
/// `GET /health` is public and never reaches the authorizer. Doctors and
/// admins may call every route; `GET /usage?scope=clinic` (the clinic's usage) is
/// admin-only, which the chat handler enforces from the `role` in the context.
public enum ProtectedRoutes {
    public static let all: [ProtectedRoute] = [
        ProtectedRoute("POST", "/summarize", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/patients/{patientId}/reports", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/reports/{reportId}", roles: [.doctor, .admin]),
        ProtectedRoute("POST", "/uploads", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/documents/{documentId}", roles: [.doctor, .admin]),
        ProtectedRoute("DELETE", "/documents/{documentId}", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/patients/{patientId}/documents", roles: [.doctor, .admin]),
        ProtectedRoute("POST", "/chat", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/chat/sessions", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/chat/sessions/{sessionId}", roles: [.doctor, .admin]),
        ProtectedRoute("GET", "/usage", roles: [.doctor, .admin]),
    ]

    /// The route a request is for, or nil for a route we do not know (deny).
    public static func route(method: String, path: String) -> ProtectedRoute? {
        all.first { $0.matches(method: method, path: path) }
    }

    public static func routes(for role: Role) -> [ProtectedRoute] {
        all.filter { $0.roles.contains(role) }
    }

    public static func isAllowed(_ role: Role, method: String, path: String) -> Bool {
        route(method: method, path: path)?.roles.contains(role) ?? false
    }
}
