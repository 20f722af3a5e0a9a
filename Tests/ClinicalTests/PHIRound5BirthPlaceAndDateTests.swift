import Testing
@testable import Clinical

/// Round 5 (issue 17): a place of birth between a birth label and its date ("Lugar y fecha de nacimiento: Maturín,
/// 26/04/1988", "Fecha de nacimiento: San José, 09/05/1981"). Guards: an unknown birth date and another date after a
/// place.
@Suite struct PHIRound5BirthPlaceAndDateTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func aPlaceBeforeTheBirthDate() {
        hidden([
            ("Lugar y fecha de nacimiento: Maturín, 26/04/1988   Historia N°: 1.284.338", "26/04/1988"),
            ("Lugar y fecha de nac.: Cusco, 12/03/1975", "12/03/1975"),
            ("Fecha de nacimiento: San José, 09/05/1981", "09/05/1981"),
            ("Nacido en: Santa Cruz de la Sierra\nFecha de nacimiento: Santa Cruz, 3 de mayo de 1960", "3 de mayo de 1960"),
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("Fecha de nacimiento: desconocida, 45 años aprox.\nFecha de ingreso: Lima, 26/11/2026")
    }
}
