import Testing
@testable import Clinical

/// Round 9 of issue 17: a vaccine's frequency is which dose it is, as the list item writes it before the volume or after
/// the route — `2da dosis`, `refuerzo`, `4ta dosis (refuerzo)`, `dosis única`, `dosis anual`, `(1er refuerzo)`, `hoy`,
/// `días 0-3-7-14`. Guards: an item that names no dose keeps no frequency; the remark after the name is no dose count.
@Suite struct Round9MedicationVaccineScheduleTests {
    func frequency(_ text: String, _ vaccine: String) -> String? {
        ClinicalExtractor().extract(text).medications.first { TextFolding.fold($0.name).hasPrefix(vaccine) }?.frequency
    }

    @Test(arguments: [
        ("Vacunas aplicadas hoy:\n  - SRP (sarampion, rubeola, paperas) 2da dosis 0.5 ml SC brazo izquierdo", "srp", "2da dosis"), // UY
        ("Vacunas aplicadas hoy:\n  - Pentavalente 4ta dosis (refuerzo) 0.5 ml IM muslo derecho", "pentavalente", "4ta dosis (refuerzo)"), // UY
        ("Vacunacion aplicada hoy: Td refuerzo 0.5 ml IM deltoides izq; Influenza estacional 0.5 ml IM dosis unica.", "influenza", "dosis unica"), // MX
        ("Vacunas de los 15 meses: DPT 0.5 ml IM (1er refuerzo), Varicela 0.5 ml SC.", "dpt", "1er refuerzo"),               // PE
        ("Vacunas:\n- Neumococica conjugada 0.5 ml IM muslo derecho, refuerzo", "neumococica", "refuerzo"),                 // CL
        ("Aplicacion de Tdpa 0.5 ml IM hoy. Cita en 2 semanas.", "tdpa", "hoy"),                                              // MX
        ("Vaccines given today:\n- Hepatitis B 3rd dose 0.5 mL IM left thigh", "hepatitis b", "3rd dose"),                  // US
    ])
    func whichDoseIsTheVaccinesFrequency(text: String, vaccine: String, expected: String) {
        #expect(frequency(text, vaccine) == expected, "\(ClinicalExtractor().extract(text).medications)")
    }

    @Test func anItemNamingNoDoseKeepsNoFrequency() {
        // CL, US: a site and a lot number are no schedule.
        #expect(frequency("Vacunas:\n- Tres virica (SRP) 0.5 ml SC deltoides izquierdo, lote R72K1", "tres virica") == nil)
        #expect(frequency("Immunizations:\n  - Influenza (quadrivalent, inactivated) 0.5 mL IM left deltoid, lot UK4472", "influenza") == nil)
    }
}
