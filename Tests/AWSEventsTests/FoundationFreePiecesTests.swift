import Foundation
import LambdaRuntime
import StoreCore
import Testing

/// The Foundation-free replacements of `health`'s graph read what the Foundation calls they replace read
/// (README "Start-up and the API path"); Foundation is the oracle here, in the tests only.
@Suite struct FoundationFreePiecesTests {
    /// Deterministic byte strings of every length 0...64 (all three tails of base64).
    static let samples: [[UInt8]] = (0...64).map { length in (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ length &* 11) } }

    @Test func base64EncodesAndDecodesAsFoundationDoes() {
        for bytes in Self.samples {
            let foundation = Data(bytes).base64EncodedString()
            #expect(Base64.encode(bytes) == foundation)
            #expect(Base64.decode(foundation) == bytes)
        }
    }

    @Test func base64RefusesWhatFoundationRefuses() {
        for text in ["QQ", "QQ=", "Q===", "Q Q=", "QQ==\n", "QQ-_", "QUJD\u{e9}"] {
            #expect(Data(base64Encoded: text) == nil, "Foundation accepts \(text)")
            #expect(Base64.decode(text) == nil, "accepted \(text)")
        }
        // Stricter than Foundation on `=` that does not end the text (Foundation reads bytes out of these).
        for text in ["QQ=A", "===="] { #expect(Base64.decode(text) == nil, "accepted \(text)") }
        #expect(Base64.decode("") == [])
    }

    @Test func uuidCheckAcceptsWhatFoundationAccepts() {
        let uuid = UUID().uuidString
        let texts = [uuid, uuid.lowercased(), "00000000-0000-0000-0000-000000000000", String(uuid.dropLast()), uuid + "0",
                     uuid.replacingOccurrences(of: "-", with: ""), "g" + uuid.dropFirst(), "{\(uuid)}", "",
                     String(uuid.prefix(8)) + "_" + uuid.dropFirst(9), "1234567-89ab-cdef-0123-456789abcdef0"]
        for text in texts {
            #expect(Identifier.isUUID(text) == (UUID(uuidString: text) != nil), "\(text)")
        }
    }
}
