import Testing
@testable import Clinical

/// Round 7 of issue 17: history items — operations are surgical history, not diseases (a previous caesarean is a diagnosis); `dg 2011`/`dx 2019` is an onset; a
/// state before its drug stays (`HTA controlada con enalapril` → `HTA controlada`); a remark on adherence is cut; a remark
/// of figures makes no second diagnosis (`HFrEF (EF 25%)` beside `HFrEF`); a follow-up cue before a service names no
/// disease. Guards: a disease after a procedure's word, a remark without figures.
@Suite struct Round7HistoryItemTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Antecedentes: HTA; apendicectomía en 2010; hipotiroidismo.", ["HTA", "hipotiroidismo"]),               // PE
        ("PMH: asthma, cholecystectomy 2018, GERD.", ["asthma", "GERD"]),                                       // US
        ("APP: DM2, hernioplastia inguinal hace 3 años, obesidad.", ["DM2", "obesidad"]),                       // HN
        ("Antecedentes: cesárea anterior, anemia.", ["cesárea anterior", "anemia"]),                              // SV: an obstetric diagnosis stays
    ])
    func operationsAreNoDiagnoses(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        ("Antecedentes mórbidos: DM2 dg 2015, asma.", ["DM2", "asma"]),                                           // CL
        ("APP: HTA controlada con losartán, gota.", ["HTA controlada", "gota"]),                                  // VE
        ("APP: hta no controlada (no toma tto hace 1 mes), dislipidemia.", ["hta no controlada", "dislipidemia"]), // VE
        ("Hx: epilepsia (sin tratamiento), migraña.", ["epilepsia", "migraña"]),                                   // DO
        ("Antecedentes: eczema (leve, intermitente).", ["eczema (leve, intermitente)"]),                          // a remark without adherence stays
    ])
    func onsetsDrugsAndAdherenceRemarksAreCut(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aRemarkOfFiguresMakesNoSecondDiagnosis() {
        let found = diagnoses("HPI: 66F with CHF (EF 30% in 2024), presenting with dyspnea.\nPMH: CHF, DM2.") // US
        #expect(found.filter { $0.hasPrefix("CHF") }.count == 1, "\(found)")
    }

    @Test(arguments: [
        "Control por clínica de falla cardiaca en 7 días.",               // CO
        "Seguimiento por consulta de nefrología en 1 mes.",                // AR
    ])
    func aFollowUpCueBeforeAServiceNamesNoDisease(text: String) {
        #expect(diagnoses(text).isEmpty, "\(diagnoses(text))")
    }
}

/// Round 7 of issue 17: a history field split by sub-labels (`Patológicos:`, `Quirúrgicos:`, `Alérgicos:`) lists the
/// patient's diseases under the first kind only.
@Suite struct Round7HistorySubLabelTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("ANTECEDENTES: Patológicos: asma, HTA. Quirúrgicos: apendicectomía. Alérgicos: niega.", ["asma", "HTA"]),     // CO
        ("Antecedentes: Quirúrgicos: hernioplastia. Patológicos: DM2, gota.", ["DM2", "gota"]),                       // EC
        ("Antecedentes personales: Médicos: epilepsia, migraña.", ["epilepsia", "migraña"]),                           // GT
    ])
    func thePatientsSubLabelListsItsDiseases(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }
}
