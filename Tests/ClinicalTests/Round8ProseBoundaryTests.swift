import Testing
@testable import Clinical

/// Round 8 of issue 17: where a diagnosis written in prose ends. A history told before an admission ends at it, and the
/// admission's reason is a diagnosis (`…, gota, admitido por celulitis de pierna`); the chart's `w/` is `with`; a line
/// wrapped at a slash leaves no slash behind; a handover's clause ends at a sentence end the segmenter kept, keeps `en la
/// comunidad`, names each of its joined diseases and opens after a record number's period; an abbreviated header keeps
/// its period (`Antec.:`). Guards: a queried or ruled-out problem is none; a symptom the stay is for is none.
@Suite struct Round8ProseBoundaryTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Resumen: 68 años con hx de EPOC, HTA, internado por exacerbación de EPOC.\nDiagnóstico de egreso: exacerbación de EPOC resuelta", ["EPOC", "HTA"]), // AR
        ("Hospital course: 80F with PMH of CHF, AF, admitted for urosepsis due to E. coli.\nDischarge diagnoses: Urosepsis, resolved", ["CHF", "AF"]),             // US
    ])
    func aHistoryEndsAtTheAdmissionThatFollowsIt(text: String, expected: [String]) {
        let found = diagnoses(text)
        for item in expected { #expect(found.contains(item), "\(found)") }
        #expect(!found.contains { $0.lowercased().contains("internado") || $0.lowercased().contains("admitted") }, "\(found)")
    }

    @Test func theAdmissionsReasonIsADiagnosis() {
        let found = diagnoses("Evolución: paciente de 70 años con antecedentes de DM2, ERC 3a, ingresada por pielonefritis aguda.\nDx egreso: DM2 descompensada") // CO
        #expect(found.contains("pielonefritis aguda"), "\(found)")
        let guardFound = diagnoses("Resumen: 60 años con HTA, DM2, admitido por dolor torácico para estudio.\nDx: angina estable") // guard, MX: a symptom
        #expect(!guardFound.contains { $0.lowercased().contains("dolor") }, "\(guardFound)")
    }

    @Test func theChartsWithAbbreviationOpensTheHistory() {
        let found = diagnoses("HPI: 64M w/ COPD, T2DM, CKD 3b here for f/u. Denies chest pain.") // US
        #expect(found == ["COPD", "T2DM", "CKD 3b"], "\(found)")
    }

    @Test func aLineWrappedAtASlashLeavesNoSlash() {
        let found = diagnoses("Ingreso: 55 años con antecedentes de HTA, DM2, admitido por celulitis /\nabsceso de pierna izquierda.") // PR
        #expect(!found.contains { $0.hasSuffix("/") || $0.hasSuffix("+") }, "\(found)")
    }

    @Test(arguments: [
        ("Cama 3 - Rosa Ñique, 81a, HC 2.044.118. neumonía adquirida en la comunidad + ICC descompensada. Ceftriaxona 1 g EV c/24h.",
         ["neumonía adquirida en la comunidad", "ICC descompensada"]), // PE handover
        ("Cama 12: sepsis de foco urinario. meropenem 1 g EV c/8h dia 3.", ["sepsis de foco urinario"]), // EC handover
    ])
    func aHandoversClauseEndsAtItsSentence(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aQueriedOrRuledOutProblemIsNone() {
        let found = diagnoses("Cama 8 - Luis Paz, 70a. FA de novo con RVR, en ritmo con amiodarona.\nTEP descartado por angioTAC. ICC descompensada? pedir BNP.") // DO handover
        #expect(found == ["FA de novo con RVR"], "\(found)")
    }

    @Test func anAbbreviatedHeaderKeepsItsPeriod() {
        let found = diagnoses("MC: cefalea. Antec.: HTA, hipotiroidismo, migraña. No refiere alergias.") // PY
        #expect(found == ["HTA", "hipotiroidismo", "migraña"], "\(found)")
    }
}
