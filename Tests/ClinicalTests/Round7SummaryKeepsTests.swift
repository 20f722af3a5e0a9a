import Testing
@testable import Clinical

/// Round 7 of issue 17: the offline summary keeps every drug in the note's words — a combination written as one
/// (`salbutamol + ipratropio`, `budesonide/formoterol`) is one line as written, a duration inside the frequency is not
/// written twice, and the names above (fluids with strength, vaccines with their remark) reach the summary whole.
@Suite struct Round7SummaryKeepsTests {
    func summary(_ text: String, _ language: ClinicalLanguage = .es) -> String {
        OfflineClinicalModel().summarize(text, language: language).rendered
    }

    @Test(arguments: [
        ("Crisis asmática. Plan: salbutamol + ipratropio 4 puff c/20 min x 3.", "salbutamol + ipratropio"),                     // AR
        ("Asthma, moderate persistent. Plan: budesonide/formoterol 160/4.5 mcg 2 puffs BID.", "budesonide/formoterol"),          // US
        ("Osteoporosis. Plan: calcio + vitamina D 600 mg/400 UI VO c/24h.", "calcio + vitamina d"),                             // VE
    ])
    func aCombinationIsOneLineAsWritten(text: String, expected: String) {
        let rendered = TextFolding.fold(summary(text))
        #expect(rendered.contains(expected), "\(rendered)")
    }

    @Test func aDurationInsideTheFrequencyIsWrittenOnce() {
        // CO.
        let rendered = summary("Lumbalgia. Plan: naproxeno 500 mg VO c/12h por 5 dias si dolor.")
        #expect(rendered.contains("c/12h por 5 dias si dolor"), "\(rendered)")
        #expect(!rendered.contains("si dolor por 5 dias"), "\(rendered)")
    }

    @Test func fluidsAndVaccinesReachTheSummaryWhole() {
        // UY, US.
        #expect(summary("Hiponatremia severa. Indicaciones: suero salino 3% 20 ml/h i/v.").contains("suero salino 3%"))
        let american = summary("Vaccines administered today:\n- Influenza (quadrivalent, inactivated) 0.5 mL IM left deltoid", .en)
        #expect(american.contains("Influenza (quadrivalent, inactivated)"), "\(american)")
    }

    @Test func aNameKeepsTheRemarkWrittenRightAfterIt() {
        // BO, CO; guard: a dose's remark (with figures) is not the name's (MX).
        let bolivian = summary("Vacunas aplicadas hoy:\n- Pentavalente (DPT-HB-Hib) 3ra dosis 0.5 ml IM muslo izq")
        #expect(bolivian.contains("Pentavalente (DPT-HB-Hib)"), "\(bolivian)")
        let colombian = summary("Vacunas: se aplica hoy triple viral (SRP) 0.5 ml SC y fiebre amarilla 0.5 ml SC.")
        #expect(colombian.contains("triple viral (SRP)") && colombian.contains("fiebre amarilla"), "\(colombian)")
        let peruvian = summary("Inmunizaciones: Neumococo conjugada 13v 2da dosis 0.5 ml IM muslo derecho")
        #expect(peruvian.contains("- Neumococo conjugada 13v 0.5 ml IM"), "\(peruvian)")
        let american = summary("Vaccines administered today:\n- COVID-19 mRNA 2026-2027 formula 0.3 mL IM left deltoid", .en)
        #expect(american.contains("COVID-19 mRNA 2026-2027 formula"), "\(american)")
        let paraguayan = summary("Indicaciones: paracetamol tabletas 500 mg VO c/8h.")
        #expect(paraguayan.contains("- paracetamol 500 mg VO c/8h"), "\(paraguayan)")
        let salvadoran = summary("HTA. Plan: losartán 50mg VO cada 24 horas.")
        #expect(salvadoran.contains("- losartán 50 mg VO cada 24 horas"), "\(salvadoran)")
        let mexican = summary("Anemia. Plan: sulfato ferroso (200 mg = 65 mg de hierro) 1 tableta VO c/24h.")
        #expect(mexican.contains("- sulfato ferroso 200 mg") && !mexican.contains("- sulfato ferroso ("), "\(mexican)")
    }

    @Test func separateDrugsStaySeparate() {
        // Guard: MX — two drugs in a list are two lines.
        let rendered = summary("HTA. Plan: losartán 50 mg VO c/24h, amlodipino 5 mg VO c/24h.")
        #expect(rendered.contains("- losartán 50 mg VO c/24h") && rendered.contains("- amlodipino 5 mg VO c/24h"), "\(rendered)")
    }
}
