import Testing
@testable import Clinical

/// Round 6 of issue 17: what is written near a drug but is no medication taken — an ingestion or an overdose (`10 comp
/// de clonazepam 2 mg`, `overdose of metoprolol`), a drug considered (`consider phenobarbital`), a drug answered no with its
/// reason (`Flumazenil no (riesgo convulsivo)`), an adverb before a rate (`ahora 0.05 mcg/kg/min`), a salt or a release form
/// read as a drug of its own (`lithium carbonate ER`, `hierro sacarato`, `Metformina de liberación prolongada`); and
/// Argentina's `PHP` is a fluid. Guards: a drug after a list's comma is prescribed, a dosed drug is one medication.
@Suite struct Round6ExtraMedicationTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Ingesta de alcohol y 10 comp de clonazepam 2 mg hace 1 h. Carbón activado 50 g VO dosis única.", "clonazepam"),     // AR
        ("Intentional overdose of metoprolol 50 mg tablets. Glucagon 5 mg IV bolus.", "metoprolol"),                           // US
        ("S/C: if CIWA >20 x2, call senior; consider phenobarbital. Thiamine 500 mg IV TID.", "phenobarbital"),                  // US
        ("Flumazenil no (riesgo convulsivo). PHP 1500 ml en 24 hs EV.", "flumazenil"),                                          // AR
    ])
    func anIngestionAConsideredOrARefusedDrugIsNoMedication(text: String, drug: String) {
        #expect(!names(text).contains(drug), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("Plan: continue lithium carbonate ER 900 mg PO nightly.", "lithium carbonate er"),                                    // US
        ("Hierro sacarato 200 mg IV semanal x 5 dosis.", "hierro sacarato"),                                                    // UY
        ("2. Metformina de liberacion prolongada 750 mg 1 tab con la cena", "metformina de liberacion prolongada"),            // MX
        ("Noradrenalina en descenso, ahora 0.05 mcg/kg/min.", "noradrenalina"),                                                 // AR
    ])
    func aSaltAFormOrAnAdverbIsNoDrugOfItsOwn(text: String, name: String) {
        #expect(names(text) == [name], "\(names(text))")
    }

    @Test func aDrugAfterAListsCommaIsPrescribed() {
        // CL: "ingesta" of fluids is advice, the next drug is prescribed.
        #expect(names("Indicaciones: abundante ingesta de líquidos, fenazopiridina 200 mg VO cada 8 horas por 2 días.") == ["fenazopiridina"])
        #expect(names("PHP 1500 ml en 24 hs EV.") == ["php"])
    }
}
