import Testing
@testable import Clinical

/// Round 9 of issue 17: comorbidities named before "conocidos" / "conhecidos" ("DM2 e HTA conocidos, dislipidemia."),
/// read in notes with a diagnosis section too; a denied or doubted one ("No cardiopatía conocida", "FA no conocida")
/// gives nothing.
@Suite struct Round9DiagnosisKnownConditionsTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Motivo: control de cronicos. DM2 e HTA conocidos, dislipidemia. Refiere buena adherencia.\nDx: DM2 controlada, HTA controlada",
         ["DM2 controlada", "HTA controlada", "DM2", "HTA", "dislipidemia"]),                                                  // CR
        ("Paciente de 70 años. EPOC y FA conocidas. Consulta por tos.\nDiagnostico: bronquitis aguda", ["bronquitis aguda", "EPOC", "FA"]), // AR
        ("HAS e DM2 conhecidas. Vem por tosse há 5 dias.\nHipótese diagnóstica: pneumonia", ["pneumonia", "HAS", "DM2"]),   // BR
    ])
    func conditionsNamedBeforeTheWordAreTheHistory(text: String, expected: [String]) {
        #expect(Set(diagnoses(text)) == Set(expected), "\(diagnoses(text))")
    }

    @Test func guardTheListOpensTheSentence() {
        // BR: "Paciente com …" is the patient's clause (read by the prose comorbidity reader), no item "Paciente com HAS".
        let found = diagnoses("Paciente com HAS e DM2 conhecidas, vem por tosse.\nHipótese diagnóstica: pneumonia")
        #expect(!found.contains(where: { $0.hasPrefix("Paciente") }), "\(found)")
    }

    @Test(arguments: [
        "Consulta por dolor toracico. No cardiopatia conocida. Sin alergias conocidas.\nDx: dolor toracico atipico",  // MX
        "ECG: FA no conocida en el monitor.\nDx: palpitaciones",                                                       // UY
        "Niega contacto TBC conocido. Tos de 3 semanas.\nDx: tos cronica en estudio",                                  // PE
    ])
    func guardADeniedOrDoubtedOneGivesNothing(text: String) {
        let found = diagnoses(text)
        #expect(!found.contains(where: { ["cardiopatia", "FA no", "FA", "contacto TBC", "TBC"].contains(where: $0.hasPrefix) }), "\(found)")
    }
}
