import Testing
@testable import Clinical

/// Round 6 (issue 17): an initial and a surname name a person where the place says so — an age after it ("D.
/// Washington, 46M"), a role in parentheses ("J. Kim (RT)"), a credential or a profession after a comma, a field's colon
/// before it ("Recibe: E. Mamani"), a preposition of people ("con C. Muñoz", "by T. Nguyen"), a sign-off's dash, or a
/// list of such names. Guards: species ("E. Coli", "S. Aureus"), outline headings ("A. Hipertensión", "S. Refiere").
@Suite struct PHIRound6InitialAndSurnameTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func careTeamsAndSignOffs() {
        hidden([
            ("P: D. Washington, 46M, MRN G-4410982. DKA.", "Washington"),                                             // US, I-PASS
            ("Care team: D. Washington (RN), J. Kim (RT), S. Alvarez (PharmD).\nPlan: continue drip.", "Kim"),        // US
            ("Care team: D. Washington (RN), J. Kim (RT), S. Alvarez (PharmD).\nPlan: continue drip.", "Alvarez"),
            ("Equipo de guardia: R. Pérez (R2), M. Gómez (enfermería), L. Fernández.\nSe continúa manejo.", "Fernández"), // MX, a list
            ("Evolución: estable, afebril.\nFirma: A. Sosa\nMat. 55412", "Sosa"),                                      // AR
            ("Paciente evaluado en conjunto con C. Muñoz y P. Contreras, se decide alta.", "Contreras"),              // CL
            ("Equipe: A. Souza (enf.), F. Lima (fisio).\nConduta mantida.", "Souza"),                                  // BR
            ("Entrega de turno a J. Rodríguez a las 19:00. Pendiente hemograma.", "Rodríguez"),                        // CO
            ("Seen with Dr. Patel. Note by T. Nguyen, PA-C.\nAttending: K. O'Brien", "Nguyen"),                       // US
            ("Seen with Dr. Patel. Note by T. Nguyen, PA-C.\nAttending: K. O'Brien", "Brien"),
            ("Interconsulta respondida por G. Quispe, cardiología.\nRecibe: E. Mamani", "Mamani"),                    // PE
            ("Sign-out from R. Gupta to M. Chen at 19:00.", "Gupta"),                                                  // US
            ("Team: Dr. Lee (attending), A. Morales (resident), B. Cohen (intern).", "Cohen"),
            ("Atendió: Dra. M. Xocop / Enf. R. Tzul", "Tzul"),                                                         // GT
            ("Discussed with charge nurse.\n-- J. Kim, RN\n", "Kim"),
            ("Attending: Laura Chen, MD. Consultants: Cardiology (R. Iyer), Nephrology.", "Iyer"),                    // in parentheses
            ("Plan: nebulizaciones, control en 24 h. Dr. M. A. Pereyra - M.N. 112233", "A. Pereyra"),                // AR, two initials
            ("Plan: alta. Atendió en conjunto con J. A. Kim.", "J. A. Kim"),
            ("Paciente de iniciales M.J.R.P., 56 años.", "M.J.R.P"),                                                    // CL
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("A. Hipertensión arterial crónica.\nB. Diabetes mellitus tipo 2.\nP. Control en 1 semana.")
        unchanged("S. Refiere dolor abdominal.\nO. Abdomen blando.\nA. Gastritis.\nP. Omeprazol.")
        unchanged("Urocultivo: E. Coli BLEE (+). Hemocultivo: S. Aureus.")
        unchanged("Plan: vitamin D. Follow up with PCP.\nE. coli in urine culture. S. aureus in wound.")
    }
}
