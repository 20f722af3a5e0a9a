import Testing
@testable import Clinical

/// Round 6 of issue 17: medication names as prescribed — a fluid named only by its strength (`solución 0.9%`), an
/// inhaler's device (`Albuterol HFA`, `tiotropium Respimat`), activated charcoal, a tuberculosis regimen's fixed-dose
/// combination (`RHZE`), vaccines given in a comma list or told in a sentence (`Aplicación de Tdpa 0.5 ml IM`, oral
/// drops `2 gotas VO`). Guards: a bare "solución" is no drug, a vaccine without dose and route is none.
@Suite struct Round6MedicationNameTests {
    func names(_ text: String) -> [String] { ClinicalExtractor().extract(text).medications.map { TextFolding.fold($0.name) } }

    @Test(arguments: [
        ("Plan: hidratación con solución 0.9% 5 ml/kg/h IV, omeprazol 40 mg IV OD.", ["solucion 0.9%", "omeprazol"]),           // VE
        ("Albuterol HFA 90 mcg 2 puffs q4h PRN wheezing.", ["albuterol hfa"]),                                                   // US
        ("Tiotropium Respimat 2.5 mcg 2 inhalations once daily.", ["tiotropium respimat"]),                                      // PR
        ("Carbón activado 50 g VO dosis única.", ["carbon activado"]),                                                            // AR
        ("Tto DOTS fase intensiva: RHZE 150/75/400/275 mg 4 tab VO c/día en ayunas.", ["rhze"]),                                  // BO
    ])
    func aNameIsReadAsItIsPrescribed(text: String, expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        ("Vacunas de los 15 meses: DPT 0.5 ml IM (1er refuerzo), Antipolio oral (APO) 2 gotas VO, Varicela 0.5 ml SC.", ["dpt", "antipolio oral", "varicela"]), // PE
        ("Aplicación de Tdpa 0.5 ml IM hoy. Cita en 2 semanas.", ["tdpa"]),                                                       // MX
        ("Se aplica influenza 0.5 ml IM en deltoides.", ["influenza"]),                                                           // GT
    ])
    func vaccinesGivenInAListOrASentenceAreMedications(text: String, expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test func aBareSolutionOrAVaccineWithoutDoseIsNone() {
        // CO, UY.
        #expect(names("Se explica la solución del problema a la familia.").isEmpty)
        #expect(names("Vacunas previas: BCG, hepatitis B.").isEmpty)
        #expect(names("Se aplica compresa fría en la zona.").isEmpty)
    }
}
