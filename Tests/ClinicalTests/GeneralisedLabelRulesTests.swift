import Testing
@testable import Clinical

/// The general rules written after Tests/ClinicalHeldOut4 became a development set: one label lexicon for every
/// identifier, its qualifiers and numbering words composing freely, value shapes with issuers' suffixes, and the
/// clinician's line deciding that a generic number is a registration. Several countries and phrasings each, none
/// of them that set's sentences.
@Suite struct GeneralisedLabelRulesTests {
    let redactor = PHIRedactor()

    func kinds(of value: String, in text: String) -> [PHIKind] {
        redactor.redact(text).replacements.filter { $0.original.contains(value) || value.contains($0.original) }.map { $0.kind }
    }

    // MARK: value shapes

    @Test func anIssuersSuffixStaysWithItsNumber() {
        let cases: [(String, String)] = [
            ("Paciente: Juan Quispe   C.I. 4512887 SC   Edad 40", "4512887 SC"),
            ("CI: 6.120.334 OR\nMotivo: control", "6.120.334 OR"),
            ("Carnet de identidad 9021455 TJ, soltera", "9021455 TJ"),
            ("Afiliación: 77-1203-QRT   Plan: básico", "77-1203-QRT"),
            ("Expediente: 2291-44-AB\nS/ cefalea", "2291-44-AB"),
        ]
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value), "\(value) in \(out)")
            #expect(!out.contains(" SC ") && !out.contains(" OR\n") && !out.contains("TJ,") && !out.contains("-QRT") && !out.contains("-AB"), "\(out)")
        }
    }

    @Test func aDepartmentWordAfterANumberIsNotSwallowedWhenProseFollows() {
        // "LP" followed by a word in a sentence is no department extension of a bare count.
        let out = redactor.redact("Dosis total 1200 mg. Control en 2 semanas.").text
        #expect(out.contains("1200 mg"), "\(out)")
    }

    @Test func aShortRegistrationWithALetterPrefixIsHidden() {
        let cases: [(String, String)] = [
            ("Dr. Pablo Ibáñez - Mat. Prof. M-812", "M-812"),
            ("Lic. Ana Sosa  Matrícula profesional E-377", "E-377"),
            ("Dra. Cecilia Ruiz, CRM-RS 904", "904"),
        ]
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value), "\(value) in \(out)")
        }
        // A bare three-digit number after a weak label stays a number: "Registro: 312 ml".
        #expect(redactor.redact("Registro: 312 ml en 24 h").text.contains("312"))
    }

    // MARK: one lexicon, qualifiers and numbering words composing

    @Test func registrationQualifiersComposeWithAnyRegistrationLabel() {
        let cases: [(String, String)] = [
            ("Dra. Lucía Benítez  Matrícula Nacional 55.210", "55.210"),
            ("Dr. Omar Quiroga - M.P. Prov. 12.884", "12.884"),
            ("Firma: Lic. Mirta Gómez, Reg. Prof. N° 4.471", "4.471"),
            ("Dr. R. Acosta  Matrícula provincial: 30992", "30992"),
        ]
        for (text, value) in cases {
            #expect(kinds(of: value, in: text).contains(.cedula), "\(value) in \(redactor.redact(text).text)")
        }
    }

    @Test func otherBoardsRegistrationsAreCedulas() {
        let cases: [(String, String)] = [
            ("Obst. Rosa Huamán  COP 22871", "22871"),           // Peru, obstetras
            ("TM Jorge Salas - CTMP 10442", "10442"),            // Peru, tecnólogos médicos
            ("QF Diana Vela  CQFP 08812", "08812"),              // Peru, químicos farmacéuticos
            ("Psicóloga Inês Rocha CRP 06/14522", "06/14522"),   // Brazil, psicólogos
            ("Nutricionista Ana Lima - CRN 3 18822", "18822"),   // Brazil
            ("Dra. Itzel Pinzón, idoneidad 5521", "5521"),       // Panama
            ("Dr. Luis Mena  Cód. MINSA 20931", "20931"),        // Nicaragua
            ("Gerald Cole, PA-C  Lic. # 44812", "44812"),        // US licence
        ]
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value), "\(value) in \(out)")
        }
    }

    @Test func insuranceNumbersAfterTheirLabels() {
        let cases: [(String, String)] = [
            ("Asegurado: Pedro Ruiz   N° Asegurado: 0912334501", "0912334501"),
            ("Nro. de asegurado 44-1209-887", "44-1209-887"),
            ("Seguro Social: 4-221-889-00", "4-221-889-00"),
            ("N° de seguro social 552 18 9921", "552 18 9921"),
            ("Credencial 30 118224 1 01", "30 118224 1 01"),
            ("N° socio: 88123   Plan 210", "88123"),
        ]
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value), "\(value) in \(out)")
            #expect(kinds(of: value, in: text).contains(.medicalRecord), "\(value): \(kinds(of: value, in: text))")
        }
        // "Asegurado:" before a name is the insured's name, never a number.
        #expect(redactor.redact("Asegurado: Pedro Ruiz  Edad 40").text.contains("Edad 40"))
    }

    // MARK: the clinician's line

    @Test func aGenericNumberOnACliniciansLineIsARegistration() {
        let cases: [(String, String)] = [
            ("Dr. Mauricio Soto   Cod. 30417", "30417"),
            ("Médico: Ana Paredes  Registro N° 77120", "77120"),
            ("Dra. Elena Campos, cirujana. Código: CM-5521", "CM-5521"),
            ("Atendió: Dr. Ramiro Paz   Reg. 90124", "90124"),
        ]
        for (text, value) in cases {
            #expect(kinds(of: value, in: text) == [.cedula], "\(value): \(kinds(of: value, in: text))")
        }
        // The patient's record on the patient's line stays a record.
        let patient = "Paciente: Nora Vidal   Registro: 558120   Edad 71"
        #expect(kinds(of: "558120", in: patient) == [.medicalRecord])
        let chart = "Paciente: Tomás Rey\nCod. 44120 (historia)\nDr. Ruiz"
        #expect(kinds(of: "44120", in: chart) == [.medicalRecord])
    }

    // MARK: as-needed objects from the shared symptom lexicon

    @Test(arguments: [
        ("metoclopramida 10 mg VO c/8h se náusea", "c/8h se náusea"),                  // BR-flavoured Spanish
        ("salbutamol spray 2 jatos se falta de ar", "se falta de ar"),                   // BR
        ("loratadina 10 mg VO se prurito", "se prurito"),
        ("nitroglycerin 0.4 mg SL PRN chest pain", "PRN chest pain"),                    // US
        ("meclizine 25 mg PO q8h as needed for vertigo", "q8h as needed for vertigo"),
        ("dimenhidrinato 50 mg VO c/8h si mareo", "c/8h si mareo"),                      // MX
    ])
    func asNeededObjectsComeFromTheSymptomLexicon(text: String, frequency: String) {
        let found = ClinicalExtractor().extract(text).medications.first?.frequency
        #expect(found == frequency, "\(text) → \(found ?? "nil")")
    }

    // MARK: a history item's head, without its duration or how it was confirmed

    @Test(arguments: [
        ("HAS há 15 anos", "HAS"),                                   // BR
        ("DM2 ha 8 anos", "DM2"),                                    // BR, unaccented
        ("Hipotireoidismo em 2012", "Hipotireoidismo"),              // BR
        ("DPOC confirmada por espirometria", "DPOC"),                // BR
        ("EPOC confirmado por espirometría en 2020", "EPOC"),         // AR
        ("asthma confirmed by methacholine test", "asthma"),         // US
    ])
    func historyItemsLoseTheirDurationAndConfirmation(item: String, head: String) {
        #expect(DiagnosisExtractor.historyHead(item) == head)
    }

    @Test func aWordThatMerelyContainsATailIsKept() {
        // "ha"/"em" are tails only before a number; "Chagas" and "hemangioma" keep their letters.
        #expect(DiagnosisExtractor.historyHead("enfermedad de Chagas") == "enfermedad de Chagas")
        #expect(DiagnosisExtractor.historyHead("hemangioma hepático") == "hemangioma hepático")
    }

    // MARK: a history field saying there is nothing

    @Test(arguments: ["negados", "Negadas", "ninguno conocido", "nada relevante", "nenhum", "none known", "denied", "no refiere"])
    func aFieldSayingNothingIsNoDiagnosis(item: String) {
        #expect(DiagnosisExtractor.isNegatedOrNotADiagnosis(item))
    }

    @Test(arguments: ["HTA", "asma conocida", "hipotiroidismo", "known CAD"])
    func aDiseaseBesideThoseWordsStaysADiagnosis(item: String) {
        #expect(!DiagnosisExtractor.isNegatedOrNotADiagnosis(item))
    }

    // MARK: meal times: any meal-time preposition before any meal, two meals joined

    @Test(arguments: [
        ("omeprazol 20 mg VO antes del almuerzo", "antes del almuerzo"),           // CO
        ("glibenclamida 5 mg VO al desayuno", "al desayuno"),                     // PE
        ("metformina 850 mg VO con almuerzo y cena", "con almuerzo y cena"),      // AR
        ("sinvastatina 20 mg VO com o jantar", "com o jantar"),                   // BR
        ("metformin 500 mg PO with breakfast and dinner", "with breakfast and dinner"), // US
    ])
    func mealTimesAreFrequencies(text: String, frequency: String) {
        let found = ClinicalExtractor().extract(text).medications.first?.frequency
        #expect(found == frequency, "\(text) → \(found ?? "nil")")
    }

    // MARK: abbreviated impression headers

    @Test(arguments: [
        ("Motivo: tos\nIDg: Neumonía adquirida en la comunidad, Asma leve intermitente\nPlan: amoxicilina", ["neumonia", "asma"]),
        ("S/ odinofagia\nDgco.: Faringoamigdalitis aguda\nP/ reposo", ["faringoamigdalitis"]),
        ("Examen: otoscopia alterada\nImpr. dx: Otitis media aguda; Conjuntivitis bacteriana\nIndicaciones: control", ["otitis", "conjuntivitis"]),
    ])
    func abbreviatedImpressionHeadersOpenADiagnosisList(text: String, expected: [String]) {
        let found = ClinicalExtractor().extract(text).diagnoses.map { TextFolding.fold($0.text) }
        for word in expected { #expect(found.contains { $0.contains(word) }, "\(word) not in \(found)") }
    }

    // MARK: "q" intervals of any unit

    @Test(arguments: [
        ("albuterol 2.5 mg neb q20min x3", "q20min x3"),  // the count of doses is in the span (round 9)
        ("fentanyl 25 mcg IV q15min PRN pain", "q15min PRN pain"),
        ("vancomycin 1 g IV q12h", "q12h"),
        ("enoxaparina 40 mg SC q24h", "q24h"),
        ("medroxyprogesterone 150 mg IM q12wk", "q12wk"),
    ])
    func qIntervalsOfAnyUnitAreFrequencies(text: String, frequency: String) {
        let found = ClinicalExtractor().extract(text).medications.first?.frequency
        #expect(found == frequency, "\(text) → \(found ?? "nil")")
    }
}
