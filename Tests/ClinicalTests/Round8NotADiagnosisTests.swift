import Testing
@testable import Clinical

/// Round 8 of issue 17: precision at a section's edges. A test awaited or ordered (`Citología pendiente`, `biopsy
/// pending`) and a remark holding an order (`(palidez) pedir Hb`) are no diagnoses; a later sentence opening another
/// field (`Operación realizada:`, `Hallazgos:`) ends the section's list; a follow-up on the line after a list
/// (`regreso en 1 semana`) is no part of its last item. A stated risk of something (`Riesgo de desnutrición`, `risk of
/// falls`) is a diagnosis; a risk's level (`riesgo cardiovascular intermedio`) is not.
@Suite struct Round8NotADiagnosisTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Dx: cervicitis aguda. Cultivo pendiente. Control en 1 semana.", ["cervicitis aguda"]),                          // DO
        ("Assessment: Thyroid nodule, TI-RADS 4; biopsy pending", ["Thyroid nodule, TI-RADS 4"]),                         // US
        ("S/ dolor de garganta.\nA/ faringitis viral. anemia? (palidez) solicitar hemograma.", ["faringitis viral"]),       // BO (SOAP)
    ])
    func aTestAwaitedOrOrderedIsNone(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func anotherFieldsSentenceEndsTheList() {
        let found = diagnoses("Diagnóstico preoperatorio: colelitiasis sintomática. Cirugía realizada: colecistectomía laparoscópica. Hallazgos: vesícula escleroatrófica. Sangrado escaso.") // UY
        #expect(found == ["colelitiasis sintomática"], "\(found)")
    }

    @Test func aFollowUpLineIsNoPartOfTheLastItem() {
        let found = diagnoses("Dx gastroenteritis aguda, deshidratación leve\nregresa en 48 horas si persiste. MPSS Juan Pérez") // MX
        #expect(found == ["gastroenteritis aguda", "deshidratación leve"], "\(found)")
    }

    @Test(arguments: [
        ("Dx: Desnutrición aguda moderada. Riesgo de deshidratación.", ["Desnutrición aguda moderada", "Riesgo de deshidratación"]), // NI
        ("Impresión: fractura de cadera; alto riesgo de caídas", ["fractura de cadera", "alto riesgo de caídas"]),                  // AR
    ])
    func aStatedRiskIsADiagnosis(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aProseArticleOrVerbIsNoItem() {
        // EC: "portadora de" before an identity card is no history cue.
        let found = diagnoses("La paciente Rosa Quispe, portadora de la cédula 0912345678, de 41 años, fue valorada el 02/12/2026 por cefalea tensional.")
        #expect(!found.contains { $0.lowercased().contains("cédula") || $0.lowercased().hasPrefix("fue") }, "\(found)")
    }

    @Test func aRisksLevelIsNone() {
        let found = diagnoses("Impresión: HTA controlada; riesgo cardiovascular intermedio") // CO
        #expect(found == ["HTA controlada"], "\(found)")
    }
}
