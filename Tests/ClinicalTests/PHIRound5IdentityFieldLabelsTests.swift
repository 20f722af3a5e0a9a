import Testing
@testable import Clinical

/// Round 5 (issue 17): a header field whose label is the person the document is about (employers', insurers',
/// schools' and registries' nouns: "Trabajador:", "Asegurado/a:", "Niño/a:", "Socio:", "Employee:", "Segurado:",
/// "Apellido paterno:") holds a name in any field form; whom to call and who called ("CONTACTO    :", "avisar a:",
/// "Llamado por:") and an operative note's team ("Surgeon:", "Assistant:", "Anesthesia:"). Guards: such labels with a
/// value that is no name.
@Suite struct PHIRound5IdentityFieldLabelsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func identityNounsAsFieldLabels() {
        hidden([
            ("Trabajador: Oscar Iván Rdz. Valdés   No. empleado 44817", "Oscar Iván Rdz. Valdés"),
            ("Trabajadora: Ana Gladis Hernández de Portillo   DUI: 04433218-0", "Ana Gladis Hernández de Portillo"),
            ("Asegurado/a: Benítez Ojeda, Nilda Concepción   C.I. N° 2.340.118", "Benítez Ojeda, Nilda Concepción"),
            ("Afiliada: Carmen Rosa Quispe Huamán\nEESS: C.S. San Martín", "Carmen Rosa Quispe Huamán"),
            ("Niño/a: Thiago Benjamín Silveira Pintos   6.021.557-2", "Thiago Benjamín Silveira Pintos"),
            ("Alumno: Kevin Andrés Mora Solís   Grado: 5to", "Kevin Andrés Mora Solís"),
            ("Socio: Washington Pereira Rodríguez   N° 338190-2", "Washington Pereira Rodríguez"),
            ("Employee: Mark Stevens   Dept: Warehouse", "Mark Stevens"),
            ("Segurado: João Carlos Ferreira   Carteira 0098712", "João Carlos Ferreira"),
        ])
    }

    @Test func surnameFields() {
        hidden([
            ("Apellido paterno: VERA  Apellido materno: ALCIVAR  Nombres: JOSE LUIS", "VERA"),
            ("Apellido paterno: VERA  Apellido materno: ALCIVAR  Nombres: JOSE LUIS", "ALCIVAR"),
            ("Primer apellido: Mamani   Segundo apellido: Condori   Nombres: Rosa", "Mamani"),
        ])
    }

    @Test func contactsCallersAndTheTheatreTeam() {
        hidden([
            ("CONTACTO     : Jorge Tapia Muñoz (hijo) +56 9 6201 5590", "Jorge Tapia Muñoz"),
            ("En caso necesario avisar a: Karina Mite (conviviente)  0987 113 050", "Karina Mite"),
            ("Llamado por: Graciela (esposa)\nHora de llegada 10:42.", "Graciela"),
            ("Notificar a: Luis Alberto Cáceres, hermano", "Luis Alberto Cáceres"),
            ("Surgeon: Michael T. Brennan, MD    Assistant: Olivia Park, PA-C", "Michael T. Brennan"),
            ("Surgeon: Michael T. Brennan, MD    Assistant: Olivia Park, PA-C", "Olivia Park"),
            ("Anesthesia: Raj Malhotra, MD\nEBL 200 mL", "Raj Malhotra"),
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("Trabajador: Independiente\nAfiliado: No\nContacto: Madre\nAvisar a: Familiar responsable\nAsistente: Sí\nAnesthesia: General endotracheal\nSurgeon: Orthopedics\nApellido paterno: (no consigna)")
    }
}
