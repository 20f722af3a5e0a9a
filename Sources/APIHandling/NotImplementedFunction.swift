import LambdaRuntime

/// A function whose feature is not built yet: it runs the real loop and
/// answers every one of its routes with 501 NOT_IMPLEMENTED.
public enum NotImplementedFunction {
    public static func handler(function: String, routes: [(String, String)]) -> APIGatewayHandler {
        var router = Router()
        for (method, resource) in routes {
            router.add(method, resource) { _, _ in throw APIError.notImplemented("\(method) \(resource) (\(function))") }
        }
        return APIGatewayHandler(router: router)
    }
}
