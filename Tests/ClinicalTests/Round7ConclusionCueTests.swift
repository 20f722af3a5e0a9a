import Testing
@testable import Clinical

/// Round 7 of issue 17: a section item that writes its reasoning — a finding and what it suggests (`elevación de
/// transaminasas sugestiva de hígado graso`), a conclusion after a comma (`…, most consistent with diabetic kidney
/// disease`), a differential resolved (`bronquiolitis? vs … - se interpreta como crisis obstructiva`). Guards: a disease
/// before the cue without a comma keeps the whole item; a hypothesis with a question mark alone stays.
@Suite struct Round7ConclusionCueTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Interpretación: elevación de GGT y FA sugestiva de colestasis.", ["colestasis"]),                                               // AR
        ("Impression: elevated TSH with low free T4, consistent with primary hypothyroidism.", ["primary hypothyroidism"]),            // US
        ("Conclusión: imagen nodular compatible con granuloma calcificado (correlacionar con TAC).", ["granuloma calcificado"]),          // CL
        ("Dx: sibilancias recurrentes vs asma del lactante - se interpreta como asma del lactante", ["asma del lactante"]),             // PY
    ])
    func aFindingGivesWayToItsConclusion(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aDiseaseBeforeTheConclusionsCommaIsKeptBeside() {
        #expect(diagnoses("Assessment: nephrotic-range proteinuria with CKD stage 2, most consistent with membranous nephropathy.")
            == ["nephrotic-range proteinuria with CKD stage 2", "membranous nephropathy"]) // US
    }

    @Test(arguments: [
        ("Dx: bronquiolitis? vs neumonía atípica", [String]()),                                                      // EC: an open differential
        ("Hipótesis diagnóstica: colecistitis aguda?", ["colecistitis aguda?"]),                                        // BO: a hypothesis alone stays
        ("Impression: findings not consistent with pulmonary embolism.", [String]()),                                    // US: a denied conclusion
        ("Comentario: anemia microcítica hipocrómica compatible con ferropenia", ["anemia microcítica hipocrómica compatible con ferropenia"]), // a disease before the cue
    ])
    func differentialsAndHypotheses(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }
}
