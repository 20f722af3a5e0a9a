import Testing
@testable import Clinical

/// Round 7 (issue 17): phones in the forms notes write them without a cue word — alone in parentheses ("trabaja en la
/// capital (5521-8834)", "(099 318 442)"), after a relative's noun in parentheses ("(hijo) 71560293", "(prima)
/// 6677-0399"), after a call's "al"/"at" ("se avisa a la esposa al 099 123 456", "reached at 555-0142"), one undivided
/// group after a name — and more cue words ("Telef.", "fijo", "recado"). Guards: spans of years, reference ranges,
/// doses and counts after "al", a service's line.
@Suite struct PHIRound7PhoneFormsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func phonesWithoutACueWord() {
        hidden([
            ("su hijo Esteban Ajanel trabaja en la capital (5521-8834).", "5521-8834"),                 // GT
            ("Esposo Gustavo Techera pide informe a las 14 hs (099 318 442).", "318 442"),              // UY
            ("Familiar: Fidel Quispe Mamani (hijo) 71560293", "71560293"),                               // BO
            ("Madre: Rosa Pérez (madre) 7788 1299", "7788 1299"),                                        // SV
            ("acompañante (prima) 6677-0399", "6677-0399"),                                              // PA
            ("Se avisa a la hija, Maritza Flores, al 9765-1299.", "9765-1299"),                          // HN
            ("Se avisa a la esposa al 099 123 456.", "123 456"),                                         // UY
            ("el vecino avisó al 8812 3456 de la hija", "8812 3456"),                                    // NI
            ("Daughter Linda can be reached at 555-0142.", "555-0142"),                                  // US
            ("hermano Juan Pérez (8812 3499)", "8812 3499"),                                             // NI
            ("Se comunica con el esposo al 300 123 4567.", "123 4567"),                                  // CO
            ("Acudiente: Luz Dary Moreno 3001234567", "3001234567"),                                     // CO
            ("Esposa (Marta) 7788-1299", "7788-1299"),                                                   // SV, the name in parentheses
            ("Contacto familiar: Rosa 8845 2210 / Pedro 8812 3456", "Pedro"),                            // a given name alone
        ])
    }

    @Test func moreCueWords() {
        hidden([
            ("Telef. 7 832 4455, móvil +53 5 2345678", "832 4455"),                                      // CU
            ("Fono contacto +56 9 8765 4321; fijo (2) 2345 6789.", "2345 6789"),                         // CL
            ("Telefone: (11) 98765-4321; recado (21) 3456-7890.", "3456-7890"),                          // BR
        ])
    }

    @Test func numbersThatAreNoPhones() {
        unchanged("Periodo (2019-2023) sin control. Hb (13.5-17.5), VCM (80-100), plaquetas (150000-450000).")
        unchanged("Dosis al 1 000 000 UI. Aumentar al 10 500 000 unidades. Subir al 35 40 50.")
        unchanged("Informes al 01 411 6200. Citas al 01 411 6300.")
        unchanged("Clínica San Rafael (2222-3333), Laboratorio Central (2245-1100).")
        unchanged("Lote 4455-2231 de la vacuna, vence 2027. Leucocitos (4500-11000).")
        unchanged("Peso 3200 g (percentil 50). Penicilina benzatínica 2 400 000 UI IM.")
        unchanged("HbA1c 7.2 (2026-11-01). Control (2026-12-15). Ver (12-03-2026).")
    }
}
