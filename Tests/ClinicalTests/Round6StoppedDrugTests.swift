import Testing
@testable import Clinical

/// Round 6 of issue 17: stops written as a state of the drug — the passive (`azithromycin was discontinued`, `la
/// metformina fue suspendida`, `foi suspensa`), also across the line break of a paragraph wrapped at the page's width;
/// Argentina's imperative `Dejar X`; a resumption still to come (`may be resumed at follow-up if…`, `hasta reiniciar`) is
/// no resumption; a course before a switch (`tratada con X 5 días y luego Y`). Guards: `no dejar X`, a drug resumed now,
/// the drug after the switch. Phrasings written for these rules, several countries each.
@Suite struct Round6StoppedDrugTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Azithromycin was\ndiscontinued on day 3. Amoxicillin 1 g PO TID.", "azithromycin"),                          // US, wrapped
        ("La metformina fue suspendida por TFG baja. Linagliptina 5 mg VO c/24h.", "metformina"),                      // MX
        ("A losartana foi suspensa na internação. Anlodipino 5 mg VO 1x ao dia.", "losartana"),                        // BR
        ("Dejar aspirina. Clopidogrel 75 mg VO c/24 hs.", "aspirina"),                                                 // AR
        ("Dejar la glibenclamida. Insulina NPH 10 UI SC antes del desayuno.", "glibenclamida"),                        // UY
    ])
    func aStopWrittenAsTheDrugsStateStopsIt(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aResumptionStillToComeIsNoResumption() {
        // US, CO.
        #expect(!names("Metformin was held and may be resumed at follow-up if Cr < 1.5. Insulin glargine 10 units SC at bedtime.").contains("metformin"))
        #expect(!names("Se suspende enalapril hasta reiniciar según función renal. Amlodipino 10 mg VO c/24h.").contains("enalapril"))
        // A resumption now stays active.
        #expect(names("Se suspende losartán durante la cirugía y se reinicia al alta. Losartán 50 mg VO c/24h.").contains("losartan"))
    }

    @Test func theCourseBeforeASwitchIsStoppedTheDrugAfterItIsTaken() {
        // DO, PE.
        let dominican = names("EVOLUCION: tratada con oxacilina IV 5 dias y luego clindamicina oral, con mejoria.")
        #expect(!dominican.contains("oxacilina") && dominican.contains("clindamicina"), "\(dominican)")
    }

    @Test func notStoppingKeepsTheDrug() {
        // AR, CL.
        #expect(names("No dejar aspirina 100 mg VO c/24 hs.").contains("aspirina"))
        #expect(names("Mantener atorvastatina 40 mg VO noche.").contains("atorvastatina"))
    }
}
