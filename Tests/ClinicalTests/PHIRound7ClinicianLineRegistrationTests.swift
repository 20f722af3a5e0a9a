import Testing
@testable import Clinical

/// Round 7 (issue 17): a registration's short label that is weak elsewhere ("reg", "col", "TP") is strong on a
/// clinician's line — after a title, a profession or a role on the same line — so the number after it is hidden as the
/// clinician's `CEDULA` without a colon. Guards: the same words before a measurement or off a clinician's line stay.
@Suite struct PHIRound7ClinicianLineRegistrationTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    func kinds(of value: String, in text: String) -> [PHIKind] {
        redactor.redact(text).replacements.filter { $0.original.contains(value) }.map { $0.kind }
    }

    @Test func weakRegistrationLabelsOnAClinicianLine() {
        let cases: [(String, String)] = [
            ("Dx: sinusitis aguda bacteriana\nDr. E. Quintero  reg 4410", "4410"),            // PA
            ("Lic. Yaritza Batista, TM, reg. 1205", "1205"),                                    // PA
            ("Dra. Ana Pérez, especialista en MGI. Reg. prof. 31887", "31887"),                 // CU
            ("Dra. Liliana Rojas, medicina interna  TP 55219", "55219"),                         // CO tarjeta profesional
            ("Dr. Josue Batz - col 14922", "14922"),                                             // GT
            ("Dra. Priscilla Mora cod. MED8812", "MED8812"),                                     // CR
        ]
        for (text, value) in cases {
            #expect(kinds(of: value, in: text).contains(.cedula), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func measurementsStay() {
        // The clinician's name is hidden; the fluid balance after "reg" is not a registration.
        let balance = redactor.redact("Dr. Soto indica reg 1500 ml en 24 h.").text
        #expect(balance.contains("reg 1500 ml"), "\(balance)")
        unchanged("TP 12,5 s, INR 1,1. Col total 248 mg/dl.")
        unchanged("Reg 2 de 3 controles.")
    }
}
