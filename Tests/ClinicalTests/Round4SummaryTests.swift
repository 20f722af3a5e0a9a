import Testing
@testable import Clinical

/// Round 4 of issue 17: the offline summary keeps what the extraction read — an acute event's year stays with it
/// ("prior TIA (2021)"), a letter's subject line naming the patient is never the reason for visit (the referral's
/// sentence is), and every diagnosis and medication read by the round-4 rules is in the rendered summary once.
@Suite struct Round4SummaryTests {
    func summary(_ text: String, _ language: ClinicalLanguage = .es) -> ClinicalSummary { OfflineSummarizer(text: text, language: language).summarize() }

    @Test(arguments: [
        ("Past medical history: hypertension; prior TIA (2021); osteoarthritis.", "prior TIA (2021)"),     // US
        ("Antecedentes: HTA, IAM (2019), gota.", "IAM (2019)"),                                            // AR
        ("APP: ACV isquémico (03/2022), DM2.", "ACV isquémico (03/2022)"),                                  // CO
    ])
    func anAcuteEventKeepsItsYear(text: String, expected: String) {
        #expect(ClinicalExtractor().extract(text).diagnoses.map(\.text).contains(expected))
    }

    @Test func aDiseasesOnsetYearIsStillHistory() {
        #expect(ClinicalExtractor().extract("Antecedentes: asma (2015), HTA.").diagnoses.map(\.text) == ["asma", "HTA"])
    }

    @Test func aLettersSubjectLineIsNoReasonForVisit() {
        let letter = """
        To: Cardiology clinic
        Re: [NOMBRE_1], DOB [FECHA_NACIMIENTO_1], MRN [EXPEDIENTE_1]
        Dear colleague,
        I am referring this 70-year-old man with atrial fibrillation for rhythm control.
        """
        let s = summary(letter, .en)
        #expect(!s.reasonForVisit.contains("NOMBRE"), "\(s.reasonForVisit)")
        #expect(s.reasonForVisit.contains("referring"), "\(s.reasonForVisit)")
    }

    @Test(arguments: [
        "Paciente 70 anos, hipertensa e diabética tipo 2, com hipotireoidismo.\nAvaliação: hipotensão postural; HAS\nConduta: suspendo anlodipino. Mantenho losartana 50 mg VO 12/12h.",
        "ASSESSMENT/PLAN:\n# Pulmonary embolism, submassive ruled out - heparin 80 units/kg IV bolus\n# Provoked VTE - discontinue ethinyl estradiol\n# Pain: acetaminophen 650 mg PO q6h PRN pain",
        "Diagnóstico (CIE-10): J03.9 Amigdalitis aguda; R50.9 Fiebre\nRp/\n1) Amoxicilina 500 mg VO c/8h por 7 días\n2) Paracetamol 500 mg VO c/6h si fiebre",
    ])
    func everyDiagnosisAndMedicationReadIsInTheSummaryOnce(text: String) {
        let s = summary(text)
        #expect(!s.diagnoses.isEmpty && !s.medications.isEmpty)
        for d in s.diagnoses { #expect(s.rendered.components(separatedBy: "- \(d.rendered)\n").count == 2, "\(d.rendered)") }
        for m in s.medications { #expect(s.rendered.contains(m.rendered), "\(m.rendered)") }
        // Stopped drugs are not among them.
        #expect(!s.medications.contains(where: { ["anlodipino", "ethinyl estradiol"].contains(TextFolding.fold($0.name)) }))
    }
}
