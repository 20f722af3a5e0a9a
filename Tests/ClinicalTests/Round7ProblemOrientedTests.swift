import Testing
@testable import Clinical

/// Round 7 of issue 17: the layouts of problem-oriented assessments — `#` problems with their plan indented below, a
/// SOAP letter written with a dash (`A- …`), compound headers (`MDM/Dx:`, `Impresión/Plan:`), and a run-on line of
/// diagnoses typed without separators (`DM2 HAS ERC G4 anemia…`). Guards: the plan bullets, the plan after a problem's
/// dash or semicolon, a problem's status, two-word names that only look run-on (`CHF HFpEF`, `type 2 diabetes`).
@Suite struct Round7ProblemOrientedTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func hashProblemsKeepTheirProblemAndSkipTheirIndentedPlan() {
        let note = """
        Assessment and Plan:
        # Sepsis due to pyelonephritis - cultures pending
          - ceftriaxone 1 g IV q24h
          - LR 30 mL/kg bolus
        # Type 2 diabetes, uncontrolled - basal insulin 10 units SC qHS
          - hold metformin
        # COPD - stable; continue tiotropium
        # Hypothyroidism - continue levothyroxine 50 mcg daily
        DVT ppx: enoxaparin 40 mg SC daily.
        """ // US
        #expect(diagnoses(note) == ["Sepsis due to pyelonephritis", "Type 2 diabetes, uncontrolled", "COPD - stable", "Hypothyroidism"], "\(diagnoses(note))")
    }

    @Test func hashProblemsInSpanish() {
        let note = """
        Análisis y plan:
        # Neumonía adquirida en la comunidad CURB-65 2 - ceftriaxona 2 g IV c/24h
          - oxígeno por cánula nasal
        # Insuficiencia renal aguda prerrenal; hidratación
        # HTA - suspender losartán
        """ // CO
        #expect(diagnoses(note) == ["Neumonía adquirida en la comunidad CURB-65 2", "Insuficiencia renal aguda prerrenal", "HTA"], "\(diagnoses(note))")
    }

    @Test(arguments: [
        ("S- refiere mareo\nO- TA 150/90\nA- HTA descontrolada\nP- ajustar losartán 100 mg", ["HTA descontrolada"]),                      // MX rural
        ("S- tos de 3 días\nO- afebril, murmullo vesicular conservado\nA- rinofaringitis viral\nP- medidas generales", ["rinofaringitis viral"]), // HN
    ])
    func aSOAPLetterWithADashOpensTheAssessment(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aDashAfterALetterOutsideASOAPNoteIsNoAssessment() {
        #expect(diagnoses("Referencia a medicina interna.\nA- Servicio de Cardiología, Hospital Central").isEmpty) // VE: an addressee
    }

    @Test(arguments: [
        ("MDM/Dx: 1) ankle sprain, right 2) contusion of the knee", ["ankle sprain, right", "contusion of the knee"]),   // US
        ("Impresión/Plan: otitis media aguda derecha; amoxicilina 500 mg c/8h", ["otitis media aguda derecha"]),          // DO
        ("Dx/Tx: conjuntivitis bacteriana", ["conjuntivitis bacteriana"]),                                                  // CR
    ])
    func aCompoundHeaderHoldingADiagnosisWordOpensTheSection(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aCompoundLabelOfADateIsNoHeader() {
        #expect(diagnoses("Fecha/Dx: 12/03/2024").isEmpty)
    }

    @Test(arguments: [
        ("Dx: DM2 HTA ERC G3b anemia normocitica obesidad grado I", ["DM2", "HTA", "ERC G3b", "anemia normocitica", "obesidad grado I"]), // SV
        ("A/P: COPD CHF CKD 3 gout", ["COPD", "CHF", "CKD 3", "gout"]),                                                                   // US
        ("Diagnósticos: EPOC FA ICC descompensada", ["EPOC", "FA", "ICC descompensada"]),                                               // CU
    ])
    func aRunOnLineOfThreeDiagnosesIsSplit(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Dx: CHF HFpEF", ["CHF HFpEF"]),                                                         // two parts: left whole
        ("Assessment: type 2 diabetes with diabetic CKD", ["type 2 diabetes with diabetic CKD"]), // a bare number and an adjective open nothing
        ("Dx: anemia de la ERC por déficit de EPO", ["anemia de la ERC por déficit de EPO"]),     // after a joining word
        ("Diagnóstico: ACV isquémico de ACM izquierda", ["ACV isquémico de ACM izquierda"]),
    ])
    func namesThatOnlyLookRunOnStayWhole(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }
}
