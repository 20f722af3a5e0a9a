import Testing
@testable import Clinical

/// Round 8 of issue 17: where an item's span ends. After a comma, a classification (`Killip I`, `Wagner 3`, `perfil B`),
/// a figure with its unit of time (`14 weeks`, `12 semanas`), an adverb's phrase (`inadequately replaced …`, `newly
/// diagnosed`), a Portuguese course (`em melhora`) and the absence of the disease's own episodes (`sin crisis`, `without
/// aura`) stay in the item; a remark with a measure's figure after a dash (`- FEVE 30%`) is cut; a slash before a second
/// classification of one disease splits nothing. Guards: a disease after the comma is an item; a denied finding is none.
@Suite struct Round8QualifierBoundaryTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("IDx: Infarto agudo de miocardio sin elevación del ST, Killip II", ["Infarto agudo de miocardio sin elevación del ST, Killip II"]), // CL
        ("Diagnóstico: pie diabético derecho, Wagner 2", ["pie diabético derecho, Wagner 2"]),                                                  // HN
        ("Assessment: Intrauterine pregnancy, 9 weeks", ["Intrauterine pregnancy, 9 weeks"]),                                                   // US
        ("Impresión: Embarazo, 32 semanas; preeclampsia sin criterios de severidad", ["Embarazo, 32 semanas", "preeclampsia sin criterios de severidad"]), // GT
        ("Assessment: Type 2 diabetes, newly diagnosed", ["Type 2 diabetes, newly diagnosed"]),                                                 // US
        ("Hipótese diagnóstica: Insuficiência cardíaca, em melhora; DRC estágio 4", ["Insuficiência cardíaca, em melhora", "DRC estágio 4"]),   // BR
        ("Dx: Epilepsia focal, sin crisis desde 2024", ["Epilepsia focal, sin crisis desde 2024"]),                                             // UY
        ("Assessment: Migraine, without aura", ["Migraine, without aura"]),                                                                     // US
        ("Assessment: Left knee osteoarthritis, end-stage; obesity", ["Left knee osteoarthritis, end-stage", "obesity"]),                       // US
        ("Dx: Pancreatitis aguda biliar, forma leve", ["Pancreatitis aguda biliar, forma leve"]),                                               // EC
        ("Impresión: IRA sobre ERC 3b, probablemente prerrenal + obstructiva", ["IRA sobre ERC 3b, probablemente prerrenal + obstructiva"]),    // MX
        ("Dx: Hipopotasemia, repuesta; hiponatremia leve", ["Hipopotasemia, repuesta", "hiponatremia leve"]),                                   // CL
    ])
    func aQualifierAfterTheCommaStaysInItsItem(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Impresión: Miocardiopatía dilatada - FEVI 25%, clase funcional III", ["Miocardiopatía dilatada"]),   // VE
        ("Assessment: Heart failure with reduced EF - EF 30% on echo 2025", ["Heart failure with reduced EF"]), // US
    ])
    func aFiguresRemarkAfterADashIsCut(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aSlashBeforeASecondClassificationSplitsNothing() {
        let found = diagnoses("Dx: Hemorragia subaracnoidea Fisher III / Hunt-Hess 2") // AR
        #expect(found == ["Hemorragia subaracnoidea Fisher III / Hunt-Hess 2"], "\(found)")
    }

    @Test(arguments: [
        ("Dx: lumbalgia mecánica, sin radiculopatía", ["lumbalgia mecánica"]),                  // MX: a denied finding goes
        ("Assessment: HTN, mild dementia", ["HTN", "mild dementia"]),                           // US: a disease after the comma is an item
        ("Impresión: asma bronquial, sin fiebre", ["asma bronquial"]),                          // PY: a symptom denied is no state of the disease
    ])
    func guards(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }
}
