import Testing
@testable import Clinical

/// Round 9 (issue 17): the over-redaction risks of round 8's "a record's word before six digits" — a count of cells,
/// copies or units after a record-like word is a lab value or a dose, not a record number ("Paciente 250000 plaquetas",
/// "HC 250000 plaquetas", "Order 250000 units"), and a reference range after "Referencia". The records keep their numbers.
@Suite struct Round9PHILabValueGuardsTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func countsAfterRecordWordsStay() {
        for text in [
            "Episodio 250000 copias de carga viral.", "Caso 125000 leucocitos.", "Atencion 250000 plaquetas.",   // ES
            "Registro 125000 copias.", "Ficha 250000 plaquetas.", "Paciente 250000 plaquetas.", "Folio 250000 plaquetas",
            "HC 250000 plaquetas al ingreso.", "Solicitud 250000 plaquetas", "Pedido 250000 unidades",
            "Visit 250000 platelets.", "Account 250000 platelets", "Order 250000 units heparin", "Case 250000 copies/mL",  // US
            "Referencia 150000-450000", "Plaquetas: 250000/mm3, leucocitos 12500, Hb 11.2.",
            "BH: leucocitos 12500, neutrófilos 80%, plaquetas 450000.", "Plaquetas: 250.000/mm3. Leucócitos: 12.500.",  // BR
        ] {
            unchanged(text)
        }
    }

    @Test func recordNumbersStayHidden() {
        hidden([
            ("Episodio 2026-000123, ingreso por disnea.", "000123"),
            ("Acct 78812093  Visit 3 of 6", "78812093"),
            ("HC 44120 CC 80.234.117", "44120"),
            ("MRN 004418827 - plaquetas 250000", "004418827"),
        ])
        let out = redactor.redact("MRN 004418827 - plaquetas 250000").text
        #expect(out.contains("250000"), "the count stays: \(out)")
        // An eye's side before a procedure's year on a clinician's line is no board's registration (main hid both years).
        let eyes = redactor.redact("Médico: Dr. Pablo Sosa\nRetinopatía diabética (laser OI 2024), catarata (faco OD 2019).").text
        #expect(eyes.contains("OI 2024") && eyes.contains("OD 2019") && !eyes.contains("Sosa"), "\(eyes)")
    }
}
