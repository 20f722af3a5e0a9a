import Foundation
import Testing
@testable import Clinical
import ClinicalEvaluation

/// The general rules written after Tests/ClinicalHeldOut3 became a development set (its failures grouped into
/// classes): each class over several countries and phrasings, none of them that set's sentences.
@Suite struct ThirdDevelopmentSetRulesTests {
    let redactor = PHIRedactor()

    func redacted(_ text: String) -> String { redactor.redact(text).text }
    func hidden(_ value: String, in text: String) -> Bool {
        let out = redacted(text)
        return value.split(whereSeparator: { $0 == " " || $0 == "," }).allSatisfy { !out.contains($0) || $0.count < 3 }
    }

    // MARK: table-like header blocks: labels on one line, values aligned below

    @Test func valuesUnderColumnLabelsTakeTheLabelsKind() {
        let blocks: [(String, [String])] = [
            // MX lab report
            ("LABORATORIO SAN JOSÉ\nPACIENTE                    F. NAC.       EXPEDIENTE     CURP\nMORALES TAPIA JULIETA       14/03/1972    QX-220914      MOTJ720314MDFRPL09\nSexo: F",
             ["MORALES", "TAPIA", "JULIETA", "14/03/1972", "QX-220914"]),
            // AR discharge form, tab-separated
            ("Nombre\tDNI\tFecha de nacimiento\nRoberto Ferrari\t28.331.904\t02/07/1980\n",
             ["Roberto", "Ferrari", "28.331.904", "02/07/1980"]),
            // US lab requisition, a blank line between labels and values
            ("PATIENT NAME          DOB            MRN\n\nKOWALCZYK, ANNA       11/30/1958     HX-4471920\n",
             ["KOWALCZYK", "ANNA", "11/30/1958", "4471920"]),
            // PE, N° HC beside the name
            ("Apellidos y nombres        N° HC        DNI\nQuispe Mamani Rosa         H-00871234   40112233\n",
             ["Quispe", "Mamani", "00871234", "40112233"]),
        ]
        for (text, values) in blocks {
            let out = redacted(text)
            for value in values { #expect(!out.contains(value), "\(value) in \(out)") }
        }
    }

    @Test func resultTablesAreNotHeaderBlocks() {
        let text = "EXAMEN             RESULTADO     UNIDADES    REFERENCIA\nGlucosa            182           mg/dL       70 - 100\nCreatinina         1.9           mg/dL       0.7 - 1.3\n"
        #expect(redactor.redact(text).replacements.isEmpty, "\(redacted(text))")
    }

    // MARK: dates of birth in Portuguese and behind dot leaders

    @Test(arguments: [
        "Data nasc.: 03/09/1971   Prontuário: 22871",            // BR
        "Dt. nasc. 03/09/1971",                                   // BR abbreviation
        "F. Nac. .........: 03/09/1971     Edad: 55",             // GT lab header with leaders
        "Fecha nac. ....... 03/09/1971",                          // HN
        "Nac.: 03/09/1971",                                       // form
    ])
    func datesOfBirthInFormsAreHidden(line: String) {
        #expect(!redacted("Paciente: datos\n\(line)\n").contains("03/09/1971"), "\(line)")
    }

    // MARK: identifiers: masked values, code-shaped values, abbreviated labels

    @Test(arguments: [
        ("SSN: XXX-XX-4417", "4417"),                             // US masked
        ("SSN xxx-xx-9023", "9023"),                              // US lower case
        ("N° de internación: INT-2025-40021", "40021"),          // AR admission number
        ("Nº hospitalización: 2025-118734", "118734"),            // CL
        ("Plan: Medicare Advantage   ID HMA-30918224", "30918224"), // PR/US insurance id without colon
        ("Dr. Pablo Rivas  cód. MED-8812", "8812"),              // CR, code after an abbreviated label
        ("Dr. Raúl Pérez   Reg. 55102", "55102"),                 // CU registration
        ("Lic. Ana Toj, Química Bióloga, Col. 4471", "4471"),     // GT colegiado
        ("Convênio: Unimed, carteirinha 0 064 882301 00 7", "882301"), // BR insurance card
    ])
    func identifiersAfterLabelsInTheirUsualShapesAreHidden(line: String, digits: String) {
        #expect(!redacted("Nota.\n\(line)\n").contains(digits), "\(line) → \(redacted(line))")
    }

    @Test func abbreviatedLabelsDoNotHideClinicalNumbers() {
        for text in ["Col. Centro, Tapachula", "Reg. de signos vitales cada 4 h", "Glucosa 1200 mg/dL", "Cod. 3 paros"] {
            let spans = redactor.redact(text).replacements.filter { $0.kind != .address }
            #expect(spans.isEmpty, "\(text) → \(spans.map(\.original))")
        }
    }

    // MARK: names: initials, all-caps forms, signatures, credentials, nicknames, roles in Portuguese

    @Test(arguments: [
        ("Dra. M. Laura Giordano - MP 22.118", "Laura Giordano"),             // AR, initial first
        ("Dr. J. Alberto Rincón", "Alberto Rincón"),                          // CO
        ("Dra. Y. Castillo, Pediatría", "Castillo"),                          // DO, initial and surname
        ("ELABORO: DR. MARIO ALBERTO SOTO LEAL (R2 MI)", "MARIO ALBERTO SOTO LEAL"), // MX all-caps form
        ("AUTORIZO: DRA. P. CASTAÑEDA", "CASTAÑEDA"),                          // MX
        ("RESPONSABLE: MARTHA LUCIA PEREZ GIL (HIJA)  TEL 555 1234", "MARTHA LUCIA PEREZ GIL"), // CO all-caps contact
        ("Brian Costello, DO - Family Medicine", "Brian Costello"),            // US osteopath
        ("Megan Hart, PA-C", "Megan Hart"),                                   // US physician assistant
        ("Pt: Rosario \"Charo\" Villalba   DOB 02/02/1990", "Rosario Charo Villalba"), // nickname in quotes
        ("Acompanhante: Fernanda Lopes (filha)", "Fernanda Lopes"),           // BR
        ("Medico plantonista: Dr. Caio Menezes  CRM-SP 11.223", "Caio Menezes"), // BR
        ("Liberado por: Biomédica Tatiane Souza", "Tatiane Souza"),           // BR lab
        ("Md. de guardia: Yusmary Villegas, R2", "Yusmary Villegas"),          // VE
        ("FILIACIÓN: Eusebio Huamán Quispe, varón, 70 años", "Eusebio Huamán Quispe"), // PE
    ])
    func namesInTheirUsualLayoutsAreHidden(line: String, name: String) {
        let out = redacted("Informe.\n\(line)\nControl.")
        for word in name.split(separator: " ") where word.count >= 3 { #expect(!out.contains(word), "\(line) → \(out)") }
    }

    @Test func aLettersSignatureIsHidden() {
        let letters = [
            ("Quedo atento.\n\nAtentamente,\n\nLuisa Fernanda Ospina R.\nMédica Familiar - RM 44120", ["Luisa", "Fernanda", "Ospina"]), // CO
            ("Thank you.\n\nSincerely,\nGregory Lange\nPulmonology", ["Gregory", "Lange"]),                                            // US
            ("Sin otro particular.\nCordialmente,\nRaúl Benítez Soria\nCirugía General", ["Benítez", "Soria"]),                      // PY/AR
        ]
        for (text, words) in letters {
            let out = redacted(text)
            for word in words { #expect(!out.contains(word), "\(out)") }
        }
        // A closing followed by a service or a sentence names nobody.
        #expect(redactor.redact("Atentamente,\nServicio de Medicina Interna").replacements.isEmpty)
    }

    @Test func institutionsNamedAfterPeopleAreNotPatients() {
        for text in ["Hospital Dr. Salvador Allende, La Habana", "COMPLEJO HOSPITALARIO DR. ARNULFO ARIAS MADRID",
                     "Hospital de Clínicas Dr. Manuel Quintela - Montevideo", "CESFAM Dr. Alejandro del Río, Puente Alto",
                     "Hospital Universitario Dr. Luis Razetti"] {
            let names = redactor.redact(text).replacements.filter { $0.kind == .name }
            #expect(names.isEmpty, "\(text) → \(names.map(\.original))")
        }
        // The doctor who signs is still a person.
        #expect(!redacted("Hospital Central.\nDr. Raúl Gómez Tapia").contains("Gómez"))
    }

    @Test(arguments: [
        ("Dir: Urb. La Floresta, Calle 3, Qta. Mi Sueño, Maracay", "Floresta"), // VE
        ("Dom.: Pasaje Los Olivos 221, Arequipa", "Olivos"),                  // PE
    ])
    func abbreviatedAddressFieldsAreHiddenWhole(line: String, inner: String) {
        #expect(!redacted("Ficha.\n\(line)\n").contains(inner), "\(line)")
    }

    // MARK: medications: stopped phrasings, resumed drugs, as-needed objects, times of day

    func medications(_ text: String) -> [Medication] { ClinicalExtractor().extract(text).medications }
    func names(ofMedications text: String) -> [String] { medications(text).map { TextFolding.fold($0.name) } }

    @Test func stoppedPhrasingsAreNotActiveMedications() {
        let cases: [(String, [String])] = [
            ("Stopped taking his lisinopril on his own. Continue amlodipine 5 mg PO daily.", ["amlodipine"]),               // US
            ("Dejó de tomar la metformina hace 1 mes. Continúa enalapril 10 mg VO c/12h.", ["enalapril"]),                  // MX
            ("Dejó el omeprazol por cuenta propia. Losartán 50 mg VO c/24h.", ["losartan"]),                               // CO
            ("Suspendió por cuenta propia el alopurinol. Colchicina 0,5 mg VO c/12h.", ["colchicina"]),                    // AR
            ("Se suspende furosemida y espironolactona por hipotensión. Ceftriaxona 1 g IV c/24h.", ["ceftriaxona"]),      // SV, joined
            ("Se suspende también warfarina. Enoxaparina 60 mg SC c/12h.", ["enoxaparina"]),                               // EC
            ("DESCONTINUAR: glibenclamida.\nInsulina glargina 10 UI SC al acostarse", ["insulina glargina"]),               // PR
            ("La sertralina se retiró en mayo. Fluoxetina 20 mg VO c/24h.", ["fluoxetina"]),                               // UY
            ("Parou de tomar a sinvastatina. Losartana 50 mg VO 12/12h.", ["losartana"]),                                   // BR
        ]
        for (text, expected) in cases {
            #expect(names(ofMedications: text) == expected.map { TextFolding.fold($0) }, "\(text) → \(names(ofMedications: text))")
        }
    }

    @Test func aDrugResumedLaterIsActive() {
        for text in ["Dejó de tomar la espironolactona.\nPlan: se reinicia espironolactona 25 mg VO c/24h.",          // MX
                     "Held aspirin before the procedure.\nRestart aspirin 81 mg PO daily tomorrow."] {                  // US
            #expect(medications(text).count == 1, "\(text) → \(medications(text).map(\.name))")
        }
    }

    @Test(arguments: [
        ("nitroglicerina 0,5 mg SL si dolor de pecho", "si dolor de pecho"),                  // AR, a complement
        ("salbutamol 100 mcg 2 puff si falta de aire", "si falta de aire"),                   // UY
        ("morfina 2 mg EV se dor intensa", "se dor intensa"),                                 // BR, a qualifier
        ("diazepam 10 mg IV si nueva crisis", "si nueva crisis"),                            // VE, a leading word
        ("paracetamol 500 mg VO c/6h PRN fiebre mayor de 38.5", "c/6h PRN fiebre mayor de 38.5"), // PE, a threshold
        ("captopril 25 mg VO si TA >= 180/110", "si TA >= 180/110"),                          // MX, a comparison
        ("metformina 850 mg VO BID con comidas", "BID con comidas"),                          // CR, a meal
        ("levotiroxina 50 mcg VO em jejum 1x/dia", "em jejum 1x/dia"),                        // BR
        ("atorvastatina 40 mg VO a noite", "a noite"),                                        // BR
        ("insulina glargina 18 UI SC al acostarse", "al acostarse"),                          // DO
        ("eritropoyetina 4000 UI SC post HD", "post HD"),                                     // DO
        ("prednisona 20 mg VO c/24h en la mañana", "c/24h en la mañana"),                     // HN
    ])
    func asNeededObjectsAndTimesOfDayStayInTheFrequency(text: String, frequency: String) {
        #expect(medications(text).first?.frequency == frequency, "\(text) → \(medications(text).first?.frequency ?? "nil")")
    }

    @Test func allergiesRefusalsRoutesAndResultsAreNoMedications() {
        let cases: [(String, [String])] = [
            ("Alergias: penicilina, sulfas.\nAzitromicina 500 mg VO c/24h", ["azitromicina"]),            // CO
            ("Plan: dipirona NO (alergia), tramadol 50 mg IV c/8h", ["tramadol"]),                                          // CO
            ("Nitroglicerina sublingual 0,5 mg SL si dolor", ["nitroglicerina"]),                                          // AR
            ("Potasio ............. 5,4 mEq/L\nNota: potasio interpretar con precaución.", []),                           // CL lab
            ("INSULINA NPH 100 UI/ml aplicar 20 UI SC antes del desayuno", ["insulina nph"]),                              // MX
            ("micofenolato mofetil 1 g VO c/12h", ["micofenolato mofetil"]),                                               // HN
            ("ASA 100 mg VO c/24h; SS 0,9% 1000 cc IV para 8 horas", ["asa", "ss 0,9%"]),                                  // MX, VE
            ("Type & cross 2 units. LR 1 L IV bolus", ["lr"]),                                                             // US
        ]
        for (text, expected) in cases {
            #expect(names(ofMedications: text) == expected, "\(text) → \(names(ofMedications: text))")
        }
    }

    @Test func premixedInsulinsAndFixedDoseCombinationsKeepTheirWholeName() {
        #expect(names(ofMedications: "insulina 70/30 20 UI SC AM y 10 UI SC PM") == ["insulina 70/30"])                  // DO
        #expect(names(ofMedications: "insulin 75/25 12 units subcut before breakfast") == ["insulin 75/25"])             // US
        #expect(names(ofMedications: "sacubitrilo/valsartán 49/51 mg VO c/12h") == ["sacubitrilo/valsartan"])            // MX
    }

    // MARK: diagnoses: SOAP marks, list ends, separators, sentences, parentheses, prose comorbidities

    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func soapMarksAndListEnds() {
        // AR's "A//" list, ended by "P//".
        #expect(diagnoses("S// dolor toracico\nO// TA 150/90\nA// \n- FA de reciente comienzo\n- HTA no controlada\nP// \n1) bisoprolol 2.5 mg VO") == ["FA de reciente comienzo", "HTA no controlada"])
        // A field line or a plain line after the items ends a headerless list.
        #expect(diagnoses("IMPRESSION:\n - Community-acquired pneumonia\n - Asthma\nDISPO: admitted to the ward.") == ["Community-acquired pneumonia", "Asthma"])
        #expect(diagnoses("DIAGNOSTICOS DE ALTA:\n 1. Neumonía basal derecha\n 2. DM2\nCurso hospitalario: admitido con fiebre.") == ["Neumonía basal derecha", "DM2"])
        #expect(diagnoses("Assessment:\n1. Gout flare\n2. CKD stage 3\nRTC 3 months.") == ["Gout flare", "CKD stage 3"])
        // A referral's "A:" is its addressee when the note is no SOAP note.
        #expect(diagnoses("HOJA DE REFERENCIA\nA: Servicio de Cardiología, Hospital Central\nImpresión diagnóstica: Angina inestable") == ["Angina inestable"])
    }

    @Test func separatorsSentencesAndParenthesesInADiagnosisSection() {
        #expect(diagnoses("Dx: HTA + DM2 + gota") == ["HTA", "DM2", "gota"])                                                     // CR
        #expect(diagnoses("Impresión: EPOC estable - HTA controlada - Dislipemia") == ["EPOC estable", "HTA controlada", "Dislipemia"]) // UY
        #expect(diagnoses("Diagnóstico: Faringitis aguda (J02.9) - Otitis media aguda") == ["Faringitis aguda", "Otitis media aguda"]) // PE
        #expect(diagnoses("Impresión diagnóstica: Gastritis erosiva. Síndrome anémico por pérdidas crónicas.") == ["Gastritis erosiva", "Síndrome anémico por pérdidas crónicas"]) // CU
        #expect(diagnoses("Dg: Pielonefritis aguda. Antecedente de HTA y asma.") == ["Pielonefritis aguda", "HTA", "asma"])      // EC
        #expect(diagnoses("S: cansaço\nA: Hipotireoidismo primário (tireoidite de Hashimoto); Obesidade") == ["Hipotireoidismo primário", "tireoidite de Hashimoto", "Obesidade"]) // BR
        #expect(diagnoses("Dg. de ingreso al programa: DM2, HTA") == ["DM2", "HTA"])                                           // CL
        #expect(diagnoses("Assessment:\n1. Obesity, BMI 36 - dietitian referral\n2. Essential hypertension - at goal, continue losartan") == ["Obesity, BMI 36", "Essential hypertension - at goal"]) // US, round 6: the status stays, the plan goes
    }

    @Test func comorbiditiesInProseAndHistoryForms() {
        // Across a parenthetical, after a follow-up cue, after "un paciente con".
        let prose = diagnoses("HOSPITAL COURSE: 71F with HFpEF (EF 60%), AF and COPD admitted with dyspnea.")
        for item in ["HFpEF (EF 60%)", "AF", "COPD"] { #expect(prose.contains(item), "\(prose)") }
        let followUp = diagnoses("Here for 6-month f/u of HTN and hypothyroidism.")
        for item in ["HTN", "hypothyroidism"] { #expect(followUp.contains(item), "\(followUp)") }
        let patient = diagnoses("Se trata de un paciente con DM2 de 10 años de evolución, HTA y EPOC, que consulta por tos.")
        for item in ["DM2 de 10 años de evolución", "HTA", "EPOC"] { #expect(patient.contains(item), "\(patient)") }
        // Brazil's HPP history header; a title's "HISTORIA DE INGRESO - PEDIATRIA" names no disease.
        #expect(diagnoses("HPP: HAS, DM2. Nega alergias.") == ["HAS", "DM2"])
        #expect(diagnoses("HISTORIA DE INGRESO - PEDIATRIA Y NEONATOLOGIA").isEmpty)
        // The history's own form is kept beside a diagnosis in other words; the same words are listed once.
        let both = diagnoses("PMH: T2DM, HTN.\nAssessment: Type 2 diabetes mellitus with neuropathy; essential hypertension")
        for item in ["T2DM", "HTN"] { #expect(both.contains(item), "\(both)") }
        #expect(diagnoses("Antecedentes: HTA.\nDiagnóstico: HTA no controlada") == ["HTA no controlada", "HTA"])    // round 6: both
        #expect(diagnoses("Antecedentes: HTA.\nDiagnóstico: HTA") == ["HTA"])
        // A diagnosis relating two diseases does not hide the comorbidity.
        #expect(diagnoses("Antecedentes: HTA crónica.\nDX: Preeclampsia sobreagregada a HTA crónica").contains("HTA crónica"))
    }

    // MARK: the development set as a regression guard

    /// Tests/ClinicalHeldOut3 was the blind held-out set measured once after the HeldOut2 rules (AFTER.txt); a
    /// development set since, its failure classes drove the rules above. Held here to the figures it reached
    /// (PHI and medication targets met; diagnosis F1 and summary keep below the targets, named in the README).
    @Test func thirdDevelopmentSetKeepsItsFigures() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ClinicalHeldOut3")
        let report = ClinicalEvaluator.evaluate(try CorpusNote.load(directory: directory))
        let rendered = report.rendered(verbose: true, targets: .heldOut)
        let missed = report.missed(.heldOut)
        #expect(!missed.contains { $0.hasPrefix("PHI") || $0.hasPrefix("labelled") || $0.hasPrefix("medication") || $0.hasPrefix("negation") }, "\(rendered)")
    }
}
