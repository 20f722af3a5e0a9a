import Testing
@testable import Clinical

/// Round 7 (issue 17): names in prose by the grammar around them — Spanish's personal "a" after a verb of care ("Se
/// valora a Yanelis Fonseca", "Se vacuna a Kevin Andrés Tun"), a newborn named by its mother ("RN de …", "Baby of …"),
/// the sex abbreviated with its period before the age ("Fulgencio Ixcoy, masc., 61 a."). Guards: the same verbs before
/// a service, a place or an institution.
@Suite struct PHIRound7ProseNameCueTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func namesByTheirGrammar() {
        hidden([
            ("Se valora a Yanelis Fonseca en consulta.", "Yanelis Fonseca"),                          // CU
            ("Se vacuna a Kevin Andrés Tun con SRP.", "Kevin Andrés Tun"),                            // GT
            ("Atiendo a Wendy Xiomara Cruz por fiebre.", "Xiomara Cruz"),                             // HN
            ("Se entrevista a Dilcia Mairena en presencia de su madre.", "Dilcia Mairena"),           // NI
            ("RN de Yanelis Fonseca, peso 3200 g", "Yanelis Fonseca"),                                // a newborn by its mother
            ("Baby of Shaniqua Briggs, 39 weeks, Apgar 8/9", "Shaniqua Briggs"),                       // US
            ("Fulgencio Ixcoy, masc., 61 a.", "Fulgencio Ixcoy"),                                     // GT
        ])
    }

    @Test func servicesAndPlacesStay() {
        unchanged("Se traslada a Urgencias Pediátricas. Se entrega a Servicio Social. Se refiere a San José.")
        unchanged("Se informa a Trabajo Social. Se valora a Medicina Interna mañana.")
    }
}
