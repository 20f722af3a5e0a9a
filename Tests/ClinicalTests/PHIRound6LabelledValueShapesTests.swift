import Testing
@testable import Clinical

/// Round 6 (issue 17): after an identity or record label the value is hidden whatever its shape — a lower-case prefix
/// ("ant-20331", "exp-2026-0099"), letters between digit groups ("2024/AB/00331", "8-NT-123-456", "2026-A-0441"),
/// spaces, slashes and dashes inside ("0912 44 781", "HR/2026/00441"), and a code label qualified by whose number it
/// is ("Cod. trabajador ANT-20331", "Cod. asegurado ESS-4471-2210"); more identity labels (Panama's CIP). Guards: a
/// measurement after a record-like word, a date after a registration label.
@Suite struct PHIRound6LabelledValueShapesTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func valuesOfAnyShape() {
        hidden([
            ("Trabajador: Elmer Condori Huaylla  DNI 42115806  Cod. trabajador ANT-20331\nPuesto: operador", "20331"), // PE
            ("Cod. asegurado ESS-4471-2210", "4471"),
            ("N° HC ant-20331", "20331"),
            ("Expediente: 2024/AB/00331", "00331"),                                                  // MX
            ("Expediente: exp-2026-0099", "0099"),
            ("Cédula: 8-NT-123-456", "123-456"),                                                     // PA
            ("CIP: 8-123-456", "8-123-456"),                                                         // PA
            ("Ficha clínica N° 2026-A-0441", "0441"),                                                // CL
            ("No. de expediente: HR/2026/00441", "00441"),                                           // GT
            ("Historia clínica: 0912 44 781", "44 781"),                                             // EC
            ("N° historia clínica: hc-7733/21", "7733"),                                             // AR
            ("Matrícula de asegurado: 850312-ROM-001", "850312"),                                    // BO
            ("MRN# 88-2201-A", "2201"),                                                              // US
            ("Medical record #: MR-0044-2231", "2231"),
            ("Identidad: 0801-1990-12345", "12345"),                                                 // HN
            ("DPI: 2456 78901 0101", "78901"),                                                       // GT
            ("HC=45221  DNI = 30.111.222", "45221"),                                                  // an equals sign for the colon
            ("HC=45221  DNI = 30.111.222", "30.111.222"),
            ("Pasaporte venezolano 123456789, migrante.", "123456789"),                               // the issuing country between
            ("C.I. 12.662.410  M.S.A.S. 51.904  C.M. Edo. Zulia 8.877\nCentro Clinico", "8.877"),    // VE, a state's board
            ("Dra. Ana Ruiz, Colegio de Médicos del Estado Lara N° 4471", "4471"),
            ("identificada con cédula colombiana 52.123.456", "52.123.456"),
            ("Refiere que su cédula es 8-123-456 y su número de historia 4471-22.", "8-123-456"),     // the label in a sentence
            ("Refiere que su cédula es 8-123-456 y su número de historia 4471-22.", "4471-22"),
            ("The MRN is 0045521 per registration.", "0045521"),
            ("C.I.: E-84.221.903", "E-84.221.903"),
        ])
    }

    @Test func measurementsAndDatesStay() {
        unchanged("Registro de diuresis: 1500 ml en 24 h.")
        unchanged("Registro: 12/03/2024, control.")
        unchanged("Glucose=120 mg/dL, Na=138. TP = 12,5 s.")
        unchanged("Es 1 de 3 hermanos. La TA es 120/80.")
    }
}
