import Testing
@testable import Clinical

/// Round 9 of issue 17: a score or a measure with its figure, written as an item of its own (`CHA2DS2-VASc 3, HAS-BLED
/// 1`, `TFG 72 ml/min`, `FEVI 35%`), is no diagnosis; a diagnosis that opens with an abbreviation sharing a score's
/// letters (`HAS estágio 2`) or that a score qualifies (`Obesidad, IMC 33`) stays.
@Suite struct Round9DiagnosisScoreItemTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Análisis: CHA2DS2-VASc 3 (edad, HTA, DM), HAS-BLED 1, TFG 72 ml/min.\nRecomendaciones: anticoagular", [String]()),   // CO
        ("Diagnóstico: Fibrilación auricular permanente; FEVI 35%", ["Fibrilación auricular permanente"]),                   // CL
        ("Assessment: community-acquired pneumonia; CURB-65 1; eGFR 58", ["community-acquired pneumonia"]),                  // US
    ])
    func aScoreOnItsOwnIsNoDiagnosis(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Hipótese diagnóstica: HAS estágio 2", "HAS estágio 2"),   // BR
        ("Dx: Obesidad, IMC 33", "Obesidad"),                       // MX
    ])
    func guardADiagnosisWithAScoresLettersOrQualifiedByOneStays(text: String, kept: String) {
        let found = diagnoses(text)
        #expect(found.contains(where: { $0.hasPrefix(kept) }), "\(found)")
    }
}
