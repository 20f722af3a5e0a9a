import FoundationEssentials

/// The opaque pagination cursor of a listing: the (created_at, id) of the last row of a page, with the
/// listing's kind, base64url-encoded. Clients pass it back verbatim; a cursor of another kind, or one
/// this API did not make, is `StoreError.invalidCursor` (a 400).
struct PageCursor: Equatable {
    /// Which listing made it: `r1` reports and documents (as first shipped), `s1` chat sessions.
    enum Kind: String { case rows = "r1", sessions = "s1" }

    let kind: Kind
    let createdAt: Timestamp
    let id: String

    var encoded: String {
        Data("\(kind.rawValue):\(createdAt.microsecondsSinceEpoch):\(id)".utf8).base64EncodedString()
            .replacing("+", with: "-").replacing("/", with: "_")
            .replacing("=", with: "")
    }

    init(_ kind: Kind, createdAt: Timestamp, id: String) {
        self.kind = kind
        self.createdAt = createdAt
        self.id = id
    }

    init(encoded: String, kind: Kind) throws {
        var base64 = encoded.replacing("-", with: "+").replacing("_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard encoded.count <= 128, let data = Data(base64Encoded: base64) else { throw StoreError.invalidCursor }
        let parts = String(decoding: data, as: UTF8.self).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == kind.rawValue, let micros = Int64(parts[1]), Identifier.isUUID(String(parts[2])) else {
            throw StoreError.invalidCursor
        }
        self.kind = kind
        self.createdAt = Timestamp(microsecondsSinceEpoch: micros)
        self.id = String(parts[2])
    }
}
