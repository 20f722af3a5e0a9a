import Testing
@testable import Clinical

/// Round 5 of issue 17: a history label is a family, not a list — any label of a few words opening with
/// "antecedente(s)"/"antec." is the patient's history unless a word of it names another history (family, surgical,
/// allergic, obstetric, habits), at a line's start or after a sentence inside a line. Labels written for the rule,
/// several countries each, with guards.
@Suite struct Round5HistoryLabelFamilyTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("ANTECEDENTES MORBIDOS: DM2 IR, HTA, hipotiroidismo.", ["DM2 IR", "HTA", "hipotiroidismo"]),                     // CL
        ("Antecedentes clinicos relevantes: asma bronquial, gastritis cronica.", ["asma bronquial", "gastritis cronica"]), // CO
        ("Antecedentes patológicos de importancia: epilepsia, hipotiroidismo.", ["epilepsia", "hipotiroidismo"]),         // MX
        ("Antecedentes mórbidos relevantes: EPOC; cardiopatía coronaria.", ["EPOC", "cardiopatía coronaria"]),             // CL
    ])
    func anyAntecedentesLabelIsTheHistory(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        "Antecedentes familiares: madre con DM2, padre con cardiopatía isquémica.",   // AR
        "Antecedentes heredofamiliares: padre con HTA.",                              // MX
        "Antecedentes quirúrgicos: apendicectomía en 2010.",                          // PE
        "Antecedentes gineco obstétricos: G3P2A1.",                                   // CO
        "Antecedentes alérgicos: penicilina.",                                         // VE
    ])
    func anotherHistoryIsNotThePatientsDiseases(text: String) {
        #expect(diagnoses(text).isEmpty, "\(diagnoses(text))")
    }

    @Test func aHistoryLabelInsideALineAfterAnotherHistory() {
        // MX occupational note, AR: the family history first, the patient's after it.
        #expect(diagnoses("Antec. heredofamiliares: padre con DM2. Antec. personales patologicos: hipoacusia neurosensorial bilateral leve, gota.")
            == ["hipoacusia neurosensorial bilateral leve", "gota"])
        #expect(diagnoses("Consulta por control. Antec. personales: HTA, dislipidemia.") == ["HTA", "dislipidemia"])
        #expect(diagnoses("Vive sola. Antec. familiares: madre con ACV.").isEmpty)
        // A history inside a line wrapped at the page's width goes on on the next line.
        #expect(diagnoses("Turno mixto. Antec. personales patologicos: hipoacusia bilateral (2024),\nlumbalgia mecanica cronica. Niega alergias.")
            == ["hipoacusia bilateral", "lumbalgia mecanica cronica"])
    }
}
