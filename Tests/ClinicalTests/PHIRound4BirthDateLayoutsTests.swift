import Testing
@testable import Clinical

/// Round 4 (issue 17): dates of birth in the layouts forms use — a label whose words are joined by a slash ("F/N",
/// "F/Nac.", "Fec/Nac"), "FDN", "F. de N.", a format hint between the label and the date ("Fecha de nacimiento
/// (dd/mm/aaaa):"), and a full date in parentheses right after the patient's age ("67 a (n. 12/04/1959)"). Visit
/// dates, a last period, and the date of a disease's onset after its duration stay.
@Suite struct PHIRound4BirthDateLayoutsTests {
    let redactor = PHIRedactor()

    @Test func birthLabelsOfForms() {
        let cases: [(String, String)] = [
            ("Nombre: Ramón Peralta   F/N: 14/09/1951   Tel: 809-555-0101", "14/09/1951"),   // Dominican Republic
            ("F/Nac.: 02/02/1967", "02/02/1967"),
            ("Fec/Nac 1980-07-30", "1980-07-30"),
            ("FDN: 12/08/1990\nMotivo: control.", "12/08/1990"),
            ("F. de N.: 22/02/2002", "22/02/2002"),
            ("Fecha de nacimiento (dd/mm/aaaa): 05/09/1966", "05/09/1966"),
            ("Date of birth (MM/DD/YYYY): 07/22/1961", "07/22/1961"),
        ]
        for (text, date) in cases {
            let r = redactor.redact(text)
            #expect(!r.text.contains(date), "\(date) in \(r.text)")
            #expect(r.replacements.contains { $0.kind == .birthDate }, "\(r.replacements)")
        }
    }

    @Test func aFullDateInParenthesesAfterTheAge() {
        for (text, date) in [("Edad: 67 a (n. 12/04/1959)", "12/04/1959"), ("Paciente de 45 años (15/03/1981), consulta por tos.", "15/03/1981"),
                             ("72 yo (DOB 03/11/1954) presenting with syncope", "03/11/1954"), ("Femenina, 30 años (02-06-1996)", "02-06-1996")] {
            let out = redactor.redact(text).text
            #expect(!out.contains(date), "\(date) in \(out)")
        }
    }

    @Test func otherDatesStay() {
        let text = """
        Fecha de ingreso: 12/03/2024  Fecha de egreso: 15/03/2024. Control: 22/03/2024.
        FUM 12/09/2026, EG 12 semanas. F/U in 2 weeks (12/15/2026).
        HTA hace 5 años (12/03/2021). DM2 de 10 años (04/05/2016). Tratamiento por 7 días (hasta 20/11/2026).
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }
}
