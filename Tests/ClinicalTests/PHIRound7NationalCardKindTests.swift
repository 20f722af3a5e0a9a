import Testing
@testable import Clinical

/// Round 7 (issue 17): a national identity card is a `DNI` placeholder whatever the country calls it — C.I., C.C., T.I.,
/// R.C., cédula (de identidad, de ciudadanía), carné de identidad, with or without a label, in a table's column — the
/// kind every corpus since HeldOut5 gives it; a clinician's registration stays `CEDULA` (a Mexican "Ced." on a chemist's
/// or a doctor's line included) and Mexico's NSS is an `SSN`. Guards: words that share the short labels stay.
@Suite struct PHIRound7NationalCardKindTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    func kinds(of value: String, in text: String) -> [PHIKind] {
        redactor.redact(text).replacements.filter { $0.original.contains(value) }.map { $0.kind }
    }

    @Test func nationalCardsAreDNI() {
        let cases: [(String, String)] = [
            ("Paciente: Laura Gómez  D.N.I. 28.114.907\nConsulta por cefalea.", "28.114.907"),          // AR
            ("Nombre: Rosana Techera, 52 años, C.I. 3.118.442-7", "3.118.442-7"),                        // UY
            ("Pcte Carlos Brito  CI: V-12.448.901  edad 61", "V-12.448.901"),                            // VE
            ("Usuario: Jhon Fredy Ríos  C.C. 1.036.448.221", "1.036.448.221"),                           // CO
            ("Menor: Sara Lucía Mena  T.I. 1098765432  Acudiente: madre", "1098765432"),                 // CO
            ("Niño Samuel Nino Avella, RC 1052408116, FN: 12/06/2025", "1052408116"),                     // CO registro civil
            ("Registro civil: 1052771902\nLactante de 4 meses.", "1052771902"),
            ("Paciente: Jorge Paredes  Cédula de identidad: 1712345678", "1712345678"),                  // EC
            ("Paciente: Ramona Peña  Cédula 001-0873411-9\nControl prenatal.", "001-0873411-9"),         // DO
            ("Vargas Mora Luis  céd. 1-0988-0111  expediente 1098811", "1-0988-0111"),                   // CR
            ("Itzel Rodriguez  ced 8-902-1147\nRx: amoxicilina", "8-902-1147"),                           // PA
            ("Paciente: Basilio Mamani  CI 4872999 LP\nNeumonía.", "4872999"),                            // BO
            ("Paciente: Rodolfo Benítez  C.I.N° 3.411.777", "3.411.777"),                                 // PY
            ("Paciente: Norma Zelaya  Identidad: 0801-1985-11234", "0801-1985-11234"),                    // HN
            ("Paciente: Juana Pérez  Cedula 081-150399-0004K", "081-150399-0004K"),                       // NI
            ("Pcte Odalys Rizo, CI 68031409999, policlínico", "68031409999"),                             // CU
            ("Identificación: CC 1.036.652.418", "1.036.652.418"),                                        // an inner label
        ]
        for (text, value) in cases {
            #expect(kinds(of: value, in: text) == [.dni], "\(value): \(kinds(of: value, in: text)) in \(redactor.redact(text).text)")
        }
    }

    @Test func unlabelledValidCardsAndTableColumnsAreDNI() {
        // Valid check digits without a label (Uruguay, the Dominican Republic, Ecuador).
        #expect(kinds(of: "4.567.890-5", in: "Walter Píriz 4.567.890-5 64 a.") == [.dni])                          // UY
        #expect(kinds(of: "001-0873411-2", in: "Sr. Juan Almonte (001-0873411-2) refiere") == [.dni])               // DO
        #expect(kinds(of: "1710034065", in: "Gabriela Quiñonez, 19 años, 1710034065, control") == [.dni])          // EC
        let table = """
        | Paciente             | Cedula / Seguro Social    | Fecha nac.  |
        | ESPINOSA, Ricardo A. | 8-765-4321                | 1970-11-30  |
        """
        #expect(kinds(of: "8-765-4321", in: table) == [.dni], "\(redactor.redact(table).text)")
    }

    @Test func cliniciansRegistrationsStayCEDULA() {
        let cases: [(String, String)] = [
            ("Q.F.B. Irma Nava  Ced. 2389015\nResultados validados.", "2389015"),                       // MX, a chemist's
            ("Dr. Tomás Robles  Cédula: 4419087  Ced. Esp. 6602311", "4419087"),                          // MX, a doctor's
            ("Dr. Tomás Robles  Cédula: 4419087  Ced. Esp. 6602311", "6602311"),
            ("Dra. Nayeli Robledo, cédula profesional 10977324", "10977324"),
            ("Dr. Pablo Lanari M.N. 103.887", "103.887"),                                                 // AR
            ("Dra. Juliana Portela - CRM-PR 31.904 - RQE 22.117", "22.117"),                               // BR
        ]
        for (text, value) in cases {
            #expect(kinds(of: value, in: text) == [.cedula], "\(value): \(kinds(of: value, in: text))")
        }
    }

    @Test func whoseNumberAndWhichBoardDecideTheKind() {
        #expect(kinds(of: "62-0817-MCB", in: "Nombre: Basilia Mamani   C.I. 4872219 LP   Matricula asegurado: 62-0817-MCB") == [.medicalRecord])
        #expect(kinds(of: "SC-VF-06612", in: "C.I. en tramite   carnet de salud infantil SC-VF-06612") == [.medicalRecord])
        #expect(kinds(of: "28114", in: "Saluda atte., Dr. Pablo L., endocrinólogo. N° COLMED 28114") == [.cedula])
        #expect(kinds(of: "9011842", in: "Psiq. Tomas Aceves Robles  ced. prof. 9011842") == [.cedula])
        #expect(kinds(of: "1.102.557", in: "Box 3: Sosa Cabrera, María del Carmen, 47 a, CI 4.127.730-2, reg. 1.102.557") == [.medicalRecord])
        let r = redactor.redact("Paciente: Juan Soto N° HC 44120").text
        #expect(r.contains("N° HC"), "\(r)")     // "N°" is no initial of the name
    }

    @Test func mexicanNSSIsAnSSN() {
        #expect(kinds(of: "02876509343", in: "Paciente: Guadalupe Xolalpa    NSS 02876509343\nLumbalgia.") == [.ssn])
        #expect(kinds(of: "22098405719", in: "trabajador con nss 22098405719 y turno nocturno") == [.ssn])
        #expect(kinds(of: "1289 91 4471-3", in: "NSS: 1289 91 4471-3") == [.ssn])
    }

    @Test func aLabelAfterItsValueOrInEnglish() {
        #expect(kinds(of: "30111222", in: "Juan Pérez, 30111222 (DNI), consulta") == [.dni])
        #expect(kinds(of: "8-123-457", in: "cédula 8-123-456 (Panamá) y 8-123-457 (cédula)") == [.dni])
        #expect(kinds(of: "8-123-456", in: "National ID: 8-123-456.") == [.dni])
        #expect(kinds(of: "30111222", in: "ID card 30111222 on file.") == [.dni])
        #expect(kinds(of: "44120", in: "Expdte 44120") == [.medicalRecord])
        unchanged("Glucosa 110 (HC 12). TA 120/80 (CC 3). Leucocitos 12500 (ID 4).")
    }

    @Test func shortLabelsInProseStay() {
        unchanged("RCP 30 minutos sin respuesta. TI 5 min. RC positivo, ritmo regular.")
        unchanged("Se solicita registro civil para el trámite.")
        unchanged("Ciclo 2 de quimioterapia, CI negativo.")
    }
}
