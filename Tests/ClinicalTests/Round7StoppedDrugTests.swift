import Testing
@testable import Clinical

/// Round 7 of issue 17: stops in more phrasings — a second drug joined with its article (`se suspende el X y el Y`), an
/// adverb between the verb and the drug (`se suspende definitivamente`), a drug the patient ran out of (`ran out of`, `se
/// quedó sin`, `(se le acabó)`), `dejó de darle`, a stop across a wrapped line, a class stopped (`se suspendió el
/// antibiótico`, `hold diuretics`). Guards: the planned end of a course (`y luego retirar`), a contraceptive's pause, a
/// class stop that does not reach another class. Phrasings written for these rules, several countries each.
@Suite struct Round7StoppedDrugTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Se suspende el ibuprofeno y el enalapril por la falla renal. Paracetamol 1 g VO c/8h.", ["ibuprofeno", "enalapril"]),     // MX
        ("Suspender la metformina y la glibenclamida. Insulina NPH 14 UI SC en la mañana.", ["metformina", "glibenclamida"]),     // CO
        ("Hold the lisinopril and the spironolactone given K 5.9. Amlodipine 5 mg PO daily.", ["lisinopril", "spironolactone"]),  // US
    ])
    func aSecondDrugJoinedWithItsArticleIsStoppedToo(text: String, stopped: [String]) {
        let found = names(text)
        for s in stopped { #expect(!found.contains(s), "\(found)") }
        #expect(found.count == 1, "\(found)")
    }

    @Test(arguments: [
        ("Se suspende definitivamente carbamazepina por rash. Levetiracetam 500 mg VO c/12h.", "carbamazepina"),        // PE
        ("Se suspende temporalmente warfarina hasta nuevo control. Enoxaparina 60 mg SC c/12h.", "warfarina"),          // CL
        ("Stop permanently the amiodarone. Metoprolol succinate 50 mg PO daily.", "amiodarone"),                        // US
    ])
    func anAdverbBetweenTheVerbAndTheDrugStillStopsIt(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("Presents with edema after running out of his furosemide 2 weeks ago. Plan: bumetanide 1 mg IV BID.", "furosemide"),   // US
        ("Home meds: amlodipine 10 mg daily (ran out last month), atorvastatin 40 mg daily.", "amlodipine"),                    // PR
        ("Se quedó sin losartán hace 10 días por falta de dinero. Indico enalapril 10 mg VO c/12h.", "losartan"),               // GT
        ("Metformina 850 mg c/12h (se le acabó en octubre). Sitagliptina 100 mg VO c/24h.", "metformina"),                      // HN
    ])
    func aDrugThePatientRanOutOfIsNotActive(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
    }

    @Test(arguments: [
        ("La madre dejó de darle el fenobarbital hace un mes. Se indica levetiracetam 250 mg VO c/12h.", "fenobarbital"),       // BO
        ("Refiere que dejó el\nlitio hace 2 meses por temblor. Quetiapina 100 mg VO noche.", "litio"),                          // VE
        ("Paciente abandonó la\nsertralina en agosto. Escitalopram 10 mg VO c/24h.", "sertralina"),                              // EC
    ])
    func aDrugLeftIsStoppedAlsoAcrossAWrappedLine(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aStoppedClassStopsItsDrugsOnly() {
        // AR (palliative), US, MX.
        let argentine = names("Recibía ampicilina-sulbactam EV. Se decide adecuar esfuerzo: se suspende el antibiótico. Morfina 2 mg SC c/4 hs.")
        #expect(!argentine.contains { $0.hasPrefix("ampicilina") } && argentine.contains("morfina"), "\(argentine)")
        let american = names("Furosemide 40 mg IV BID. Metoprolol 25 mg PO BID. AKI: hold diuretics for now.")
        #expect(!american.contains("furosemide") && american.contains("metoprolol"), "\(american)")
        let mexican = names("Enoxaparina 40 mg SC c/24h. Omeprazol 20 mg VO c/24h. Sangrado: suspender anticoagulante.")
        #expect(!mexican.contains("enoxaparina") && mexican.contains("omeprazol"), "\(mexican)")
    }

    @Test func theAbbreviationDCStopsTheDrug() {
        // US, PR.
        #expect(names("D/C clopidogrel. Losartan 50 mg PO daily.") == ["losartan"])
        #expect(names("Plan: d/c the heparin drip; start apixaban 5 mg PO BID.") == ["apixaban"])
    }

    @Test(arguments: [
        ("Switched from lisinopril to losartan 50 mg PO daily.", "lisinopril", "losartan"),                            // US
        ("Metoprolol was replaced by carvedilol 6.25 mg PO BID.", "metoprolol", "carvedilol"),                          // PR
        ("La nifedipina fue sustituida por amlodipino 5 mg VO c/24h.", "nifedipina", "amlodipino"),                    // NI
        ("Pausada la espironolactona por K 6.1. Furosemida 40 mg VO c/24h.", "espironolactona", "furosemida"),         // CR
        ("Losartán 50 mg VO c/24h en lugar de enalapril.", "enalapril", "losartan"),                                    // PA
        ("Apixaban not started given bleeding risk. Atorvastatin 40 mg PO nightly.", "apixaban", "atorvastatin"),       // US
    ])
    func aDrugReplacedPausedOrNotStartedIsNotActive(text: String, stopped: String, kept: String) {
        #expect(!names(text).contains(stopped) && names(text).contains(kept), "\(names(text))")
    }

    @Test func thePlannedEndOfACourseOrAPauseIsNoStop() {
        // MX, BR, CO.
        #expect(names("Se agrega lorazepam 1 mg VO por la noche por 2 semanas y luego retirar.").contains("lorazepam"))
        #expect(names("Levonorgestrel/etinilestradiol 0,15/0,03 mg 1 comp VO ao dia (pausa de 7 dias).").contains { $0.hasPrefix("levonorgestrel") })
        #expect(names("Prednisona 40 mg VO c/24h por 5 días, luego suspender.").contains("prednisona"))
    }
}
