import Testing
@testable import Clinical

/// Round 6 (issue 17): Central America's addresses by landmark wherever they stand — a distance with its unit and a
/// direction ("2 cuadras al lago", "3 c al este", "1/2 c al norte", "200 metros sur", "75 varas oeste") from a
/// landmark, with the house and the town after it. Guards: distances walked ("dolor 2 cuadras al caminar", "2 cuadras
/// de caminata"), a town alone.
@Suite struct PHIRound6LandmarkAddressTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func addressesByLandmark() {
        hidden([
            ("Procede de: del Parque San Juan 2 cuadras al lago, media al sur, Leon. Vive con su madre.", "Parque San Juan 2 cuadras al lago, media al sur, Leon"), // NI
            ("Vive de la Iglesia El Calvario 3 c al este, 1/2 c al norte, Managua.", "Iglesia El Calvario 3 c al este, 1/2 c al norte, Managua"),                    // NI
            ("Reside 200 metros sur de la escuela de San Rafael, casa esquinera, Heredia.", "200 metros sur de la escuela de San Rafael, casa esquinera, Heredia"),    // CR
            ("Reside en Masaya, del Colegio Salesiano 1 c arriba, 1/2 c al lago.", "Colegio Salesiano 1 c arriba, 1/2 c al lago"),                                  // NI
            ("De los semáforos de Rubenia 3 c al sur, Managua, vive la paciente.", "semáforos de Rubenia 3 c al sur, Managua"),                                    // NI
            ("Domicilio: Barrio Los Ángeles, 75 varas oeste del Super Cristal, San José", "75 varas oeste del Super Cristal"),                                     // CR
            ("Vive en Cantón El Rosario, del centro escolar 300 varas al poniente, Chalatenango.", "300 varas al poniente"),                                       // SV
            ("Reside en Bo. El Centro, frente a la Iglesia Católica, Juticalpa.", "El Centro, frente a la Iglesia Católica"),                                      // HN
            ("Paciente procedente de Col. Kennedy, bloque 12, casa 1405, Tegucigalpa.", "Kennedy, bloque 12, casa 1405"),                                          // HN
            ("Reside en colonia Kennedy, 3a etapa, bloque C, casa 2205", "Kennedy, 3a etapa, bloque C, casa 2205"),
            ("Vive donde fue la Texaco vieja 2 c. abajo, Chinandega.", "Texaco vieja 2 c. abajo, Chinandega"),                  // NI
            ("Vive en el Km 5.5 carretera a Masaya, frente a la gasolinera.", "Km 5.5 carretera a Masaya"),                       // a road's milestone
            ("Reside km 12 vía a Daule, Guayaquil.", "km 12 vía a Daule"),                                                       // EC
            ("Vive en San Pedro de Montes de Oca, de la Rotonda de la Hispanidad 300 m norte.", "Hispanidad 300 m norte"),       // CR, cue and landmark as one
        ])
    }

    @Test func walkedDistancesStay() {
        unchanged("Dolor en flanco derecho irradiado a fosa ilíaca, 2 cuadras de caminata le provocan disnea.")
        unchanged("Paciente con dolor 2 cuadras al caminar, sin irradiación.")
        unchanged("Col. total 248 mg/dL. Col. HDL 34.")
        // Care given at home is no address.
        unchanged("Tratamiento en domicilio: AAS 300 mg VO, clopidogrel 300 mg VO.\nServicio a domicilio  Clave 1")
    }
}
