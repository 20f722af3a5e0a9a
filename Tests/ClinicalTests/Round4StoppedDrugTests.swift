import Testing
@testable import Clinical

/// Round 4 of issue 17: a stopped drug is never active, in every phrasing clinicians write a stop — a participle
/// before the drug, a stop verb after it in its own clause, a change of drug, "ya no toma", the form of giving it
/// between the verb and the drug, a stopped combination's component, a stopped class ("suspender AINEs"). Guards: a denied stop ("NO suspender") keeps the
/// drug, a stop verb that names the next drug or lies past the sentence's end is not this drug's, a dose change keeps
/// the drug, the drug changed to is active. Phrasings written for these rules, several countries each.
@Suite struct Round4StoppedDrugTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Suspendido ibuprofeno desde el ingreso. Continúa omeprazol 20 mg VO c/24h.", "ibuprofeno"),                  // CL
        ("Suspensa a sinvastatina. Mantém losartana 50 mg VO 12/12h.", "sinvastatina"),                               // BR
        ("Suspenso diclofenaco. Losartana 50 mg VO 1x ao dia.", "diclofenaco"),                                        // BR
        ("Retirada la metformina por TFG 25. Insulina glargina 10 UI SC noche.", "metformina"),                       // AR
        ("Descontinuado enalapril por tos. Valsartán 80 mg VO c/día.", "enalapril"),                                   // VE
        ("Discontinued: aspirin. Clopidogrel 75 mg PO daily.", "aspirin"),                                             // US
    ])
    func aParticipleBeforeTheDrugStopsIt(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test(arguments: [
        ("- glipizida 5 mg VO c/24h -> SE SUSPENDE por hipoglucemias\n- metformina 850 mg VO c/12h", "glipizida"),      // MX
        ("Medicación: enalapril 10 mg VO c/12 hs, metformina 850 mg VO c/12 hs (suspender 48 hs antes de la cirugía).", "metformina"), // AR
        ("Plan: sertralina 50 mg VO c/mañana; alprazolam 0,25 mg VO noche se suspende en forma gradual.", "alprazolam"), // CO
        ("Home meds: warfarin 5 mg PO daily - hold for procedure; metoprolol 25 mg PO BID.", "warfarin"),               // US
    ])
    func aStopVerbAfterTheDrugInItsClauseStopsIt(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aDeniedStopKeepsTheDrug() {
        // AR, US, BR: "(NO suspender)", "do not stop", "não suspender".
        #expect(names("Medicación: aspirina 100 mg VO día (NO suspender), atorvastatina 20 mg VO noche.") == ["aspirina", "atorvastatina"])
        #expect(names("Do not stop clopidogrel 75 mg PO daily before the endoscopy.") == ["clopidogrel"])
        #expect(names("Não suspender AAS 100 mg VO 1x ao dia.") == ["aas"])
    }

    @Test func aStopVerbNamingTheNextDrugOrPastTheSentenceIsNotThisDrugs() {
        // The verb belongs to the drug after it.
        #expect(names("Plan: metformina 850 mg VO c/12h, suspender glibenclamida.") == ["metformina"])
        // A new sentence's stop of something not named as a drug leaves the drug before it active.
        #expect(names("Sumatriptán 50 mg VO al inicio del dolor, puede repetir en 2 h. Se sugiere suspender el anticonceptivo oral combinado.").contains("sumatriptan"))
        // A participle closing the drug before a list's separator is that drug's ("propranolol suspendido; rivaroxabán").
        #expect(names("Tratamiento: metimazol 5 mg VO diario; propranolol suspendido; rivaroxabán 20 mg VO con la cena.") == ["metimazol", "rivaroxaban"])
        #expect(names("Plan: ondansetrón 4 mg VO dosis única, ranitidina suspendida, omeprazol 20 mg VO c/24h.") == ["ondansetron", "omeprazol"])
    }

    @Test(arguments: [
        ("Se decide cambiar losartán por valsartán 80 mg VO c/24h.", "losartan", "valsartan"),                         // MX
        ("Switch amlodipine to nifedipine 30 mg PO daily (edema).", "amlodipine", "nifedipine"),                        // US
        ("Troca de enalapril por losartana 50 mg VO 1x ao dia.", "enalapril", "losartana"),                            // BR
    ])
    func theDrugChangedFromIsStoppedTheOneChangedToIsActive(text: String, from: String, to: String) {
        #expect(names(text) == [to], "\(names(text))")
        _ = from
    }

    @Test func aDoseChangeKeepsTheDrug() {
        #expect(names("CHANGE metoprolol succinate 100 mg PO once daily (was 50 mg)") == ["metoprolol succinate"])
        #expect(names("Se cambia a insulina glargina 14 UI SC noche.") == ["insulina glargina"])
    }

    @Test(arguments: [
        "Ya no toma metformina desde hace un mes. Sitagliptina 100 mg VO c/24h.",                                       // PE
        "She is no longer taking metformin. Sitagliptin 100 mg PO daily.",                                             // US
        "Ya no usa la metformina. Sitagliptina 100 mg VO diario.",                                                     // UY
    ])
    func aDrugNoLongerTakenIsNotActive(text: String) {
        #expect(!names(text).contains(where: { $0.hasPrefix("metformin") }), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func theFormOfGivingItStandsBetweenTheStopAndTheDrug() {
        #expect(names("Se suspende infusión de insulina regular. Insulina glargina 16 UI SC noche.") == ["insulina glargina"])   // UY
        #expect(names("Stop the heparin drip. Apixaban 5 mg PO BID.") == ["apixaban"])                                       // US
    }

    @Test func aStoppedCombinationStopsItsComponentsOtherMention() {
        // PE, CO: "usa ergotamina…" then "se suspende ergotamina/cafeína".
        #expect(names("Usa ergotamina con frecuencia.\nPlan: se suspende ergotamina/cafeína. Topiramato 25 mg VO noche.") == ["topiramato"])
        // A stopped insulin is not another insulin.
        #expect(names("Se suspende insulina regular. Insulina glargina 10 UI SC noche.") == ["insulina glargina"])
    }

    @Test func aBetaLactamaseInhibitorAfterASpaceIsPartOfTheName() {
        #expect(names("Ampicilina sulbactam 3 g IV c/6h") == ["ampicilina sulbactam"])                                    // CO
        #expect(names("piperacillin tazobactam 4.5 g IV q6h") == ["piperacillin tazobactam"])                            // US
        #expect(names("Discontinue ethinyl estradiol/norgestimate. Enoxaparin 80 mg SC q12h.") == ["enoxaparin"])         // US
    }

    @Test(arguments: [
        ("Plan: interrumpir tramadol por somnolencia. Paracetamol 1 g VO c/8h.", "tramadol"),                         // CR
        ("Plan: pausar metformina hasta nuevo control. Insulina NPH 10 UI SC noche.", "metformina"),                  // PA
        ("Plan: no continuar con ibuprofeno. Paracetamol 500 mg VO c/6h.", "ibuprofeno"),                              // HN
        ("Se deja de administrar ceftriaxona. Amoxicilina 500 mg VO c/8h.", "ceftriaxona"),                           // DO
        ("Indicaciones: descontinuar digoxina. Bisoprolol 5 mg VO c/24h.", "digoxina"),                                // PR
    ])
    func moreStopVerbs(text: String, stopped: String) {
        #expect(!names(text).contains(stopped), "\(names(text))")
        #expect(names(text).count == 1, "\(names(text))")
    }

    @Test func aTaperUntilStoppingKeepsTheDrug() {
        #expect(names("Prednisona 20 mg VO c/24h, disminuir 5 mg cada semana hasta suspender.") == ["prednisona"])       // MX
        #expect(names("Prednisone 40 mg PO daily, taper by 10 mg every 3 days until stopping.") == ["prednisone"])       // US
    }

    @Test(arguments: [
        ("Usa ACO (etinilestradiol/levonorgestrel). Se sugiere suspender el anticonceptivo combinado. Sumatriptán 50 mg VO al inicio del dolor.", "sumatriptan"),  // CL
        ("Toma ibuprofeno a diario por lumbalgia. Suspender AINEs. Paracetamol 1 g VO c/8h.", "paracetamol"),                                                   // MX
        ("Home meds: naproxen 500 mg PO BID, lisinopril 10 mg PO daily. Stop NSAIDs (AKI).", "lisinopril"),                                                       // US
    ])
    func aStoppedClassStopsTheClasssDrugs(text: String, active: String) {
        #expect(names(text) == [active], "\(names(text))")
    }

    @Test func aClassNamedWithoutAStopLeavesItsDrugs() {
        #expect(names("Evitar AINEs. Ibuprofeno 400 mg VO c/8h por 3 días.") == ["ibuprofeno"])
        #expect(names("No suspender estatinas. Atorvastatina 40 mg VO noche.") == ["atorvastatina"])
    }
}
