import Testing
@testable import Clinical

/// A contact is written as a name and a phone side by side, so each reveals the other: the name words right before a
/// phone are a name, and a short phone-shaped number (Central America's 4-4, the Andes' 3-3-3) right after a name is
/// a phone. Phones in regional formats after their cue. Ranges, dates and institutions beside numbers are not contacts.
@Suite struct PHIContactPairTests {
    let redactor = PHIRedactor()

    @Test func aShortPhoneAfterAName() {
        let cases: [(String, String)] = [
            ("Traído por su hijo Ricardo Pinzón (6677-0342).", "6677-0342"),   // Panama
            ("Esposo Minor Solís 8834-1290.", "8834-1290"),                    // Costa Rica
            ("Hermano Luis Peña - 7788-1020", "7788-1020"),                     // Honduras
            ("Responsable: Gloria Ticona, 951 330 872", "951 330 872"),        // Peru
        ]
        for (text, value) in cases { #expect(!redactor.redact(text).text.contains(value), "\(value) in \(redactor.redact(text).text)") }
    }

    @Test func theNameBeforeAPhone() {
        let cases: [(String, String)] = [
            ("Wife at bedside (Tanya Washington, 313-555-0147).", "Tanya Washington"),
            ("Avisar a Marcela Santoro (11 4982-3316) ante cambios.", "Marcela Santoro"),
            ("Llamar a Jorge Iván Ruiz, +57 310 555 1234", "Jorge Iván Ruiz"),
        ]
        for (text, value) in cases { #expect(!redactor.redact(text).text.contains(value), "\(value) in \(redactor.redact(text).text)") }
    }

    @Test func phonesInRegionalFormatsAfterTheirCue() {
        let cases: [(String, String)] = [
            ("Cel. 0991-234-567", "0991-234-567"), ("Cel: 9 8765 4321", "9 8765 4321"), ("WhatsApp 55 1234 5678", "55 1234 5678"),
            ("Fono: +56 2 2345 6789", "+56 2 2345 6789"), ("Teléfono 3104567890", "3104567890"), ("Celular: 809-555-1234", "809-555-1234"),
            ("Telf. 0414-1234567", "0414-1234567"), ("Phone (617) 555-0199", "617) 555-0199"), ("tel (85) 98811-2233", "85) 98811-2233"),
            ("Tel 2222-3333", "2222-3333"),
        ]
        for (text, value) in cases {
            let red = redactor.redact(text)
            #expect(red.replacements.contains { $0.kind == .phone } && !red.text.contains(value), "\(red.text)")
        }
    }

    @Test func rangesDatesAndInstitutionsAreNoContacts() {
        let text = "Leucocitos 4500-11000. Plaquetas 150000-450000. Periodo 2019-2023. Clínica San Rafael (2222-3333). Internal Medicine, (555) 201-7788. Dra. Ana Vega 12-03-2024."
        let red = redactor.redact(text)
        #expect(red.text.contains("4500-11000") && red.text.contains("150000-450000") && red.text.contains("2019-2023"), "\(red.text)")
        #expect(red.text.contains("San Rafael") && red.text.contains("Internal Medicine") && red.text.contains("12-03-2024"), "\(red.text)")
    }
}
