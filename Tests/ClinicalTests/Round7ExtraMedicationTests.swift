import Testing
@testable import Clinical

/// Round 7 of issue 17: words that name a drug but are no prescription — a hormone or a drug level measured (`insulina
/// basal 28`, `testosterona total`, `vancomycin trough 18`), a condition named after a drug (`resistencia a la insulina`,
/// `insulin resistance`), a drug decided against (`no iniciar`, `do not start`), a drug weighed (`valorar`, `plantear`), a
/// course told in the past across a wrapped line (`Treated with\nceftriaxone`, `tratada com`), a piece of an e-mail
/// address, a device word read as a drug (`spray 100 mcg`). Guards: the same drugs prescribed.
@Suite struct Round7ExtraMedicationTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Laboratorio: TSH 3,1, insulina basal 31, péptido C 4,2. Plan: metformina 850 mg VO c/12h.", "insulina"),       // CR
        ("Labs: free testosterone 12 pg/mL, estradiol 40. Start spironolactone 50 mg PO daily.", "testosterone"),       // US
        ("Vancomycin trough 18 this morning. Continue cefepime 2 g IV q8h.", "vancomycin"),                             // US
        ("Digoxina sérica 2,4 ng/ml. Se indica furosemida 40 mg VO c/24h.", "digoxina"),                                // PY
        ("Exames: testosterona total 540, cortisol 12. Conduta: sertralina 50 mg VO 1x/dia.", "testosterona"),           // BR
    ])
    func aDrugMeasuredIsNoPrescription(text: String, drug: String) {
        #expect(!names(text).contains(drug), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("Obesidad con resistencia a la insulina. Metformina 500 mg VO con la cena.", "insulina"),                       // CL
        ("PCOS with insulin resistance. Metformin 500 mg PO daily with dinner.", "insulin"),                             // US
        ("SOP com resistência à insulina. Metformina 850 mg VO no jantar.", "insulina"),                                 // BR
    ])
    func aConditionNamedAfterADrugIsNoPrescription(text: String, drug: String) {
        #expect(!names(text).contains(drug), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("Nódulo benigno. No iniciar levotiroxina. Control en 6 meses. Calcio 600 mg VO c/24h.", "levotiroxina"),        // UY
        ("Low risk: do not start aspirin. Continue atorvastatin 20 mg PO nightly.", "aspirin"),                          // US
        ("No se inicia warfarina por riesgo de caídas. Paracetamol 500 mg VO c/8h.", "warfarina"),                       // AR
        ("Si no mejora en 2 semanas valorar quetiapina. Sertralina 50 mg VO c/24h.", "quetiapina"),                      // HN
        ("Plantear metotrexato en próxima consulta. Prednisona 5 mg VO c/24h.", "metotrexato"),                          // PA
    ])
    func aDrugDecidedAgainstOrWeighedIsNoPrescription(text: String, drug: String) {
        #expect(!names(text).contains(drug), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aPastCourseAcrossAWrappedLineAndInPortugueseIsNotCurrent() {
        // US, BR.
        let american = names("Hospital course: treated with\nvancomycin and cefepime, narrowed to cefazolin on day 3. Cefazolin 2 g IV q8h.")
        #expect(!american.contains("vancomycin") && !american.contains("cefepime") && american.contains("cefazolin"), "\(american)")
        let brazilian = names("Pneumonia tratada com amoxicilina por 7 dias. Conduta: azitromicina 500 mg VO 1x/dia.")
        #expect(!brazilian.contains("amoxicilina") && brazilian.contains("azitromicina"), "\(brazilian)")
    }

    @Test func aPieceOfAnAddressOrADeviceWordIsNoDrug() {
        // US (e-mail), CU (spray), NI (aerosol).
        #expect(names("Contact: maria.lopez.ss@hospital.org. Lisinopril 10 mg PO daily.") == ["lisinopril"])
        #expect(names("Budesonida spray 200 mcg 2 inh c/12h.") == ["budesonida"])
        #expect(names("Salbutamol aerosol 100 mcg 2 puff c/6h.") == ["salbutamol"])
    }

    @Test func aRelativesDrugIsNotThePatients() {
        // CO, US, BR; guards: a relative giving the drug (MX, US), a relative's illness before the patient's drug (SV).
        #expect(names("Madre diabética en tratamiento con metformina. Sertralina 50 mg VO c/24h.") == ["sertralina"])
        #expect(names("Family history: father on warfarin after a stroke.\nPlan: lisinopril 10 mg PO daily.") == ["lisinopril"])
        #expect(names("Mãe hipertensa, usa losartana. Conduta: amoxicilina 500 mg VO de 8/8h.") == ["amoxicilina"])
        #expect(names("Madre le da paracetamol 250 mg VO c/6h si fiebre.") == ["paracetamol"])
        #expect(names("Mother gives ibuprofen 100 mg PO q8h PRN fever.") == ["ibuprofen"])
        #expect(names("Padre con HTA. Paciente toma losartán 50 mg c/24h.") == ["losartan"])
    }

    @Test(arguments: [
        ("No toma aspirina. Paracetamol 500 mg VO c/8h.", "aspirina"),                                    // EC
        ("Not taking metformin for a month. Glipizide 5 mg PO daily.", "metformin"),                     // US
        ("Sin tratamiento con insulina. Metformina 850 mg VO c/12h.", "insulina"),                        // BO
        ("Niega uso de warfarina. Omeprazol 20 mg VO c/24h.", "warfarina"),                               // SV
        ("RAM a dipirona (urticaria). Tramadol 50 mg VO c/8h.", "dipirona"),                              // CL
        ("Sensitivity to codeine. Ibuprofen 400 mg PO q8h.", "codeine"),                                  // US
    ])
    func aUseDeniedOrAnAdverseReactionIsNoPrescription(text: String, drug: String) {
        #expect(!names(text).contains(drug), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aNameOfSeveralWordsAnsweredNoIsNotGiven() {
        // SV, MX; guard: "no" opening the next clause.
        #expect(names("Sulfato de magnesio no (sin criterios de severidad). Nifedipino 10 mg VO c/8h.") == ["nifedipino"])
        #expect(names("Bicarbonato de sodio no. Solución Hartmann 1000 ml IV c/8h.").map { $0.hasPrefix("solucion hartmann") } == [true])
    }

    @Test func theSameDrugsPrescribedAreKept() {
        // Guards: MX, US, BR.
        #expect(names("Insulina glargina 20 UI SC noche.").contains("insulina glargina"))
        #expect(names("Testosterone cypionate 200 mg IM every 2 weeks.").contains { $0.hasPrefix("testosterone") })
        #expect(names("Iniciar levotiroxina 50 mcg VO en ayunas.").contains("levotiroxina"))
        #expect(names("Toma losartán 50 mg c/24h. Paciente con insulina glargina 20 UI noche.") == ["losartan", "insulina glargina"])
    }
}
