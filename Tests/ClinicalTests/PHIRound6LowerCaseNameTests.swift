import Testing
@testable import Clinical

/// Round 6 (issue 17): a name typed without capitals where a capitalised one would be — after a name's label ("nombre:
/// wilmer jose rondon"), the patient's word ("pcte wilmer jose rondon 38a", "la paciente carla gimenez, quien…"), a
/// relative's label ("madre: sandra pizarro,") or a title ("dra yaritza blanco" on its line). Guards: lower-case
/// findings after the same words ("paciente alerta orientada", "dr indica reposo", "Patient: alert oriented").
@Suite struct PHIRound6LowerCaseNameTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func lowerCaseNames() {
        hidden([
            ("nombre: wilmer jose rondon\nedad: 34 años\nmotivo: dolor abdominal", "rondon"),                  // VE
            ("ambulatorio urbano. pcte wilmer jose rondon 38a ci 17.335.804\nrefiere fiebre", "wilmer jose rondon"), // VE
            ("plan: reposo, hidratacion. control 48h\ndra yaritza blanco\n", "yaritza blanco"),                 // VE
            ("Paciente: yaritza blanco, 28 años, acude por fiebre.", "yaritza"),
            ("Acompañante: luz dary moreno (madre), tel 3104455667", "luz dary moreno"),                         // CO
            ("pte: jose luis hernandez martinez  edad 61\nmedico: dra. ana lopez", "hernandez martinez"),        // MX
            ("pte: jose luis hernandez martinez  edad 61\nmedico: dra. ana lopez", "ana lopez"),
            ("Patient name: maria gonzalez\nDOB: 03/04/1980", "gonzalez"),                                       // US
            ("se entrevista a la paciente carla gimenez, quien refiere cefalea de 3 dias.", "gimenez"),           // AR
            ("Madre: sandra pizarro, refiere que el niño tose hace 3 dias.", "pizarro"),                          // CL
            ("nombre: juan carlos de la cruz\ncedula: 001-1234567-8", "de la cruz"),                               // DO
            ("Paciente: joana dos santos silva, 52 anos", "santos silva"),                                        // BR
            ("pt: jose rivera, 67 y/o, hx of chf", "rivera"),                                                     // PR
        ])
    }

    @Test func lowerCaseFindingsStay() {
        unchanged("paciente alerta orientada, hidratada.\ndr indica reposo\nsra refiere dolor lumbar\npte estable sin cambios")
        unchanged("paciente: consciente, hidratado, afebril\nnombre del medicamento: amoxicilina")
        unchanged("Patient: alert oriented\nPaciente: masculino adulto\nnombre: no refiere")
        unchanged("Patient: alert and oriented x3, no acute distress.")
        unchanged("paciente hemodinamicamente estable\ndra solicita tac craneal")
    }
}
