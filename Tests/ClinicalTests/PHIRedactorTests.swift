import Testing
@testable import Clinical

@Suite struct PHIRedactorTests {
    let redactor = PHIRedactor()

    func kinds(_ text: String) -> [PHIKind: [String]] {
        var result: [PHIKind: [String]] = [:]
        for r in redactor.redact(text).replacements { result[r.kind, default: []].append(r.original) }
        return result
    }

    @Test func validNationalIdentifiersAreTaggedByKind() {
        let text = """
        CURP PEGJ850312HDFRMN01, RFC GODE561231GR8, CPF 529.982.247-25, RUT 12.345.678-5, \
        SSN 512-48-7736, DNI 30.123.456, C.C. 1.020.456.789.
        """
        let found = kinds(text)
        #expect(found[.curp] == ["PEGJ850312HDFRMN01"])
        #expect(found[.rfc] == ["GODE561231GR8"])
        #expect(found[.cpf] == ["529.982.247-25"])
        #expect(found[.rut] == ["12.345.678-5"])
        #expect(found[.ssn] == ["512-48-7736"])
        // Round 7: a national card (here Colombia's C.C.) is a DNI whatever the country calls it.
        #expect(found[.dni] == ["30.123.456", "1.020.456.789"])
    }

    @Test func checkDigitValidators() {
        #expect(NationalIDValidators.isValidCURP("PEGJ850312HDFRMN01"))
        #expect(!NationalIDValidators.isValidCURP("PEGJ850312HDFRMN02"))
        #expect(NationalIDValidators.isValidRFC("GODE561231GR8"))
        #expect(!NationalIDValidators.isValidRFC("GODE561231GR9"))
        #expect(NationalIDValidators.isValidCPF("529.982.247-25"))
        #expect(!NationalIDValidators.isValidCPF("529.982.247-26"))
        #expect(!NationalIDValidators.isValidCPF("111.111.111-11"))
        #expect(NationalIDValidators.isValidRUT("12.345.678-5"))
        #expect(NationalIDValidators.isValidRUT("20.456.789-1"))
        #expect(!NationalIDValidators.isValidRUT("12.345.678-K"))
        #expect(NationalIDValidators.isValidSSN("219-09-9999"))
        #expect(!NationalIDValidators.isValidSSN("666-12-3456"))
        #expect(!NationalIDValidators.isValidSSN("123-00-4567"))
    }

    /// Invalid check digits are not tagged as that identifier (they may still be hidden as another kind).
    @Test func invalidCheckDigitsAreNotTaggedAsThatIdentifier() {
        let found = kinds("Datos: PEGJ850312HDFRMN02, GODE561231GR9, 529.982.247-26, 12.345.678-K, 666-12-3456.")
        #expect(found[.curp] == nil)
        #expect(found[.rfc] == nil)
        #expect(found[.cpf] == nil)
        #expect(found[.rut] == nil)
        #expect(found[.ssn] == nil)
    }

    @Test func contactsDatesAddressesRecordsAndNames() {
        let text = """
        Paciente: María José Pérez Gómez. Fecha de nacimiento: 12 de marzo de 1985. Expediente: HGZ-2024-00871.
        Domicilio: Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX. Cel. +52 55 1234 5678, correo mjperez@ejemplo.mx.
        La Dra. Ana Torres indica control. María refiere mejoría.
        """
        let found = kinds(text)
        #expect(found[.name]?.contains("María José Pérez Gómez") == true)
        #expect(found[.name]?.contains("Ana Torres") == true)
        #expect(found[.name]?.contains("María") == true)
        #expect(found[.birthDate] == ["12 de marzo de 1985"])
        #expect(found[.medicalRecord] == ["HGZ-2024-00871"])
        #expect(found[.address] == ["Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX"])
        #expect(found[.phone] == ["+52 55 1234 5678"])
        #expect(found[.email] == ["mjperez@ejemplo.mx"])
    }

    @Test func clinicalNumbersAreNotRedacted() {
        let text = """
        Consulta del 14/03/2024. TA 120/80 mmHg, FC 84 lpm, T° 37.5 °C, SpO2 97%. Glucosa 182 mg/dL, HbA1c 8.2%,
        leucocitos 15.800/mm3, plaquetas 250.000. Amoxicilina 500 mg VO cada 8 horas por 7 días. Dx: neumonía (J18.9).
        Control en 2 semanas. Metformin 850 mg BID. Losartán 50 mg/día. Paracetamol 1 g c/8h.
        """
        let redaction = redactor.redact(text)
        #expect(redaction.replacements.isEmpty, "unexpected: \(redaction.replacements.map { $0.kind })")
        #expect(redaction.text == text)
    }

    @Test func samePlaceholderForSameValueAndRestoreToleratesReformatting() {
        let text = "Paciente: Juan Pérez. Tel. 55 4821 9034. El Sr. Juan Pérez vuelve; llamar al 55 4821 9034."
        let redaction = redactor.redact(text)
        #expect(!redaction.text.contains("Juan"))
        #expect(!redaction.text.contains("4821"))
        let phones = Set(redaction.replacements.filter { $0.kind == .phone }.map { $0.placeholder })
        #expect(phones == ["[TELEFONO_1]"])
        #expect(redaction.mapping["[NOMBRE_1]"] == "Juan Pérez")
        #expect(redaction.restore(redaction.text) == text)
        let modelOutput = "Resumen de [NOMBRE_1] ([ nombre_1 ]); contacto [TELEFONO 1], [TELEFONO-1]; desconocido [NOMBRE_9]."
        #expect(redaction.restore(modelOutput) == "Resumen de Juan Pérez (Juan Pérez); contacto 55 4821 9034, 55 4821 9034; desconocido [NOMBRE_9].")
    }

    @Test func englishCues() {
        let found = kinds("Patient: Mr. Robert J. Whitfield, DOB: 04/17/1954, MRN 00458219, phone (617) 555-0142. Lives at 1234 Elm Street, Boston.")
        #expect(found[.name] == ["Robert J. Whitfield"])
        #expect(found[.birthDate] == ["04/17/1954"])
        #expect(found[.medicalRecord] == ["00458219"])
        #expect(found[.phone] == ["(617) 555-0142"])
        #expect(found[.address] == ["1234 Elm Street, Boston"])
    }
}
