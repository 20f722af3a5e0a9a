import Testing
@testable import Clinical

/// Round 7 of issue 17: handovers and dictated notes without a diagnosis section state each problem as a sentence of its
/// own or after a bed's or a record's number (`Cama 3 - … HC 55120: neumonía…`), with `Día N de X`, and the handwritten
/// `ingreso x` for `ingresó por`. Guards: a sentence opening with a symptom or a finding, a result table's row, a unit's
/// title, an action done, a note with a diagnosis section (which says its diagnoses).
@Suite struct Round7HandoverProseTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func aWardHandoverStatesItsProblemsAsSentences() {
        let note = """
        PASE DE SALA - Medicina 3 - 02/12
        Cama 3 - Torres, Luis (67) HC 55120: neumonía basal derecha, afebril 24 hs, sigue ceftriaxona 2 g EV c/24 hs.
        Cama 5 - Ruiz, Ana (80) HC 55291: ingreso x insuficiencia cardíaca descompensada. Hiperkalemia leve que corrige.
        Cama 8 - Soto, Pedro (45) HC 55302: Día 3 de pancreatitis aguda biliar. Tolera dieta líquida.
        """ // AR
        let found = diagnoses(note)
        for item in ["neumonía basal derecha", "insuficiencia cardíaca descompensada", "Hiperkalemia leve", "pancreatitis aguda biliar"] {
            #expect(found.contains(item), "\(found) lacks \(item)")
        }
        #expect(!found.contains(where: { TextFolding.fold($0).hasPrefix("tolera") }), "\(found)")
    }

    @Test func anICUHandoverInEnglish() {
        let found = diagnoses("ICU sign-out 07:00\nBed 2: Day 4 of DKA, gap closed. Hypokalemia on replacement. Family updated.") // PR
        #expect(found.contains("DKA") && found.contains("Hypokalemia"), "\(found)")
    }

    @Test(arguments: [
        "Dolor abdominal que cede con analgesia. Abdomen blando.",                       // a symptom and an exam finding
        "HBsAg     NO REACTIVO\nVIH 1/2 Ag/Ac     NO REACTIVO",                          // a result table
        "UCI - HOSPITAL CENTRAL - ENTREGA DE TURNO",                                      // a unit's title
        "Crisis plan reviewed with the family.",                                          // an action done
    ])
    func symptomsResultsTitlesAndActionsAreNone(text: String) {
        #expect(diagnoses(text).isEmpty, "\(diagnoses(text))")
    }

    @Test func aNoteWithASectionSaysItsDiagnosesThere() {
        let found = diagnoses("Neumonía en resolución, afebril.\nDx: bronquitis aguda.") // CR
        #expect(found == ["bronquitis aguda"], "\(found)")
    }
}
