import Testing
@testable import Clinical

/// Round 9 of issue 17: mentions that prescribe nothing — a fluid cleaning a wound (wound care, like a dressing, is no
/// medication under the labelling conventions) and a drug followed by a question mark (only considered). Guards: the
/// same fluids given IV, a nasal wash (the sets' labels disagree: left as it was), a drug after a question about it.
@Suite struct Round9MedicationNotPrescribedTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        "Curas diarias con solucion fisiologica.",                                  // VE
        "Acciones: curacion con solucion salina y apósito hidrocoloide cada 3 dias", // EC
        "Lavado de herida con suero fisiologico c/12h.",                            // MX
        "Wound irrigation with normal saline twice daily.",                         // US
        "Curativo com soro fisiológico 1x ao dia.",                                 // BR
        "Se enseña curacion con sol. salina diaria.",                               // MX
    ])
    func aFluidCleaningAWoundIsNoMedication(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test(arguments: [
        ("Tx: labetalol 20 mg IV en bolo; manitol? no por ahora.", "manitol"),     // DO
        ("Alopurinol 100 mg VO por dia; sevelamer? aguarda fosforo.", "sevelamer"), // BR
        ("Plan: metoprolol 25 mg PO BID; heparin? deferred to surgery.", "heparin"), // US
    ])
    func aQuestionedDrugIsNoMedication(text: String, drug: String) {
        let found = names(text)
        #expect(!found.contains { $0.hasPrefix(drug) }, "\(found)")
        #expect(found.count == 1, "the drug prescribed beside it stays: \(found)")
    }

    @Test func givenFluidsNasalWashesAndAnsweredQuestionsStay() {
        #expect(names("Solucion fisiologica 1000 ml IV c/8h.") == ["solucion fisiologica"])                 // AR
        #expect(names("SS 0.9% 80 ml/h IV.").first?.hasPrefix("ss") == true)                                // DO
        #expect(names("Lavados nasales con suero fisiologico.") == ["suero fisiologico"], "nasal washes as before") // CR
        #expect(names("¿Toma metformina? Sí: metformina 850 mg VO c/12h.").contains("metformina"))           // MX
    }
}
