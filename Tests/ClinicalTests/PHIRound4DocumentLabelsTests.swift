import Testing
@testable import Clinical

/// Round 4 (issue 17): the labels clinicians write for an identity document beyond the full words — abbreviations
/// ("DOC:", "Doc. identidad", "Docto.", "Nro. doc."), the foreigner's card ("Carné de extranjería"), a label whose
/// short form stands in parentheses before its colon ("Documento de identidad (DNI):", "Documento (CC):"), an
/// abbreviated registration ("Reg. Med."), and a code of capitals and digits after a label without a colon. What
/// a document label announces that is no identifier (a study, an attachment) reaches the model.
@Suite struct PHIRound4DocumentLabelsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func abbreviatedDocumentLabels() {
        hidden([
            ("PACIENTE: Ofelia Ramos   DOC: 3.902.114-6\nUrocultivo positivo.", "3.902.114-6"),   // Uruguay
            ("Doc. identidad: 27.331.908   Obra social: ninguna", "27.331.908"),               // Argentina
            ("Docto. 1.045.223.876 de Medellín", "1.045.223.876"),                              // Colombia
            ("Nro. doc.: 40112233 - Motivo: control", "40112233"),                              // Peru
            ("Doc. Nac. 31.777.540\nDx: lumbalgia.", "31.777.540"),
        ])
    }

    @Test func foreignersCardsAndPassports() {
        hidden([
            ("Carné de extranjería: 000873214\nTuberculosis pulmonar en tratamiento.", "000873214"),   // Peru
            ("Carnet de extranjería N° 118822\nControl.", "118822"),                                     // Chile
            ("Documento: Pasaporte P7788123\nTurista, diarrea aguda.", "P7788123"),
        ])
    }

    @Test func aLabelsShortFormInParentheses() {
        hidden([
            ("Documento de identidad (DNI): 45678912\nFiebre.", "45678912"),                     // Peru
            ("Documento (CC): 79888777\nHernia inguinal.", "79888777"),                           // Colombia
            ("Identificación (pasaporte): K0098123\nViajero.", "K0098123"),
            ("Número de identidad (RTN): 0801-1990-01234\nDengue.", "0801-1990-01234"),           // Honduras
        ])
        // The short form sets the placeholder's kind: a cédula is a national card (a DNI since round 7), not a record.
        let r = redactor.redact("Documento (CC): 79888777")
        #expect(r.replacements.first?.kind == .dni, "\(r.replacements)")
    }

    @Test func abbreviatedRegistrationsAndCodes() {
        hidden([
            ("Dr. Hugo Salas  Reg. Med. 44120", "44120"),                  // Guatemala, Honduras
            ("Registro Méd. 20931 - Pediatría", "20931"),
            ("Insurance ID XYZ123456789 on file", "XYZ123456789"),
            ("Folio LB0928817 de la muestra", "LB0928817"),
        ])
    }

    @Test func documentWordsThatHoldNoIdentifier() {
        let text = """
        Doc. de soporte: ecografía del 12/10. Documento adjunto: epicrisis.
        Identificación de riesgos: caídas (Downton 3). Registro SpO2 continuo.
        Documento de consentimiento firmado. ID: pendiente.
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }
}
