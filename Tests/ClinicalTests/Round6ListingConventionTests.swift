import Testing
@testable import Clinical

/// Round 6 of issue 17: the blind sets' documented convention — "comorbidities under history headers are diagnoses,
/// labelled once even when named again", and a later item that adds a status or a detail is a diagnosis too. A history
/// line and a current state are both kept; an exact repeat (the same words, or an abbreviation of the same words) is
/// listed once. Guards: a follow-up visit's abbreviation is still the diagnosis it abbreviates; a denied or family
/// history adds nothing. Phrasings written for these rules, several countries each.
@Suite struct Round6ListingConventionTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Antecedentes: DM2 de 15 años de evolución, HTA.\nImpresión diagnóstica: DM2 descompensada; HTA controlada", // MX
         ["DM2 descompensada", "HTA controlada", "DM2 de 15 años de evolución", "HTA"]),
        ("PMH: COPD, hypothyroidism.\nDischarge diagnoses: COPD, stable; hypothyroidism, undertreated",                  // US
         ["COPD, stable", "hypothyroidism, undertreated", "COPD", "hypothyroidism"]),
        ("APP: FA paroxística, ERC estadio 3a.\nIDx: FA paroxística en ritmo sinusal; ERC estadio 3a",                   // CO
         ["FA paroxística en ritmo sinusal", "ERC estadio 3a", "FA paroxística"]),
        ("Antec. mórbidos: asma bronquial.\nDg: crisis asmática moderada; asma bronquial parcialmente controlada",        // CL
         ["crisis asmática moderada", "asma bronquial parcialmente controlada", "asma bronquial"]),
    ])
    func aHistoryItemAndALaterDiagnosisThatAddsSomethingAreBothKept(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        "Antecedentes: hipertensión arterial, dislipemia.\nImpresión: HTA; dislipemia",                                   // AR
        "PMH: atrial fibrillation, gout.\nAssessment: Atrial fibrillation; gout.",                                         // US
        "HPP: HAS, DM2.\nHD: hipertensão arterial; DM2",                                                                   // BR
    ])
    func anExactRepeatOrItsAbbreviationIsListedOnce(text: String) {
        #expect(diagnoses(text).count == 2, "\(diagnoses(text))")
    }

    @Test func theAdmissionAndTheDischargeStateAreBothKept() {
        // US I-PASS and PR discharge: the later list adds the course.
        #expect(diagnoses("Admission diagnosis: DKA.\nDischarge diagnoses: DKA, resolved; hypokalemia, repleted")
            == ["DKA", "DKA, resolved", "hypokalemia, repleted"])
    }

    @Test func aFollowUpAbbreviationIsStillTheDiagnosisItAbbreviates() {
        let note = "S: 61 y/o F here for f/u of HTN and T2DM.\nA/P:\n1. Essential hypertension, controlled\n2. Type 2 diabetes mellitus, uncontrolled"
        #expect(diagnoses(note).count == 2, "\(diagnoses(note))")
    }

    @Test func deniedAndFamilyHistoryAddNothing() {
        // PE, VE.
        #expect(diagnoses("Antecedentes: niega HTA, DM.\nAntecedentes familiares: madre con DM2.\nDx: faringitis aguda") == ["faringitis aguda"])
        #expect(diagnoses("Sin antecedentes de importancia. Padre con HTA.\nIDx: lumbalgia mecánica") == ["lumbalgia mecánica"])
    }
}
