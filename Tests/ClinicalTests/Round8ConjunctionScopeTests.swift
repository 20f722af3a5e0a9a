import Testing
@testable import Clinical

/// Round 8 of issue 17: a joiner's scope. `y`/`and` inside parentheses joins the remark, not two items; after `de`/`of`
/// and one noun, a second noun with no disease word of its own shares the complement (`fractura de tibia y peroné`,
/// `amputación de 2do y 3er ortejos`). A cue written after the diseases (`DM2 e HTA conocidos`) is none of them.
/// Guards: two diseases joined are two items.
@Suite struct Round8ConjunctionScopeTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Dx: fractura de tibia y peroné izquierdos; TCE leve", ["fractura de tibia y peroné izquierdos", "TCE leve"]),                  // EC
        ("Assessment: fracture of the radius and ulna, left; concussion", ["fracture of the radius and ulna, left", "concussion"]),         // US
        ("Diagnósticos: amputación de 2do y 3er ortejos derechos", ["amputación de 2do y 3er ortejos derechos"]),                          // SV
    ])
    func aSecondNounSharesTheComplement(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }

    @Test func aJoinerInsideParenthesesJoinsTheRemark() {
        let found = diagnoses("Impresión diagnóstica: Poliparasitosis intestinal (giardiasis y amebiasis); anemia leve") // BO
        #expect(!found.contains { $0.hasSuffix(")") && !$0.contains("(") }, "\(found)")
        #expect(found.contains("anemia leve"), "\(found)")
        #expect(found.contains { $0.hasPrefix("Poliparasitosis intestinal") }, "\(found)")
    }

    @Test func aCueAfterTheDiseasesIsNoneOfThem() {
        let found = diagnoses("Control de crónicos. HTA y DM2 conocidas. Refiere buena adherencia.") // CR
        #expect(found == ["HTA", "DM2"], "\(found)")
    }

    @Test(arguments: [
        ("Dx: fractura de cadera derecha y neumonía aspirativa", ["fractura de cadera derecha", "neumonía aspirativa"]), // guard, CL: two diseases
        ("Impresión: gastritis y esofagitis por reflujo", ["gastritis", "esofagitis por reflujo"]),                    // guard, PE
    ])
    func twoDiseasesJoinedAreTwoItems(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected, "\(diagnoses(text))")
    }
}
