import Testing
@testable import Clinical

/// A clinician's registration under any board's acronym on the clinician's line, or the lines of the signature
/// block under the name: boards are too many to list (every country, profession and province has its own), so an
/// all-caps acronym with a number of four digits or more there is the licence. Vital signs, lab acronyms and values
/// before their units are never registrations, on any line.
@Suite struct PHIClinicianRegistrationTests {
    let redactor = PHIRedactor()

    func kinds(of value: String, in text: String) -> [PHIKind] {
        redactor.redact(text).replacements.filter { $0.original.contains(value) }.map { $0.kind }
    }

    @Test func anyBoardsAcronymOnTheSignatureLine() {
        let cases: [(String, String)] = [
            ("Dra. Mirna Castellanos  MPPS 98.211  CM 14.552", "14.552"),   // Venezuela, Colegio de Médicos
            ("Dr. Hugo Salinas - CMCR 4412", "4412"),                        // Costa Rica
            ("Enf. Gloria Maldonado  CEP 33120", "33120"),                   // Peru, enfermeras
            ("Dr. Ramón Paz  CMZ 9.442", "9.442"),                           // Venezuela, Zulia
            ("Lic. Ana Ruiz, nutricionista - CNP 6620", "6620"),             // Peru
            ("Dr. Pablo Zerpa  COLMED 22871", "22871"),                      // any board
        ]
        for (text, value) in cases {
            #expect(kinds(of: value, in: text).contains(.cedula), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func aStatesSuffixAfterTheAcronym() {
        let cases: [(String, String, String)] = [
            ("Médica: Ana Lúcia Prado CRM-SP 154872", "154872", "Ana Lúcia Prado"),
            ("Médico: Ricardo Nunes CRM/RJ 52.1234-5", "52.1234-5", "Ricardo Nunes"),
            ("Enfermeira Joana Reis COREN-BA 88123", "88123", "Joana Reis"),
        ]
        for (text, value, name) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value) && !out.contains(name), "\(out)")
        }
    }

    @Test func theSignatureBlockUnderTheName() {
        let text = "Plan: control en 1 mes.\n\nDra. Lucía Ferreyra\nMédica Internista\nCMPA 30417\n"
        #expect(!redactor.redact(text).text.contains("30417"), "\(redactor.redact(text).text)")
    }

    @Test func vitalsLabsAndUnitsOnAClinicianLineStayNumbers() {
        let text = "Dr. Juan Soto evaluó: TA 130/80, PLT 245000, WBC 11200, BNP 1250 pg/mL, dosis 1000 mg. Dra. Ana Vega: CM 3 de diámetro."
        let out = redactor.redact(text).text
        for value in ["130/80", "245000", "11200", "1250 pg/mL", "1000 mg", "3 de diámetro"] { #expect(out.contains(value), "\(value) in \(out)") }
    }

    @Test func anAcronymAndANumberFarFromAnyClinicianStayAsWritten() {
        let text = "Paciente refiere dolor.\nControl de laboratorio.\nResultado ELISA 1024 títulos.\nHGT 1200 registrado por familiar."
        #expect(redactor.redact(text).replacements.isEmpty, "\(redactor.redact(text).text)")
    }
}
