import FoundationEssentials

/// The opaque pagination cursor of a report listing: the (created_at, id) of
/// the last report of a page, base64url-encoded. Clients pass it back verbatim.
struct ReportCursor: Equatable {
    let createdAt: Timestamp
    let id: String

    var encoded: String {
        Data("r1:\(createdAt.microsecondsSinceEpoch):\(id)".utf8).base64EncodedString()
            .replacing("+", with: "-").replacing("/", with: "_")
            .replacing("=", with: "")
    }

    init(createdAt: Timestamp, id: String) {
        self.createdAt = createdAt
        self.id = id
    }

    init(encoded: String) throws {
        var base64 = encoded.replacing("-", with: "+").replacing("_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard encoded.count <= 128, let data = Data(base64Encoded: base64) else { throw StoreError.invalidCursor }
        let parts = String(decoding: data, as: UTF8.self).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "r1", let micros = Int64(parts[1]), Identifier.isUUID(String(parts[2])) else {
            throw StoreError.invalidCursor
        }
        self.createdAt = Timestamp(microsecondsSinceEpoch: micros)
        self.id = String(parts[2])
    }
}
