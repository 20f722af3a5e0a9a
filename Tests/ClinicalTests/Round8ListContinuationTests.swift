import Testing
@testable import Clinical

/// Round 8 of issue 17: a list item's text goes on on the indented lines below it (its plan, or its wrapped words), so the
/// next item of the list is still read; a numbered list may open on its header's line and go on below, at any number.
/// Guards: an indented header, field or list item is no continuation; a prescription line still ends the list.
@Suite struct Round8ListContinuationTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        // US: a `#` problem whose plan wraps onto an indented line.
        ("Assessment/Plan:\n# Community-acquired pneumonia - CURB-65 1. Start amoxicillin.\n  Recheck CXR in 6 weeks, smoking cessation advised.\n# Hypertension, controlled - continue amlodipine.",
         ["Community-acquired pneumonia", "Hypertension, controlled"]),
        // MX: a numbered impression whose first item wraps its plan.
        ("Impresión diagnóstica:\n1. Cetoacidosis diabética leve - iniciar protocolo de insulina IV y\n   reposición de potasio según niveles.\n2. Infección de vías urinarias baja",
         ["Cetoacidosis diabética leve", "Infección de vías urinarias baja"]),
        // CO: the disease's own words wrapped at the page's width.
        ("Diagnósticos:\n1. Insuficiencia cardiaca con fracción de eyección\n   reducida, descompensada\n2. Fibrilación auricular permanente",
         ["Insuficiencia cardiaca con fracción de eyección reducida, descompensada", "Fibrilación auricular permanente"]),
    ])
    func anItemGoesOnOnItsIndentedLines(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test(arguments: [
        // BR: the list opens on the header's line and goes on below, several items to a line.
        ("S: sem queixas.\nA: 1. Pneumonia comunitária, em melhora\n   2. DPOC GOLD 2  3. Hipertensão arterial",
         ["Pneumonia comunitária, em melhora", "DPOC GOLD 2", "Hipertensão arterial"]),
        // AR: a list continued from a previous page opens at 3.
        ("Diagnósticos (cont.):\n3. Anemia ferropénica  4. Hipotiroidismo", ["Anemia ferropénica", "Hipotiroidismo"]),
    ])
    func aNumberedListMayOpenAtAnyNumber(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func anIndentedFieldOrAPrescriptionIsNoContinuation() {
        // PE: the indented "Plan:" is a field of its own; the prescription after the list ends it.
        let found = diagnoses("Dx:\n1. Faringoamigdalitis aguda\n   Plan: amoxicilina 500 mg VO c/8h por 10 días\n2. Fiebre")
        #expect(found == ["Faringoamigdalitis aguda"], "\(found)")
        let us = diagnoses("Assessment:\n1. Acute otitis media, right\n2. Amoxicillin 875 mg PO BID x 10 days")
        #expect(us == ["Acute otitis media, right"], "\(us)")
    }
}

/// Round 8 of issue 17: a list lettered in order (`a) … b) … c) …`, `A. … B. …`), as death certificates and forms write
/// causes and diagnoses, is split like a numbered one. Guard: a lone `a` inside an item opens nothing.
@Suite struct Round8LetteredListTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("CAUSAS DE MUERTE: a) Falla respiratoria aguda  b) Neumonía por COVID-19  c) EPOC severo", ["Falla respiratoria aguda", "Neumonía por COVID-19", "EPOC severo"]), // CL
        ("Diagnósticos: a. Colecistitis aguda b. Obesidad grado II", ["Colecistitis aguda", "Obesidad grado II"]),                                                        // MX
        ("Assessment: a) Cellulitis, left leg b) Type 2 diabetes, uncontrolled", ["Cellulitis, left leg", "Type 2 diabetes, uncontrolled"]),                             // US
    ])
    func aLetteredListIsSplit(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aLoneLetterInsideAnItemOpensNothing() {
        #expect(diagnoses("Dx: anemia a expensas de déficit de hierro") == ["anemia a expensas de déficit de hierro"]) // PE
    }
}

/// Round 8 of issue 17: where a history field lists the comorbidities, a prose mention of one it lists, in any form
/// (`76M with PMH of CAD, T2DM…` then `PMH: CAD s/p CABG x3; T2DM on insulin`), repeats it. Guard: a prose condition the
/// field does not list stays.
@Suite struct Round8ProseRepeatTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func aProseMentionOfAListedComorbidityRepeatsIt() {
        let note = "HPI: 70F with PMH of T2DM, COPD and gout presents with dyspnea.\nPMH: T2DM on insulin; COPD GOLD 3; hypertension\nAssessment: COPD exacerbation" // US
        let found = diagnoses(note)
        #expect(!found.contains("T2DM") && found.contains("T2DM on insulin"), "\(found)")
        #expect(found.contains("gout"), "\(found)")
        let es = diagnoses("Enfermedad actual: paciente de 66 años con antecedente de EPOC y DM2, consulta por tos.\nAntecedentes: EPOC con oxígeno domiciliario, DM2 insulinorrequiriente.\nDx: neumonía adquirida en la comunidad") // CO
        #expect(!es.contains("EPOC") && !es.contains("DM2"), "\(es)")
    }
}
