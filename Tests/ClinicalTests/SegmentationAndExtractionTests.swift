import Testing
@testable import Clinical

@Suite struct SegmentationAndExtractionTests {
    @Test func sentencesSurviveAbbreviationsAndDecimals() {
        let text = "La Dra. Pérez indica amoxicilina 500 mg. cada 8 horas, p. ej. con alimentos. Temperatura de 37.5 °C y dosis de 2,5 mg aprox. al día. Control en 2 semanas. Seen by Dr. Liu, e.g. for BP. Next visit in May!"
        let sentences = SentenceSegmenter.split(text)
        #expect(sentences == [
            "La Dra. Pérez indica amoxicilina 500 mg. cada 8 horas, p. ej. con alimentos.",
            "Temperatura de 37.5 °C y dosis de 2,5 mg aprox. al día.",
            "Control en 2 semanas.",
            "Seen by Dr. Liu, e.g. for BP.",
            "Next visit in May!",
        ])
    }

    @Test func linesAreBoundariesButWrappedSentencesContinue() {
        let sentences = SentenceSegmenter.split("TA 120/80\nFC 80 lpm\nRefiere dolor abdominal que\ninicia hace 2 días.")
        #expect(sentences == ["TA 120/80", "FC 80 lpm", "Refiere dolor abdominal que\ninicia hace 2 días."])
    }

    @Test func spanishMedications() {
        let meds = ClinicalExtractor().extract("""
        Plan: amoxicilina 500 mg VO cada 8 horas por 7 días; paracetamol 1 g c/8h si hay fiebre.
        Losartán 50 mg/día. Insulina glargina 20 UI SC por la noche. Alérgica a penicilina.
        """).medications
        #expect(meds.count == 4)
        #expect(meds[0] == Medication(name: "amoxicilina", dose: "500", unit: "mg", route: "VO", frequency: "cada 8 horas por 7 días", duration: "por 7 días"))
        #expect(meds[1].name == "paracetamol" && meds[1].dose == "1" && meds[1].unit == "g" && meds[1].frequency == "c/8h si hay fiebre")
        #expect(meds[2].name == "Losartán" && meds[2].dose == "50" && meds[2].frequency == "/día")
        #expect(meds[3] == Medication(name: "Insulina glargina", dose: "20", unit: "UI", route: "SC", frequency: "por la noche"))
        #expect(!meds.contains { $0.name == "penicilina" }, "an allergy is not a medication taken")
    }

    @Test func englishMedications() {
        let meds = ClinicalExtractor().extract("Continue metformin 850 mg BID. Start sertraline 50 mg PO every morning and albuterol 90 mcg 2 puffs every 4 hours as needed.").medications
        #expect(meds.map { $0.name } == ["metformin", "sertraline", "albuterol"])
        #expect(meds[0].frequency == "BID" && meds[0].dose == "850")
        #expect(meds[1].route == "PO" && meds[1].frequency == "every morning")
        #expect(meds[2].frequency == "every 4 hours as needed")
    }

    @Test func diagnosesFromSectionsCodesAndInlineStatements() {
        let es = ClinicalExtractor().extract("""
        Impresión diagnóstica:
        1. Diabetes mellitus tipo 2 descontrolada (E11.65)
        2. Hipertensión arterial sistémica (I10)
        Plan: metformina 850 mg cada 12 horas.
        """).diagnoses
        #expect(es == [Diagnosis(text: "Diabetes mellitus tipo 2 descontrolada", icd10: "E11.65"), Diagnosis(text: "Hipertensión arterial sistémica", icd10: "I10")])
        let en = ClinicalExtractor().extract("Assessment: Community-acquired pneumonia (J18.1). COPD exacerbation (J44.1).\nPlan: admit.").diagnoses
        #expect(en.map { $0.icd10 } == ["J18.1", "J44.1"])
        #expect(en.first?.text == "Community-acquired pneumonia")
        let inline = ClinicalExtractor().extract("Paciente con diagnóstico de hipotiroidismo primario, en tratamiento.").diagnoses
        #expect(inline == [Diagnosis(text: "hipotiroidismo primario")])
        #expect(ClinicalExtractor().extract("Dx: otitis media aguda (H66.90). Vitamina B12 normal.").diagnoses.count == 1)
    }

    @Test func vitalSignsInBothLanguages() {
        let es = ClinicalExtractor().extract("TA 120/80 mmHg, FC 84 lpm, FR 18 rpm, T° 37,5 °C, SpO2 97%, peso 70 kg.").vitals
        #expect(es.map { $0.kind } == [.bloodPressure, .heartRate, .respiratoryRate, .temperature, .oxygenSaturation, .weight])
        #expect(es[0].value == "120/80" && es[0].unit == "mmHg")
        #expect(es[3].value == "37,5" && es[3].unit == "°C")
        #expect(es[4].value == "97" && es[4].unit == "%")
        let en = ClinicalExtractor().extract("Vitals: BP 132/78, HR 108, RR 24, Temp 38.9 C, SpO2 89% on room air.").vitals
        #expect(en.map { $0.value } == ["132/78", "108", "24", "38.9", "89"])
    }

    @Test func followUp() {
        let es = ClinicalExtractor().extract("Se indica reposo. Control en 2 semanas con laboratorio.").followUp
        #expect(es == ["Control en 2 semanas con laboratorio."])
        let en = ClinicalExtractor().extract("Rest at home. Follow up in 3 months.").followUp
        #expect(en == ["Follow up in 3 months."])
    }

    @Test func languageDetection() {
        #expect(LanguageDetector.detect("Paciente de 45 años que acude por dolor abdominal de 2 días.") == .es)
        #expect(LanguageDetector.detect("The patient presents with abdominal pain for 2 days.") == .en)
        #expect(LanguageDetector.detect("") == .es)
    }
}
