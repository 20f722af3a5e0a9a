import Testing
@testable import Clinical

/// Medication names kept whole (salts, insulin analogues, combinations, other spellings) and drug words that are not
/// a drug taken. Phrasings written for these rules, in several countries' Spanish, Portuguese and English.
@Suite struct MedicationNameRulesTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test func saltAndFormWordsStayInTheName() {
        let cases: [(String, String)] = [
            ("Plan: hierro sacarosa 200 mg EV cada semana por 3 dosis.", "hierro sacarosa"),
            ("- Iron sucrose 100 mg IV weekly", "iron sucrose"),
            ("Indicaciones: mononitrato de isosorbida 20 mg VO c/12h", "mononitrato de isosorbida"),
            ("Tto: isosorbida mononitrato 40 mg VO diario", "isosorbida mononitrato"),
            ("Rp: hidroxicloroquina sulfato 200 mg VO cada 12 horas", "hidroxicloroquina sulfato"),
            ("Spray: fluticasona furoato 27,5 mcg 2 disparos nasal cada dia", "fluticasona furoato"),
            ("Losartán potásico 50 mg VO c/24h", "losartan potasico"),
        ]
        for (text, name) in cases { #expect(names(text).contains(name), "\(text) → \(names(text))") }
    }

    @Test func insulinAnaloguesKeepTheirSecondWord() {
        let cases: [(String, String)] = [
            ("Insulina glulisina 4 UI SC antes de cada comida", "insulina glulisina"),
            ("insulin glulisine 5 units SC with meals", "insulin glulisine"),
            ("Insulina aspart 6 UI SC preprandial", "insulina aspart"),
            ("Insulina lispro según esquema SC con las comidas", "insulina lispro"),
            ("Se indica insulina glargina 18 UI SC a la noche", "insulina glargina"),
        ]
        for (text, name) in cases { #expect(names(text) == [name], "\(text) → \(names(text))") }
    }

    @Test func combinationsJoinedBySlashOrHyphenAreOneDrug() {
        let cases: [(String, String)] = [
            ("Diosmina/hesperidina 450/50 mg 2 comprimidos VO diarios", "diosmina/hesperidina"),
            ("amoxicilina/clavulánico 500 mg VO cada 8 horas por 7 días", "amoxicilina/clavulanico"),
            ("Ampicilina/sulbactam 1,5 g EV c/6h", "ampicilina/sulbactam"),
            ("Trelegy (fluticasone furoate/umeclidinium/vilanterol) 1 inhalation daily", "fluticasone furoate/umeclidinium/vilanterol"),
            ("- amoxicillin-clavulanate 875 mg PO BID x 10 days", "amoxicillin-clavulanate"),
            ("Valsartán/hidroclorotiazida 160/12,5 mg VO c/24h", "valsartan/hidroclorotiazida"),
        ]
        for (text, name) in cases { #expect(names(text) == [name], "\(text) → \(names(text))") }
        // An abbreviated partner after "+" is part of the name; a partner in the lexicon is a drug of its own.
        #expect(names("- Calcio + vit D3 500 mg/400 UI VO c/24h") == ["calcio + vit d3"])
        #expect(names("Carbonato de calcio + vit. D 600 mg/200 UI VO diario") == ["carbonato de calcio + vit. d"])
        #expect(names("calcio + vitamina D 600 mg VO cada 12 horas") == ["calcio", "vitamina d"])
        // A dose or a frequency after the slash is not a second ingredient.
        #expect(names("enalapril 10 mg/día VO") == ["enalapril"])
    }

    @Test func portugueseEnglishAndRegionalSpellingsFindTheLexicon() {
        let cases: [(String, String)] = [
            ("Em uso de losartana 50 mg e rivaroxabana 20 mg", "losartana"),
            ("Em uso de losartana 50 mg e rivaroxabana 20 mg", "rivaroxabana"),
            ("Prescrição: ondansetrona 8 mg EV se náusea", "ondansetrona"),
            ("Sinvastatina 20 mg VO à noite", "sinvastatina"),
            ("Anlodipino 5 mg VO cada mañana", "anlodipino"),
            ("Isosorbide dinitrato 10 mg SL si dolor", "isosorbide dinitrato"),
            ("Fenofibrate 145 mg PO daily", "fenofibrate"),
            ("Ciprofloxacina 500 mg VO c/12h", "ciprofloxacina"),
        ]
        for (text, name) in cases { #expect(names(text).contains(name), "\(text) → \(names(text))") }
    }

    @Test func drugsWithoutADoseFromTheLexiconFamilies() {
        let cases: [(String, String)] = [
            ("Indicaciones: clorhexidina 0,12% colutorio c/12 h", "clorhexidina"),
            ("Plan: adapaleno gel por las noches y protector solar diario", "adapaleno"),
            ("Plan: adapaleno gel por las noches y protector solar diario", "protector solar"),
            ("Se indica melatonina al acostarse", "melatonina"),
            ("Tdap today; prenatal vitamin daily", "prenatal vitamin"),
        ]
        for (text, name) in cases { #expect(names(text).contains(name), "\(text) → \(names(text))") }
    }

    @Test func drugWordsThatAreNotADrugTaken() {
        // Anaesthetic risk score, gestational weeks, social security number, a disease's description, Hartmann's procedure.
        #expect(names("Valoración preanestésica: ASA II, Mallampati I") == [])
        #expect(names("Physical status ASA class III.") == [])
        #expect(names("Gestante de 32 ss por ecografía") == [])
        #expect(names("SS#: 123-45-6789") == [])
        #expect(names("Comorbilidades: DM2 no insulino requirente, HTA") == [])
        #expect(names("Type 2 diabetes, insulin-dependent since 2015") == [])
        #expect(names("Antecedente: colostomía de Hartmann en 2019") == [])
        // …while the fluid and aspirin themselves are still drugs.
        #expect(names("SS 0,9% 1000 ml IV para 8 horas") == ["ss 0,9%"])
        #expect(names("ASA 100 mg VO diario") == ["asa"])
        #expect(names("Hidratación: Hartmann 500 ml IV en 2 horas") == ["hartmann"])
    }

    @Test func prohibitedAndStoppedListsAreNotActive() {
        #expect(names("Recomendaciones: reposo, NO AINES, no aspirina") == [])
        #expect(names("Não usar mais dipirona; manter paracetamol 500 mg VO 6/6h") == ["paracetamol"])
        #expect(names("STOP: enalapril (changed to losartan), glipizide\nContinue: losartan 50 mg daily") == ["losartan"])
        #expect(names("Suspendidos: metformina (ERC), naproxeno\nSigue con insulina glargina 10 UI SC noche") == ["insulina glargina"])
        #expect(names("Meds: letrozole - completed 2019; metformin 500 mg PO BID") == ["metformin"])
        #expect(names("Melhorou após 72h de ceftriaxona 1 g EV 24/24h. Alta com cefuroxima 500 mg VO 12/12h") == ["cefuroxima"])
    }

    @Test func cultureResultsFailedAndPastCoursesAreNotCurrent() {
        #expect(names("Urocultivo: Klebsiella sensible a ciprofloxacino y cefuroxima.\nPlan: nitrofurantoína 100 mg VO c/6h") == ["nitrofurantoina"])
        #expect(names("Culture: E. coli resistant to ampicillin, ceftriaxone.") == [])
        #expect(names("Ya usó ibuprofeno sin mejoría; ahora naproxeno 550 mg VO c/12h") == ["naproxeno"])
        #expect(names("Acetaminophen at home without improvement. Now ibuprofen 400 mg PO q8h") == ["ibuprofen"])
        #expect(names("Tratamiento recibido: ceftriaxona 2 g EV 7 días\nAlta con: cefixima 400 mg VO c/24h") == ["cefixima"])
        #expect(names("Plan: ibuprofen 400 mg PO q8h. If no improvement in 7 days, cephalexin.") == ["ibuprofen"])
        #expect(names("Reposo. Si persiste la fiebre al tercer día, amoxicilina.") == [])
        #expect(names("Si dolor, paracetamol 500 mg VO c/8h.") == ["paracetamol"])
        #expect(names("Hospital course: transfused 2 units of packed red cells.") == [])
        // The allergy field's label on the line before does not reach the next line's drugs.
        #expect(names("Dx: rinitis alérgica\nConducta: loratadina 10 mg VO cada día") == ["loratadina"])
    }
}
