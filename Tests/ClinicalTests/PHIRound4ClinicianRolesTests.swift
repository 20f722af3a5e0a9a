import Testing
@testable import Clinical

/// Round 4 (issue 17): clinicians named by the ward's hierarchy and the theatre team ("Adjunto:", "Staff:",
/// "Fellow:", "R2:", "Primer ayudante:", "Instrumentadora:", "Transcribe:"), by the abbreviated "Med."/"Méd." and
/// "Aux.", by a role with a qualifier in parentheses ("Nieta (cuidadora):", "Enfermero(a):", "Emergency contact
/// (daughter):"), by a profession after the name and a comma ("Pedro Salinas, médico residente"), and a private
/// practice's clinician ("Consultorio Pediátrico Dra. …"). Guards: specialties after "Med.", a study after "Adjunto:",
/// an institution named after a person, a plan's sentence over a signature, a field's own label words.
@Suite struct PHIRound4ClinicianRolesTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func theWardsHierarchyAndTheTheatreTeam() {
        hidden([
            ("Residente: Yelitza Campos  Adjunto: Reinaldo Suárez Pino", "Reinaldo Suárez Pino"),   // Venezuela
            ("R2: Daniela Mora   R1: Kevin Rojas\nPlan: alta.", "Kevin Rojas"),                     // Peru, Colombia
            ("Staff: Ricardo Almeida\nFellow: Sarah Kim", "Sarah Kim"),
            ("Cirujano: Fabián Ortega   Primer ayudante: Luis Peña   Instrumentadora: Sonia Vera", "Sonia Vera"),
            ("Arsenalera: Paula Cid  Pabellonera: Rosa Lillo", "Rosa Lillo"),                       // Chile
            ("Transcribe: Luisa Fernández\n", "Luisa Fernández"),
            ("Enf. Gabriela Soto / Aux. Pedro Llanos", "Pedro Llanos"),
        ])
    }

    @Test func abbreviatedMedicoBeforeTheName() {
        hidden([
            ("Tto: enalapril 5 mg VO BID.\nMed. Carmen Julia Salgado\n", "Carmen Julia Salgado"),   // Nicaragua
            ("Méd. Álvaro Quispe - Medicina General", "Álvaro Quispe"),
        ])
    }

    @Test func aRoleWithAQualifierInParentheses() {
        hidden([
            ("Nieta (cuidadora): Andrea Villalba Gil\n", "Andrea Villalba Gil"),
            ("Madre (tutora legal): Karina López", "Karina López"),
            ("Enfermero(a): Carlos Iriarte", "Carlos Iriarte"),
            ("Emergency contact (daughter): Lisa Moreno 305-555-0199", "Lisa Moreno"),
            ("Hijo (acompañante): Raúl Ibáñez", "Raúl Ibáñez"),
        ])
    }

    @Test func aProfessionAfterTheNameAndAComma() {
        hidden([
            ("Nota de Pedro Salinas, médico residente.", "Pedro Salinas"),
            ("Valoró Ana Ruiz Prado, enfermera de turno.", "Ana Ruiz Prado"),
            ("Interconsulta respondida por Luis Soto Vega, cardiólogo.", "Luis Soto Vega"),
            ("Reviewed with Megan Price, nurse practitioner.", "Megan Price"),
        ])
    }

    @Test func aPrivatePracticesClinician() {
        hidden([
            ("Consultorio Pediátrico Dra. Mariela Urdaneta - Maracaibo\nNiño con fiebre.", "Mariela Urdaneta"),
            ("Consultorio del Dr. Jorge Paredes, Quito", "Jorge Paredes"),
            ("Despacho de la Dra. Irene Lugo, Ginecología", "Irene Lugo"),
        ])
    }

    @Test func specialtiesInstitutionsAndSentencesStay() {
        let text = """
        Med. Interna: paciente estable. Med. Física y Rehabilitación: terapia.
        Adjunto: Radiografía de Tórax. Adjunto: Hemograma Completo.
        Hospital Dr. Salvador Allende, Servicio de Medicina. CESFAM Dr. Alejandro del Río.
        Solicito CPRE.
        Medico de guardia: de turno
        Patient Name: see chart. Mother: Type 2 Diabetes. Father: Coronary Artery Disease.
        Servicio de Cardiología, cardiólogo de turno avisado.
        Case discussed with the Attending Physician. Seen by the Physical Therapist.
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }
}

/// Round 4 (issue 17): clinicians named in free prose by their profession after an article, and people named in a
/// certificate's formula ("Se hace constar que …", "Certifico que …", "…, portador de la cédula …").
@Suite struct PHIRound4ProseClinicianAndCertificateTests {
    let redactor = PHIRedactor()

    @Test func aProfessionAfterAnArticleThenTheName() {
        for (text, name) in [("Atendida por la obstetra Milagros Rojas en el parto.", "Milagros Rojas"),
                             ("Valorado por el cardiólogo Iván Pardo Gil, quien indica ecocardiograma.", "Iván Pardo Gil"),
                             ("Seen by the nephrologist Amy Cole on rounds.", "Amy Cole"),
                             ("Avaliada pela fisioterapeuta Bruna Castro.", "Bruna Castro")] {
            let out = redactor.redact(text).text
            #expect(!out.contains(name), "\(name) in \(out)")
        }
        let text = "Valorado por el cardiólogo de guardia. La nutricionista indica dieta. Seen by the nephrologist today."
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }

    @Test func aCertificatesFormula() {
        for (text, name) in [("Se hace constar que Pedro Pablo Núñez, portador de la cédula V-14.556.778, fue atendido.", "Pedro Pablo Núñez"),
                             ("Certifico que Luis Alberto Mora requiere reposo por 3 días.", "Luis Alberto Mora"),
                             ("This is to certify that Grace Howard was seen today.", "Grace Howard"),
                             ("Se atendió a Nora Beltrán Ríos, identificada con CC 52.441.903.", "Nora Beltrán Ríos")] {
            let out = redactor.redact(text).text
            #expect(!out.contains(name), "\(name) in \(out)")
        }
    }
}
