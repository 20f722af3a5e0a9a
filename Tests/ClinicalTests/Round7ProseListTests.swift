import Testing
@testable import Clinical

/// Round 7 of issue 17: a list of comorbidities in prose after an age or a weak cue keeps an item the known conditions do
/// not name when a known one follows it (`…, ischemic cardiomyopathy s/p CABG, T2DM, …`); `PMH de`/`Hx de` in mixed
/// Spanish–English notes are history cues. Guards: a habit (`active smoker`, `fumadora activa`) is no item, an unknown
/// item at the clause's end is left, the present illness after the list is not read.
@Suite struct Round7ProseListTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("HPI: 64F with T2DM, diastolic dysfunction, CKD 3a, GERD, presenting with chest pain.", ["T2DM", "diastolic dysfunction", "CKD 3a", "GERD"]),           // US
        ("Varón de 70 años con HTA, cardiopatía hipertensiva, EPOC, que consulta por disnea.", ["HTA", "cardiopatía hipertensiva", "EPOC"]),                   // ES-AR
        ("Paciente de 58 años con PMH de DM2, hígado graso, HTA, admitido por celulitis.", ["DM2", "hígado graso", "HTA"]),                                   // PR
    ])
    func anUnknownItemBetweenKnownOnesIsKept(text: String, expected: [String]) {
        let found = diagnoses(text)
        for item in expected { #expect(found.contains(item), "\(found) lacks \(item)") }
    }

    @Test(arguments: [
        "HPI: 52M with HTN, active smoker, presents with cough.",            // US: a habit
        "Mujer de 45 años con asma, fumadora activa, consulta por tos.",      // CL
    ])
    func aHabitIsNoItem(text: String) {
        let found = diagnoses(text)
        #expect(!found.contains(where: { TextFolding.fold($0).hasSubstring("smoker") || TextFolding.fold($0).hasSubstring("fumadora") }), "\(found)")
    }

    @Test func anUnknownItemAtTheClausesEndIsLeft() {
        let found = diagnoses("HPI: 40M with asthma, chest tightness, presenting after a run.") // US: the last item is the complaint
        #expect(found == ["asthma"], "\(found)")
    }

    @Test func aHabitInARemarkLeavesItsDisease() {
        #expect(diagnoses("Antec.: EPOC moderado (ex tabaquista 30 p/y), gota.") == ["EPOC moderado", "gota"]) // UY: the remark of figures goes, the disease stays
    }
}
