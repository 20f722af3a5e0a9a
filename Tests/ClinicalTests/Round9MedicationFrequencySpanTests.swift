import Testing
@testable import Clinical

/// Round 9 of issue 17: a medication's frequency is the verbatim span the instruction is written in (the labelling
/// conventions: "dose, route and frequency are verbatim spans of the note") — the course inside it (`c/8h x 7 días`,
/// `x 2 dosis`), an infusion's rate (`a 125 ml/h`), two timings joined by a coordinator with the second dose between them (`en la mañana y 8 UI en la
/// noche`, `q4h and q2h PRN`), a step after `luego`, a bounding `hasta`/`até`, the instruction's own parenthesis and
/// clock times. Guards: what follows in another clause, sentence or line stays out; a daily count is no course.
@Suite struct Round9MedicationFrequencySpanTests {
    func meds(_ text: String) -> [Medication] { ClinicalExtractor().extract(text).medications }
    func med(_ text: String, _ drug: String) -> Medication? { meds(text).first { TextFolding.fold($0.name).hasPrefix(drug) } }

    @Test(arguments: [
        ("Amoxicilina 500 mg VO c/8h x 7 días.", "amoxicilina", "c/8h x 7 días"),                                       // MX
        ("Metronidazol 500 mg VO c/12 hs por 7 dias más.", "metronidazol", "c/12 hs por 7 dias más"),                   // AR
        ("Betametasona 12 mg IM c/24 h x 2 dosis (maduración pulmonar).", "betametasona", "c/24 h x 2 dosis"),           // BO
        ("Cephalexin 500 mg PO QID x 7 days.", "cephalexin", "QID x 7 days"),                                           // US
        ("Cefpodoxime 200 mg PO q12h for 5 more days.", "cefpodoxime", "q12h for 5 more days"),                          // PR
        ("Ticagrelor 90 mg VO 12/12h por 12 meses.", "ticagrelor", "12/12h por 12 meses"),                               // BR
        ("Salbutamol 2 puff c/20 min x 3, luego c/4 hs.", "salbutamol", "c/20 min x 3, luego c/4 hs"),                   // AR
        ("Nitroglycerin 0.4 mg SL q5min x3 PRN chest pain.", "nitroglycerin", "q5min x3 PRN chest pain"),                // US
    ])
    func theCourseStaysInsideTheFrequency(text: String, drug: String, expected: String) {
        #expect(med(text, drug)?.frequency == expected, "\(meds(text))")
    }

    @Test(arguments: [
        ("Insulina NPH 20 UI SC en la mañana y 8 UI en la noche.", "insulina nph", "en la mañana y 8 UI en la noche"),    // MX
        ("Insulina NPH 16 UI SC antes do café e 6 UI SC às 22h.", "insulina nph", "antes do café e 6 UI SC às 22h"),       // BR
        ("Insulina NPH 20 U SC antes del desayuno y 10 U sc a las 22 h.", "insulina nph", "antes del desayuno y 10 U sc a las 22 h"), // CL
        ("Albuterol/ipratropium 3 mL neb q4h and q2h PRN wheezing.", "albuterol", "q4h and q2h PRN wheezing"),           // US
        ("Salbutamol 2 puff c/4h y PRN disnea.", "salbutamol", "c/4h y PRN disnea"),                                       // CO
        ("Budesonida + formoterol 1 inalação de 12/12 horas e se falta de ar.", "budesonida", "de 12/12 horas e se falta de ar"), // BR
        ("Metformina 850 mg VO despues del almuerzo y la cena.", "metformina", "despues del almuerzo y la cena"),          // PE
        ("Furosemida 40 mg VO cada 12 horas (8 am y 2 pm).", "furosemida", "cada 12 horas (8 am y 2 pm)"),                 // CO
        ("Paracetamol 500 mg VO hasta c/8 hs si dolor.", "paracetamol", "hasta c/8 hs si dolor"),                          // AR
        ("Metotrexato 15 mg VO una vez por semana (los lunes).", "metotrexato", "una vez por semana (los lunes)"),         // EC
        ("Isoniazida 300 mg VO todos los dias.", "isoniazida", "todos los dias"),                                           // AR
        ("Insulina aspart 6 U SC antes de comidas.", "insulina aspart", "antes de comidas"),                                // CR
        ("Enoxaparin 40 mg SC daily at 0900.", "enoxaparin", "daily at 0900"),                                              // US
        ("Plan: NPO, Lactato de Ringer 1000 ml IV a 125 ml/h, ceftriaxona 2 g IV.", "lactato de ringer", "a 125 ml/h"),   // EC
        ("Solucion Hartmann 1000 cc IV a 125 cc/h.", "solucion hartmann", "a 125 cc/h"),                                  // HN
        ("Oxitocina 20 UI en 1000 ml IV a 125 ml/h por 8 horas.", "oxitocina", "a 125 ml/h por 8 horas"),                // SV
    ])
    func timingsOfOneInstructionReadAsWritten(text: String, drug: String, expected: String) {
        #expect(med(text, drug)?.frequency == expected, "\(meds(text))")
    }

    @Test func anotherClauseSentenceOrLineStaysOut() {
        // BO: the next order of the plan has its own interval.
        let bolivian = med("Plan: betametasona 12 mg IM c/24 h x 2 dosis, control de PA c/4 h.", "betametasona")
        #expect(bolivian?.frequency == "c/24 h x 2 dosis", "\(String(describing: bolivian))")
        // AR: a new sentence.
        #expect(med("Amoxicilina 500 mg VO c/8 h. Control en 7 dias.", "amoxicilina")?.frequency == "c/8 h")
        // US: a new line.
        #expect(med("Lisinopril 10 mg PO daily\nFollow-up x 2 weeks", "lisinopril")?.frequency == "daily")
        // PE: "3 veces al día" is how often, not a course.
        #expect(med("Salbutamol 2 puff 3 veces al dia.", "salbutamol")?.frequency == "3 veces al dia")
        // CL: a pack count after the dose is no course.
        #expect(med("Losartán 50 mg comp. x 30", "losartan")?.frequency == nil)
    }
}
