import Clinical
import Testing

/// Found by `make fuzz` (target `phi`, seed Tests/Fuzz/Corpus/phi/placeholder-in-input.txt): text that already
/// contains placeholder-like brackets (`[NOMBRE_1]`, `[ nombre 1 ]`) was restored as the patient's name.
@Suite struct PlaceholderCollisionTests {
    @Test(arguments: ["Paciente: Juan Pérez López. Nota previa: [NOMBRE_1] ya fue citado; ver [ nombre 1 ].",
                      "[nombre-1] y [NOMBRE_2]: Paciente María Fernanda Ruiz Gómez, CURP GOLA850101MDFRPN09, [CURP_1]."])
    func textThatLooksLikeAPlaceholderIsNotRestoredAsPHI(text: String) throws {
        let redaction = PHIRedactor().redact(text)
        try #require(!redaction.replacements.isEmpty, "the note must contain detected PHI for this test to mean anything")
        #expect(redaction.restore(redaction.text) == text)
        #expect(!redaction.replacements.contains { $0.placeholder == "[NOMBRE_1]" || $0.placeholder == "[CURP_1]" })
    }

    @Test func numberingStillStartsAtOneWithoutBrackets() {
        let redaction = PHIRedactor().redact("Paciente: Juan Pérez López, tel. 55 1234 5678.")
        #expect(redaction.replacements.first?.placeholder == "[NOMBRE_1]")
    }
}
