import Testing
@testable import Clinical

/// The two expectations of the PHI rule suites: each value is gone from the redacted text, and a text that holds no
/// PHI comes back exactly as it was. A failure points at the caller's line.
protocol RedactionRuleSuite {
    var redactor: PHIRedactor { get }
}

extension RedactionRuleSuite {
    /// Each `(text, value)`: `value` does not survive redaction of `text`.
    func hidden(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value), "\(value) in \(out)", sourceLocation: sourceLocation)
        }
    }

    /// `text` comes back from redaction unchanged.
    func unchanged(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let out = redactor.redact(text).text
        #expect(out == text, "over-redacted: \(out)", sourceLocation: sourceLocation)
    }
}
