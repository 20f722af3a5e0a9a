import Testing
@testable import Clinical

/// Round 8 (issue 17): names by their form and their place — a surname opening with an apostrophe's prefix or a capitalised
/// particle after a label ("O'Brien, Thomas", "DE LEON BATISTA, ERIC JOEL"), initials spaced after their periods and the
/// full name in parentheses after them, a name in parentheses closed by the relative's noun ("(Yariela Batista, madre)")
/// or opened after a role's word, a signer's name right before the signer's registration ("Tecnólogo médico J. Ramos
/// Yarleque CTMP 5512"), a title after a sentence that ends on an institution's word ("con laboratorio. Dr. Fabio
/// Kowalski"), an unknown surname alone after a clinician's role label ("Recibe: Tzunux"). Guards: institutions named after
/// people (in quotes too), a plan's name after "Plan médico:", drugs and services after role labels.
@Suite struct PHIRound8NameFormsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func surnamesOpeningWithAPrefixOrAParticle() {
        hidden([
            ("Patient: O'Brien, Thomas   MRN HSS2201938", "Brien"),                       // US
            ("Patient: O'Brien, Thomas   MRN HSS2201938", "O'"),
            ("Paciente: D'Alessandro, María   HC 44120", "Alessandro"),                   // AR
            ("Nombre: DE LEON BATISTA, ERIC JOEL   Cedula: 6-712-1890", "DE LEON"),       // PA
            ("Nombre: DEL CASTILLO RUIZ, ANA   DNI 30111222", "DEL CASTILLO"),            // PE
            ("Paciente: DE LA CRUZ MAMANI, JUANA   DNI 40123321", "DE LA CRUZ"),
        ])
    }

    @Test func initialsAndParenthesisedNames() {
        hidden([
            ("Pte F. G. M. (Facundo German Molina), 31 a., HC B-55219.", "F. G. M."),             // AR
            ("Pte. M. A. R. (Mariela Alejandra Ruiz), 22 años.", "Mariela Alejandra"),
            ("Tel. acudiente (Yariela Batista, madre) 6612-4478", "Yariela"),                      // PA
            ("(Familiar: Teresa Colque, hija)", "Colque"),                                          // BO
            ("Contacto (Rosa Díaz, esposa) llamar mañana.", "Rosa Díaz"),
        ])
    }

    @Test func signersBeforeTheirRegistration() {
        hidden([
            ("Tecnologo medico J. Ramos Yarleque CTMP 5512", "Ramos Yarleque"),                    // PE
            ("Retorno 30 dias con laboratorio. Dr. Fabio Kowalski - CRM-PR 28.993", "Kowalski"),   // BR
            ("Bioquímica L. Fernández Paz M.P. 2231", "Fernández"),                                // AR
            ("Lic. en Obstetricia Rocío Huamán COP 12345", "Huamán"),                               // PE
        ])
    }

    @Test func surnamesInCapitalsAfterATitle() {
        hidden([
            ("Sr. MUÑOZ y Sra. IBÁÑEZ presentes.", "MUÑOZ"),       // CL
            ("Sr. MUÑOZ y Sra. IBÁÑEZ presentes.", "IBÁÑEZ"),
            ("Valorado por Dr. QUINTANILLA ROJAS en la tarde.", "QUINTANILLA ROJAS"),
        ])
        unchanged("Dr. de turno: UCI llena. Dra. de guardia en quirófano.")
    }

    @Test func unknownSurnamesAfterRoleLabels() {
        hidden([
            ("Recibe: Tzunux. Entrega: Dra. Ixcot.", "Tzunux"),              // GT
            ("Responsable: Chuc. Supervisa: Dr. Yupanqui.", "Chuc"),
            ("Recibe: Tzunux", "Tzunux"),
        ])
    }

    @Test func institutionsPlansDrugsAndServicesStay() {
        unchanged("CONTROL PRENATAL - Centro de Salud Urbano T-III \"Jose Castro Villagrana\", Tlalpan")
        unchanged("HOSPITAL GENERAL DE ZONA No. 2 \"LIC. ADOLFO LOPEZ MATEOS\", HERMOSILLO, SONORA")
        unchanged("Plan medico: Vital, cobertura completa.")
        unchanged("Recibe: Metformina 850 mg. Responsable: Servicio de Pediatría.")
        unchanged("Madre con HTA. Padre: DM2. Hermano sano.")
        unchanged("Hospital Dr. Arnulfo Arias Madrid. Policlínica Dr. Roberto Ramirez de Diego.")
    }
}
