import Testing
@testable import Clinical

/// A Social Security number after its label in each form people type it: dashed, spaced, run together, masked
/// with stars or X, only its last four digits, "SS#"; a wrong structure is no reason to send it out when labelled.
/// Latin America's social-security numbers (Mexico's NSS, Panama's "S.S."/CSS, Ecuador's IESS) likewise.
@Suite struct PHISocialSecurityFormsTests {
    let redactor = PHIRedactor()

    @Test func everyWrittenFormAfterTheLabel() {
        let cases: [(String, String)] = [
            ("SSN 536-90-4399", "536-90-4399"),
            ("SSN: 536 90 4399", "536 90 4399"),
            ("Social Security No.: 078-05-1120", "078-05-1120"),
            ("SS#: 219099999", "219099999"),
            ("Soc. Sec. #: 536-90-4399", "536-90-4399"),
            ("Soc Sec 536904399", "536904399"),
            ("SS No. 123-45-6789", "123-45-6789"),
            ("SSN: 000-12-3456 (as given by patient)", "000-12-3456"),   // invalid area number: labelled, still hidden
        ]
        for (text, value) in cases {
            #expect(!redactor.redact(text).text.contains(value), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func maskedNumbersKeepTheirVisibleDigitsHidden() {
        let cases: [(String, String)] = [
            ("SSN (last 4): 6789", "6789"),
            ("SSN ***-**-4417", "4417"),
            ("SSN: xxx-xx-3321   DOB: 04/19/1951", "3321"),
            ("SSN ending in 8812, verified", "8812"),
            ("Social Security last four digits 2210", "2210"),
        ]
        for (text, value) in cases {
            #expect(!redactor.redact(text).text.contains(value), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func latinAmericanSocialSecurityNumbers() {
        let cases: [(String, String)] = [
            ("NSS: 12345678901   Unidad: UMF 21", "12345678901"),     // Mexico
            ("S.S. 8-221-4410", "8-221-4410"),                        // Panama
            ("Seguro Social: 4-123-4567", "4-123-4567"),              // Panama
            ("Afiliación IESS: 0912345678", "0912345678"),            // Ecuador
            ("N° de afiliación IMSS 1234 56 7890 1", "1234 56 7890 1"),
        ]
        for (text, value) in cases {
            #expect(!redactor.redact(text).text.contains(value), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func salineAndCountsAreNoSocialSecurityNumbers() {
        let text = "SS 0,9% 1000 ml IV en 8 horas. SS: 500 ml en bolo. Last 4 weeks: 2 episodes."
        let out = redactor.redact(text).text
        #expect(out == text, "\(out)")
    }
}
