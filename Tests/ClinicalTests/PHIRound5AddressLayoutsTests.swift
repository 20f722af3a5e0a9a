import Testing
@testable import Clinical

/// Round 5 (issue 17): an address opening with a neighbourhood then a street, with or without a number ("Barrio San
/// Vicente, calle Tte. …", "Urb. Don Bosco, calle 3ra"), Cuba's "calle 23 e/ J e I", rooms of an office block ("351
/// sala 1104"), ranks in street names ("Tte.", "Mcal."), and more field labels ("Ubicación:", "Localización:",
/// "Dirección postal:"). Guards: colonies of a culture, a ward's sector, a room of a hospital, an e-mail label.
@Suite struct PHIRound5AddressLayoutsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func neighbourhoodsStreetsAndLabels() {
        hidden([
            ("Corregimiento de Juan Díaz, Urb. Don Bosco, calle 3ra, casa 41\nIngreso 22/11/26", "Urb. Don Bosco, calle 3ra, casa 41"),
            ("FN 8 de agosto de 1966   Barrio San Vicente, calle Tte. Ettienne c/ Mcal. Estigarribia, Asunción", "San Vicente, calle Tte. Ettienne c/ Mcal. Estigarribia"),
            ("Dirección: calle 23 e/ J e I, apto 8, Vedado, Plaza de la Revolución\nAPP: HTA", "calle 23 e/ J e I, apto 8, Vedado"),
            ("Ubicación: comunidad de Araque, casa de bloque verde a dos cuadras de la escuela\nContacto: 06 291 8840", "comunidad de Araque, casa de bloque verde"),
            ("Rua Visconde de Pirajá 351 sala 1104, Ipanema, Rio de Janeiro  (21) 2522-8019", "Rua Visconde de Pirajá 351 sala 1104, Ipanema"),
            ("Colonia Centro, Av. Juárez 120, Oaxaca", "Av. Juárez 120"),
            ("Localización: Reparto Las Colinas, casa 14, Managua", "Reparto Las Colinas, casa 14"),
            ("Direccion postal: PO Box 2231, Bayamón PR 00960", "PO Box 2231"),
        ])
    }

    @Test func guardsComeBackUnchanged() {
        unchanged("Urocultivo: Colonias >100.000 UFC/ml de E. coli.\nSala de partos 2, cama 4.\nBarrio: urbano.\nSector 3 de UCI.\nComunidad terapéutica.\nE-mail: no tiene.")
    }
}

/// Round 5 (issue 17): a phone after a call written in prose ("llamada telefónica al …", "ligação para o telefone …",
/// "called at …"). Guards: a call without a number, a count after "llamada".
@Suite struct PHIRound5PhoneInProseTests {
    let redactor = PHIRedactor()

    @Test func phonesAfterACallInProse() {
        for (text, phone) in [
            ("Atención por llamada telefónica al 8844-2019 por brote respiratorio.", "8844-2019"),   // Costa Rica
            ("Se realiza llamada al 2245 8812 para seguimiento.", "2245 8812"),                         // El Salvador
            ("Feita ligação para o telefone 98812-3047, sem resposta.", "98812-3047"),                 // Brazil
            ("Daughter called at 555 201 7781 to report fever.", "555 201 7781"),                       // US
        ] {
            let out = redactor.redact(text).text
            #expect(!out.contains(phone), "\(phone) in \(out)")
        }
    }

    @Test func callsWithoutANumberStay() {
        for text in ["Llamada de enfermería a las 03:40 por desaturación 88%.", "Called rapid response at 02:15; BP 80/50.",
                     "Se recibe llamada: plaquetas 41.000."] {
            #expect(redactor.redact(text).text == text)
        }
    }
}
