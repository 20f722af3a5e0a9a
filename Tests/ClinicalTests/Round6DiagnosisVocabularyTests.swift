import Testing
@testable import Clinical

/// Round 6 of issue 17: a diagnosis vocabulary — abbreviations (HTA, DM2, EPOC, DPOC, IRC, FA, ICC, IAM, ACV, TEP, TVP,
/// BPH, DKA, AKI, IVU…), head nouns (insuficiencia, enfermedad, síndrome, secuela, cirrosis…) and morphology (-itis,
/// -osis, -emia, -patía, -oma, -algia) — reads a list under a label the extractor does not know, or a line that is only a
/// list of diseases. Guards: plan items, tests and results, a negated list, a relative's diseases, symptoms, analytes.
@Suite struct Round6DiagnosisVocabularyTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Sequela de AVC isquêmico, DPOC, lesão por pressão sacral estágio 2. Sem febre.", ["Sequela de AVC isquêmico", "DPOC", "lesão por pressão sacral estágio 2"]), // BR
        ("Problemas de salud: obesidad grado II, gonartrosis bilateral, HTA.", ["obesidad grado II", "gonartrosis bilateral", "HTA"]),                               // CR
        ("NOTA DEL PATÓLOGO: anemia microcítica hipocrómica compatible con ferropenia; trombocitosis reactiva.", ["anemia microcítica hipocrómica compatible con ferropenia", "trombocitosis reactiva"]), // PA
        ("Cronica: HTA y DM2, con insuficiencia venosa cronica.", ["HTA", "DM2", "insuficiencia venosa cronica"]),                                                 // NI
    ])
    func aListOfDiseasesIsReadWhateverItsLabel(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        "Pendientes: ecografía renal, hemocultivos, interconsulta a nefrología.",           // AR: plan items and tests
        "Serologías: resultados negativos para VIH, sífilis, hepatitis B y hepatitis C.",  // CO: a negated list
        "Madre: HTA, DM2. Padre: cardiopatía isquémica.",                                 // MX: family history
        "Síntomas: dolor abdominal, náuseas, fiebre.",                                      // DO: symptoms
        "Glicemia capilar 210, natremia 131.",                                              // VE: analytes
        "Sin fiebre, sin disnea, sin edemas.",                                              // EC: denials
    ])
    func plansTestsDenialsRelativesSymptomsAndAnalytesAreNone(text: String) {
        #expect(diagnoses(text).isEmpty, "\(diagnoses(text))")
    }

    @Test func theVocabularyKnowsAbbreviationsHeadsAndEndings() {
        for item in ["DPOC", "TEP", "AKI", "DKA", "IVU baja", "secuela de ACV", "gonartrosis", "colecistitis aguda", "hepatopatía crónica", "hipoacusia neurosensorial"] {
            #expect(DiagnosisVocabulary.looksLikeDiagnosis(item), "\(item)")
        }
        for item in ["dolor torácico", "ecografía renal", "control en 2 semanas", "glicemia 210", "metformina 850 mg", "sin fiebre", "padre con HTA"] {
            #expect(!DiagnosisVocabulary.looksLikeDiagnosis(item), "\(item)")
        }
    }
}
