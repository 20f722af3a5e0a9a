import Testing
@testable import Clinical

/// Round 7 of issue 17: a drug's instruction goes on after one line break when the paragraph is wrapped at the page's
/// width (`AAS 300 mg VO\nc/24 hs`) or a prescription writes the dosing on an indented line under the drug (`Losartán 50
/// mg comp. x 30\n   1 comp. cada 12 hs`); a loading step and the way of giving after it (`en bolo luego en infusión
/// continua`, round 5's form); Portuguese `de 8/8h`; `una vez al año`; infusion rates (`80 ml/h`); slashed routes
/// (`i/v`, `s/c`). Guards: the next drug on the next line, a numbered list, a new field.
@Suite struct Round7FrequencyLayoutTests {
    func meds(_ text: String) -> [Medication] { ClinicalExtractor().extract(text).medications }
    func med(_ text: String, _ drug: String) -> Medication? { meds(text).first { TextFolding.fold($0.name).hasPrefix(drug) } }

    @Test(arguments: [
        ("Se indica clopidogrel 75 mg VO\nc/24 hs, control en 7 dias.", "clopidogrel", "c/24 hs"),                         // AR
        ("Rota a ciprofloxacino\n500 mg VO c/12 hs por ITU.", "ciprofloxacino", "c/12 hs"),                                 // UY
        ("Losartán 50 mg comp. x 30\n   1 comp. cada 12 hs", "losartan", "cada 12 hs"),                                     // AR receta
        ("Sertralina 50 mg tabletas\n   tomar 1 tableta cada mañana", "sertralina", "cada mañana"),                          // MX receta
    ])
    func theInstructionGoesOnAfterAWrappedLine(text: String, drug: String, expected: String) {
        #expect(med(text, drug)?.frequency == expected, "\(meds(text))")
    }

    @Test func theNextLineThatIsAnotherDrugAListItemOrAFieldIsNotRead() {
        // Guards: CL, PE, US.
        let chilean = meds("Enalapril 10 mg VO\nmetformina 850 mg VO c/12 h")
        #expect(chilean.first { $0.name == "Enalapril" }?.frequency == nil, "\(chilean)")
        let peruvian = meds("1. Omeprazol 20 mg VO\n2. Amlodipino 5 mg VO c/24h")
        #expect(peruvian.first { $0.name == "Omeprazol" }?.frequency == nil, "\(peruvian)")
        let american = meds("Aspirin 81 mg PO\nFollow-up: daily walks")
        #expect(american.first { $0.name == "Aspirin" }?.frequency == nil, "\(american)")
    }

    @Test(arguments: [
        ("Calcitriol 0.25 mcg VO dia por medio.", "calcitriol", "dia por medio"),                                   // AR
        ("Cefazolina 2 g IV unica dosis prequirurgica.", "cefazolina", "unica dosis"),                            // CL
        ("Ketorolaco 30 mg IV por unica vez.", "ketorolaco", "por unica vez"),                                      // AR
        ("Cefazolina 2 g IV ya.", "cefazolina", "ya"),                                                              // CO
        ("Nitroglicerina 50 mg en 250 ml IV en BIC.", "nitroglicerina", "en BIC"),                                  // UY
        ("AAS 100 mg VO após o almoço.", "aas", "após o almoço"),                                                  // BR
        ("Espironolactona 25 mg VO 1x/dia pela manhã.", "espironolactona", "1x/dia pela manhã"),                   // BR
        ("Solución Hartmann 1000 ml IV p/ 8 h.", "solucion hartmann", "p/ 8 h"),                                   // MX
        ("Atorvastatina 20 mg por sonda noche.", "atorvastatina", "noche"),                                         // GT
        ("Levotiroxina 100 mcg VO ayunas.", "levotiroxina", "ayunas"),                                             // CR
    ])
    func moreWrittenFrequencies(text: String, drug: String, expected: String) {
        #expect(med(text, drug)?.frequency == expected, "\(meds(text))")
    }

    @Test func aTubeIsTheRoute() {
        // GT, US.
        #expect(med("Metformina 850 mg por sonda c/12h.", "metformina")?.route == "por sonda")
        #expect(med("Amlodipine 5 mg per NGT daily.", "amlodipine")?.route == "per NGT")
    }

    @Test func stepsAndRatesReadAsWritten() {
        // DO, VE, BR, MX, UY.
        #expect(med("Pantoprazol 80 mg IV en bolo y luego 8 mg/h IV en infusión continua.", "pantoprazol")?.frequency == "en bolo y luego 8 mg/h IV en infusión continua", "the note's span (round 9)")
        #expect(med("Heparina 5000 UI IV bolo y luego 1000 UI/h IV.", "heparina")?.frequency?.hasPrefix("bolo") == true)
        #expect(med("Lactulose 20 ml VO de 8/8h.", "lactulose")?.frequency == "de 8/8h")
        #expect(med("Ácido zoledrónico 5 mg IV una vez al año.", "acido zoledronico")?.frequency == "una vez al año")
        let uruguayan = med("Suero salino 3% 20 ml/h i/v.", "suero salino")
        #expect(uruguayan?.unit == "ml/h" && uruguayan?.route == "i/v", "\(String(describing: uruguayan))")
        #expect(med("Heparina 5000 UI s/c c/12 hs.", "heparina")?.route == "s/c")
        // A dose glued to its unit (SV, US): "50mg", "0.5mg".
        let glued = med("Losartán 50mg VO cada 24 horas.", "losartan")
        #expect(glued?.dose == "50" && glued?.unit == "mg" && glued?.frequency == "cada 24 horas", "\(String(describing: glued))")
        #expect(med("Clonazepam 0.5mg PO qHS.", "clonazepam")?.dose == "0.5")
    }
}
