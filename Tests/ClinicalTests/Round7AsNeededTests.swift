import Testing
@testable import Clinical

/// Round 7 of issue 17: the as-needed clause stays in the frequency in more forms — a qualifier before the symptom (`PRN
/// severe pain`), a restriction (`solo si`, `only if`), a denied condition (`si no concilia el sueño`, `si no cede`), a
/// site after the symptom (`SOS dolor precordial`), more symptoms (`wheeze`, `temblor`, `hipoglucemia`), and the
/// instruction as the note writes it when a duration or a `hasta` stands between its parts (`c/12h por 5 días si dolor`,
/// `si disnea, hasta c/4h`). Guards: a frequency without a clause keeps its own words; a clause far away is not joined.
@Suite struct Round7AsNeededTests {
    func frequency(_ text: String, _ drug: String) -> String? {
        ClinicalExtractor().extract(text).medications.first { TextFolding.fold($0.name).hasPrefix(drug) }?.frequency
    }

    @Test(arguments: [
        ("Oxycodone 5 mg PO q6h PRN severe pain.", "oxycodone", "q6h PRN severe pain"),                                    // US
        ("Tramadol 50 mg VO c/8h SOS dolor intenso.", "tramadol", "c/8h SOS dolor intenso"),                              // PE
        ("Nitroglicerina 0,4 mg SL SOS dolor precordial.", "nitroglicerina", "SOS dolor precordial"),                       // CL
        ("Albuterol 90 mcg 2 puffs q4h PRN wheeze.", "albuterol", "q4h PRN wheeze"),                                      // US
        ("Biperideno 2 mg VO c/12h si temblor.", "biperideno", "c/12h si temblor"),                                       // HN
        ("Ketorolaco 10 mg VO c/8h solo si dolor.", "ketorolaco", "c/8h solo si dolor"),                                  // MX
        ("Zolpidem 5 mg VO al acostarse si no concilia el sueño.", "zolpidem", "al acostarse si no concilia el sueño"),      // AR
        ("Paracetamol 1 g VO c/6h si no cede la fiebre.", "paracetamol", "c/6h si no cede la fiebre"),                    // VE
    ])
    func theClauseStays(text: String, drug: String, expected: String) {
        #expect(frequency(text, drug) == expected)
    }

    @Test(arguments: [
        ("Naproxeno 500 mg VO c/12h por 5 dias si dolor.", "naproxeno", "c/12h por 5 dias si dolor"),                      // CO
        ("Salbutamol 100 mcg 2 puff si disnea, hasta c/4h.", "salbutamol", "si disnea, hasta c/4h"),                       // CU
        ("Ibuprofen 400 mg PO q8h x 3 days as needed for pain.", "ibuprofen", "q8h x 3 days as needed for pain"),           // US
        ("Dipirona 1 g VO de 6/6h se dor.", "dipirona", "de 6/6h se dor"),                                                  // BR
    ])
    func theInstructionReadsAsWritten(text: String, drug: String, expected: String) {
        #expect(frequency(text, drug) == expected)
    }

    @Test func aFrequencyWithoutAClauseKeepsItsWords() {
        // Guards: GT, DO, US.
        #expect(frequency("Amoxicilina 500 mg VO c/8h por 7 dias.", "amoxicilina") == "c/8h por 7 dias", "the course is in the span (round 9)")
        #expect(frequency("Losartán 50 mg VO cada 12 horas. Si dolor, acudir a urgencias.", "losartan") == "cada 12 horas")
        #expect(frequency("Metformin 500 mg PO BID with meals.", "metformin")?.hasPrefix("BID") == true)
    }
}
