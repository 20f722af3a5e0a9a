import Testing
@testable import Clinical

/// Round 7 of issue 17: how list items are told apart beyond capitals and commas — a dash between diseases in lower case,
/// a qualified disease after a comma (`HTN, mild dementia`), a lone participle after `y`/`e` that qualifies, and the
/// vocabulary's plural and `-ismo` endings reading an unlabelled list. Guards: a status or a plan after a dash, a
/// qualifier alone after a comma, `organismo`/`mecanismo`.
@Suite struct Round7ListSeparatorTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Diagnóstico: estenosis aórtica moderada - insuficiencia cardíaca leve", ["estenosis aórtica moderada", "insuficiencia cardíaca leve"]), // UY
        ("Dx: fractura de radio distal izquierdo - contusión renal derecha", ["fractura de radio distal izquierdo", "contusión renal derecha"]), // MX
    ])
    func aDashBetweenDiseasesSeparatesInLowerCase(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Assessment: HTN - at goal", ["HTN - at goal"]),               // a status stays
        ("Dx: DM2 - ajustar insulina", ["DM2"]),                        // a plan goes
    ])
    func aStatusOrAPlanAfterADashIsNoItem(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("PMH: osteoarthritis, HTN, mild cognitive impairment, GERD.", ["osteoarthritis", "HTN", "mild cognitive impairment", "GERD"]), // US
        ("Antecedentes: asma, leve anemia ferropénica, rinitis.", ["asma", "leve anemia ferropénica", "rinitis"]),                       // CO
        ("Impression: COPD, severe; pneumonia, resolving.", ["COPD, severe", "pneumonia, resolving"]),                                     // a qualifier alone stays
    ])
    func aQualifiedDiseaseAfterACommaIsAnItem(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Dx: 1. DM tipo 1 con hipoglucemias frecuentes y nocturnas 2. hipotiroidismo", ["DM tipo 1 con hipoglucemias frecuentes y nocturnas", "hipotiroidismo"]), // CR
        ("Assessment: asthma, stable and improving", ["asthma, stable and improving"]),                                                                          // US
    ])
    func aLoneParticipleAfterAJoinerQualifies(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func pluralAndIsmoEndingsReadAnUnlabelledList() {
        #expect(diagnoses("Hiperglucemias por corticoides; hipotiroidismo; alcoholismo.") == ["Hiperglucemias por corticoides", "hipotiroidismo", "alcoholismo"]) // EC
        #expect(DiagnosisVocabulary.hasDiseaseEnding("tabaquismo") && DiagnosisVocabulary.hasDiseaseEnding("hipoglicemias"))
        #expect(!DiagnosisVocabulary.hasDiseaseEnding("organismo") && !DiagnosisVocabulary.hasDiseaseEnding("mecanismo"))
    }
}
