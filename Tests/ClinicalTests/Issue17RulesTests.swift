import Foundation
import Testing
@testable import Clinical

/// The general rules of issue 17, each over several countries and phrasings.
@Suite struct Issue17RulesTests {
    let redactor = PHIRedactor()

    func kinds(_ text: String) -> [PHIKind: [String]] {
        var result: [PHIKind: [String]] = [:]
        for r in redactor.redact(text).replacements { result[r.kind, default: []].append(r.original) }
        return result
    }

    /// Every digit run of at least 3 digits of `value` is gone from the redacted text.
    func leaks(_ value: String, in redacted: String) -> Bool {
        let runs = value.split(whereSeparator: { !$0.isNumber }).filter { $0.count >= 3 }
        return runs.contains { redacted.contains(String($0)) }
    }

    // MARK: identifiers after their label

    @Test(arguments: [
        ("RFC: HEMR7803152K7", PHIKind.rfc, "HEMR7803152K7"),                       // MX, wrong check character
        ("CURP: ROAJ910724HDFDRN05", .curp, "ROAJ910724HDFDRN05"),                  // MX, wrong check digit
        ("CPF: 381.925.406-19", .cpf, "381.925.406-19"),                            // BR, wrong check digits
        ("RUT: 9.874.563-5", .rut, "9.874.563-5"),                                  // CL, wrong check digit
        ("R.U.T.         : 15.339.208-4", .rut, "15.339.208-4"),                    // CL, lab header with leaders
        ("RUN 17.223.104-5, 29 años", .rut, "17.223.104-5"),                        // CL
        ("DNI: 23.118.904", .dni, "23.118.904"),                                    // AR
        ("DPI: 2456 78901 0101", .dni, "2456 78901 0101"),                          // GT, spaced groups
        ("C.I.: V-14.882.301", .dni, "V-14.882.301"),                               // VE, letter prefix (round 7: a national card is a DNI)
        ("Cédula: 001-1234567-8", .dni, "001-1234567-8"),                           // DO
        ("cédula 2-0567-0891", .dni, "2-0567-0891"),                                // CR
        ("Identificación: CC 1.036.652.418", .dni, "1.036.652.418"),               // CO, inner label
        ("SSN: 581-44-7092", .ssn, "581-44-7092"),                                  // US / PR
        ("MRN: 00684213", .medicalRecord, "00684213"),                              // US
        ("N° HC 774.120", .medicalRecord, "774.120"),                               // AR
        ("Prontuário: PR-448120", .medicalRecord, "PR-448120"),                     // BR
        ("NSS: 1289 91 4471-3", .ssn, "1289 91 4471-3"),                            // MX (round 7: the IMSS number is an SSN)
        ("Historia ............ 80234117", .medicalRecord, "80234117"),            // CO, table-like header
        ("Expediente: CMF-10482", .medicalRecord, "CMF-10482"),                     // MX
    ])
    func identifierAfterItsLabelIsRedactedWhateverItsCheckDigit(text: String, kind: PHIKind, value: String) {
        let redaction = redactor.redact("Paciente en control. \(text)\nPlan: control.")
        #expect(!leaks(value, in: redaction.text), "\(text) → \(redaction.text)")
        #expect(redaction.replacements.contains { $0.kind == kind && $0.original.contains(value.split(separator: " ").last.map(String.init) ?? value) })
    }

    /// Without a label, the check digit still decides: a wrong one is not tagged as that identifier.
    @Test func unlabelledIdentifiersStillNeedTheirCheckDigit() {
        let found = kinds("Lote de vacuna 381.925.406-19 aplicado. Código HEMR7803152K7 del equipo.")
        #expect(found[.cpf] == nil)
        #expect(found[.rfc] == nil)
        let valid = kinds("Se verifica 529.982.247-25 y GODE561231GR8 en el sistema.")
        #expect(valid[.cpf] == ["529.982.247-25"])
        #expect(valid[.rfc] == ["GODE561231GR8"])
    }

    @Test func labelsDoNotTurnClinicalNumbersIntoIdentifiers() {
        let text = "Fecha de registro: 12/03/2024. Historia de 5 años de evolución. CC: dolor torácico. Hemoglobina 10,9 g/dL."
        #expect(redactor.redact(text).replacements.isEmpty, "\(redactor.redact(text).replacements.map { $0.original })")
    }

    // MARK: relatives, contacts and clinicians

