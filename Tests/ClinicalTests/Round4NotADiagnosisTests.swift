import Testing
@testable import Clinical

/// Round 4 of issue 17: what an impression says that is no diagnosis — a qualifier saying what was ruled out, the
/// patient's state ("clínicamente estable", "en ritmo sinusal", "apto para cirugía", a pre-operative risk) — and a
/// mood disorder's episode specifier, which stays inside its item. Guards: the diseases beside them are kept, and a
/// normal state that is a diagnosis stays one. Phrasings written for these rules, several countries each.
@Suite struct Round4NotADiagnosisTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Impresión: dolor torácico atípico, SCA descartado", ["dolor torácico atípico"]),                     // MX
        ("Assessment: syncope, arrhythmia ruled out; dehydration", ["syncope", "dehydration"]),                 // US
        ("Hipótese diagnóstica: lombalgia mecânica, TVP afastada", ["lombalgia mecânica"]),                      // BR
        ("Dx: cefalea tensional; hemorragia subaracnoidea excluida", ["cefalea tensional"]),                     // CO
    ])
    func whatWasRuledOutIsNoDiagnosis(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        "Impresión: clínicamente estable, en ritmo sinusal.",
        "Conclusión: riesgo quirúrgico intermedio, apto para cirugía.",
        "Impression: clinically stable.",
    ])
    func aStateOrARiskIsNoDiagnosis(text: String) {
        #expect(diagnoses(text).isEmpty, "\(diagnoses(text))")
    }

    @Test func theDiseaseBesideAStateIsKept() {
        #expect(diagnoses("Impresión: FA paroxística, clínicamente estable") == ["FA paroxística"])                 // AR
        #expect(diagnoses("Dx: embarazo de 32 semanas; puerperio normal") == ["embarazo de 32 semanas", "puerperio normal"])
    }

    @Test(arguments: [
        ("Antecedentes: trastorno depresivo mayor, episodio único, grave; hipotiroidismo", ["trastorno depresivo mayor, episodio único, grave", "hipotiroidismo"]), // MX
        ("Dx: trastorno depresivo recurrente, episodio actual moderado; insomnio", ["trastorno depresivo recurrente, episodio actual moderado", "insomnio"]),  // CL
    ])
    func anEpisodeSpecifierStaysInItsItem(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func anEpisodeThatNamesADiseaseIsItsOwnItem() {
        #expect(diagnoses("Dx: gastritis crónica; episodio depresivo moderado") == ["gastritis crónica", "episodio depresivo moderado"])
    }
}
