import Testing
@testable import Clinical

/// Round 7 (issue 17): a record's or an identity's label keeps its value whatever words qualify it and whatever the
/// value's shape — up to three words before a code ("Historia de salud familiar HSF-14-0338", "carnet de salud infantil
/// SC-VF-06612", "N° de ficha TB LV-2026-0187"), a lower-case numbering word ("no. de empleado E-20931"), a qualified
/// label before a number in joined groups ("Registro clínico 2026-00123"), a one-letter prefix ("Cód. paciente
/// P-12345"), two letter groups before the digits, Chile's SAME and Uruguay's carpeta. Guards: family history, fluid
/// balances, spans of years, a form's date and time.
@Suite struct PHIRound7QualifiedRecordLabelTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func codesAfterQualifiedLabels() {
        hidden([
            ("Consultorio No. 14 - Historia de salud familiar HSF-14-0338\n01/12/2026. Consulta.", "0338"),   // CU
            ("C.I. en tramite   carnet de salud infantil SC-VF-06612\nTutor: madre", "06612"),                 // BO
            ("DNI 46728193, N° de ficha TB LV-2026-0187\nTel control.", "0187"),                              // PE
            ("expediente clínico electrónico ECE-88-1203 del paciente", "1203"),                               // MX
            ("N° de historia clínica SIS HC-2026-0441", "0441"),                                               // PE
            ("Prontuário eletrônico SUS PR-8823-11", "8823"),                                                  // BR
            ("No. de muestra M261201-0332   Sala: Medicina 4", "0332"),                                        // PA
        ])
    }

    @Test func lowerCaseNumberingAndOtherShapes() {
        hidden([
            ("trabajador: Efrain Sotelo, no. de empleado E-20931, puesto: operador", "20931"),                 // MX
            ("no. de historia 77812345 y no. de ingreso ING-2231", "77812345"),
            ("no. de historia 77812345 y no. de ingreso ING-2231", "2231"),
            ("Employee ID E-55821; badge no. B-20931", "55821"),                                               // US
            ("Cód. paciente P-12345", "12345"),                                                                // PA
            ("Registro clínico 2026-00123", "00123"),                                                          // GT
            ("Expediente clínico 1-0987-0654", "0987"),                                                        // CR
            ("Ficha: 1234567  SAME: 445210", "445210"),                                                        // CL
            ("N° de carpeta: 44.120", "44.120"),                                                               // UY
            ("Driver's license: D123-4567-8901", "4567"),                                                      // US
            ("Licencia de conducir A12345678", "A12345678"),                                                   // MX
            ("Policy #: 88123-44  Group #: G-5501", "5501"),                                                   // US, a plan's group
        ])
    }

    @Test func historiesBalancesAndDatesStay() {
        unchanged("Historia familiar 2019-2023 sin eventos.")
        unchanged("Lote: AB1234 Vence: 12/2027. Registro Sanitario INVIMA 2019M-0012345")
        unchanged("Glucose 95 mg/dL 70-99. Creatinine 0.9 mg/dL 0.60-1.29.")
        unchanged("Registro de diuresis 1500 ml en 24 h.")
        unchanged("FICHA DE ATENDIMENTO  01/12/2026 14:05\nQueixa: febre.")
        unchanged("Historia de la enfermedad actual: 3 días de fiebre.")
        unchanged("Se suspende: no. Refiere no. de episodios 3 al día.")
    }
}
