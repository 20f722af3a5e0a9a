import Testing
@testable import Clinical

/// Round 9 (issue 17): addresses in prose — an area's article and other residence verbs ("habita en la colonia …", "reside
/// en la zona …"), Chile's "población", Peru's "asentamiento humano", a neighbourhood's numbered parts ("pasaje 3, casa
/// 22", "edificio 14"), a US street named without a number after a residence verb. Guards: a bacterial colony ("en la
/// colonia Escherichia coli"), a town alone, a district's name read as a person's. Second stage: a community's or a district's
/// name after "comunidad"/"comuna de", the town closing its line, a milestone's road, a landmark phrase or a district after
/// the address's comma, a neighbourhood's abbreviation in lower case.
@Suite struct Round9PHIAddressInProseTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func areasAfterResidenceVerbsAndTheirParts() {
        hidden([
            ("Habita en la colonia Escalón, pasaje 3, casa 22.", "pasaje 3"),              // SV
            ("Habita en la colonia Escalón, pasaje 3, casa 22.", "casa 22"),
            ("Originaria y residente de la colonia Zacamil, edificio 14.", "edificio 14"),
            ("Reside en la zona Villa Fátima, calle 3 N° 145.", "zona"),                    // BO
            ("Vive con su hija en la población La Victoria.", "La Victoria"),               // CL
            ("Domiciliada en el asentamiento humano Los Olivos, Mz. C Lt. 4.", "Los Olivos"), // PE
            ("She lives on Elm Street with her daughter.", "Elm Street"),                   // US
            ("Mora na Rua das Acácias, 245, bairro Jardim Europa.", "Acácias"),             // BR
        ])
    }

    @Test func districtsTownsRoadsAndLandmarksCloseTheAddress() {
        hidden([
            ("pcte Luis Rojas, 50a, agricultor de comunidad Pampa Grande, Tiquipaya\nAntecedentes: HTA", "Tiquipaya"),  // BO
            ("Vive en comuna de Puerto Saavedra, sector Los Boldos, km 6 camino a Nehuentúe, viaja en bus.", "Nehuentúe"), // CL
            ("Vive en comuna de Puerto Saavedra, sector Los Boldos, km 6 camino a Nehuentúe, viaja en bus.", "comuna de Puerto"),
            ("vive en col. Centro, calle Hidalgo 12, frente a la escuela primaria\nAPP: DM2", "frente a la escuela"),      // MX
            ("procedente de sector El Callao, km 12, municipio Roscio, quien refiere fiebre", "Roscio"),                    // VE
        ])
        unchanged("Neumonía adquirida en la comunidad, CURB-65 de 1.")
        unchanged("Vive en Temuco, viaja en bus rural.")
        unchanged("PROCEDENCIA: C.S. Mariano Melgar\nREFERENCIA: P.S. Juan Pablo II")
    }

    @Test func coloniesOfBacteriaTownsAndDistrictsStay() {
        unchanged("Se aisló en la colonia Escherichia coli productora de BLEE.")
        unchanged("Identificación en la colonia Klebsiella pneumoniae.")
        unchanged("Casos de Dengue en la colonia durante la temporada.")
        unchanged("Reside en Montevideo desde 2010.")
        let out = redactor.redact("Vive en el corregimiento de Juan Díaz, cerca del mercado.").text
        #expect(!out.contains("[NOMBRE"), "a district named after a person is no person: \(out)")
    }
}
