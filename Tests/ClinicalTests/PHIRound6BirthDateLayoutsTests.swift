import Testing
@testable import Clinical

/// Round 6 (issue 17): dates of birth in more layouts — a Roman month ("21-VII-1994", "3/XI/1958", "21.VII.94"), an
/// ordinal day ("1o. de mayo de 1990", "July 21st, 1994", "the 3rd of May, 1962"), a two-digit year after a month's
/// name ("21 jul 94", "21 de julio del 94"), one token ("21JUL1994"), the year first ("1994-Jul-21"), spaced slashes.
/// Guards: a visit date with a Roman month, which no birth cue announces, stays; a Roman month is no board's acronym.
@Suite struct PHIRound6BirthDateLayoutsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func birthDateLayouts() {
        hidden([
            ("Fecha de nacimiento: 21-VII-1994  Esposo: Freddy Vargas cel. 71024588", "1994"),   // BO
            ("F. Nac.: 21-VII-1994  Edad: 32 a", "VII-1994"),
            ("Fecha de nacimiento: 3/XI/1958", "1958"),                                            // EC
            ("F. de nacimiento: 21.VII.94", "VII.94"),                                             // PE
            ("Edad: 32 años (nac. 21-VII-1994)", "1994"),                                          // CL
            ("Fecha de nac: 3-XII-71", "XII-71"),                                                  // CU
            ("DOB: July 21st, 1994", "1994"),                                                      // US
            ("Born on the 3rd of May, 1962.", "1962"),
            ("Nacida el 1o. de mayo de 1990 en Puebla.", "1990"),                                  // MX
            ("Fecha de nac.: 21 jul 94", "jul 94"),                                                // AR
            ("Fecha de nacimiento: 21 de julio del 94", "julio del 94"),                           // VE
            ("Date of birth: 21JUL1994", "21JUL1994"),
            ("DOB: 1994-Jul-21", "1994"),
            ("Fecha de nacimiento: 05 / 11 / 1961", "1961"),                                       // GT
            ("Nacimiento 15/MAR/1979", "1979"),
            ("FN: 12031979  Sexo: F", "12031979"),                                                 // undivided, after its label
            ("DOB 19790312", "19790312"),
        ])
    }

    @Test func otherDatesStay() {
        unchanged("Fecha: 21-VII-2026. Control en 2 semanas.")
        unchanged("Ingreso 3/XI/2026, alta 5/XI/2026.")
        // Eight digits after a record's label stay a record number (hidden as one, not read as a birth date).
        #expect(redactor.redact("HC: 22031979").replacements.map(\.kind) == [.medicalRecord])
    }
}
