import Testing
@testable import Clinical

/// Round 5 of issue 17: more ways a stop is written — the drug taken at home between the verb and the drug ("hold home
/// losartan"), a drug answered "NO", an instruction not to take it after the drug ("ya se le indicó no tomar más"), and a
/// stop resumed in the same sentence ("se suspende … y se reinicia al alta": active). Guards: a maximum ("no tomar más de
/// 4 g al día"), a food or drink not to take with it ("no tomar con alcohol").
/// Phrasings written for these rules, several countries each.
@Suite struct Round5StoppedDrugTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Plan: hold home losartan until tolerating PO; amlodipine 5 mg PO daily.", "losartan"),                          // US
        ("Hold usual lisinopril tonight; continue amlodipine 5 mg PO daily.", "lisinopril"),                             // US
        ("Stop her usual metformin today. Insulin glargine 10 units SC at bedtime.", "metformin"),                       // PR
        ("Se suspende la metformina domiciliaria; insulina NPH 10 UI SC antes del desayuno.", "metformina"),              // MX
    ])
    func theDrugTakenAtHomeBetweenVerbAndDrugIsStopped(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("1. Amoxicilina/acido clavulanico: NO (alergia). Completar cefuroxima 500 mg VO c/12 h", "amoxicilina/acido clavulanico"), // CL
        ("Metformina: no (TFG 22). Linagliptina 5 mg VO c/24h.", "metformina"),                                           // AR
        ("Ibuprofen: NO (CKD). Acetaminophen 650 mg PO q6h PRN pain.", "ibuprofen"),                                       // US
    ])
    func aDrugAnsweredNoIsNotGiven(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("Antecedente de consumo frecuente de diclofenac, ya se le indico no tomar mas. Alopurinol 100 mg VO diario.", "diclofenac"), // NI
        ("Usaba naproxeno por su cuenta: no volver a tomar. Paracetamol 500 mg VO c/8h.", "naproxeno"),                   // PE
        ("She was taking ibuprofen daily - do not take anymore. Omeprazole 20 mg PO daily.", "ibuprofen"),                 // US
    ])
    func anInstructionNotToTakeItAfterTheDrugStopsIt(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aMaximumOrSomethingNotToTakeWithItKeepsTheDrug() {
        // CO, AR, US: a dose limit and a food or drink are no stop.
        #expect(names("Paracetamol 1 g VO c/8h si dolor, no tomar mas de 4 g al dia.") == ["paracetamol"])
        #expect(names("Metronidazol 500 mg VO c/8h por 7 dias, no tomar con alcohol.") == ["metronidazol"])
    }

    @Test(arguments: [
        "Se suspende losartan durante la hospitalizacion y se reinicia al alta a dosis menor. Losartan 25 mg VO cada 12 h.", // CL
        "Metformin held on admission, restarted at discharge. Metformin 500 mg PO BID.",                                    // US
        "Enalapril suspendido por IRA, se reanuda al egreso. Enalapril 5 mg VO c/12h.",                                      // VE
    ])
    func aStopResumedInTheSameSentenceIsActive(text: String) {
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aStopFollowedByAnotherDrugsRestartStaysStopped() {
        // MX: the restart names another drug; the first stays stopped.
        let found = names("Se suspende glibenclamida y se reinicia metformina 850 mg VO c/12h.")
        #expect(!found.contains("glibenclamida"), "\(found)")
        #expect(found.contains("metformina"), "\(found)")
    }
}
