/// `arn:<partition>:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path...>`,
/// the `methodArn` of REST authorizer events and the `routeArn` of HTTP API ones.
public struct ExecuteAPIArn: Sendable, Equatable {
    public let partition: String
    public let region: String
    public let accountId: String
    public let apiId: String
    public let stage: String
    public let method: String
    /// The concrete request path, starting with `/` (`/` for the root resource).
    public let path: String

    public init?(_ arn: String) {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "execute-api",
              !fields[1].isEmpty, !fields[3].isEmpty, !fields[4].isEmpty else { return nil }
        let parts = fields[5].split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        partition = String(fields[1])
        region = String(fields[3])
        accountId = String(fields[4])
        apiId = String(parts[0])
        stage = String(parts[1])
        method = String(parts[2])
        path = parts.count == 4 ? "/" + parts[3] : "/"
    }

    /// The ARNs of `routes` on this API and stage; path parameters become `*`.
    public func resourceArns(for routes: [ProtectedRoute]) -> [String] {
        let stagePrefix = "arn:\(partition):execute-api:\(region):\(accountId):\(apiId)/\(stage)/"
        return routes.map { stagePrefix + $0.arnSuffix }
    }
}
