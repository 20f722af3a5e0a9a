/// `limit` and `cursor` of a list route (report history, a patient's documents, chat sessions): `limit`
/// an integer in `limits` (default `defaultLimit`), `cursor` the previous page's `nextCursor`, opaque
/// (an empty one is no cursor; one this API did not return is the repository's 400).
public struct PageRequest: Sendable, Equatable {
    public let limit: Int
    public let cursor: String?

    public init(_ request: APIRequest, defaultLimit: Int = 10, limits: ClosedRange<Int> = 1...50) throws(APIError) {
        var limit = defaultLimit
        if let text = request.queryValue("limit") {
            guard let value = Int(text), limits.contains(value) else {
                throw APIError.validation("limit must be an integer from \(limits.lowerBound) to \(limits.upperBound)")
            }
            limit = value
        }
        self.limit = limit
        cursor = request.queryValue("cursor").flatMap { $0.isEmpty ? nil : $0 }
    }
}
