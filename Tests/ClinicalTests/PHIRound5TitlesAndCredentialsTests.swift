import Testing
@testable import Clinical

/// Round 5 (issue 17): "Md."/"MD." written for médico before a name; a comma ends an institution's name, so the title
/// after it opens a person's ("Hospital Sótero del Río, Dr. …"); a practice's clinician when a licence follows the name
/// ("Consultorio Dr. Jaime Ospina RM 17402"); therapists', counsellors' and dietitians' credentials (LICSW, LMFT, RDN);
/// "Niño" as a surname after a name word. Guards: institutions named after people, "MD" as a state or a credential,
/// professions after "Attending" or an article.
@Suite struct PHIRound5TitlesAndCredentialsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func titlesAndCommasBeforeAName() {
        hidden([
            ("Profesional: Md. Jennifer Zambrano Cedeño   Código MSP 0920417783", "Jennifer Zambrano Cedeño"),
            ("Lcda. enf. Maritza Quilumbaquín / Md. Andrés Pozo", "Andrés Pozo"),
            ("Valorado por MD. CARLOS LOOR ZAMBRANO, traumatología.", "CARLOS LOOR ZAMBRANO"),
            ("Se comunica con residente del Hospital Sótero del Río, Dr. Rodrigo Fuenzalida, quien acepta.", "Rodrigo Fuenzalida"),
            ("Centro de Salud Tupac Amaru, Dra. Milagros Ccori, de turno.", "Milagros Ccori"),
            ("FORMULA MEDICA - Consultorio Dr. Jaime Ospina RM 17402", "Jaime Ospina"),
            ("Consultorio Dra. Elena Paz CMP 44120", "Elena Paz"),
        ])
    }

    @Test func credentialsAndSurnames() {
        hidden([
            ("Start CBT for panic with Dana Whitfield, LICSW.", "Dana Whitfield"),
            ("Referred to Karen Liu, LMFT, and Omar Haddad, PsyD.", "Karen Liu"),
            ("Diet counselling by Rosa Mendes, RDN.", "Rosa Mendes"),
            ("interconsulta de la paciente Martha Lucía Ardila Niño (CC 63.512.448), 45 años.", "Martha Lucía Ardila Niño"),
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("Hospital Dr. Salvador Allende\nConsultorio Dr. Alejandro del Río\nPerforming lab: Quest, Baltimore MD. Medical Director on call.\nDiscussed with the Attending Psychiatrist.\nValorada por la Cardióloga de turno.\nNiña de 8 años.\nMD Anderson protocol reviewed.")
    }
}
