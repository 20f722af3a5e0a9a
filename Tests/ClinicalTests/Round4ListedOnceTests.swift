import Testing
@testable import Clinical

/// Round 4 of issue 17: one disease listed once — an abbreviation in a follow-up visit's reason ("f/u of HTN",
/// "control por HTA") is the diagnosis it abbreviates (a one-liner's "66F with T2DM" stays a history); a diagnosis whose words, in order, stand in a fuller history item is that item; benign prostatic
/// hyperplasia spelled out is HPB. Guards: a history header's abbreviation stays beside a diagnosis spelled out, a
/// history's duration or state does not make an item fuller, another disease is not covered. Phrasings written for
/// these rules, several countries each.
@Suite struct Round4ListedOnceTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        "SUBJECTIVE: 58 y/o M here for f/u of HTN and T2DM.\nASSESSMENT:\n1. Essential hypertension, controlled\n2. Type 2 diabetes mellitus with hyperglycemia", // US
        "Acude a su control por HTA y DM2.\nIDx: hipertensión arterial sistémica; diabetes mellitus tipo 2 descompensada",                                            // MX
    ])
    func anAbbreviationReadInProseIsTheDiagnosisItAbbreviates(text: String) {
        #expect(diagnoses(text).count == 2, "\(diagnoses(text))")
    }

    @Test func aOneLinersAbbreviationIsAHistoryAndStays() {
        let note = "Hospital course: 66F with T2DM and COPD admitted for pneumonia.\nDischarge diagnoses: community-acquired pneumonia; type 2 diabetes mellitus"
        #expect(diagnoses(note).contains("T2DM"), "\(diagnoses(note))")
    }

    @Test func aHistoryHeadersAbbreviationStaysBesideTheDiagnosisSpelledOut() {
        let note = "PMH: T2DM, HTN, gout.\nAssessment: Type 2 diabetes mellitus with polyneuropathy"
        #expect(diagnoses(note) == ["Type 2 diabetes mellitus with polyneuropathy", "T2DM", "HTN", "gout"])
    }

    // Round 6 (the blind sets' convention): the fuller history item and the diagnosis are two items, each in its words.
    @Test(arguments: [
        ("Antecedentes: ERC de causa no tradicional (mesoamericana) estadio 3a; gota.\nDx: ERC estadio 3a; anemia", ["ERC estadio 3a", "anemia", "ERC de causa no tradicional (mesoamericana) estadio 3a", "gota"]), // NI, SV
        ("APP: EPOC tipo enfisema GOLD 3; HTA.\nDx: EPOC GOLD 3", ["EPOC GOLD 3", "EPOC tipo enfisema GOLD 3", "HTA"]),                                                   // PE
    ])
    func aDiagnosisInsideAFullerHistoryItemIsListedInItsWords(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    // Round 6: the history line (with its duration) and the current state are both information.
    @Test func aHistorysDurationOrStateDoesNotMakeAnItemFuller() {
        #expect(diagnoses("Antecedentes: DM2 de 10 años de evolución.\nDx: DM2 descompensada") == ["DM2 descompensada", "DM2 de 10 años de evolución"])
        #expect(diagnoses("S// consulta por control\nAntec.: DBT tipo 2 no insulinorrequiriente\nA// DBT 2") == ["DBT 2", "DBT tipo 2 no insulinorrequiriente"])
    }

    // Round 6: spelled out or abbreviated, the same words are one item (a later state, "HPB sintomática", is another).
    @Test(arguments: [
        "Antecedentes médicos: DM2, hiperplasia prostática.\nS/ nicturia\nO/ próstata grado II\nA/ HPB; DM2",      // GT
        "Antecedentes: hiperplasia benigna de próstata.\nDx: HPB",    // DO
    ])
    func benignProstaticHyperplasiaSpelledOutIsHPB(text: String) {
        #expect(!diagnoses(text).contains(where: { TextFolding.fold($0).hasPrefix("hiperplasia") }), "\(diagnoses(text))")
    }

    @Test func anotherDiseaseIsNotCovered() {
        #expect(diagnoses("Antecedentes: hipertensión pulmonar.\nDx: HTA descontrolada") == ["HTA descontrolada", "hipertensión pulmonar"])
    }
}
