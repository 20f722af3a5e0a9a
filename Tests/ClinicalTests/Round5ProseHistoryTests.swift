import Testing
@testable import Clinical

/// Round 5 of issue 17: comorbidities in prose, read as sentences rather than lines — a list wrapped at the page's width
/// is read with its continuation lines, and after an explicit history cue a preposition opening an item's remark (its
/// time, course or treatment: "de 18 años de evolución en tratamiento con insulina", "since 2019") ends the item while
/// the list goes on after the comma. Guards: a verb ends the clause, a new line that opens a field is not a continuation,
/// a denied history. Phrasings written for these rules, several countries each.
@Suite struct Round5ProseHistoryTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func aListWrappedAtThePagesWidthIsReadWhole() {
        // MX, US.
        let mx = "Masculino de 67 años con antecedentes de diabetes mellitus tipo 2, hipertension arterial sistemica,\nenfermedad renal cronica y cardiopatia isquemica. Ingresa por disnea."
        let found = diagnoses(mx)
        for d in ["diabetes mellitus tipo 2", "hipertension arterial sistemica", "enfermedad renal cronica", "cardiopatia isquemica"] {
            #expect(found.contains(d), "\(found)")
        }
        let us = "80 y/o woman with PMH of HFpEF, CKD stage 3a, type 2 diabetes, hypothyroidism and\nosteoarthritis, who presented with dyspnea."
        #expect(diagnoses(us).contains("osteoarthritis"), "\(diagnoses(us))")
    }

    @Test func aRemarkAfterAnItemDoesNotEndTheList() {
        // MX, CO, US.
        let mx = diagnoses("Paciente con antecedentes de DM2 de 18 años de evolucion en tratamiento con insulina, hipotiroidismo y gota. Consulta por fiebre.")
        #expect(mx.contains("hipotiroidismo") && mx.contains("gota"), "\(mx)")
        let co = diagnoses("Con antecedente de HTA desde 2015, asma bronquial y obesidad. Consulta por cefalea.")
        #expect(co.contains("asma bronquial") && co.contains("obesidad"), "\(co)")
        let us = diagnoses("History of atrial fibrillation since 2019, gout and GERD. Presents with chest pain.")
        #expect(us.contains("gout") && us.contains("GERD"), "\(us)")
    }

    @Test func aVerbOrAFieldEndsTheComorbidities() {
        // AR, PE, CL: the present illness after the verb, a field on the next line and a denial are not comorbidities.
        let ar = diagnoses("Paciente con antecedente de HTA en tratamiento con enalapril, que consulta por tos, fiebre y odinofagia.")
        #expect(!ar.contains("fiebre") && !ar.contains("odinofagia"), "\(ar)")
        let pe = diagnoses("Mujer con antecedente de asma\nMotivo: tos y fiebre")
        #expect(!pe.contains(where: { $0.contains("tos") }), "\(pe)")
        #expect(diagnoses("Sin antecedentes de diabetes, HTA ni cardiopatia.").isEmpty)
    }
}
