import Testing
@testable import Clinical

/// Round 9 of issue 17: Brazil's "Impressão:" heads the diagnoses as "Impresión:" does; a plus in a comma list
/// without semicolons ("HAS há 20 anos, DM2, IAM em 2022 com angioplastia + stent na DA") leaves its commas separating
/// items on either side.
@Suite struct Round9DiagnosisPlusListAndHeaderTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Queixa: dispneia.\nImpressão: insuficiência cardíaca com fração de ejeção reduzida; HAS; DM2.\nConduta: furosemida 40 mg",
         ["insuficiência cardíaca com fração de ejeção reduzida", "HAS", "DM2"]),                                           // BR
        ("Impressão diagnóstica: pneumonia comunitária\nConduta: amoxicilina", ["pneumonia comunitária"]),                   // BR
    ])
    func thePortugueseImpressionHeadsTheDiagnoses(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("HPP: HAS há 20 anos, DM2, IAM em 2022 com angioplastia + stent na DA.\nHD: dor torácica", ["DM2", "IAM em 2022 com angioplastia"]), // BR
        ("Antecedentes: HTA, EPOC + asma, hipotiroidismo.\nDx: bronquitis aguda", ["HTA", "EPOC", "asma", "hipotiroidismo"]),               // UY
        ("PMH: HTN, T2DM + CKD 3a, gout.\nAssessment: cellulitis", ["HTN", "T2DM", "CKD 3a", "gout"]),                                       // US
    ])
    func aPlusInACommaListKeepsTheCommasSeparating(text: String, expected: [String]) {
        let found = diagnoses(text)
        #expect(expected.allSatisfy(found.contains), "\(found)")
    }

    @Test(arguments: [
        ("Antecedentes: IAM 2019 (angioplastia + stent), HTA.\nDx: angina estable", "IAM 2019 (angioplastia + stent)"),   // CL
        ("Assessment: AKI on CKD 3a, likely prerenal + obstructive", "AKI on CKD 3a, likely prerenal + obstructive"),     // US
    ])
    func guardAPlusInsideARemarkOrBetweenCausesStays(text: String, kept: String) {
        let found = diagnoses(text)
        #expect(found.contains(kept), "\(found)")
    }
}
