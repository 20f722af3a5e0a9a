import Testing
@testable import Clinical

/// Round 8 of issue 17: the offline summary's diagnoses keep the note's own list — an item in the words the note writes it
/// with ("HTA hace 15 años", "exfumador (IPA 20)", "HTN, not at goal"), and the items of a diagnosis or history list that
/// the extraction left out ("ex TBQ", "tabaquista activo") — each once, without what the list denies, plans or doses.
@Suite struct Round8SummaryKeepsTests {
    func diagnoses(_ text: String, _ language: ClinicalLanguage = .es) -> [String] {
        let rendered = OfflineSummarizer(text: text, language: language).summarize().rendered
        let title = SummarySections.titles(language)[2] + ":\n"
        guard let start = rendered.range(of: title) else { return [] }
        let section = rendered[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        return section.map { String($0.dropFirst(2)) }
    }

    @Test(arguments: [
        ("APP: HTA hace 15 años, DM tipo 2 hace 8 años, hipercolesterolemia.\nIDx: claudicación intermitente", "HTA hace 15 años"),   // CU
        ("Antecedentes: HTA dx 2022 en tratamiento, obesidad grado I.\nDx: trauma acústico", "HTA dx 2022 en tratamiento"),           // MX
        ("A: HTA estadio 2 no controlada; prediabetes; exfumador (IPA 20)\nP: losartán 50 mg VO c/24h", "exfumador (IPA 20)"),        // CO
        ("Antecedentes: DM2 hace 18 años, HTA, retinopatia diabetica com laser.\nHipotese diagnostica: DRC G4", "DM2 hace 18 años"),  // BR
        ("PMH: T2DM on insulin; CKD stage 3a; BPH with LUTS\nAssessment: urinary retention", "T2DM on insulin"),                      // US
        ("Diagnósticos de egreso:\n1.- Dengue con signos de alarma (A97.1)\n2.- Asma bronquial intermitente, sin crisis", "Asma bronquial intermitente, sin crisis"), // VE
        ("Assessment/Plan:\n# HTN, not at goal - increase lisinopril to 40 mg PO daily.\n# HLD - on statin.", "HTN, not at goal"),     // US
        ("MC: dolor torácico. Antec.: HTA de 10 años en tto, DM2. No refiere episodios previos.\nIDx: SCA", "HTA de 10 años en tto"), // PY
    ])
    func anItemIsInTheNotesWords(text: String, expected: String) {
        let lines = diagnoses(text, text.contains("PMH") || text.contains("Assessment") ? .en : .es)
        #expect(lines.contains(expected), "\(lines)")
    }

    @Test(arguments: [
        ("Antec.: HTA, DBT no insulinodependiente, hipotiroidismo, ex TBQ. Niega internaciones.\nImpresion: IC compensada", "ex TBQ"),     // AR
        ("MC: dolor toracico. HEA: dolor opresivo. Antec.: HTA, DM2, dislipidemia, tabaquista activo.\nIDx: IAM inferior", "tabaquista activo"), // PY
        ("APP: HTA, fumadora de 20 cigarros/dia.\nIDx: enfermedad arterial periferica", "fumadora de 20 cigarros/dia"),                 // CU
        ("Impresión: FA con respuesta ventricular controlada. ICC compensada. Intoxicación digitálica leve.", "ICC compensada"),        // AR
        ("Past medical history: asthma, GERD, migraine without aura.\nAssessment: acute bronchitis", "migraine without aura"),          // US
    ])
    func anItemTheExtractionLeftOutIsKept(text: String, expected: String) {
        let lines = diagnoses(text, text.contains("history") ? .en : .es)
        #expect(lines.contains(expected), "\(lines)")
    }

    @Test(arguments: [
        ("A/P:\n# T2DM, uncontrolled (E11.65) - A1c 9.4.\n  Start semaglutide 0.25 mg SC weekly.\n# Diabetic peripheral neuropathy - start gabapentin.\n# HTN, not at goal - increase lisinopril.",
         ["Diabetic peripheral neuropathy", "HTN, not at goal"], ClinicalLanguage.en),                                                           // US
        ("Diagnósticos:\n1. Neumonía adquirida en la comunidad CURB-65 1\n   se inicia amoxicilina 1 g VO c/8h\n2. Asma leve persistente",
         ["Asma leve persistente"], .es),                                                                                                        // MX
    ])
    func aListGoesOnAfterAnItemsIndentedPlan(text: String, expected: [String], language: ClinicalLanguage) {
        let lines = diagnoses(text, language)
        for item in expected { #expect(lines.contains { $0.hasPrefix(item) }, "\(item) in \(lines)") }
        #expect(!lines.contains { $0.contains("semaglutide") || $0.contains("amoxicilina") }, "\(lines)")
    }

    @Test(arguments: [
        ("Dx: Anemia ferropénica moderada. Riesgo de desnutrición.", "Riesgo de desnutrición", ClinicalLanguage.es),     // NI
        ("Assessment: CHF exacerbation; risk of falls", "risk of falls", .en),                                            // US
    ])
    func aRiskTheListNamesIsKept(text: String, expected: String, language: ClinicalLanguage) {
        #expect(diagnoses(text, language).contains(expected), "\(diagnoses(text, language))")
    }

    @Test func aListGoesOnAfterARemarkOnTheNextLine() {
        // VE: the history's first item's remark opens the next line; the items after it are the list's.
        let lines = diagnoses("refiere dolor toracico de 2 h. APP: hta no controlada\n(no toma tto x falta de medicamento), dm2, dislipidemia.\nidx: sindrome coronario agudo")
        #expect(lines.contains("dm2") && lines.contains("dislipidemia"), "\(lines)")
    }

    @Test func aCodeWrittenFirstGoesAfterTheCondition() {
        // PE: "J03.9 Amigdalitis aguda" is written as every diagnosis is; US: a second code the item writes is kept.
        let peruvian = diagnoses("Diagnóstico (CIE-10): J03.9 Amigdalitis aguda; R50.9 Fiebre\nRp/ Amoxicilina 500 mg VO c/8h")
        #expect(peruvian.contains("Amigdalitis aguda (J03.9)") && !peruvian.contains("J03.9 Amigdalitis aguda"), "\(peruvian)")
        let american = diagnoses("A/P:\n# Sepsis due to complicated UTI (A41.9, N39.0) - ceftriaxone 1 g IV q24h\n# AKI - IV fluids", .en)
        #expect(american.contains { $0.contains("N39.0") } && american.filter { $0.hasPrefix("Sepsis") }.count == 1, "\(american)")
    }

    @Test func aHistorysLaterShortSentenceIsAnItem() {
        // VE: a dictated history goes on after its list in short sentences; a denial among them stays out.
        let lines = diagnoses("refiere dolor toracico. APP: hta, dm2, dislipidemia. tabaquismo 30 paq/año. niega consumo de cocaina.\nidx: sindrome coronario agudo")
        #expect(lines.contains("tabaquismo 30 paq/año"), "\(lines)")
        #expect(!lines.contains { TextFolding.fold($0).hasPrefix("niega") }, "\(lines)")
    }

    @Test func aHistoryLineIsNoReasonForVisit() {
        // CL: without a reason's header or cue, the history field is not the reason for visit.
        let summary = OfflineSummarizer(text: "Antecedentes: HTA mal controlada, DM2 en tratamiento.\nDolor lumbar de tres días de evolución tras esfuerzo.", language: .es).summarize()
        #expect(!summary.reasonForVisit.hasPrefix("Antecedentes"), "\(summary.reasonForVisit)")
    }

    @Test func eachItemIsWrittenOnce() {
        // CL: the history line's items and the extraction's say the same conditions once.
        let lines = diagnoses("Antecedentes: HTA, DM2 insulinorrequirente, ERC etapa 3b.\nDiagnósticos: ERC etapa 3b; HTA")
        for item in ["HTA", "ERC etapa 3b"] { #expect(lines.filter { $0 == item }.count == 1, "\(lines)") }
        #expect(lines.contains("DM2 insulinorrequirente"), "\(lines)")
    }

    @Test(arguments: [
        "Antecedentes: niega HTA y DM. Alergias: penicilina.\nDx: faringitis aguda",                          // EC: a denial
        "APP: ninguno.\nIDx: gastroenteritis aguda",                                                            // HN: nothing
        "Dx: Anemia ferropénica moderada. Cita en 1 mes. Control con Hb.",                                     // NI: a plan sentence
        "Impresion diagnostica: bronquiolitis? vs crisis obstructiva.\nPlan: salbutamol 2 puff c/4h",           // PY: a query
        "Antecedentes: HTA en tratamiento con losartán 50 mg c/12h.\nDx: cefalea tensional",                    // GT: a dose
    ])
    func deniedQueriedPlannedOrDosedItemsStayOut(text: String) {
        let lines = diagnoses(text)
        for line in lines {
            let folded = TextFolding.fold(line)
            #expect(!folded.hasPrefix("niega") && !folded.hasPrefix("ninguno") && !folded.hasPrefix("cita") && !folded.hasPrefix("control"), "\(lines)")
            #expect(!line.contains("?") && !line.contains("50 mg"), "\(lines)")
        }
    }

    @Test func aReferralsAddresseeIsNoDiagnosis() {
        // CU: "A: Servicio de…" addresses the referral; outside a SOAP note it is no assessment.
        let lines = diagnoses("REMISION\nA: Servicio de Angiologia, Hospital Clinico Quirurgico\nAPP: HTA.\nIDx: claudicacion intermitente")
        #expect(!lines.contains { $0.contains("Servicio") || $0.contains("Hospital") }, "\(lines)")
    }

    @Test func aVitalSignInAListItemIsNotRepeated() {
        // DO: a reading written inside the history's item is not written again in the vital signs line.
        let summary = OfflineSummarizer(text: "Antecedentes: HTA mal controlada (TA 170/100 en casa).\nExamen: FC 88.\nDx: cefalea", language: .es).summarize().rendered
        #expect(summary.components(separatedBy: "170/100").count <= 2, "\(summary)")
    }
}
