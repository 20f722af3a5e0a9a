import AWSClientsCore
import Auth

/// Fetches the JWKS with the project's libcurl client (warm connections, TLS verified).
public struct HTTPClientJWKSFetcher: JWKSFetching {
    /// A Cognito JWKS is under 2 KB; this leaves room for many keys and nothing more.
    public static let maxJWKSBytes = 256 * 1024

    public struct UnexpectedStatus: Error, CustomStringConvertible {
        public let status: Int
        public var description: String { "JWKS endpoint answered HTTP \(status)" }
    }

    private let client: HTTPClient

    public init(client: HTTPClient = .shared) { self.client = client }

    public func fetchJWKS(url: String, timeoutMs: Int64) throws -> [UInt8] {
        let response = try client.send(HTTPRequest(method: "GET", url: url, headers: [("Accept", "application/json")]),
                                       timeoutMs: timeoutMs, maxResponseBytes: Self.maxJWKSBytes)
        guard response.status == 200 else { throw UnexpectedStatus(status: response.status) }
        return response.body
    }
}
