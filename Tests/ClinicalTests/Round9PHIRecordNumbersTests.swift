import Testing
@testable import Clinical

/// Round 9 (issue 17): record labels with short numbers ("Legajo 4412", "Carpeta 44120.", "…, legajo 55213,") and the
/// value's own prefix after an outer label ("Registro hospitalar RH 883201", "Matrícula N° MN 44.120": the whole id).
/// Guards: a year, a span of years, a part of a list, a decimal, a count with its unit.
@Suite struct Round9PHIRecordNumbersTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func shortNumbersAfterAFilesWord() {
        hidden([
            ("Legajo 4412. Paciente con EPOC en control.", "4412"),                   // AR
            ("Legajo 771 - control anual.", "771"),
            ("Paciente de 70 años, legajo 55213, internado en clínica médica.", "55213"),
            ("Carpeta 44120. Policlínica de diabetes.", "44120"),                     // UY
            ("Chart 30418 reviewed prior to visit.", "30418"),                        // US
        ])
        unchanged("Legajo en trámite. Carpeta 3 de 5 de estudios.")
        unchanged("Legajo 2019 archivado.")
        unchanged("Expediente 2019 a 2024 revisado.")
        unchanged("Ficha 331,5 puntos.")
    }

    @Test func aValuesPrefixIsHiddenWithIt() {
        hidden([
            ("Registro hospitalar RH 883201, internado na enfermaria.", "RH 883201"),   // BR
            ("Prontuário nº 33812 - Registro hospitalar RH 120455.", "RH"),
            ("Matrícula N° MN 44.120 - Dr. Pablo Ferro", "MN 44"),                      // AR
        ])
    }
}
