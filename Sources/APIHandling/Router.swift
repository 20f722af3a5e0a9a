/// Routes on (method, resource template) as API Gateway names them.
public struct Router: Sendable {
    public typealias Route = @Sendable (APIRequest, RouteContext) throws -> APIResponse
    private var routes: [String: [String: Route]] = [:]

    public init() {}

    public mutating func add(_ method: String, _ resource: String, _ route: @escaping Route) {
        routes[resource, default: [:]][method.uppercased()] = route
    }

    /// 404 for an unknown resource, 405 (with `Allow`) for a known one with another method.
    func route(_ request: APIRequest) throws(APIError) -> Route {
        guard let methods = routes[request.resource] else {
            throw APIError.notFound("no route for \(InputExcerpt.of(request.resource))")
        }
        if let route = methods[request.method] { return route }
        var error = APIError(status: 405, code: "METHOD_NOT_ALLOWED",
                             message: "\(InputExcerpt.of(request.method, limit: 16)) is not allowed on \(request.resource)")
        error.extraHeaders["Allow"] = methods.keys.sorted().joined(separator: ", ")
        throw error
    }
}
