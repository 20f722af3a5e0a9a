import Testing
@testable import Clinical

/// Round 4 (issue 17): how a note names its patient beyond "Paciente:" — abbreviated labels with a colon or a period
/// ("Px:", "Pcte.", "Pac."), "a nombre de", "se trata de", a header of comma-separated facts where the name follows the
/// age or the sex ("Masculino, 45 años, Hugo Benítez, …"), "Dña.", a field's "Surname Initial., Given" and a closing
/// middle initial. Guards: a prognosis after "Px:", the other facts of such a header (civil status, occupation,
/// origin), diseases after an age.
@Suite struct PHIRound4PatientNameFormsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func abbreviatedPatientLabels() {
        hidden([
            ("Px: Wilmer Antonio Reyes  Exp. 55120-24\nCrisis asmática.", "Wilmer Antonio Reyes"),   // El Salvador
            ("Pcte. Ismael Cordero Paz 60 a\nHTA.", "Ismael Cordero Paz"),                         // Mexico
            ("Pac. Nelly Huamán Soto, 72 años", "Nelly Huamán Soto"),                               // Peru
            ("Pte. ROJAS VERA, Ana\nDx: ITU.", "ROJAS VERA, Ana"),
        ])
    }

    @Test func prosePresentingThePatient() {
        hidden([
            ("Receta a nombre de Marcela Duarte Peña.", "Marcela Duarte Peña"),
            ("Se trata de Juan Ignacio Pérez, masculino de 45 años.", "Juan Ignacio Pérez"),
            ("Corresponde a Dalia Fuentes, 33 años, primigesta.", "Dalia Fuentes"),
            ("Nombre: Dña. Carmen Ruiz Ortega", "Carmen Ruiz Ortega"),
            ("Identificada como Rosa Elvira Díaz por su cédula.", "Rosa Elvira Díaz"),
        ])
    }

    @Test func aNameAfterTheAgeOrTheSexInAHeader() {
        hidden([
            ("Masculino, 45 años, Hugo Benítez, consulta por tos.", "Hugo Benítez"),
            ("Femenina de 30 a, Ana Lucía Paz.\nMotivo: cefalea.", "Ana Lucía Paz"),
            ("Paciente masculino, Juan Pérez, de 45 años, acude por dolor.", "Juan Pérez"),
            ("Mujer, Teresa Gómez, 61 años, con disnea.", "Teresa Gómez"),
            ("Female, 52 years, Laura Chen, presents with chest pain.", "Laura Chen"),
        ])
    }

    @Test func surnameInitialAndGivenNamesInAField() {
        hidden([
            ("Medico       : CARDOZO L., MATIAS\n------", "CARDOZO L., MATIAS"),                  // lab report header
            ("Médico: Gómez R., Ana María\n", "Gómez R., Ana María"),
            ("Name: DOE, JOHN A\nDOB: 01/02/1950", "DOE, JOHN A"),
        ])
    }

    @Test func theOtherFactsOfAHeaderStay() {
        let text = """
        Masculino, 45 años, Casado, Agricultor, Natural de Cusco, Ama de Casa.
        Femenina, 30 años, Hipertensión Arterial, Diabetes Mellitus.
        Paciente de 60 años, Tabaquismo Activo, EPOC. Se trata de Una paciente colaboradora.
        Px: Reservado.
        Px: Bueno para la vida.
        HTA hace 5 años (12/03/2021). DM2 de 10 años (04/05/2016).
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }
}
