import Testing
@testable import Clinical

/// Round 6 (issue 17): a field written as a table's cell or in bold keeps its label's meaning — `DNI | 30111222`,
/// `F. Nac. | 12/03/1979`, `**CC:** 1.036.222.111`, `**Fecha de nacimiento:** 02/05/1990` — and a name in capitals
/// after a title that is not (`Dra.ANA RUIZ`); a form's value alone on the line after its label (`DNI:\n30.111.222`).
/// Guards: a table of results, a service in capitals after a rank, a numbered list under a label.
@Suite struct PHIRound6TableAndMarkupFieldsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func cellsAndBoldFields() {
        hidden([
            ("| Nombre | Juan Pérez López | Edad | 45 |\n| DNI | 30111222 | Sexo | M |", "30111222"),          // MX
            ("Nombre | Juan Pérez\nDNI | 30.111.222\nF. Nac. | 12/03/1979", "30.111.222"),                     // AR
            ("Nombre | Juan Pérez\nDNI | 30.111.222\nF. Nac. | 12/03/1979", "12/03/1979"),
            ("**Paciente:** Carlos Mejía Ospina\n**CC:** 1.036.222.111\n**Fecha de nacimiento:** 02/05/1990", "1.036.222.111"), // CO
            ("**Paciente:** Carlos Mejía Ospina\n**CC:** 1.036.222.111\n**Fecha de nacimiento:** 02/05/1990", "02/05/1990"),
            ("Patient Name: **Maria Lopez**  |  MRN: 0045521  |  DOB: 03/04/1980", "0045521"),                  // US
            ("Historia | 0912-4471 | Cama | 4", "0912-4471"),
            ("Dr.Juan Pérez Ruiz - CMP 44521\nDra.ANA RUIZ", "ANA RUIZ"),                                       // PE
        ])
    }

    /// A form's label alone on its line and its value alone on the next.
    @Test func valuesOnTheNextLine() {
        hidden([
            ("Nombre y apellido:\nJuan Carlos Pérez\nDNI:\n30.111.222\nFecha de nacimiento:\n12/03/1979\n", "30.111.222"), // AR
            ("Nombre y apellido:\nJuan Carlos Pérez\nDNI:\n30.111.222\nFecha de nacimiento:\n12/03/1979\n", "12/03/1979"),
            ("Patient Name:\n  Maria Lopez\nMRN:\n  0045521\nDOB:\n  03/04/1980", "0045521"),                             // US
            ("Patient Name:\n  Maria Lopez\nMRN:\n  0045521\nDOB:\n  03/04/1980", "03/04/1980"),
        ])
        unchanged("HC:\n1. Paciente refiere dolor.\nRegistro:\n1500 ml de diuresis")
    }

    @Test func resultTablesAndServicesStay() {
        unchanged("| Glucosa | 126 | mg/dL |\n| Urea | 32 | mg/dL |\n**Plan:** control en 2 semanas")
        unchanged("Servicio: Med. MI, residente R3 CG de guardia.")
    }
}
