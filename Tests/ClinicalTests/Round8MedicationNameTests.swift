import Testing
@testable import Clinical

/// Round 8 of issue 17: a drug's name as the note writes it — a salt of Portuguese prescriptions (`losartana potássica`,
/// `diclofenaco dietilamônio`) is part of the name, not a drug of its own; the summary keeps a topical form written after
/// the name (`crema vaginal`, `gel`, `ungüento oftálmico`) and a partner glued before it with a slash (`ampi/sulbactam`).
@Suite struct Round8MedicationNameTests {
    func summary(_ text: String, _ language: ClinicalLanguage = .es) -> String {
        OfflineClinicalModel().summarize(text, language: language).rendered
    }

    @Test(arguments: [
        ("Receituário:\n1) Losartana potássica 50 mg ---- 1 comprimido de 12/12 horas", "losartana potassica"),         // BR
        ("Prescrição: Diclofenaco dietilamônio gel - aplicar no joelho 3x ao dia se dor", "diclofenaco dietilamonio"),   // BR
        ("Rp/ Losartán potásico 50 mg 1 comp c/24h", "losartan potasico"),                                               // AR
    ])
    func aSaltIsPartOfTheName(text: String, name: String) {
        let medications = ClinicalExtractor().extract(text).medications
        #expect(medications.count == 1, "\(medications)")
        #expect(medications.first.map { TextFolding.fold($0.name) } == name, "\(medications)")
    }

    @Test(arguments: [
        ("Indicaciones: Clotrimazol crema vaginal 1% - 1 aplicador intravaginal al acostarse x 7 noches", "Clotrimazol crema vaginal"), // DO
        ("Prescrição: Diclofenaco dietilamônio gel - aplicar no joelho 3x ao dia se dor", "Diclofenaco dietilamônio gel"),              // BR
        ("Plan: tobramicina ungüento oftálmico 1 cm c/8h OD por 7 días", "tobramicina ungüento oftálmico"),                             // PE
        ("Plan: ampi/sulbactam 3 g IV c/6h dia 4, claritromicina 500 mg VO c/12h", "ampi/sulbactam"),                                  // CO
    ])
    func theSummaryWritesTheNameAsTheNoteDoes(text: String, expected: String) {
        let rendered = summary(text)
        #expect(rendered.contains(expected), "\(rendered)")
    }

    @Test func tabletsAndRoutesAreNoPartOfTheName() {
        // Guards: MX "tabletas" is a form of every drug; "VO/SNG" and "c/8h" are no partner before a name.
        let mexican = summary("Indicaciones: paracetamol tabletas 500 mg VO c/8h.")
        #expect(mexican.contains("- paracetamol 500 mg VO c/8h"), "\(mexican)")
        let argentine = summary("Plan: AAS 100 mg VO/SNG c/24 hs; omeprazol 20 mg VO c/24h")
        #expect(argentine.contains("- AAS 100 mg") && argentine.contains("- omeprazol 20 mg"), "\(argentine)")
    }
}
