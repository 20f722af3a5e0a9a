import Testing
@testable import Clinical

/// Names of patients, relatives and clinicians after role labels and in signature blocks: relatives in Spanish,
/// Portuguese and English ("Contato: marido …", "Yerno:", "Cuñada …"), a relative's name in parentheses a few words
/// after the relative ("Wife at bedside (…)"), the patient named by a role ("Gestante:", "Puérpera:"), professions
/// recognised by their suffix ("Bacterióloga:", "Endocrinólogo:", "Psiquiatra:"), nurse practitioners' credentials,
/// untitled signature blocks. Diseases written in capitals after a relative are a family history, never a name, and
/// "médico" as an adjective ("Dx médico:", "Tratamiento médico:") announces no clinician.
@Suite struct PHIRoleLabelNamesTests {
    let redactor = PHIRedactor()

    func check(_ cases: [(String, String)]) {
        for (text, name) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(name), "\(name) in \(out)")
        }
    }

    @Test func relativesInThreeLanguages() {
        check([
            ("Contato: marido Rodrigo Azevedo, (51) 99873-4410", "Rodrigo Azevedo"),    // Brazil
            ("Acompanhante: filha Beatriz Lima", "Beatriz Lima"),
            ("Yerno: Óscar Villalta, vive con la paciente", "Óscar Villalta"),           // El Salvador
            ("Cuñada Leticia Paz acompaña a la paciente.", "Leticia Paz"),
            ("Viene con su nuera Marta Choque.", "Marta Choque"),                        // Bolivia
            ("Lives with her fiancé, Dylan Brooks.", "Dylan Brooks"),
            ("Contact: niece Hannah Ortiz", "Hannah Ortiz"),
        ])
    }

    @Test func aRelativesNameInParenthesesAfterTheRelative() {
        check([
            ("Husband at bedside (Mark Ellison, 313-555-0188).", "Mark Ellison"),
            ("Wife present (Tanya Moore) and agrees with plan.", "Tanya Moore"),
            ("Acude con su madre, presente (Rosa Ticona), quien refiere…", "Rosa Ticona"),
        ])
    }

    @Test func aOneWordNameInApposition() {
        check([
            ("Se comunica con la hija, Verónica, por teléfono.", "Verónica"),
            ("Su madre, Rosa, refiere fiebre de 3 días.", "Rosa"),
            ("Her son, Tyler, drove her in.", "Tyler"),
        ])
        // A verb or a section after the comma is no name.
        let out = redactor.redact("Acude con la madre, Refiere tos. Vino con su hijo, Paciente tranquilo.").text
        #expect(out.contains("Refiere tos") && out.contains("Paciente tranquilo"), "\(out)")
    }

    @Test func thePatientNamedByARole() {
        check([
            ("Gestante: Yolanda Mamani Quispe   DNI 70451236", "Yolanda Mamani Quispe"),   // Peru
            ("Puérpera: Carla Benítez, 2do día", "Carla Benítez"),                        // Paraguay
            ("RN de: Ana Quispe Soto", "Ana Quispe Soto"),
            ("Consultante: Mario Fuentes Lagos", "Mario Fuentes Lagos"),                  // Chile
        ])
    }

    @Test func professionsByTheirSuffix() {
        check([
            ("Bacterióloga: Luz Dary Ortiz  T.P. 21.334", "Luz Dary Ortiz"),              // Colombia
            ("Endocrinólogo: Hernán Ospina Gil", "Hernán Ospina Gil"),
            ("Neumóloga tratante: Irene Soto Vidal", "Irene Soto Vidal"),
            ("Psiquiatra: Eva Ruiz Prado", "Eva Ruiz Prado"),
            ("Fonoaudióloga: Camila Herrera", "Camila Herrera"),
            ("Cardiologista: Paulo Teixeira", "Paulo Teixeira"),                          // Brazil
            ("Radiologist: Ingrid Holm", "Ingrid Holm"),
            ("Fisioterapeuta: Diego Arce", "Diego Arce"),
        ])
    }

    @Test func credentialsAndSignatureBlocks() {
        check([
            ("Next visit in 4 weeks.\nJordan Ellis, PMHNP-BC", "Jordan Ellis"),
            ("Kelly Brandt, AGACNP-BC, pager 4412", "Kelly Brandt"),
            ("Plan: control en 1 mes.\n\nPatricia Alvarado Rey\nMédica Familiar\nCMP 54321", "Patricia Alvarado Rey"),
            ("Indicaciones dadas.\n______________________\nEsteban Quiroga\nTraumatólogo", "Esteban Quiroga"),
            ("Cordialmente,\n\nAndrés Felipe Mora Díaz\nMédico Internista\nRM 1023456", "Andrés Felipe Mora Díaz"),
        ])
    }

    @Test func patientsNamesInCapitalsAndTitlesForEitherGender() {
        check([
            ("Paciente MARTINEZ LOPEZ, JUAN CARLOS de 45 años, consulta por tos.", "MARTINEZ LOPEZ"),
            ("Patient DOE, JANE  DOB 01/02/1960", "DOE, JANE"),
            ("Dr(a). Silvia Benavides, medicina familiar", "Silvia Benavides"),
            ("Resident: Nina Patel, MD PGY-2", "Nina Patel"),
        ])
        // Capitals after the label that describe the patient are no name; a child is no name.
        let out = redactor.redact("PACIENTE MASCULINO DE 45 AÑOS CON DOLOR. Niña de 5 años con fiebre. Paciente: Nino de 4 años.").text
        #expect(out.contains("MASCULINO DE 45") && out.contains("Niña de 5") && out.contains("Nino de 4"), "\(out)")
    }

    @Test func aNameEndsBeforeAnIdentifierLabel() {
        let text = "Médica: Ana Paula Rezende CRM-SP 154872"
        let red = redactor.redact(text)
        #expect(red.replacements.contains { $0.kind == .name && $0.original == "Ana Paula Rezende" }, "\(red.replacements)")
        #expect(!red.text.contains("154872"))
    }

    @Test func conditionsAfterARelativeAreAFamilyHistory() {
        let text = "Madre: Diabetes Mellitus. Padre: Cáncer de Próstata. Hermano: Asma. Father: Coronary Artery Disease. Mother: Breast Cancer."
        #expect(redactor.redact(text).replacements.isEmpty, "\(redactor.redact(text).text)")
        // Andean surnames that look like words stay names: "Choque", "Mamani".
        check([("Madre: Gregoria Choque Mamani", "Gregoria Choque Mamani"), ("Padre: Ramón Agudo Peña", "Ramón Agudo Peña")])
    }

    @Test func medicoAsAnAdjectiveAnnouncesNoClinician() {
        let text = """
        Dx médico: Neumonía adquirida en la comunidad
        Tratamiento médico: Amoxicilina 500 mg VO c/8h
        Manejo clínico: Losartán 50 mg VO c/24h
        Alta médica: Mejoría clínica
        Ref: Remisión de la paciente a cardiología
        """
        #expect(redactor.redact(text).replacements.isEmpty, "\(redactor.redact(text).text)")
        // The clinician's own field still names one.
        check([("Nombre del médico: Julio Paredes", "Julio Paredes"), ("Médico: Julio Paredes", "Julio Paredes")])
    }
}
