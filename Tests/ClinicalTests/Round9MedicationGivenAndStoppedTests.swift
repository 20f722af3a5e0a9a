import Testing
@testable import Clinical

/// Round 9 of issue 17, under the labelling conventions: a dose told in the past tense was already given, a finished
/// course is over, "on hold" stops, "rotar … por" stops across a wrapped line, a capitalised NO forbids; and the other
/// way round — "se dejó X" leaves X on, a drug with its own dose after "suspender Y," is a new order, an order resumed
/// in its own sentence is active, "por 1 mes más y suspender" is a course's end. Guards: the present tense and a
/// "Tratamiento administrado:" header (labelled as medications in the development sets) keep their drugs.
@Suite struct Round9MedicationGivenAndStoppedTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }
    func has(_ text: String, _ drug: String) -> Bool { names(text).contains { $0.hasPrefix(drug) } }

    @Test(arguments: [
        ("Se administraron dipirona 1 g EV, metoclopramida 10 mg EV y SF 0,9% 500 ml EV, con alivio.", "metoclopramida"), // BR
        ("HGT 62 mg/dl, se administro dextrosa 25% 40 ml EV, HGT posterior 148.", "dextrosa"),                            // AR
        ("Tratamiento: se administró manitol 20% 350 ml IV en 20 min. Levetiracetam 1 g IV c/12h.", "manitol"),            // HN
        ("Glasgow 11, se le pasaron 50 ml de sol glucosada al 50% IV en bolo.", "sol glucosada"),                         // MX
        ("Administrou-se dipirona 1 g EV com melhora.", "dipirona"),                                                        // BR
        ("Clopidogrel 75 mg por 12 meses após o stent (terminou em 2023).", "clopidogrel"),                               // BR
        ("Hace 2 semanas se dio amoxicilina 500 mg cada 8 horas por 7 dias (completo).", "amoxicilina"),                  // BO
    ])
    func aDoseAlreadyGivenOrACourseOverIsNoMedication(text: String, drug: String) {
        #expect(!has(text, drug), "\(names(text))")
    }

    @Test(arguments: [
        ("PMH: AF on apixaban (last dose 11/29 AM). Plan: enoxaparin 30 mg SC daily; apixaban on hold, restart decision at discharge.", "apixaban"), // US
        ("Medicacion: glimepirida 4 mg/dia. Indicaciones: Rotar\nglimepirida por linagliptina 5 mg una vez al dia.", "glimepirida"),               // AR
        ("acetaminofen 500 mg VO c/6h PRN fiebre, NO AINES NO aspirina.", "aspirina"),                                                                 // DO
        ("Hx: bipolar disorder, lithium-induced tremor.", "lithium"),                                                                                  // US
        ("ED course: heparin 80 units/kg IV bolus then infusion 18 units/kg/h IV.", "infusion"),                                                       // US
        ("Rotar budesonida nebulizada 0,5 mg c/12h por fluticasona/salmeterol 125/25 mcg c/12h.", "nebulizada"),                                      // PA
        ("Control en 2 semanas con laboratorios (creatinina, potasio) en 1 semana.", "potasio"),                                                       // CO
    ])
    func stoppedForbiddenOrNoDrugAtAll(text: String, drug: String) {
        #expect(!has(text, drug), "\(names(text))")
    }

    @Test(arguments: [
        ("TA 150/95 -> se dejo amlodipino 5 mg VO c/12h.", "amlodipino"),                                           // CO
        ("se pasa ketorolaco 30 mg IV dosis unica y se deja tramadol 50 mg IV c/8h.", "tramadol"),                 // MX
        ("P: suspender tramadol, paracetamol 1 g IV c/8h si dolor, enalapril 10 mg VO QD.", "paracetamol"),        // EC
        ("amlodipino 5 mg VO QD se reinicia hoy (lo habiamos suspendido x hipotension al ingreso).", "amlodipino"), // DO
        ("Carbonato de calcio 600 mg VO c/12h por 1 mes mas y suspender.", "carbonato de calcio"),                 // MX
        ("Se administra nifedipino 10 mg VO dosis unica.", "nifedipino"),                                            // EC, present tense
        ("Tratamiento administrado: SF 0,9% 400 ml EV en bolo, metamizol 500 mg EV por una vez.", "metamizol"),     // CL, a header
        ("Health maintenance: influenza vaccine given today, 0.5 mL IM L deltoid.", "influenza vaccine"),            // US
        ("Cloruro de potasio 20 mEq VO c/12h, control de creatinina.", "cloruro de potasio"),                      // AR, a drug named after the test
    ])
    func prescribedOrKeptAsTheSetsLabelThem(text: String, drug: String) {
        #expect(has(text, drug), "\(names(text))")
    }

    @Test func theStopStillReachesItsOwnDrug() {
        // EC: the drug named with the stop is still stopped.
        #expect(!has("P: suspender tramadol, paracetamol 1 g IV c/8h si dolor.", "tramadol"))
        // AR: "suspender A, B" without a dose stops both.
        #expect(!has("Suspender ibuprofeno, diclofenaco.", "diclofenaco"))
        // CL: the patient left it and nothing prescribes it again.
        #expect(!has("Dejó la metformina por diarrea. Control en 1 mes.", "metformina"))
    }
}
