import Testing
@testable import Clinical

/// Record, admission and insurance numbers after their labels in every layout a clinic writes: qualified labels
/// ("HC familiar:", "Prontuário eletrônico:"), any noun after a numbering word ("No. de ingreso:"), values glued to
/// their label ("HC-2025/0412"), record numbers shaped like dates ("Historia: 77-20-41"), public insurers' member
/// numbers (PAMI, IMSS, CSS, FONASA…) and table-like header blocks. Measurements after a label stay numbers.
@Suite struct PHIRecordNumberLayoutsTests {
    let redactor = PHIRedactor()

    func hidden(_ value: String, in text: String) -> Bool { !redactor.redact(text).text.contains(value) }

    @Test func qualifiersBetweenALabelAndItsColon() {
        let cases: [(String, String)] = [
            ("HC familiar: 22-0918\nMotivo: control", "22-0918"),                    // Cuba, consultorio del médico de familia
            ("Historia clínica única: 7781-330", "7781-330"),                         // Ecuador
            ("Prontuário eletrônico: PE-2025-0091", "PE-2025-0091"),                  // Brazil
            ("Registro hospitalar: 771203  Leito 4", "771203"),                       // Brazil
            ("Expediente clínico: 45/2211-C", "45/2211-C"),                           // Mexico
            ("HC institucional: HCI-44120", "HCI-44120"),                             // Colombia
            ("Carteirinha do convênio: 0012 3344 5566 7788", "0012 3344 5566 7788"), // Brazil, plano de saúde
        ]
        for (text, value) in cases { #expect(hidden(value, in: text), "\(value) in \(redactor.redact(text).text)") }
    }

    @Test func anyNounAfterANumberingWordIsALabel() {
        let cases: [(String, String)] = [
            ("No. de ingreso: ADM-2025-7781", "ADM-2025-7781"),
            ("Número de admisión: 559012", "559012"),
            ("Nº de atención 2025118834", "2025118834"),
            ("N° de egreso: 88-1204", "88-1204"),
            ("ISAPRE Banmédica N° 77120934", "77120934"),
            ("Nro. episodio: E-44512", "E-44512"),
        ]
        for (text, value) in cases { #expect(hidden(value, in: text), "\(value) in \(redactor.redact(text).text)") }
        // Counts and references after a numbering word are no one's identifier.
        for text in ["Control prenatal N° 5", "N° de gestas: 3", "Cama N° 214", "Según Ley N° 26529 de derechos del paciente", "N° de dosis: 2"] {
            #expect(redactor.redact(text).replacements.isEmpty, "\(redactor.redact(text).text)")
        }
    }

    @Test func abbreviatedRecordLabels() {
        let cases: [(String, String)] = [
            ("Hist. Clín.: 12345", "12345"), ("H. Clínica N°: 4567-2", "4567-2"), ("Exped. 7781/25", "7781/25"),
            ("Hospital #: 77812", "77812"), ("MR#: 55123", "55123"), ("Chart No. 8812", "8812"), ("FIN: 1234567", "1234567"),
            ("Visit #: V-22019", "V-22019"), ("Patient ID: PT-00991", "PT-00991"),
        ]
        for (text, value) in cases { #expect(hidden(value, in: text), "\(value) in \(redactor.redact(text).text)") }
        // The same words before a name or a hospital's own name hide nothing.
        let out = redactor.redact("Hospital 12 de Octubre. Mr. Smith arrived. Hist. de 3 días.").text
        #expect(out.contains("Hospital 12 de Octubre") && out.contains("3 días"), "\(out)")
    }

    @Test func aValueGluedToItsLabelIsHiddenWithIt() {
        let cases: [(String, String)] = [
            ("Muestra de HC-2025/0412 recibida", "HC-2025/0412"),
            ("Ver EXP-88/2024", "EXP-88/2024"),
            ("MRN-00123987 on the wristband", "MRN-00123987"),
        ]
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value) && !out.contains("HC-[") && !out.contains("EXP-[") && !out.contains("MRN-["), "\(out)")
        }
    }

    @Test func aRecordNumberShapedLikeADateIsStillARecord() {
        #expect(hidden("77-20-41", in: "Historia: 77-20-41   Fecha nac: 02/12/1972"))
        #expect(hidden("08-11-77", in: "Historia clínica: 08-11-77"))
        // A real date after a date word stays a date.
        let out = redactor.redact("Fecha de registro: 12/03/2024. Fecha: 08-11-25 control.").text
        #expect(out.contains("12/03/2024") && out.contains("08-11-25"), "\(out)")
    }

    @Test func publicInsurersMemberNumbers() {
        let cases: [(String, String)] = [
            ("Paciente: Elsa Funes - 80 años - PAMI 150663274108", "150663274108"),   // Argentina
            ("Obra social: IOMA 2204558811/00", "2204558811/00"),                       // Argentina
            ("Afiliada a IMSS 4512 88 0912 3", "4512 88 0912 3"),                      // Mexico
            ("Ced. 8-745-1290  S.S. 745-1290", "745-1290"),                            // Panama
            ("CSS: 8-123-4567", "8-123-4567"),                                          // Panama
            ("SIS 7712345, sin copago", "7712345"),                                     // Peru
            ("INSS 120-334-5512", "120-334-5512"),                                      // Nicaragua
            ("ARS Senasa: 001-2234456-7", "001-2234456-7"),                             // Dominican Republic
        ]
        for (text, value) in cases {
            #expect(hidden(value, in: text), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func headerBlocksWithLettersDashesAndSlashes() {
        let text = """
        PACIENTE                      N° HC          FECHA NAC.     DNI
        QUISPE HUAMANI ROSA ELENA     HC-2025/0412   14/07/1980     40118822
        EXAMEN              RESULTADO     UNIDADES
        Hemoglobina         11.2          g/dL
        """
        let out = redactor.redact(text).text
        for value in ["QUISPE", "2025/0412", "14/07/1980", "40118822"] { #expect(!out.contains(value), "\(value) in \(out)") }
        #expect(out.contains("Hemoglobina         11.2"), "\(out)")
        let tabbed = "Nombre\tExpediente\tFecha de nacimiento\nCarlos Ibarra Soto\tEXP-88/2024\t03/05/1971\nDx: HTA."
        let tabOut = redactor.redact(tabbed).text
        #expect(!tabOut.contains("88/2024") && !tabOut.contains("Ibarra") && !tabOut.contains("03/05/1971") && tabOut.contains("Dx: HTA."), "\(tabOut)")
    }

    @Test func pipeTablesAlignByCell() {
        let text = "| Paciente | RUT | Ficha |\n| Tomás Araya Fuentes | 12.345.678-5 | F-77120 |\nHemograma: Hb 13,1 g/dL."
        let out = redactor.redact(text).text
        for value in ["Tomás", "12.345.678-5", "77120"] { #expect(!out.contains(value), "\(value) in \(out)") }
        #expect(out.contains("Hb 13,1 g/dL"), "\(out)")
        // A pipe table of results is no header block.
        let results = "| Examen | Resultado | Unidad |\n| Glucosa | 98 | mg/dL |"
        #expect(redactor.redact(results).replacements.isEmpty, "\(redactor.redact(results).text)")
    }

    @Test func measurementsAfterALabelStayNumbers() {
        let text = "Registro de diuresis: 1500 ml en 24 h. Ingreso: 1200 ml. Historia de tabaquismo: 20 paquetes/año. Balance hídrico: 1800 ml."
        #expect(redactor.redact(text).replacements.isEmpty, "\(redactor.redact(text).text)")
    }
}
