import Testing
@testable import Clinical

/// Round 9 of issue 17: lower-case dictation writes a disease's two-letter abbreviation in lower case ("hta no
/// controlada, dm2, dislipidemia"): a known abbreviation counts as its capital form does; other two-letter words do not.
@Suite struct Round9DiagnosisLowerCaseTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("refiere dolor toracico. app: hta no controlada, dm2, dislipidemia.\nidx: sindrome coronario agudo", ["dm2"]),   // VE
        ("paciente de 70 años. antecedentes: fa, dm2, gota.\ndx: neumonia adquirida en la comunidad", ["fa", "dm2"]),      // MX
        ("pmh: htn, dm2, ckd 3a.\nassessment: cellulitis of left leg", ["dm2"]),                                             // US
    ])
    func aKnownLowerCaseAbbreviationIsADiagnosis(text: String, expected: [String]) {
        let found = diagnoses(text)
        #expect(expected.allSatisfy(found.contains), "\(found)")
    }

    @Test func guardAnotherTwoLetterWordIsNone() {
        // CO: "ok", "vo" are no diseases.
        let found = diagnoses("antecedentes: ok, vo.\ndx: faringitis aguda")
        #expect(found == ["faringitis aguda"], "\(found)")
    }
}
