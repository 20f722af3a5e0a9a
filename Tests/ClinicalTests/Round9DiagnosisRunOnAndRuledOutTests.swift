import Testing
@testable import Clinical

/// Round 9 of issue 17: what a denial reaches in dictated lists. A finding ruled out by the test named after it
/// (`coledocolitiasis descartada por colangiografía`, `TEP afastado pela angioTC`, `PE ruled out by CTA`) is no
/// diagnosis; a history item ends at a sentence's end after a year (`… suspendido 2010. alergias neg`); a run-on list
/// of abbreviations is split with a remark in parentheses (`HAS DM2 ERC G4 IC (FEVI no la sabe)`).
@Suite struct Round9DiagnosisRunOnAndRuledOutTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Dx postoperatorio: colecistitis cronica litiasica; coledocolitiasis descartada por colangiografia transoperatoria", ["colecistitis cronica litiasica"]), // MX
        ("Hipótese diagnóstica: pneumonia comunitária; TEP afastado pela angioTC", ["pneumonia comunitária"]),                                              // BR
        ("Assessment: pleuritic chest pain, musculoskeletal; PE ruled out by CTA", ["pleuritic chest pain, musculoskeletal"]),                              // US
    ])
    func aFindingRuledOutByATestIsNone(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aHistoryItemEndsAtASentenceEndAfterAYear() {
        // CO: the denied allergies of the next sentence are no part of the hypothyroidism's item.
        let found = diagnoses("Antecedentes: hipotiroidismo desde 2015. alergias neg.\nDx: faringitis aguda")
        #expect(!found.contains(where: { $0.contains("alergias") }), "\(found)")
        #expect(found.contains(where: { $0.hasPrefix("hipotiroidismo") }), "\(found)")
    }

    @Test(arguments: [
        ("APP: HAS DM2 ERC G4 IC (FEVI no la sabe)\nDx: ICC descompensada", ["HAS", "DM2", "ERC G4"]),  // MX
        ("Antecedentes: HTA DM2 EPOC (GOLD 2) FA\nDx: neumonia", ["HTA", "DM2", "FA"]),               // PE
    ])
    func aRunOnListKeepsItsRemarkWithTheItemBefore(text: String, expected: [String]) {
        let found = diagnoses(text)
        #expect(expected.allSatisfy(found.contains), "\(found)")
    }

    @Test func guardTwoItemsWithARemarkStayWhole() {
        // US: two words and a remark are one item, as before.
        let found = diagnoses("PMH: CHF HFpEF (EF 55%).\nAssessment: cellulitis")
        #expect(found.contains(where: { $0.hasPrefix("CHF HFpEF") }), "\(found)")
    }
}
