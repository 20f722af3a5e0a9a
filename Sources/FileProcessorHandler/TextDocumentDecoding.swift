/// A text upload's bytes as text: UTF-8 (a BOM is dropped), or Latin-1 for legacy exports that are not
/// valid UTF-8 (every byte is a Latin-1 character, so this never fails). NUL bytes mean it is not text.
enum TextDocumentDecoding {
    enum Encoding: String { case utf8 = "UTF-8", latin1 = "ISO-8859-1" }

    struct NotText: Error {}

    static func decode(_ bytes: [UInt8]) throws(NotText) -> (text: String, encoding: Encoding) {
        guard !bytes.contains(0) else { throw NotText() }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return (String(scalars), .latin1)
    }
}
