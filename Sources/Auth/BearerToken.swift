/// The `Authorization: Bearer <token>` scheme (RFC 6750); nothing else is accepted.
public enum BearerToken {
    public static func extract(from header: String?) throws(AuthFailure) -> String {
        guard let header, !header.isEmpty else { throw .missingToken }
        let utf8 = header.utf8
        // The scheme name is case-insensitive (RFC 7235); one space separates it.
        guard utf8.count > 7, utf8.prefix(7).map({ $0 | 0x20 }) == Array("bearer ".utf8) else { throw .wrongScheme }
        let token = String(header.dropFirst(7))
        guard !token.isEmpty else { throw .missingToken }
        guard !token.contains(where: { $0 == " " || $0 == "\t" || $0 == "," }) else { throw .malformedToken("whitespace") }
        return token
    }
}