    @Test(arguments: [
        ("Madre: Rosa Mamani Condori, DNI 45781236.", "Rosa Mamani Condori"),
        ("Esposa: Dilcia Fúnez", "Dilcia Fúnez"),
        ("Contacto de emergencia: Laura Vargas, 8845-2210", "Laura Vargas"),
        ("Emergency contact: Angela Thompson (sister) 312-555-0164", "Angela Thompson"),
        ("Mãe: Tatiane Santos, CPF 456.123.789-00", "Tatiane Santos"),
        ("Representante: Blanca Chango, tel 098 776 5432", "Blanca Chango"),
        ("Médico solicitante: Arturo Benítez Lozano", "Arturo Benítez Lozano"),
        ("Solicitado por: Gustavo Rojas Pinto", "Gustavo Rojas Pinto"),
        ("Requesting physician: Emily Chen, MD (Hospital Medicine)", "Emily Chen"),
        ("Thank you, Aaron Feldman, MD", "Aaron Feldman"),
        ("Ordering provider: Kevin O'Brien, NP", "Kevin O'Brien"),
        ("MEDICO         : Paula Henríquez", "Paula Henríquez"),
        ("Paciente ............ Ruiz Mejía, Oscar Iván", "Ruiz Mejía, Oscar Iván"),
        ("Niña cuidada por la hija de Juana Pérez.", "Juana Pérez"),
        ("Brought in by the daughter of Mary Smith.", "Mary Smith"),
    ])
    func namesAfterRoleLabelsAreRedacted(text: String, name: String) {
        let redacted = redactor.redact("Nota clínica.\n\(text)\nControl en 2 semanas.").text
        for word in name.split(whereSeparator: { $0 == " " || $0 == "," }) where word.count >= 3 {
            #expect(!redacted.contains(word), "\(text) → \(redacted)")
        }
    }

    @Test func datesOfBirthInReportLayouts() {
        for line in ["F. Nac.: 30/06/1983", "Fecha de nac.: 02/11/1959", "DOB: 08/30/1996", "Nascimento: 15/01/1960", "FECHA NAC.     : 04/02/1993"] {
            #expect(kinds("Paciente en control.\n\(line)\n").keys.contains(.birthDate), "\(line)")
        }
    }

