import Testing
@testable import Clinical

/// Round 7 of issue 17: a diagnosis or history field wrapped at the page's width goes on on the next line after a list's
/// separator (`;`, `+`, `/`, `,`), a joining word (`y`, `and`, `con`) or before a line opening with the last item's
/// parenthesis; prose wrapped after a comma goes on whatever the next line's case. Guards: a sentence's end, a header or
/// a field on the next line end the list.
@Suite struct Round7WrappedListTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Impression: community-acquired pneumonia, RLL;\nacute kidney injury, prerenal; hypokalemia.", ["community-acquired pneumonia, RLL", "acute kidney injury, prerenal", "hypokalemia"]), // US
        ("Diagnósticos: gastroenteritis aguda; deshidratación moderada;\nhiponatremia leve.", ["gastroenteritis aguda", "deshidratación moderada", "hiponatremia leve"]),                   // GT
        ("Dx: crisis asmática moderada\n(J45.901) + rinitis alérgica", ["crisis asmática moderada", "rinitis alérgica"]),                                                                    // PA
        ("Hipótese diagnóstica: pielonefrite aguda +\nlitíase renal à direita", ["pielonefrite aguda", "litíase renal à direita"]),                                                           // BR
        ("Impresión diagnóstica: cólico renal derecho y\nlitiasis ureteral distal", ["cólico renal derecho", "litiasis ureteral distal"]),                                                    // NI
    ])
    func aSectionsListGoesOnAfterASeparatorOrBeforeAParenthesis(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func proseWrappedAfterACommaGoesOnInCapitals() {
        let found = diagnoses("Paciente con antecedente de cardiopatía isquémica (stent en 2019),\nEPOC y DM2, acude por disnea.") // CL
        #expect(found.contains("EPOC") && found.contains("DM2"), "\(found)")
    }

    @Test(arguments: [
        ("Dx: faringitis aguda.\nIndicaciones: reposo, paracetamol 500 mg c/8h.", ["faringitis aguda"]),          // PE: a sentence's end, then a field
        ("Impresión: lumbalgia mecánica;\nPlan: AINE y fisioterapia.", ["lumbalgia mecánica"]),                      // UY: a header ends the list
        ("Assessment: otitis media, left;\nReturn to clinic in 10 days.", ["otitis media, left"]),                 // US: a plan sentence in capitals is no item
    ])
    func aSentenceEndAHeaderOrAFieldEndTheList(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }
}
