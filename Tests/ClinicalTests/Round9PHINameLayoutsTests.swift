import Testing
@testable import Clinical

/// Round 9 (issue 17), second stage: names by their layout — a handover's line separating its facts by dashes ("ACUÑA,
/// Zulma - 79 a. - HC …"), a relative's noun closing a wrapped line and the name opening the next, a resident's year glued
/// to the specialty ("R2MI Ana Ruiz"), a coworker who brings the patient, a lower-case name closed by the signer's profession,
/// a given name that ends like a condition ("Eufemia"). Guards: an institution named after a person in lower case, a saint's
/// name with an apostrophe, a professor's rank after "Prof.", a finding in capitals before a comma.
@Suite struct Round9PHINameLayoutsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func namesByTheirLayout() {
        hidden([
            ("EVOLUCION 02/12/2026 (pase de guardia)\nBARRIOS, Nélida Beatriz - 81 a. - HC 441.120", "Nélida"),    // AR
            ("Cama 4\nQUISPE, Juan Carlos – 67 a – DNI 41287734", "QUISPE"),                                     // PE
            ("Habla quechua, traduce su nieta\nMaría Condori Mamani (17 años).", "Condori"),                     // BO
            ("Viene acompañado por su esposa\nTeresa Villca Choque, quien trae los estudios.", "Villca"),
            ("R2MI Karla Méndez Soto / MB Dr. Luis Aguirre", "Méndez"),                                           // MX
            ("Nota: R3CG Pablo Ibarra Lugo, cirugía general.", "Ibarra"),
            ("Lo trae su compañero de trabajo Wilmer Cabrera tras la caída.", "Wilmer Cabrera"),                // SV
            ("Brought in by his coworker Dylan Brooks after a syncope.", "Dylan Brooks"),                         // US
            ("hc 0441187     dr ernesto vidal paredes cardiologo  ced 7711842", "ernesto vidal"),                // MX lower case
            ("paciente Eufemia Cruz Ramos con dm2 de 20 años", "Eufemia"),
        ])
    }

    @Test func institutionsSaintsRanksAndFindingsStay() {
        unchanged("hospital general dr manuel gea gonzalez, cdmx - urgencias")
        unchanged("Santa Casa de Misericórdia de Sant'Ana do Livramento - Pronto Atendimento")
        let out = redactor.redact("Médico: Dr. Gonzalo Pereira (Prof. Adj.) - Clínica Médica").text
        #expect(out.contains("(Prof. Adj.)"), "a professor's rank is no name: \(out)")
        unchanged("Echo: moderate MR, TR 2+, RVSP 48 mmHg.")
    }
}
