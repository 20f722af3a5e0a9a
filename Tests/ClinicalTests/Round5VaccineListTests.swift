import Testing
@testable import Clinical

/// Round 5 of issue 17: vaccines given are medications, read by the list's structure (a vaccination label, then items
/// with a volume dose and a route), not by a lexicon of names. Guards: vaccines not given today ("Vacunas previas:",
/// "Vaccines due:"), an item without a dose or a route, a vaccine the lexicon already found is listed once.
@Suite struct Round5VaccineListTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map(\.name) }

    @Test func aVaccinationListsItemsAreMedications() {
        // UY, US, MX, PE: bulleted and `;`-separated lists.
        let uy = names("Vacunas aplicadas hoy:\n  - SRP (sarampion, rubeola, paperas) 2da dosis 0.5 ml SC brazo izquierdo\n  - Pentavalente 4ta dosis (refuerzo) 0.5 ml IM muslo derecho\n  - Hepatitis A 2da dosis 0.5 ml IM muslo izquierdo")
        #expect(uy == ["SRP", "Pentavalente", "Hepatitis A"])
        let us = names("Vaccines given today (VIS provided):\n - DTaP-IPV (Kinrix) 0.5 mL IM left deltoid\n - MMRV (ProQuad) 0.5 mL subcut right arm")
        #expect(us == ["DTaP-IPV", "MMRV"])
        let mx = names("Vacunacion aplicada hoy: Td refuerzo 0.5 ml IM deltoides izq; Influenza estacional 0.5 ml IM dosis unica.")
        #expect(mx == ["Td", "Influenza estacional"])
        let pe = ClinicalExtractor().extract("Inmunizaciones: Neumococo conjugada 13v 0.5 ml IM muslo derecho").medications
        #expect(pe.map(\.name) == ["Neumococo conjugada"])
        #expect(pe.first?.route == "IM")
    }

    @Test func vaccinesNotGivenOrWithoutDoseAreNone() {
        // CO, AR, US.
        #expect(names("Vacunas previas: BCG 0.1 ml ID al nacer").isEmpty)
        #expect(names("Vaccines due: MMR 0.5 mL SC at 4 years").isEmpty)
        #expect(names("Vacunas: esquema completo para la edad").isEmpty)
        #expect(names("Vacunas aplicadas hoy:\n - Influenza (pendiente, sin stock)").isEmpty)
    }
}
