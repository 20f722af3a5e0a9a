import Testing
@testable import Clinical

/// Round 9 of issue 17: a handoff's problems numbered "#1 …", "#2 …" are a list, also without a header above them; a
/// problem's colon opens its data ("#2 Falla respiratoria aguda en VMI: PaFi 210, PEEP 8"), and the first problem may
/// wrap onto the next line.
@Suite struct Round9DiagnosisHashListTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Box 3, 78 años, dia 5 UCI.\n#1 Shock septico foco abdominal, en\nmejoria: noradrenalina 0,05 mcg/kg/min.\n#2 Falla respiratoria aguda en VMI: PaFi 210, PEEP 8.\n#3 AKI KDIGO 2: crea 2,1. Sin criterios de dialisis.",
         ["Shock septico foco abdominal", "Falla respiratoria aguda en VMI", "AKI KDIGO 2"]),                                   // CL
        ("MICU bed 4, 64F.\n#1 Septic shock from pneumonia: on norepinephrine 0.1\n#2 AKI: Cr 2.4, monitor UOP", ["Septic shock from pneumonia", "AKI"]), // US
        ("Leito 7, 70 anos.\n#1 Pneumonia aspirativa: ceftriaxona D3\n#2 DPOC exacerbada: prednisona", ["Pneumonia aspirativa", "DPOC exacerbada"]),  // BR
    ])
    func aHeaderlessNumberedHashListIsTheProblemList(text: String, expected: [String]) {
        let found = diagnoses(text)
        #expect(expected.allSatisfy { e in found.contains(where: { $0.hasPrefix(e) }) }, "\(found)")
        #expect(!found.contains(where: { $0.contains("PEEP") || $0.contains("dialisis") || $0.contains("UOP") }), "\(found)")
    }

    @Test func guardOneHashLineOrABedNumberIsNoList() {
        // MX: a bed number and a lone "#1" are no problem list.
        let found = diagnoses("Paciente en cama #3 del piso 2.\n#1 pendiente revisar laboratorios\nDx: neumonia adquirida en la comunidad")
        #expect(found == ["neumonia adquirida en la comunidad"], "\(found)")
    }
}
