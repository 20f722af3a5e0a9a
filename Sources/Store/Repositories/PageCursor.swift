import LambdaRuntime

/// The opaque pagination cursor of a listing: the (created_at, id) of the last row of a page, with the
/// listing's kind, base64url-encoded. Clients pass it back verbatim; a cursor of another kind, or one
/// this API did not make, is `StoreError.invalidCursor` (a 400).
package struct PageCursor: Equatable {
    /// Which listing made it: `r1` reports and documents (as first shipped), `s1` chat sessions.
    package enum Kind: String { case rows = "r1", sessions = "s1" }

    package let kind: Kind
    package let createdAt: Timestamp
    package let id: String

    package var encoded: String {
        Base64URL.encode("\(kind.rawValue):\(createdAt.microsecondsSinceEpoch):\(id)")
    }

    package init(_ kind: Kind, createdAt: Timestamp, id: String) {
        self.kind = kind
        self.createdAt = createdAt
        self.id = id
    }

    package init(encoded: String, kind: Kind) throws {
        guard encoded.utf8.count <= 128, let bytes = Base64URL.decode(encoded) else { throw StoreError.invalidCursor }
        let parts = String(decoding: bytes, as: UTF8.self).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == kind.rawValue, let micros = Int64(parts[1]), Identifier.isUUID(String(parts[2])) else {
            throw StoreError.invalidCursor
        }
        self.kind = kind
        self.createdAt = Timestamp(microsecondsSinceEpoch: micros)
        self.id = String(parts[2])
    }
}
