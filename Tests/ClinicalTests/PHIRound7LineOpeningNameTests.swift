import Testing
@testable import Clinical

/// Round 7 (issue 17): a name by the place it opens — a register's line or a handover's bed, box or room — closed by what
/// only follows a person: an age ("Tobías Aquino 3 años", "Ramirez Oscar (72)", "PEREZ GOMEZ, Juan  34 a") or an
/// identifier ("Itzel Rodriguez  ced 8-902-1147", "Walter Daniel Píriz 3.419.086-9", "Aurelia Hdz. Rosas HERA…");
/// initials after a bed's label with the full name in parentheses; "MD" before a known given name; a lower-case title,
/// initial and surname ("dr j. parra"); "de 45 años" closing a lower-case name. Guards: diagnoses with their years, a
/// free bed, drugs and their strengths, a laboratory's branch, saints' places, institutions named after people.
@Suite struct PHIRound7LineOpeningNameTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func registerAndBedLines() {
        hidden([
            ("EVOLUCION 01/12/2026\nFernandez Iturralde, Graciela Beatriz - DNI 14.339.502 - HC 1.884.307", "Fernandez Iturralde"),   // AR
            ("EVOLUCION 01/12/2026\nFernandez Iturralde, Graciela Beatriz - DNI 14.339.502 - HC 1.884.307", "Graciela"),
            ("Cama 12 - Ramirez Oscar (72) HC 220417: ingreso x ACV", "Ramirez"),                        // AR, a handover
            ("Cama 14 - Benitez, Norma (81) HC 220502: ITU", "Norma"),
            ("Box 3: Sosa Cabrera, María del Carmen, 47 a, CI 4.127.730-2", "Sosa Cabrera"),              // UY
            ("Bed 7 - Harris, Donna 71F s/p CABG", "Harris"),                                              // US
            ("Room 302 - Garcia, Maria, 82F, hip fx", "Garcia"),
            ("Hospital Mexico. Consulta externa\nVargas Solano Ana Yancy   ced. 1-0987-0654", "Vargas Solano"),   // CR
            ("Policentro de Juan Diaz - CSS\nItzel Rodriguez  ced 8-902-1147", "Itzel"),                  // PA
            ("nota de evolucion\nAurelia Hdz. Rosas HERA550919MMCRSR01 71a exp 0412", "Aurelia"),          // MX
            ("Policlínica Casavalle.\nWalter Daniel Píriz 3.419.086-9 64 a.  Consulta", "Píriz"),          // UY
            ("Urgencias 1/12/26\nTobías Aquino 3 años, acompañado por su abuela", "Tobías"),               // PY
            ("PEREZ GOMEZ, Juan  34 a  HC 12345", "PEREZ GOMEZ"),                                          // register in capitals
            ("Sala 2, cama 4: GIMENEZ, Héctor 71 a", "GIMENEZ"),
            ("Quispe Mamani Rosa   DNI 41287734   HC 55210", "Quispe Mamani"),                             // PE
            ("traduce el tio\nDerlis Aquino 0981 442 719). HC 55903.", "Derlis"),                          // a phone closes it too
            ("Pacientes:\n1. Juan Pérez Huamán 45a DM2\n2. Rosa Quispe 70a neumonía", "Rosa Quispe"),         // a list of patients
            ("Censo:\n- Ana Ruiz, 70, neumonía\n- Pedro Soto, 66 a, EPOC", "Pedro Soto"),
        ])
    }

    @Test func initialsTitlesAndLowerCase() {
        hidden([
            ("Cama 4. Q. R. A. (Quintero Rubalcava Agustin), 58a, exp HC-0448213", "Q. R. A."),           // MX
            ("Cama 4. Q. R. A. (Quintero Rubalcava Agustin), 58a, exp HC-0448213", "Quintero Rubalcava"),
            ("Contacto: su compañera Leidy Rentería.\nMD Alvaro Guzman / R2 cirugia Natalia Cuero", "Alvaro Guzman"),   // CO
            ("Seen with MD Kevin Lee today.", "Kevin Lee"),                                                // US
            ("famil: hija Oriana Guédez\ndr j. parra r2 mi", "parra"),                                     // VE, lower case
            ("paciente maria lopez de 45 años, consulta por tos", "maria lopez"),
            ("Entrega: R2 Alan Cisneros\nRecibe: Gómez", "Gómez"),                                          // one surname after a role
            ("Equipo: Soto / Ruiz / Pérez", "Ruiz"),
            ("Equipo: Soto / Ruiz / Pérez", "Pérez"),
        ])
    }

    @Test func wordsThatOpenLinesStay() {
        unchanged("Diabetes Mellitus 2 de 10 años. Hipertensión Arterial 15 años.")
        unchanged("Cama 12 - libre. Cama 14 - en limpieza.")
        unchanged("Madre: Diabetes. Padre: Hipertensión. Responsable: Paciente.")
        unchanged("Recuento Plaquetario 250000\nRecuento Leucocitario 4.500.000\nGlucemia Capilar 145 mg/dl\nEdad Gestacional 38 semanas")
        unchanged("Troponin I 0.04 ng/mL\nLipid Panel 2026\nReview Of Systems 12 points\nBed 4 - Chest Pain 2 h\nCama 5: Insuficiencia Cardiaca Descompensada, 3 días")
        unchanged("1. Losartán 50 mg c/12h\n2. Metformina 850 mg\n- Enalapril Maleato 10 mg\nRecibe: Paracetamol 1 g IV. Equipo: Monitor / Desfibrilador.")
        unchanged("Plan:\n1. Control Glucémico 2 veces al día\n2. Dieta Hiposódica 3 meses")
        unchanged("Metformina Tabletas 850 mg. Losartán Potásico 50 mg.")
        unchanged("Insuficiencia Cardiaca 66 años de evolución")
        unchanged("Type 2 Diabetes 12 years. Heart Failure (2019).")
        unchanged("PASE DE GUARDIA - HIGA San Martin, La Plata\nCama 12 - control")
        unchanged("Hospital Nacional de la Mujer \"Dra. Maria Isabel Rodriguez\", San Salvador")
        let lab = "LABORATORIO CLINICO BIOMEDIC\nSucursal Coyoacán                                       Folio: LB-0938812"
        #expect(redactor.redact(lab).text.contains("Sucursal Coyoacán"), "\(redactor.redact(lab).text)")
        unchanged("Policentro de Juan Diaz - CSS\nRx: amoxicilina 500 mg VO c/8h")
    }
}
