import Testing
@testable import Clinical

/// Round 4 of issue 17: diagnoses and comorbidities written in prose that were not read — a referral verb followed at
/// once by its reason, a procedure's reason after a qualifier, one conclusion cue per conclusion, a study's result or a
/// referral's reason field that names a disease (in a note without a diagnosis section), comorbidities after adjectives
/// of known conditions, and a disease's own descriptor after "with"/"con". Guards: symptoms, findings, denials and a
/// relative's diseases stay out. Phrasings written for these rules, several countries each.
@Suite struct Round4ProseDiagnosisTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Se remite por cirrosis hepática descompensada para valoración.", "cirrosis hepática descompensada"),   // CO
        ("Se deriva por hipotiroidismo primario de difícil control.", "hipotiroidismo primario de difícil control"), // AR
    ])
    func aReferralsReasonRightAfterItsVerb(text: String, expected: String) {
        #expect(diagnoses(text) == [expected])
    }

    @Test func aReferralForASymptomIsNoDiagnosis() {
        #expect(diagnoses("Se remite por dolor lumbar de 3 semanas.").isEmpty)
    }

    @Test(arguments: [
        ("Paciente en POP inmediato de colecistectomía laparoscópica por colecistitis aguda.", "colecistitis aguda"),   // CO
        ("Status post hernioplastia inguinal por hernia inguinal derecha.", "hernia inguinal derecha"),                   // VE
        ("Colectomía izquierda por diverticulitis complicada hace 2 años.", "diverticulitis complicada"),                // UY
    ])
    func aProceduresReasonAfterAQualifier(text: String, expected: String) {
        #expect(diagnoses(text) == [expected])
    }

    @Test func eachConclusionCueOpensItsOwnConclusion() {
        let text = "Comentario: perfil compatible con hipotiroidismo primario, sugestivo de tiroiditis de Hashimoto."
        #expect(diagnoses(text) == ["hipotiroidismo primario", "tiroiditis de Hashimoto"])          // CL, BR
    }

    @Test(arguments: [
        ("Refiere palpitaciones. Trae Holter: FA paroxística con RVR.", ["FA paroxística con RVR"]),     // VE
        ("Motivo de interconsulta: síndrome nefrótico + edema", ["síndrome nefrótico"]),                  // CL
        ("Reason for referral: atrial fibrillation", ["atrial fibrillation"]),                           // US
    ])
    func aStudysResultOrAReasonFieldNamingADisease(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func aStudyOrAReasonWithoutADiseaseIsNone() {
        #expect(diagnoses("ECG: RS, ondas T invertidas en V1-V3.").isEmpty)
        #expect(diagnoses("Motivo: dolor abdominal y vómitos.").isEmpty)
        #expect(diagnoses("Eco: sin alteraciones.").isEmpty)
    }

    @Test(arguments: [
        ("Paciente 70 anos, hipertensa e diabética tipo 2, com hipotireoidismo. Refere tontura.", ["hipotireoidismo"]),   // BR
        ("Masculino de 58 años, diabético e hipertenso, con EPOC. Consulta por tos.", ["EPOC"]),                          // PY
        ("A 66-year-old diabetic man with CKD presents with dyspnea.", ["CKD"]),                                           // US
    ])
    func comorbiditiesAfterAdjectivesOfKnownConditions(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func noAdjectiveOrADenialOpensNoComorbidities() {
        #expect(diagnoses("Paciente no diabética, con cefalea de 2 días.").isEmpty)
        #expect(diagnoses("Paciente tranquila, con dolor leve.").isEmpty)
    }

    @Test(arguments: [
        ("I am seeing this 72-year-old man with heart failure with reduced ejection fraction and gout.", ["heart failure with reduced ejection fraction", "gout"]), // US
        ("Paciente de 64 años con FA con respuesta ventricular controlada y asma, que consulta por tos.", ["FA con respuesta ventricular controlada", "asma"]),      // EC
        ("Mujer de 35 años con migraña sin aura, que consulta por cefalea.", ["migraña sin aura"]),                                                                  // HN
    ])
    func aDiseasesDescriptorAfterWithOrConIsPartOfIt(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func aSymptomAfterConEndsTheComorbidities() {
        #expect(diagnoses("Paciente de 70 años con HTA con dolor torácico de 2 horas.") == ["HTA"])
    }

    @Test(arguments: [
        ("Hospital course: admitted with diabetic ketoacidosis, treated with an insulin drip. Course complicated by hypokalemia.", ["diabetic ketoacidosis", "hypokalemia"]), // US
        ("Paciente femenina de 45 años quien cursa con neumonía adquirida en la comunidad.", ["neumonía adquirida en la comunidad"]),                                      // HN
        ("Evolución: paciente con diagnóstico de egreso de colecistitis aguda litiásica.", ["colecistitis aguda litiásica"]),                                              // EC
    ])
    func aCoursesDiseasesInProse(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func aCourseWithASymptomIsNoDiagnosis() {
        #expect(diagnoses("Evolución: cursa con dolor leve y buena tolerancia oral.").isEmpty)
    }

    @Test(arguments: [
        ("Handover: 80F admitted overnight. Known COPD and CKD stage 4.", ["COPD", "CKD stage 4"]),                         // US
        ("Masculino de 65 años, conocido con DM2 e HTA, acude a control.", ["DM2", "HTA"]),                                   // MX
        ("I saw this 54-year-old woman with a history of breast cancer and hypothyroidism.", ["breast cancer", "hypothyroidism"]), // US
    ])
    func knownConditionsAndAHistoryCueInsideAnAgesClause(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func aDeniedKnownConditionIsNone() {
        #expect(diagnoses("He does not have diabetes or known CAD.").isEmpty)                                                 // US
        #expect(diagnoses("Niega ser conocida con HTA.").isEmpty)                                                             // GT
    }

    @Test(arguments: [
        ("Conclusión: hallazgos en relación con neumonía lobar derecha.", ["neumonía lobar derecha"]),    // CO
        ("Impression: findings are concerning for acute appendicitis.", ["acute appendicitis"]),         // US
        ("Impressão: achados compatíveis com pielonefrite aguda.", ["pielonefrite aguda"]),              // BR
    ])
    func aFindingsConclusionIsItsDisease(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }
}
