import Testing
@testable import Clinical

/// Round 6 of issue 17: a history item as the doctor wrote it — its duration and state stay (`DM2 de 20 años de
/// evolución`, `HTA de larga data`, `hipotiroidismo en tratamiento`, `COPD on 2L home O2`, `preeclampsia en embarazo
/// previo`), its onset and the drug it is treated with go (`hace 5 años`, `desde 2015`, `on apixaban`, `en tratamiento con
/// enalapril`, `HTA (losartán)`); and history fields of every form: mid-line after a sentence (`… BLEE). AP: DBT2, IRC`),
/// Chile's `AM:` and `Antec. mórbidos:`, a family doctor's `Crónica:` / `Enfermedades crónicas:`, a field wrapped at the
/// page's width. Guards: habits, allergies, surgeries and a denial after the list.
@Suite struct Round6HistoryItemTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Antecedentes personales patológicos: DM2 de 20 años de evolución, HTA de 12 años.", ["DM2 de 20 años de evolución", "HTA de 12 años"]), // MX
        ("APP: HTA de larga data, hipotiroidismo en tratamiento.", ["HTA de larga data", "hipotiroidismo en tratamiento"]),                     // CO
        ("Antecedentes: HTA hace 8 años, asma desde 2015.", ["HTA", "asma"]),                                                                   // BO
        ("PMH: atrial fibrillation on apixaban, OSA on CPAP.", ["atrial fibrillation", "OSA on CPAP"]),                                          // US
        ("Antecedentes: HTA en tratamiento con enalapril 10 mg, gota.", ["HTA", "gota"]),                                                       // UY
        ("Antecedentes: HTA (losartán), hipotiroidismo (levotiroxina 50 mcg).", ["HTA", "hipotiroidismo"]),                                     // PA
    ])
    func aHistoryItemKeepsItsDurationAndStateNotItsOnsetOrDrug(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        ("Día 5 de internación (urocultivo positivo). AP: DBT2, IRC estadio 3, HTA, ex TBQ.", ["DBT2", "IRC estadio 3", "HTA"]),           // AR
        ("AM: asma bronquial, rinitis alérgica.", ["asma bronquial", "rinitis alérgica"]),                                                     // CL
        ("Antec. mórbidos: EPOC severo (VEF1 38%), HTA, insuficiencia cardíaca derecha.", ["EPOC severo", "HTA", "insuficiencia cardíaca derecha"]), // CL
        ("Crónica: HTA y DM2. Glicemia capilar 180.", ["HTA", "DM2"]),                                                                         // NI
        ("Enfermedades crónicas: hipotiroidismo, artrosis de rodillas.", ["hipotiroidismo", "artrosis de rodillas"]),                         // GT
    ])
    func everyFormOfAHistoryFieldIsRead(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func aHistoryFieldWrappedAtThePagesWidthIsReadOn() {
        // MX, EC: the list goes on after the comma on the next line; the next field ends it.
        let mx = "ANTECEDENTES PERSONALES PATOLOGICOS: DM2, HTA, hipotiroidismo primario,\nretinopatía diabética no proliferativa. Quirúrgicos: colecistectomía 2010."
        #expect(diagnoses(mx) == ["DM2", "HTA", "hipotiroidismo primario", "retinopatía diabética no proliferativa"])
        let ec = "Antecedentes: gastritis crónica,\nmigraña sin aura.\nAlergias: penicilina."
        #expect(diagnoses(ec) == ["gastritis crónica", "migraña sin aura"])
    }

    @Test func habitsAllergiesSurgeriesAndADenialAreNoHistoryItems() {
        // PE, CR.
        #expect(diagnoses("Antecedentes: DM2, ex fumador. Alergias: AINEs. Quirúrgicos: apendicectomía.") == ["DM2"])
        #expect(diagnoses("Antecedentes: DM2, anemia crónica. niega HTA.") == ["DM2", "anemia crónica"])
    }
}
