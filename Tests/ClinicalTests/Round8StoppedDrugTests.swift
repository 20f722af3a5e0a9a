import Testing
@testable import Clinical

/// Round 8 of issue 17: stopped drugs stay out of the active list when the stop names the drug without its salt
/// (`hold metoprolol` beside `metoprolol succinate 50 mg`), when the resumption is denied (`no se reinicia al egreso`,
/// `NO reiniciar losartán`) and when the noun of stopping takes its article across a wrapped line (`suspensión del\nlosartán`).
@Suite struct Round8StoppedDrugTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Home meds: metoprolol succinate 50 mg PO daily, aspirin 81 mg PO daily.\nPlan: hold metoprolol (soft BPs).", "metoprolol"),           // US
        ("Medicación habitual: losartán potásico 50 mg c/24h, AAS 100 mg.\nSe suspende losartán por hiperkalemia.", "losartan"),                 // AR
        ("Farmacologicos: losartan 50 mg c/12h, tamsulosina 0.4 mg.\nSe suspendio el losartan por la lesion renal; no se reinicia al egreso.", "losartan"), // CO
        ("Evolucion: hiperkalemia que respondio a dieta y suspension del\nlosartan. Egreso: amlodipino 10 mg VO c/24h.", "losartan"),            // MX
        ("Tratamiento previo: enalapril 10 mg c/12h.\nIndicaciones: NO reiniciar enalapril hasta valoracion por nefrologia. Amlodipino 5 mg c/24h.", "enalapril"), // PE
    ])
    func aStoppedDrugIsNotActive(text: String, drug: String) {
        let found = names(text)
        #expect(!found.contains { $0.hasPrefix(drug) }, "\(found)")
    }

    @Test func aResumedDrugStaysActive() {
        // Guards: CL "se reinicia al alta" resumes it; US "insulin glargine" is no salt of a stopped regular insulin.
        #expect(names("Se suspende losartán durante la hospitalización y se reinicia al alta. Losartán 50 mg c/24h.").contains("losartan"))
        let american = names("Stop insulin regular drip. Start insulin glargine 20 units SC nightly.")
        #expect(american.contains("insulin glargine"), "\(american)")
        #expect(names("Continuar metoprolol succinato 50 mg VO c/24h; suspender AAS.").contains("metoprolol succinato"))
    }
}
