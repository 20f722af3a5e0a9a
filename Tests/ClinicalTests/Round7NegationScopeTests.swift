import Testing
@testable import Clinical

/// Round 7 of issue 17: a denial opening a clause denies every item the clause lists (`Negativo para VHB y VHC`, `r/o ACS
/// and PE`, `Nada de cardiopatía`), in a diagnosis section, a history field or a later sentence of either. Guards: the
/// items outside the denial stay, and a negation inside an item (`FA no conocida`, `DM2 sin complicaciones`) is no denial.
@Suite struct Round7NegationScopeTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test(arguments: [
        ("Interpretación: anemia ferropénica. Negativo para VIH y VDRL.", ["anemia ferropénica"], ["VIH", "VDRL"]),                           // GT
        ("Conclusión: hipotiroidismo subclínico. Negativa para anticuerpos antitiroideos y bocio.", ["hipotiroidismo subclínico"], ["bocio"]), // CO
        ("APP: asma bronquial, gastritis. Nada de cardiopatía ni nefropatía.", ["asma bronquial", "gastritis"], ["cardiopatía", "nefropatía"]), // VE
        ("Antecedentes: DM2. Ni HTA ni dislipidemia.", ["DM2"], ["HTA", "dislipidemia"]),                                                     // MX
        ("Antecedentes: hipotiroidismo. Tampoco DM ni EPOC.", ["hipotiroidismo"], ["DM", "EPOC"]),                                           // CL
        ("Impresión: faringitis viral; se descarta estreptococo y mononucleosis.", ["faringitis viral"], ["mononucleosis"]),                 // PE
        ("Impression: chest wall pain; r/o ACS and PE.", ["chest wall pain"], ["ACS", "PE"]),                                                // US
        ("Assessment: viral URI. No evidence of pneumonia or sinusitis.", ["viral URI"], ["pneumonia", "sinusitis"]),                         // US
        ("Dx: lumbalgia mecánica, sin radiculopatía ni síndrome de cauda equina.", ["lumbalgia mecánica"], ["radiculopatía", "síndrome de cauda equina"]), // AR
        ("HD: IVAS; sem sinais de pneumonia e sinusite.", ["IVAS"], ["pneumonia", "sinusite"]),                                              // BR
        ("PMH: asthma. No diabetes or CKD.", ["asthma"], ["diabetes", "CKD"]),                                                               // PR
        ("Diagnóstico: cefalea tensional; descartar HSA y meningitis.", ["cefalea tensional"], ["HSA", "meningitis"]),                       // HN
    ])
    func aDenialOpeningAClauseDeniesEveryItemItLists(text: String, kept: [String], denied: [String]) {
        let found = diagnoses(text)
        for item in kept { #expect(found.contains(item), "\(found) lacks \(item)") }
        for item in denied { #expect(!found.contains(where: { TextFolding.fold($0).hasSubstring(TextFolding.fold(item)) }), "\(found) holds the denied \(item)") }
    }

    @Test(arguments: [
        ("Dx: FA no conocida; ACV isquémico.", ["FA no conocida", "ACV isquémico"]),            // AR: "no" inside an item
        ("Antecedentes: DM2 sin complicaciones, HTA.", ["DM2 sin complicaciones", "HTA"]),       // UY: "sin" inside an item
        ("Impresión: neumonía basal derecha, no complicada.", ["neumonía basal derecha, no complicada"]), // DO: a qualifier after the comma
        ("Assessment: migraine with aura, not intractable.", ["migraine with aura, not intractable"]),      // US: a negated adjective qualifies
        ("Dx: úlcera péptica, sin alergias conocidas.", ["úlcera péptica"]),                                  // BO: a denial after the comma goes
    ])
    func aNegationInsideAnItemIsNoDenial(text: String, expected: [String]) {
        #expect(diagnoses(text) == expected)
    }

    @Test func theCuesAreReadAtTheClausesOpening() {
        for clause in ["Negativo para VHB y VHC", "nada de DBT", "Ni HTA ni DM", "r/o PE", "Rule out ACS", "No evidence of DVT", "sin datos de sepsis", "Se descarta TEP", "niega DM"] {
            #expect(DiagnosisNegation.opensWithNegation(clause), "\(clause)")
        }
        for clause in ["Neumonía, no complicada", "FA no conocida", "nódulo tiroideo benigno", "Nefropatía diabética", "Sinusitis aguda"] {
            #expect(!DiagnosisNegation.opensWithNegation(clause), "\(clause)")
        }
    }
}
