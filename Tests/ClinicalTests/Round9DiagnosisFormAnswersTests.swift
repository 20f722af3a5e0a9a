import Testing
@testable import Clinical

/// Round 9 of issue 17: a history form's answer after each condition. Checklists of comorbidities are written with
/// the answer after the condition in every country (`HTA: sí. DM: no.`, `HTA (+), DM (-)`, `HTN - yes; DM - no`,
/// `HAS (sim), DM (não), DPOC: nega`): a denying answer makes no diagnosis, an affirming one is no part of the name.
@Suite struct Round9DiagnosisFormAnswersTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Antecedentes: HTA: si. DM: no. Asma: no. Cardiopatia: niega.\nDx: lumbalgia mecanica", ["lumbalgia mecanica", "HTA"]), // AR
        ("APP: HTA (+), DM (-), EPOC (-), TBC (-).\nImpresion: celulitis de pierna derecha", ["celulitis de pierna derecha", "HTA"]), // MX
        ("Antecedentes: DM2 si, HTA no, dislipidemia no.\nDiagnostico: ITU baja", ["ITU baja", "DM2"]),                  // CO
        ("PMH: HTN - yes; DM - no; CAD - denies; asthma: negative.\nAssessment: low back pain", ["low back pain", "HTN"]), // US
        ("Antecedentes: HAS (sim), DM (não), DPOC: nega.\nDiagnóstico: lombalgia", ["lombalgia", "HAS"]),                // BR
    ])
    func aDenyingAnswerMakesNoDiagnosis(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aDeniedConditionAfterACommaIsNoStateOfTheItemBefore() {
        // PE: "no DM2" after a comma denies the diabetes; it does not qualify the hypertension.
        let found = diagnoses("Antecedentes: HTA controlada, no DM2, asma.\nDx: bronquitis aguda")
        #expect(found == ["bronquitis aguda", "HTA controlada", "asma"], "\(found)")
    }

    @Test(arguments: [
        ("Dx: HTA no controlada; DM2 no insulinorrequiriente", ["HTA no controlada", "DM2 no insulinorrequiriente"]),   // CL
        ("Assessment: migraine without aura, not intractable", ["migraine without aura, not intractable"]),              // US
    ])
    func guardAStateOrABloodGroupIsNoAnswer(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aDenyingAnswerInsideACommaListRemovesOnlyItsItem() {
        // GT: "DM2 (niega)" and "hipotiroidismo negado" between two conditions the patient has.
        let found = diagnoses("AP: HTA, DM2 (niega), hipotiroidismo negado, asma.\nDx: bronquitis aguda")
        #expect(found == ["bronquitis aguda", "HTA", "asma"], "\(found)")
    }

    @Test(arguments: ["grupo O Rh (-)", "Rh negativo", "HTA no controlada", "DM2 no insulinorrequiriente", "anemia, no"])
    func guardNoAnswerIsReadWhereThereIsNone(item: String) {
        // A blood group's sign, a negated state, a list's last part: no item's answer about its condition.
        #expect(!DiagnosisFormAnswers.isDenied(item))
    }
}
