import AWSEvents
import Foundation

/// `S3KeyDecoding` (S3's form encoding of notification keys): decoding what S3's encoding made of any
/// key gives the key back, a decoded key re-encodes to the same key, and malformed escapes are nil.
public enum S3KeyFuzz: FuzzTarget {
    public static let name = "s3key"

    public static func check(_ input: [UInt8]) -> String? {
        let text = String(decoding: input, as: UTF8.self)
        if S3KeyDecoding.decode(formEncode(text)) != text { return "decode(encode(key)) is not the key" }
        if let decoded = S3KeyDecoding.decode(text), S3KeyDecoding.decode(formEncode(decoded)) != decoded {
            return "a decoded key does not survive encode → decode"
        }
        if hasMalformedEscape(input), S3KeyDecoding.decode(text) != nil { return "a malformed %-escape decoded" }
        return nil
    }

    /// How S3 writes keys into event notifications: `+` for a space, `%XX` for every other reserved byte.
    static func formEncode(_ key: String) -> String {
        var out = ""
        for byte in key.utf8 {
            switch byte {
            case 0x20: out += "+"
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default: out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func hasMalformedEscape(_ bytes: [UInt8]) -> Bool {
        func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) else { return true }
                i += 3
            } else { i += 1 }
        }
        return false
    }
}

/// S3 event notifications as delivered to Lambda (`AWSEvents.S3Event`, Codable): no input crashes the
/// decoder, and every record of a decoded event answers `decodedKey` (nil only for a malformed escape).
public enum S3EventFuzz: FuzzTarget {
    public static let name = "s3event"

    public static func check(_ input: [UInt8]) -> String? {
        guard let event = try? JSONDecoder().decode(S3Event.self, from: Data(input)) else { return nil }
        for record in event.Records {
            let key = record.s3.object.key
            if record.s3.object.decodedKey == nil && !S3KeyFuzz.hasMalformedEscape(Array(key.utf8)) {
                // Well-formed escapes that decode to invalid UTF-8 are refused too.
                if String(validating: rawDecode(key), as: UTF8.self) != nil { return "a well-formed key did not decode" }
            }
        }
        return nil
    }

    static func rawDecode(_ key: String) -> [UInt8] {
        var out: [UInt8] = [], bytes = Array(key.utf8), i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let v = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(v); i += 3
            } else { out.append(bytes[i] == UInt8(ascii: "+") ? 0x20 : bytes[i]); i += 1 }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
