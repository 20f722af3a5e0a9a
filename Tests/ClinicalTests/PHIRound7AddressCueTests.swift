import Testing
@testable import Clinical

/// Round 7 (issue 17): addresses the note introduces — every US street suffix ("2100 N Stemmons Fwy", "77 Oak Hill Rd"),
/// a residence verb closing its line with the street opening the next ("vive en\ncalle 23 e/ C y D, edif. 512 apto 8"),
/// where the patient comes from when it holds an area's word ("proc. de Petare, sector …, zona 10, frente a …"), a
/// building and its flat, Ecuador's solar. Guards: a town alone, an age after a town, walked distances.
@Suite struct PHIRound7AddressCueTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func streetsAndResidences() {
        hidden([
            ("Brought in by EMS from a construction site (2100 N Stemmons Fwy) after a fall.", "Stemmons"),      // US
            ("Lives at 77 Oak Hill Rd with her daughter.", "Oak Hill"),
            ("found at home, 1450 W Sunset Blvd, Apt 4, by neighbor", "Sunset"),
            ("Pcte Odalys Rizo, 58 a, vive en\ncalle 23 e/ C y D, edif. 512 apto 8, Vedado. Dispensarizada.", "apto 8"),   // CU
            ("Pcte Odalys Rizo, 58 a, vive en\ncalle 23 e/ C y D, edif. 512 apto 8, Vedado. Dispensarizada.", "calle 23"),
            ("Rafael Guédez, CI 11.204.887, proc. de Petare, sector José Félix Ribas, zona 10, frente a la bodega El Gocho\nrefiere dolor", "Petare"),   // VE
            ("procedente de AA.HH. Villa Maria, Mz B Lt 12, Lima", "Lt 12"),                                     // PE
            ("Vive en Coop. Sergio Toral, Mz 14 Solar 7, atras de la cancha", "Solar 7"),                         // EC
            ("reside en Col. Kennedy, bloque 12, casa 4", "casa 4"),                                              // HN
            ("vive en el barrio San Vicente, de la iglesia 2 cuadras al sur", "San Vicente"),                     // NI, two parts joined
            ("vive en el barrio San Vicente, de la iglesia 2 cuadras al sur", "iglesia"),
            ("reside en la colonia Kennedy con su hija", "Kennedy"),                                               // a neighbourhood alone
            ("Home: 300 E 5th St, Austin TX 78701", "5th St"),                                                     // US, an ordinal street
        ])
    }

    @Test func townsAndDistancesStay() {
        unchanged("Procedente de Medellín, vive con su esposa.")
        unchanged("Procedente de Lima, 45 años, soltero.")
        unchanged("Vive en Montevideo con su esposa. Lives in Springfield with her son.")
        unchanged("Walked 2 miles on the trail. BP 120/80.")
        let moved = redactor.redact("moved to 22 Harbor View Dr last month").text
        #expect(moved.hasSuffix(" last month") && !moved.contains("Harbor"), "\(moved)")   // "Dr" is the street's suffix
        unchanged("Seen by 3 residents today, Dr. rounds at 8.")
    }
}
