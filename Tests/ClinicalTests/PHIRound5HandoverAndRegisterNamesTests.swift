import Testing
@testable import Clinical

/// Round 5 (issue 17): a name before the patient's age after a handover's place label opening the line ("Cama 3:",
/// "Hab. 12 -", "Bed 7:", "Box 2:"), a register's "SURNAMES, Given" opening a line before the age, and a patient
/// named by initials after a patient word ("Pac. R.G.", "pte J.L.M.", "Patient J.D."). Guards: complaints, diseases,
/// a patient's description and a lone capital in the same places.
@Suite struct PHIRound5HandoverAndRegisterNamesTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func namesAfterAHandoversPlaceOrInRegisterOrder() {
        hidden([
            ("GIMENEZ, Hector Osvaldo, 71 a, DNI 8.271.904, HC 554.219.", "GIMENEZ, Hector Osvaldo"),
            ("PEREIRA RODRIGUEZ, Washington, 74 años, hipertenso.", "PEREIRA RODRIGUEZ, Washington"),
            ("Cama 3: Kevin Josué Maradiaga, 6 a, 19 kg.", "Kevin Josué Maradiaga"),
            ("Cama 5: Alison Nicole Bonilla Reyes, 11 meses. Exp. 26-004512.", "Alison Nicole Bonilla Reyes"),
            ("Hab. 12 - Rosa Quispe Mamani, 80 años, neumonía.", "Rosa Quispe Mamani"),
            ("Bed 7: Tyrone Jackson, 58 yo, DKA resolving.", "Tyrone Jackson"),
            ("Box 2: Camila Andrea Soto, 24 años, cólico renal.", "Camila Andrea Soto"),
        ])
    }

    @Test func initialsAfterAPatientWord() {
        hidden([
            ("Pac. R.G., fem 45 a, acompañada por su esposo.", "R.G."),
            ("pte J.L.M. masc 34a, acude con su esposa.", "J.L.M."),
            ("Paciente: M.A.P. de 70 años.", "M.A.P."),
            ("Patient J.D., 45 yo male.", "J.D."),
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("Box 4: Dolor Abdominal, 30 años.\nCama 2: Paciente masculino, 60 años.\nHTA, Diabetes Mellitus, 70 años.\nEPOC, 70 años.\nCama 8: Neumonía Adquirida, 80 años.\nNiña de 5 años con fiebre.\nPaciente A con PA 120/80.\nDIAGNOSTICO, Control, 45 años.")
    }
}

/// Round 5 (issue 17): a register's line opening with a name in capitals, a column gap, then an identifier (a code of six
/// digits or more, or its label). Guards: headings in capitals before a number, a name-like heading without the gap.
@Suite struct PHIRound5CapitalsNameBeforeAnIdentifierTests {
    let redactor = PHIRedactor()

    @Test func aNameInCapitalsBeforeAnIdentifier() {
        for (text, name) in [
            ("HERNANDEZ DE LA CRUZ MARIBEL  HECM870226MTCRRR01\nCama: 317-B", "HERNANDEZ DE LA CRUZ MARIBEL"),   // Mexico
            ("QUISPE MAMANI ROSA ELENA    DNI 41287734\nEdad: 32", "QUISPE MAMANI ROSA ELENA"),                      // Peru
            ("SILVA SOUZA JOAO PEDRO\t052.117.364-78\nConvenio: SUS", "SILVA SOUZA JOAO PEDRO"),                     // Brazil
        ] {
            let out = redactor.redact(text).text
            #expect(!out.contains(name), "\(name) in \(out)")
        }
    }

    @Test func headingsBeforeNumbersStay() {
        for text in ["HEMOGRAMA COMPLETO    12345678\n", "ORDEN MEDICA   00012345\n", "GLUCOSA BASAL    100 mg/dl\n",
                     "SIGNOS VITALES  TA 120/80\n"] {
            #expect(redactor.redact(text).text == text)
        }
    }
}
