import Testing
@testable import Clinical

/// Round 4 of issue 17: diagnosis headers and list layouts not read before — a lab report's interpretation, Brazil's
/// "Avaliação", Cuba's "ID", a coding system in parentheses after the header, problem-oriented "#" items, "1.-"
/// numbering, a slash spaced on one side. Guards: an identifier's "ID:", an unspaced slash, a plan after the item.
/// Phrasings written for these rules, several countries each.
@Suite struct Round4DiagnosisLayoutTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("GLUCOSA 132 mg/dL\nInterpretación: hiperglucemia en ayuno; hipertrigliceridemia.", ["hiperglucemia en ayuno", "hipertrigliceridemia"]), // MX, GT
        ("TSH 9.8\nInterpretation: primary hypothyroidism.", ["primary hypothyroidism"]),                                                          // US
        ("Avaliação: cefaleia tensional; HAS estágio 1", ["cefaleia tensional", "HAS estágio 1"]),                                             // BR
        ("ID: sepsis de origen urinario / IRA prerrenal", ["sepsis de origen urinario", "IRA prerrenal"]),                                        // CU
    ])
    func moreHeadersOpenADiagnosisList(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func anIdentifiersIDIsNoDiagnosisHeader() {
        #expect(diagnoses("ID: TSA-88712340\nPaciente estable.").isEmpty)
        #expect(diagnoses("ID: 4471  Sala: B").isEmpty)
    }

    @Test(arguments: [
        ("Diagnóstico (CIE-10): K35.8 Apendicitis aguda; R10.3 Dolor en fosa iliaca derecha", ["Apendicitis aguda", "Dolor en fosa iliaca derecha"]), // PE
        ("Diagnoses (ICD-10): J45.41 Moderate persistent asthma with exacerbation", ["Moderate persistent asthma with exacerbation"]),              // US
        ("Diagnóstico(s): gastroenteritis aguda", ["gastroenteritis aguda"]),                                                                      // EC
    ])
    func aCodingSystemInParenthesesAfterTheHeaderIsNoQualifier(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func problemOrientedHashItemsAreListItems() {
        let note = """
        ASSESSMENT/PLAN:
        # Community-acquired pneumonia, sepsis ruled out - ceftriaxone 1 g IV q24h
        # Acute kidney injury - hold lisinopril, IV fluids
        # Pain: acetaminophen 650 mg PO q6h PRN pain
        """
        #expect(diagnoses(note) == ["Community-acquired pneumonia", "Acute kidney injury"])                                          // US
        let soap = "S: disuria\nO: T 38,2\nA:\n# ITU complicada - suspender nitrofurantoína\n# DM2 descompensada - ajustar insulina"
        #expect(diagnoses(soap) == ["ITU complicada", "DM2 descompensada"])                                                         // PR
    }

    @Test(arguments: [
        ("Dx: 1.- Neumonía basal derecha  2.- Derrame pleural  3.- Desnutrición", ["Neumonía basal derecha", "Derrame pleural", "Desnutrición"]), // PE
        ("Diagnósticos: 1)- Colelitiasis 2)- Obesidad grado II", ["Colelitiasis", "Obesidad grado II"]),                                          // BO
    ])
    func aDashAfterTheNumbersMarkNumbersAnItem(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test(arguments: [
        ("Dx: Faringoamigdalitis/ otitis media aguda", ["Faringoamigdalitis", "otitis media aguda"]),   // AR
        ("Impresión: gastritis aguda /colon irritable", ["gastritis aguda", "colon irritable"]),         // UY
    ])
    func aSlashSpacedOnOneSideSeparatesItems(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func aSlashInsideAGradeOrAnAbbreviationStays() {
        #expect(diagnoses("Dx: insuficiencia cardíaca NYHA II/ III") == ["insuficiencia cardíaca NYHA II/ III"])
        #expect(diagnoses("Dx: herida c/ bordes limpios") == ["herida c/ bordes limpios"])
    }

    @Test func aProblemOrientedItemNamesItsProblemBeforeThePlan() {
        let note = "Assessment and Plan:\n1. COPD exacerbation: prednisone 40 mg PO daily x 5 days.\n2. Hypertension: continue amlodipine.\n3. Pain: acetaminophen 650 mg PO q6h PRN."
        #expect(diagnoses(note) == ["COPD exacerbation", "Hypertension"])                                                 // US
        let es = "Análisis y plan:\n- DM2 descompensada: ajustar insulina glargina a 20 UI\n- ITU baja: nitrofurantoína 100 mg VO c/12h"
        #expect(diagnoses(es) == ["DM2 descompensada", "ITU baja"])                                                       // CO
    }

    @Test func aHistoryBlocksDrugFieldIsNoProblem() {
        let note = "Antecedentes:\n - Patológicos: asma, HTA\n - Farmacológicos: salbutamol 100 mcg 2 puff c/6h\n - Alérgicos: penicilina"
        #expect(!diagnoses(note).contains(where: { TextFolding.fold($0).hasPrefix("farmacologicos") || TextFolding.fold($0).hasPrefix("alergicos") }), "\(diagnoses(note))")
    }

    @Test func letteredListsSubLabelsAndALaterHeaderSentence() {
        #expect(diagnoses("Diagnósticos:\na) Preeclampsia con criterios de severidad\nb) Embarazo de 35 semanas") == ["Preeclampsia con criterios de severidad", "Embarazo de 35 semanas"]) // PE
        #expect(diagnoses("Discharge diagnosis:\nPrincipal: Acute pancreatitis\nSecondary: Cholelithiasis; Obesity") == ["Acute pancreatitis", "Cholelithiasis", "Obesity"]) // US
        #expect(diagnoses("Dx principal: Apendicitis aguda. Dx secundarios: anemia leve, obesidad.") == ["Apendicitis aguda", "anemia leve", "obesidad"]) // VE
        #expect(diagnoses("Análisis: paciente con crisis hipertensiva sin daño de órgano blanco.") == ["crisis hipertensiva sin daño de órgano blanco"]) // CO
    }
}
