import Testing
@testable import Clinical

/// Round 8 (issue 17): phones whose cue closes a line and whose number opens the next ("al\n9 7731 2288", "tel\n8756 2201"),
/// Chile's mobiles with a one-digit first group after a call's "al", plural cues ("Tels. … y …"), a second number after a
/// slash. Guards: a service's line ("Tel. servicio …", "Tel. laboratorio …") is the institution's and is skipped whole;
/// a clinician's practice phone ("Tel. consultorio …") is still hidden; vitals and counts stay.
@Suite struct PHIRound8PhoneFormsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func cuesClosingTheirLine() {
        hidden([
            ("Se avisa a su pareja Camila Riquelme al\n9 7731 2288. Control mañana.", "7731"),     // CL
            ("Llamar a la hija al\n+56 9 6612 0044 si empeora.", "6612"),
            ("tel\n8756 2201", "8756"),                                                             // NI
            ("avisar al esposo al cel\n099 445 1212", "445 1212"),                                 // UY
            ("Celular:\n 0991 234 567", "234 567"),                                                  // EC
        ])
    }

    @Test func pluralCuesAndJoinedNumbers() {
        hidden([
            ("Tels. 4471-3308 y 4471-3309. Vive sola.", "4471-3308"),                                // AR
            ("Tels. 4471-3308 y 4471-3309. Vive sola.", "4471-3309"),
            ("contacto: hijo Pedro Ruiz 0991234567/0987654321", "0987654321"),                       // EC
            ("Cel. del padre: 7788-1122; tel. casa 2233-4455.", "2233-4455"),                        // BO
            ("Se comunica al 9 8812 3345 con la madre.", "8812 3345"),                               // CL
        ])
    }

    @Test func servicesLinesStayAndPracticesDoNot() {
        let service = redactor.redact("Medico que remite: Camilo Bermudez   RM 25-0419-18   Tel. servicio 601 842 0090\n").text
        #expect(service.contains("601 842 0090"), "\(service)")
        unchanged("Tel. laboratorio 2222-0000 ext. 12 para resultados.")
        hidden([("Medico solicitante: Marcela Quintero, RM 25741-03\nTel. consultorio 601 7427010 ext 2214", "7427010")])
        unchanged("TA 120/80, FC 88, FR 18, SatO2 96%. Glucemia 110 mg/dl. Peso 70 kg.")
        unchanged("Leucocitos 12 500, plaquetas 250 000. Dosis al 1 000 000 UI.")
    }
}
