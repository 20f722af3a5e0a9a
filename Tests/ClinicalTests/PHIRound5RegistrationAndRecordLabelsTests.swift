import Testing
@testable import Clinical

/// Round 5 (issue 17): a registration's label abbreviated other ways (Mexico's "Ced. de Especialidad", "Ced. Esp.",
/// the Dominican "Exeq.", Venezuela's "M.S.A.S."), a hospital's own register ("RGHC:") and a plan's contract number
/// ("ID contrato", "N° de contrato"). Guards: the same words without a number.
@Suite struct PHIRound5RegistrationAndRecordLabelsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func abbreviatedRegistrationsAndContracts() {
        hidden([
            ("Ced. Prof. 3390125   Ced. de Especialidad 5561093", "5561093"),
            ("Dr. Ramón Díaz - Ced. Esp. 7712093", "7712093"),
            ("Medico de emergencia: Yohanna Castillo  Exeq. 355-09", "355-09"),
            ("Dra. María Briceño\nC.I. 12.662.410  M.S.A.S. 51.904", "51.904"),
            ("Nome: Maria das Graças Lima   RGHC: 3041772H", "3041772H"),
            ("Plan medico: Triple-S Vital   ID contrato VIT 880421337 01", "880421337"),
            ("Seguro: Pacífico   N° de contrato: 0045-221987", "0045-221987"),
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("Contrato de trabajo vigente. Exeq. pendiente.\nCed. de Especialidad en trámite.\nPaciente con RH positivo.")
    }
}
