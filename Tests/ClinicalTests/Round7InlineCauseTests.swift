import Testing
@testable import Clinical

/// Round 7 of issue 17: diagnoses told inside a line — a death certificate's causes after a sentence (`Fallece… Causa
/// básica: …. Causa inmediata: …`), their `Otras:` conditions, and what was diagnosed in the past tense (`Se diagnosticó X
/// y Y, con Z`). Guards: a cause's label without a cause word, a date's label.
@Suite struct Round7InlineCauseTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func deathCausesInsideALine() {
        let found = diagnoses("Fallece a las 05:10. Causa básica: cirrosis hepática alcohólica. Causa inmediata: hemorragia digestiva variceal\n(I85.11). Otras: síndrome hepatorrenal.") // MX
        for item in ["cirrosis hepática alcohólica", "hemorragia digestiva variceal", "síndrome hepatorrenal"] { #expect(found.contains(item), "\(found) lacks \(item)") }
    }

    @Test func deathCausesInEnglish() {
        let found = diagnoses("Pronounced at 14:22. Immediate cause of death: septic shock. Underlying cause: metastatic colon cancer.") // US
        #expect(found.contains("septic shock") && found.contains("metastatic colon cancer"), "\(found)")
    }

    @Test(arguments: [
        ("Se diagnosticó neumonía aspirativa y sepsis, con insuficiencia renal aguda.", ["neumonía aspirativa", "sepsis", "insuficiencia renal aguda"]), // AR
        ("Al ingreso se le diagnosticó cetoacidosis diabética.", ["cetoacidosis diabética"]),                                                           // VE
    ])
    func whatWasDiagnosedInThePast(text: String, expected: [String]) {
        let found = diagnoses(text)
        for item in expected { #expect(found.contains(item), "\(found) lacks \(item)") }
    }

    @Test(arguments: [
        "Consulta por caída. Causa probable: tropiezo con alfombra.",        // a cause without a death word is no certificate
        "Ingresó el 2/11. Fecha de diagnóstico: 2019.",                       // a date's label
    ])
    func labelsThatAreNoCauses(text: String) {
        #expect(diagnoses(text).isEmpty, "\(diagnoses(text))")
    }
}
