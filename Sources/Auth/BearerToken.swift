/// The `Authorization: Bearer <token>` scheme (RFC 6750); nothing else is accepted.
public enum BearerToken {
    public static func extract(from header: String?) throws(AuthFailure) -> String {
        guard let header, !header.isEmpty else { throw .missingToken }
        // Byte-wise on UTF-8: a Character walk over a 1–8 KB header is needlessly slow.
        let utf8 = header.utf8
        // The scheme name is case-insensitive (RFC 7235); exactly one space follows it.
        let hasScheme = utf8.count >= 7 && utf8.prefix(6).elementsEqual("bearer".utf8, by: { $0 | 0x20 == $1 })
            && utf8[utf8.index(utf8.startIndex, offsetBy: 6)] == 0x20
        guard hasScheme else { throw .wrongScheme }
        guard utf8.count > 7 else { throw .missingToken }
        let token = utf8.dropFirst(7)
        guard !token.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x2C }) else { throw .malformedToken("whitespace") }
        return String(decoding: token, as: UTF8.self)
    }
}
