import Testing
@testable import Clinical

/// Round 6 of issue 17: comorbidities in prose as a family — after a history cue (`PMH of`, `con antecedente de`,
/// `portador de`, `history of`, `paciente con`, `conocida hipertensa y diabética`), the list split on `,` / `;` / `y` /
/// `and` / `e`, each item keeping its remark (`on 2L home O2`, `en embarazo previo`, `por alcohol`) unless the remark is
/// a drug (`on apixaban`) or a dose; a hospital course's prose is read too. Guards: a verb ends the clause (the present
/// illness is not history), a denial, a relative's disease, a weaker cue keeps cutting its remark.
@Suite struct Round6ProseHistoryTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func aPMHListKeepsItsItemsRemarksAndDropsTheirDrugs() {
        // US discharge summary: the prose under HOSPITAL COURSE is read.
        let us = "HOSPITAL COURSE\n80 y/o female with PMH of COPD on 2L home O2, atrial fibrillation on apixaban, type 2 diabetes, and gout, who\npresented with fever."
        #expect(diagnoses(us) == ["COPD on 2L home O2", "atrial fibrillation", "type 2 diabetes", "gout"])
    }

    @Test(arguments: [
        ("Mujer de 31 años, G2P1, con antecedente de preeclampsia en embarazo previo. Acude a control.", "preeclampsia en embarazo previo"),     // BO
        ("Varón de 60 años con antecedente de cirrosis hepática por alcohol Child-Pugh B, que ingresa por melena.", "cirrosis hepática por alcohol Child-Pugh B"), // PE
        ("Paciente portador de EPOC secundario a biomasa, que consulta por disnea.", "EPOC secundario a biomasa"),                           // HN
    ])
    func aRemarkOfTheDiseaseStaysWithIt(text: String, expected: String) {
        #expect(diagnoses(text).contains(expected), "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Resumen: paciente con DM2 y HTA de larga data, con creatinina en ascenso.", ["DM2", "HTA de larga data"]),   // CO
        ("Señora de 70 años, conocida hipertensa y diabética, acude por mareo.", ["hipertensa", "diabética"]),          // SV
        ("Known diabetic and hypertensive, presents with foot ulcer.", ["diabetic", "hypertensive"]),                  // PR
    ])
    func knownConditionsAfterThePatientAreRead(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        ("62 yo M with a history of CAD s/p CABG 2018, HFrEF (EF 30%), CKD stage 4 and gout presents with dyspnea.", ["CAD s/p CABG 2018", "HFrEF (EF 30%)", "CKD stage 4", "gout"]), // US
        ("Con antecedente de ERC en hemodiálisis, HTA y DM2, que ingresa por hiperkalemia.", ["ERC en hemodiálisis", "HTA", "DM2"]),       // DO
        ("Femenina de 58 años, con antecedentes de hipertensión arterial de 10 años de evolución en tratamiento con losartán, diabetes mellitus tipo 2 e hipotiroidismo, que acude por cefalea.",
         ["hipertensión arterial de 10 años de evolución", "diabetes mellitus tipo 2", "hipotiroidismo"]),                                  // EC
        ("APP: HAS há 10 anos, DM2 em uso de insulina, hipotireoidismo.", ["HAS", "DM2", "hipotireoidismo"]),                               // BR
        ("Seguimiento de DM2 de 20 años, con neuropatía periférica y retinopatía no proliferativa.", ["DM2 de 20 años, con neuropatía periférica y retinopatía no proliferativa"]), // DO
    ])
    func aListGoesOnAfterAnItemsRemark(text: String, expected: [String]) {
        #expect(diagnoses(text).filter { !["hiperkalemia"].contains($0) } == expected)
    }

    @Test func theClauseEndsAtAVerbADenialOrARelative() {
        // MX, AR, US.
        #expect(diagnoses("Con antecedente de HTA en tratamiento con losartán, que acude por cefalea y mareo.") == ["HTA"])
        #expect(diagnoses("Niega ser conocida hipertensa. Consulta por tos.").isEmpty)
        #expect(diagnoses("Her mother has a history of breast cancer and diabetes.").isEmpty)
        #expect(!diagnoses("Paciente con cuadro de tos y fiebre de 3 días.").contains(where: { $0.contains("tos") }))
    }

    @Test func aWeakerCueStillCutsItsRemark() {
        // US referral letter: "also has … on his last echo (RVSP 58 mmHg)" is a finding's remark, not part of the disease.
        let letter = "He also has pulmonary hypertension on his last echo (RVSP 58 mmHg), OSA on CPAP, and hypertension."
        #expect(diagnoses(letter) == ["pulmonary hypertension", "OSA", "hypertension"])
    }
}
