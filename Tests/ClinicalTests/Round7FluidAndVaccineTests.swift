import Testing
@testable import Clinical

/// Round 7 of issue 17: names a summary must keep whole — a fluid with its strength in every spelling (`Dextrosa al 50%`,
/// `suero salino 3%`, `soro fisiológico 0,9%`, `solución salina hipertónica 3%`), an insulin analogue named alone
/// (`lispro`, `aspart`) and merged with its full name, an immunoglobulin with its kind (`inmunoglobulina antitetánica`),
/// and vaccines: under a label whose lines carry no bullets, two joined by `y`, told after the word `vacuna` in a
/// sentence (the name as round 5 reads it: without its remark, which the summary prints, `Round7SummaryKeepsTests`).
@Suite struct Round7FluidAndVaccineTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { $0.name } }

    @Test(arguments: [
        ("Hipoglucemia: Dextrosa al 50% 50 ml IV stat.", "Dextrosa al 50%"),                                    // DO
        ("Sodio 121: suero salino 3% 30 ml/h IV.", "suero salino 3%"),                                          // UY
        ("Conduta: soro fisiológico 0,9% 500 ml EV em 1h.", "soro fisiológico 0,9%"),                            // BR
        ("Solución salina hipertónica 3% 150 ml IV en 20 min.", "Solución salina hipertónica 3%"),               // HN
        ("Dextrose 10% 50 mL/h IV.", "Dextrose 10%"),                                                           // US
    ])
    func aFluidKeepsItsStrength(text: String, name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test func insulinAnaloguesAndImmunoglobulins() {
        // US, MX, PY.
        let american = names("Home: insulin glargine 24 units qHS. Plan: glargine 18 units SC qHS; lispro 4 units SC AC/HS.")
        #expect(american.map { TextFolding.fold($0) }.sorted() == ["insulin glargine", "lispro"], "\(american)")
        #expect(names("Aspart 6 U SC antes de comidas.").map { TextFolding.fold($0) } == ["aspart"])
        #expect(names("Inmunoglobulina antitetánica 250 UI IM dosis única.") == ["Inmunoglobulina antitetánica"])
    }

    @Test func vaccinesWithoutBulletsJoinedOrInProse() {
        // BO, GT, EC, US.
        let bolivian = names("Vacunas aplicadas hoy:\n  Rotavirus 1ra dosis 1.5 ml VO\n  Neumococo conjugada 13v 1ra dosis 0.5 ml IM muslo izq\nProxima: SRP a los 12 meses 0.5 ml SC")
        #expect(bolivian == ["Rotavirus", "Neumococo conjugada"], "\(bolivian)")
        let guatemalan = names("Vacunas: se aplica hoy SPR 0.5 ml SC y varicela 0.5 ml SC, esquema completo.")
        #expect(guatemalan == ["SPR", "varicela"], "\(guatemalan)")
        let ecuadorian = names("Plan: control prenatal; vacuna Tdap\n0.5 ml IM aplicada hoy.")
        #expect(ecuadorian == ["vacuna Tdap"], "\(ecuadorian)")
        let american = names("Vaccines given today:\n- Influenza (quadrivalent, inactivated) 0.5 mL IM left deltoid\n- HPV 9-valent 0.5 mL IM right deltoid")
        #expect(american == ["Influenza", "HPV"], "\(american)")
    }

    @Test func aVaccinationLabelWithARemark() {
        // US, MX.
        #expect(names("Vaccines given today (VIS provided, parent consented, lot numbers on file):\n - Tdap 0.5 mL IM left deltoid\n - HPV 0.5 mL IM right deltoid") == ["Tdap", "HPV"])
        #expect(names("Vacunas aplicadas (cartilla actualizada, madre autoriza):\n- Hepatitis B 0.5 ml IM\n- Influenza 0.25 ml IM") == ["Hepatitis B", "Influenza"])
    }

    @Test func aVaccineLabelWithNoDoseOrAPastVaccineIsNoPrescription() {
        // Guards: CO, PA.
        #expect(names("Vacunas previas: BCG, hepatitis B al nacer.").isEmpty)
        #expect(names("Refiere vacuna antitetánica hace 3 años.").isEmpty)
    }
}
