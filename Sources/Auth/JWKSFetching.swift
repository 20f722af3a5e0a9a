/// Fetches a JWKS document. The deployed authorizer uses the project's libcurl
/// client; Auth itself stays free of any HTTP library.
public protocol JWKSFetching {
    /// The body of a 200 answer for `url`; throws on any other outcome.
    /// `timeoutMs` bounds the whole exchange.
    func fetchJWKS(url: String, timeoutMs: Int64) throws -> [UInt8]
}
