import Testing
@testable import Clinical

/// Round 9 of issue 17: names of common products the lexicon lacked (emollients, probiotics, multivitamins, TMP-SMX,
/// amoxi-clavulánico), and a stopped drug taken again — left by the patient in the history and prescribed later with
/// its dose and frequency, or held and then continued. Guards: a drug left and only named again stays stopped; a drug
/// suspended by the doctor and named later without a new prescription stays stopped.
@Suite struct Round9MedicationResumedTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Plan: hydrocortisone 2.5% ointment BID PRN flares; emollient daily.", "emollient"),        // US
        ("Emoliente 2 veces al dia en todo el cuerpo.", "emoliente"),                                 // CO
        ("* Probiotico 1 sobre VO OD", "probiotico"),                                                 // VE
        ("multivitaminas 5 ml VO cada dia.", "multivitaminas"),                                       // NI
        ("* TMP-SMX 160/800 mg 1 comp por dia (profilaxis)", "tmp"),                                  // AR
        ("Amoxi-clavulanico 875/125 mg VO c/12 hs x 5 dias.", "amoxi"),                               // PY
        ("Polivitamínico 1 comprimido VO al día.", "polivitaminico"),                                 // CL
        ("Sol. Hartmann 1000 ml IV p/8 hrs", "sol. hartmann"),                                        // MX
        ("Insulina R segun HGT c/6h.", "insulina r"),                                                 // PE
        ("Parche de nicotina 21 mg/24 h transdermico, 1 parche cada mañana.", "parche de nicotina"),  // UY
        ("KCl 20 mEq IV en cada litro.", "kcl"),                                                      // DO
    ])
    func commonProductsAreMedications(text: String, drug: String) {
        #expect(names(text).contains { $0.hasPrefix(drug) }, "\(names(text))")
    }

    @Test(arguments: [
        ("Abandonó el budesonide hace 6 meses. Alta con budesonide/formoterol 160/4,5 2 inhalaciones cada 12 hs.", "budesonide"), // AR
        ("Dejó la metformina por diarrea. Plan: metformina 850 mg VO c/12h con alimentos.", "metformina"),                           // MX
        ("Parou a losartana há 2 meses. Conduta: losartana 50 mg VO 1x ao dia.", "losartana"),                                       // BR
        ("Hold donepezil tonight only? -> continue donepezil 5 mg PO nightly.", "donepezil"),                                       // US
    ])
    func aDrugTakenAgainIsActive(text: String, drug: String) {
        #expect(names(text).contains { $0.hasPrefix(drug) }, "\(names(text))")
    }

    @Test func aDrugOnlyNamedAgainStaysStopped() {
        // AR: left, then only named in the assessment.
        #expect(!names("Dejó el enalapril hace un año. Tos seca desde que tomaba enalapril.").contains("enalapril"))
        // CL: the doctor suspends it; a later mention with a dose is its old regimen, not a new order.
        #expect(!names("Se suspende losartán 50 mg. Venía con losartán 50 mg c/12 h.").contains { $0.hasPrefix("losartan") })
        // US: held, and the plan says nothing of continuing it.
        #expect(!names("Hold lisinopril given AKI. Continue metoprolol 25 mg PO BID.").contains("lisinopril"))
    }
}
