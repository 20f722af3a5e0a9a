import Testing
@testable import Clinical

/// Round 6 (issue 17): ranks and credentials written before a name ("R2 Alan Cisneros", Chile's "TENS Margarita Oyarzun",
/// "RN Tasha Brown"), agent nouns and a handover's two sides as role labels ("Vacunadora:", "Entrega: … - Recibe: …",
/// "Tomada por:"), a participle and its preposition ("firmado por", "valorada por", "discussed with"), a capitals
/// name before a capitals credential ("MICHAEL CHEN MD"). Guards: an institution's adjective ("Clínica Familiar Luis
/// Angel Garcia", "Unidad de Salud Familiar San Lorenzo"), a rank a column away from a label, a service after "por".
@Suite struct PHIRound6RanksAndRoleLabelsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func ranksRolesAndParticiples() {
        hidden([
            ("Entrega: R2 Alan Cisneros - Recibe: R1 Daniela Huerta\n", "Cisneros"),                            // MX
            ("Entrega: R2 Alan Cisneros - Recibe: R1 Daniela Huerta\n", "Huerta"),
            ("Indicaciones: paracetamol gotas.\nVacunadora: TENS Margarita Oyarzun\n", "Oyarzun"),               // CL
            ("Tomada por: TENS Paula Soto\nValidado: TM J. Fuentes", "Paula Soto"),
            ("Tomada por: TENS Paula Soto\nValidado: TM J. Fuentes", "Fuentes"),
            ("Discussed with Dr. Alvarez's team and with RN Tasha Brown.", "Tasha Brown"),                       // US
            ("Electronically signed by: MICHAEL CHEN MD 11/30/2026 18:02", "MICHAEL CHEN"),                      // US
            ("Informe leído y firmado por Yariela Castillo, técnica de laboratorio.", "Castillo"),               // PA
            ("Realizado por: Lic. Enf. Maribel Huamán Ccori", "Huamán Ccori"),                                    // PE
            ("Entregado a: Lcda. Paola Cevallos", "Cevallos"),                                                    // EC
            ("Intern: John Doe\nChaplain: Mary Smith visited.", "Mary Smith"),                                   // US
            ("Camillero: Juan Hernández\nAgente del MP: Lic. Rosa Díaz", "Hernández"),                          // MX
        ])
    }

    @Test func institutionsAndServicesStay() {
        unchanged("Clinica Familiar Luis Angel Garcia - Zona 1, Guatemala\nMotivo: control prenatal")
        unchanged("A: Unidad de Salud Familiar San Lorenzo\nSe evaluo a la paciente por hipotiroidismo.")
        unchanged("Valorado por Cirugía General y evaluado por Medicina Interna.")
        unchanged("Discussed with charge nurse. Will follow.")
        unchanged("RN pretérmino de 34 semanas, adecuado para la edad gestacional.")
    }
}
