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
