import Testing
@testable import Clinical

/// Round 4 (issue 17): an insurance field names the insurer first and its member number after it ("Plan médico:
/// Triple-S  #…", "Seguro: Rímac EPS N° …", "ARS: Humano …", "Aseguradora: MAPFRE  Póliza …", "Insurance: Blue Cross
/// ID …", "Obra social: OSDE 210 - Afiliado …"): the number identifies the patient although no label stands right
/// before it. A field without a number, a coverage share or an amount reaches the model.
@Suite struct PHIRound4InsuranceFieldsTests {
    let redactor = PHIRedactor()

    @Test func theMemberNumberAfterTheInsurersName() {
        let cases: [(String, String)] = [
            ("Plan médico: Salud Total  #7712094431\nCC: caída.", "7712094431"),                   // Puerto Rico
            ("Seguro: Pacífico EPS N° 55120034", "55120034"),                                      // Peru
            ("ARS: Universal 30098812", "30098812"),                                               // Dominican Republic
            ("Aseguradora: Seguros Bolívar  Póliza 4410098", "4410098"),                          // Colombia
            ("Insurance: United Health  Member ID UHC88120043", "UHC88120043"),                    // US
            ("Obra social: OSDE 310 - Afiliado 61234567801", "61234567801"),                      // Argentina
            ("Prepaga: Medifé N° 0012345/02\nMotivo: control.", "0012345/02"),
            ("Cobertura: IOMA 1-23456789-0", "1-23456789-0"),
            ("Plano de saúde: Unimed 882 441 0098712", "882 441 0098712"),                      // Brazil
        ]
        for (text, value) in cases {
            let r = redactor.redact(text)
            #expect(!r.text.contains(value), "\(value) in \(r.text)")
        }
        // The insurer's name is no identifier of the patient: it stays.
        #expect(redactor.redact("Seguro: Pacífico EPS N° 55120034").text.contains("Pacífico"))
    }

    @Test func fieldsWithoutAMemberNumberStay() {
        let text = """
        Seguro: Particular. Cobertura: FONASA B. Prevision: Isapre Colmena.
        Seguro: Pacífico Seguros, cobertura 80%. Aseguradora: pendiente de autorización.
        Plan: control en 2 semanas con hemograma. Convenio: Hospital de Día 2 veces por semana.
        Seguro: Rímac, copago 1500 soles.
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }
}
