import Testing
@testable import Clinical

/// Addresses after their field label in every form: qualifiers before the colon ("Address on file:", "Domicilio
/// conocido:", "Residencia habitual:"), abbreviations inside the value ("coop.", "mz.", "ap."), addresses by landmarks
/// after a residence cue ("vive en …, 300 m sur de la escuela"); a column gap or the next field ends a street, so a
/// surname such as "Villa" before "Edad:" is no street.
@Suite struct PHIAddressFieldTests {
    let redactor = PHIRedactor()

    func check(_ cases: [(String, String)]) {
        for (text, value) in cases {
            let red = redactor.redact(text)
            #expect(red.replacements.contains { $0.kind == .address && $0.original.contains(value) }, "\(value) in \(red.text)")
            #expect(!red.text.contains(value), "\(value) in \(red.text)")
        }
    }

    @Test func qualifiersBeforeTheColon() {
        check([
            ("Address on file: 1187 Birch Hollow Ln, Apt 2C, Dayton, OH 45402\nHPI: cough", "1187 Birch Hollow Ln, Apt 2C, Dayton, OH 45402"),
            ("Domicilio conocido: calle 5 de Mayo 23, col. Centro", "calle 5 de Mayo 23, col. Centro"),
            ("Residencia habitual: Barrio San Jacinto, casa 14, Tegucigalpa", "Barrio San Jacinto, casa 14, Tegucigalpa"),
            ("Dirección actual del paciente: Av. Las Palmas 455, dpto 302", "Av. Las Palmas 455, dpto 302"),
            ("Mailing address: 22 W 5th St, Austin, TX 78701", "22 W 5th St, Austin, TX 78701"),
        ])
    }

    @Test func abbreviationsInsideTheValue() {
        check([
            ("Domicilio: Guasmo Norte, coop. Los Esteros, mz. 12 villa 4", "Guasmo Norte, coop. Los Esteros, mz. 12 villa 4"),   // Ecuador
            ("Endereço: Rua das Flores, 123, ap. 45, Bairro Centro", "Rua das Flores, 123, ap. 45, Bairro Centro"),           // Brazil
            ("Domicilio: Mz. B Lt. 12, AAHH Los Olivos, SJL", "Mz. B Lt. 12, AAHH Los Olivos, SJL"),                         // Peru
        ])
    }

    @Test func landmarksAfterAResidenceCue() {
        check([
            ("Vive en Desamparados, 300 m sur de la escuela, casa verde.", "Desamparados, 300 m sur de la escuela, casa verde"),   // Costa Rica
            ("Reside en Ciudad Sandino, de la farmacia 2 cuadras al lago.", "Ciudad Sandino, de la farmacia 2 cuadras al lago"),    // Nicaragua
        ])
        check([("Vive en la colonia Kennedy, bloque 3, casa 12, Tegucigalpa.", "colonia Kennedy, bloque 3, casa 12"),  // Honduras
               ("Dom.: Av. San Martín 1234 piso 3 dto B, CABA", "Av. San Martín 1234 piso 3 dto B, CABA")])          // Argentina
        // A city alone after the cue is no street address.
        #expect(!redactor.redact("Reside en Montevideo desde 2019.").replacements.contains { $0.kind == .address })
    }

    @Test func aColumnGapEndsAStreet() {
        let text = "Paciente: Sofía Cárdenas Villa     Edad: 37 a     RFC: CAVS8811049K7"
        let red = redactor.redact(text)
        #expect(red.replacements.contains { $0.kind == .name && $0.original == "Sofía Cárdenas Villa" }, "\(red.replacements)")
        #expect(red.text.contains("Edad: 37 a"), "\(red.text)")
    }
}