    // MARK: diagnosis lists

    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func everyItemOfADiagnosisListIsKept() {
        #expect(diagnoses("Impresión diagnóstica: Migraña crónica sin aura (G43.7); cefalea por abuso de analgésicos")
                == ["Migraña crónica sin aura", "cefalea por abuso de analgésicos"])
        #expect(diagnoses("Assessment: acute asthma exacerbation, moderate (J45.41); medication nonadherence")
                == ["acute asthma exacerbation, moderate", "medication nonadherence"])
        #expect(diagnoses("Discharge diagnoses: community-acquired pneumonia, resolving; acute kidney injury, resolved; type 2 diabetes mellitus")
                == ["community-acquired pneumonia, resolving", "acute kidney injury, resolved", "type 2 diabetes mellitus"])
        #expect(diagnoses("Dx: HTA descontrolada, DM2 y dislipidemia mixta") == ["HTA descontrolada", "DM2", "dislipidemia mixta"])
        #expect(diagnoses("IDx: 1) HTA estadio 2 2) DM2 3) Obesidad grado I") == ["HTA estadio 2", "DM2", "Obesidad grado I"])
        #expect(diagnoses("Problem list: 1. Hypothyroidism, undertreated (E03.9). 2. Iron deficiency anemia (D50.9).")
                == ["Hypothyroidism, undertreated", "Iron deficiency anemia"])
        #expect(diagnoses("Hipótese diagnóstica: angina estable; HAS e diabetes tipo 2") == ["angina estable", "HAS", "diabetes tipo 2"])
        #expect(diagnoses("DIAGNOSTICOS DE EGRESO:\n1. Neumonia resuelta\n2. EPOC exacerbado\n3. ICC con FEVI preservada\nTRATAMIENTO AL EGRESO:\n1. Furosemida 20 mg VO c/24h")
                == ["Neumonia resuelta", "EPOC exacerbado", "ICC con FEVI preservada"])
        #expect(diagnoses("Dx de egreso:\n• Hemorragia digestiva superior, resuelta\n• Anemia aguda posthemorrágica\n• Cardiopatía isquémica")
                == ["Hemorragia digestiva superior, resuelta", "Anemia aguda posthemorrágica", "Cardiopatía isquémica"])
        // A prescription after the diagnoses is not a diagnosis; a plan after an assessment item is cut.
        #expect(diagnoses("Diagnostico: faringitis aguda, rinitis alergica\n- Amoxicilina 500 mg capsulas: 1 cada 8 horas") == ["faringitis aguda", "rinitis alergica"])
        #expect(diagnoses("Assessment/Plan:\n1. Atrial fibrillation - continue apixaban 5 mg PO BID\n2. CHF, chronic systolic - hold furosemide")
                == ["Atrial fibrillation", "CHF, chronic systolic"])
    }

    @Test func comorbiditiesUnderHistoryHeadersAreDiagnosesAndInTheSummary() {
        let cases: [(String, ClinicalLanguage, [String])] = [
            ("Antecedentes: HTA, DM2, gota. Niega alergias.\nMotivo de consulta: control.", .es, ["HTA", "DM2", "gota"]),
            ("Antecedentes personales patológicos: HTA hace 10 años, insuficiencia venosa.\nConsulta por cefalea.", .es, ["HTA", "insuficiencia venosa"]),
            // Round 6: a history item keeps its duration and its remark, as the blind sets label them.
            ("APP: DM tipo 2 de larga data, EPOC.\nAcude por tos.", .es, ["DM tipo 2 de larga data", "EPOC"]),
            ("PMH: COPD, hypertension, BPH.\nChief complaint: cough.", .en, ["COPD", "hypertension", "BPH"]),
            ("Past medical history: CHF (EF 35%), atrial fibrillation and CKD stage 3.\nReason for visit: fever.", .en, ["CHF (EF 35%)", "atrial fibrillation", "CKD stage 3"]),
        ]
        for (note, language, expected) in cases {
            #expect(diagnoses(note) == expected, "\(note)")
            let summary = OfflineClinicalModel().summarize(note, language: language).rendered
            for d in expected { #expect(summary.contains(d), "\(d) not in summary of \(note)") }
        }
        // Round 6: the history item and the later state are both kept; the same words are listed once.
        #expect(diagnoses("Antecedentes: HTA, FA.\nImpresión diagnóstica: HTA no controlada; FA con respuesta ventricular rápida") == ["HTA no controlada", "FA con respuesta ventricular rápida", "HTA", "FA"])
        #expect(diagnoses("Antecedentes: HTA, FA.\nImpresión diagnóstica: HTA; FA") == ["HTA", "FA"])
    }

    @Test func negatedFindingsAreNeverDiagnoses() {
        let notes = [
            "Antecedentes: migraña; no HTA, no diabetes. Niega alergias.",
            "AP: tabaquista 20 p/a, HTA. Niega DBT.",
            "Antecedentes: G3P3003, anemia ferropenica, sin alergias.",
            "PMH: asthma; denies diabetes; no history of stroke.",
            "Dx: cistitis aguda; sin fiebre; descartada pielonefritis",
        ]
        let expected = [["migraña"], ["HTA"], ["anemia ferropenica"], ["asthma"], ["cistitis aguda"]]
        for (note, want) in zip(notes, expected) { #expect(diagnoses(note) == want, "\(note)") }
    }

    // MARK: medications

    func medications(_ text: String) -> [Medication] { ClinicalExtractor().extract(text).medications }

    @Test func stoppedOrSuspendedDrugsAreNotActiveMedications() {
        let cases = [
            "Se suspende glibenclamida por hipoglucemias. Metformina 850 mg VO BID.",
            "Plan: ranitidina suspendida, omeprazol 10 mg VO c/24h.",
            "Lisinopril held until renal follow-up. Metformin 500 mg PO BID.",
            "Continue sertraline 100 mg PO daily. Stop propranolol (fatigue).",
            "Consume ibuprofeno frecuentemente. Indicaciones: suspender ibuprofeno; omeprazol 20 mg VO en ayunas.",
            "Usa warfarina pero la suspendió hace 1 semana. Labetalol 10 mg IV ahora.",
            "Se omite aspirina hasta control. Omeprazol 40 mg VO c/12h.",
        ]
        let stopped = ["glibenclamida", "ranitidina", "lisinopril", "propranolol", "ibuprofeno", "warfarina", "aspirina"]
        for (text, drug) in zip(cases, stopped) {
            let names = medications(text).map { TextFolding.fold($0.name) }
            #expect(!names.contains(drug), "\(text) → \(names)")
            #expect(names.count == 1, "\(text) → \(names)")
        }
    }

    @Test func asNeededInstructionsStayInTheFrequency() {
        let cases: [(String, String)] = [
            ("Paracetamol 500 mg, 1 tab VO c/8h si dolor", "c/8h si dolor"),
            ("sumatriptán 50 mg VO al inicio del dolor", "al inicio del dolor"),
            ("ketorolaco 30 mg IV c/8h PRN dolor", "c/8h PRN dolor"),
            ("albuterol 90 mcg 2 puffs inhaled q4h as needed for wheezing", "q4h as needed for wheezing"),
            ("Rizatriptan 10 mg PO at onset of headache", "at onset of headache"),
            ("dipirona 1 g VO 6/6h se dor", "6/6h se dor"),
            ("paracetamol 500 mg cada 6 horas en caso de fiebre", "cada 6 horas en caso de fiebre"),
            ("salbutamol 2 disparos c/6h por razon necesaria", "c/6h por razon necesaria"),
            ("salbutamol 2 puff si disnea", "si disnea"),
        ]
        for (text, frequency) in cases {
            let m = medications(text).first
            #expect(m?.frequency == frequency, "\(text) → \(m?.frequency ?? "nil")")
            let summary = OfflineClinicalModel().summarize("Plan: \(text).", language: .es).rendered
            #expect(summary.contains(frequency), "\(frequency) not in the summary")
        }
    }

    @Test func writtenFrequencies() {
        let cases: [(String, String)] = [
            ("linagliptina 5 mg c/día VO", "c/día"), ("metronidazol 500 mg VO 12/12h por 7 dias", "12/12h por 7 dias"),
            ("atenolol 50 mg VO 1x ao dia", "1x ao dia"), ("misoprostol 400 mcg sublingual dosis unica", "dosis unica"),
            ("rivaroxabán 20 mg VO con la cena", "con la cena"), ("bisoprolol 5 mg VO día", "día"),
            ("insulina cristalina segun glucometria", "segun glucometria"),
        ]
        for (text, frequency) in cases { #expect(medications(text).first?.frequency == frequency, "\(text)") }
    }

    @Test func drugsJoinedByPlusShareTheirDetailsAndFluidsKeepTheirStrength() {
        let meds = medications("salbutamol + bromuro de ipratropio 4 puff c/6h; SF 0,9% 1000 ml EV a 125 ml/h")
        #expect(meds.map(\.name) == ["salbutamol", "bromuro de ipratropio", "SF 0,9%"])
        #expect(meds[0].frequency == "c/6h" && meds[1].frequency == "c/6h")
        #expect(meds[2].dose == "1000" && meds[2].unit == "ml")
    }

    @Test func labValuesAndDietsAreNotMedications() {
        #expect(medications("Creatinina 3,8 mg/dL, potasio 5,4. Dieta baja en potasio. Ferritina 8 ng/mL.").isEmpty)
        #expect(medications("paracetamol 200 mg/ml 15 gotas VO 6/6h").map(\.name) == ["paracetamol"])
    }

    // MARK: summaries

    @Test func summaryWritesEachVitalOnceAndNoReasonLabel() {
        let note = """
        NOTA DE URGENCIAS
        MOTIVO DE CONSULTA:
        Motivo: dolor abdominal en fosa iliaca derecha de 18 horas.
        EXPLORACION FISICA: TA 124/78, FC 98, FR 20, Temp 37.8. McBurney positivo, rebote presente.
        IDX: Apendicitis aguda (K35.8)
        """
        let summary = OfflineClinicalModel().summarize(note, language: .es)
        #expect(summary.reasonForVisit == "dolor abdominal en fosa iliaca derecha de 18 horas.")
        #expect(summary.rendered.components(separatedBy: "124/78").count == 2, "\(summary.rendered)")
        let others = [
            ("Motivo de la interconsulta: paciente que presenta palpitaciones.", "paciente que presenta palpitaciones."),
            ("Queixa principal: dor de garganta y fiebre.", "dor de garganta y fiebre."),
            ("Motivo de admisión: dolor abdominal difuso.", "dolor abdominal difuso."),
            ("Reason for admission: chest pain.", "chest pain."),
        ]
        for (line, reason) in others {
            #expect(OfflineClinicalModel().summarize("Hospital General\n\(line)\nPlan: control.", language: .es).reasonForVisit == reason)
        }
    }
}
