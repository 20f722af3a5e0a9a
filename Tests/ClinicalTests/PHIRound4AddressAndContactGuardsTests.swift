import Testing
@testable import Clinical

/// Round 4 (issue 17): a labelled address keeps its abbreviations of housing and roads to the field's end
/// (Venezuela's "Qta.", "Edif.", "Res."; "Ctra.", "Prol.", "Esq.", "Mza."), and a lab's units and reference ranges
/// are no phone ("180 cel/ul (500-1500)": "cel" before "/" is cells, not a mobile).
@Suite struct PHIRound4AddressAndContactGuardsTests {
    let redactor = PHIRedactor()

    @Test func addressAbbreviationsKeepTheFieldWhole() {
        let cases: [(String, String)] = [
            ("Dirección: Urb. El Paraíso, 2da avenida, Qta. Los Pinos, Caracas\nMotivo: fiebre.", "Los Pinos, Caracas"),
            ("Domicilio: Edif. Miramar, Piso 4, Apto 4-B, Maracaibo", "Maracaibo"),
            ("Dirección: Ctra. Panamericana Km 12, Prol. Sucre, Esq. La Cruz, Cumaná", "Cumaná"),
            ("Domicilio: Mza. 14 Lt. 7, Asoc. Los Jardines, Ate", "Los Jardines, Ate"),
        ]
        for (text, tail) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(tail), "\(tail) in \(out)")
        }
    }

    @Test func cellCountsAndRangesAreNoPhones() {
        let text = """
        CD4 180 cel/ul (500-1500). Leucocitos 8500 cel/mm3 (4000-10000). Plaquetas 250000 /mm3 (150000-450000).
        Sedimento: leucocitos 10-15 cel/campo.
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
        // A mobile after "Cel" is still a phone.
        #expect(!redactor.redact("Cel 300 123 4567").text.contains("4567"))
        #expect(!redactor.redact("Cel: 8845-2210").text.contains("8845-2210"))
    }
}
