import Testing
@testable import Clinical

/// Round 6 (issue 17): a known given name followed by a surname is a person's name in prose with no cue before it
/// ("Se comunica telefónicamente Margarita Oyarzun", "Spoke with Jennifer Walsh", "valoró Alan Cisneros"). Guards:
/// hospitals, schools, streets, parks and towns named after people, a street before its house number, eponyms, and
/// a name word followed by an institution's ("Henry Ford Hospital").
@Suite struct PHIRound6GivenNameInProseTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func namesInProse() {
        hidden([
            ("Se comunica telefónicamente Margarita Oyarzun, quien informa que el paciente no tomó sus medicamentos.", "Oyarzun"), // CL
            ("Se realiza interconsulta; valoró Alan Cisneros y sugiere iniciar antibiótico.", "Cisneros"),                          // MX
            ("Spoke with Jennifer Walsh from case management regarding discharge.", "Walsh"),                                        // US
            ("Trae informe firmado por Gustavo Ledesma del servicio de traumatología.", "Ledesma"),                                  // AR
            ("Llega en compañía de Diana Patricia Restrepo, vecina.", "Restrepo"),                                                   // CO
            ("Informações fornecidas por Joana Ferreira, cuidadora.", "Ferreira"),                                                   // BR
            ("Case discussed with Megan Foster in pharmacy.", "Foster"),                                                             // US
            ("Informa Rogelio Castañeda (trabajo social) que no hay cama.", "Castañeda"),                                            // MX
            // A given name the list lacks, before a common surname in mid-sentence.
            ("Se comunica por teléfono Yuleisi Rodríguez, vecina de la paciente.", "Yuleisi"),                                       // CU
            ("Informe leído y firmado por Yariela Castillo, técnica.", "Yariela"),                                                   // PA
            ("Acompaña a la paciente su nuera Dayami Pérez Soto.", "Dayami"),
            ("Spoke with patient's son, Michael, and daughter-in-law Jessica Park.", "Jessica Park"),
        ])
    }

    @Test func placesAndInstitutionsNamedAfterPeopleStay() {
        for text in [
            "Referido al Hospital Carlos Andrade Marín para valoración por cardiología.",
            "Control en el Hospital Roberto del Río. Vacunas al día.",
            "Vive cerca de la Escuela Simón Bolívar en Maracay.",
            "Estudiante de la Universidad Juan Agustín Maza.",
            "Consulta en Centro de Salud Manuel Belgrano, derivado a Fundación Valle del Lili.",
            "Egresa del Hospital Nacional Guillermo Almenara Irigoyen con indicaciones.",
            "Nacido en la Maternidad Concepción Palacios. Vacunado en el Policlínico Juan Pablo II.",
            "Referencia al Hospital Materno Infantil Germán Urquidi.",
            "Síndrome de Stevens Johnson descartado. Escala de Glasgow 15. Signo de Murphy negativo.",
            "Procedente de San Pedro Sula. Trabaja en Puerto Ordaz y Ciudad Bolívar.",
            "Residente de Villa Carlos Paz, Córdoba.",
            "Followed at Henry Ford Hospital and Mary Washington Healthcare.",
            "Referred to Sarah Cannon Cancer Institute. Seen at the Walter Reed clinic last year.",
            "Wilson Disease was ruled out. Foley Catheter removed on day 2.",
            "Laboratorio: Juan Bautista Alberdi 1200 (sede central).",
            "Referido del Hospital San Juan de Dios de Estelí al Hospital Escuela Oscar Danilo Rosales.",
            "Derivada a Ginecología. Valorada por Medicina Interna y Cirugía General.",
            "Atendida en la Clínica Castillo y luego en el Mercado Martínez de Lima.",
            "Se inicia Enalapril. Control con Cardiología Pérez no disponible.",
        ] { unchanged(text) }
    }
}
