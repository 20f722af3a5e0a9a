import Testing
@testable import Clinical

/// Round 9 (issue 17): names of free prose — initials presenting the patient, a household by its surname, a name closed by
/// the relative's noun, a given name in apposition to the patient's word, the name a person goes by, a known given name
/// closing a sentence after a relative's noun. Guards: dotted disease acronyms and vital signs, a family's kind, family
/// histories in parentheses, a town before a relative, adjectives in apposition, ethnicities.
@Suite struct Round9PHIProseNamesTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func initialsPresentingThePatient() {
        hidden([
            ("T.R.J. is a 45 y/o male with HTN presenting with chest pain.", "T.R.J."),   // US
            ("A.B.C., a 30 y/o female, presents with rash.", "A.B.C."),
            ("M.G.L. es una mujer de 52 años con DM2.", "M.G.L."),                         // MX
            ("Se evalúa a R.A.P., de 29 años, por dolor abdominal.", "R.A.P."),           // AR
            ("J.A.H.M., masculino de 40 años, acude por lumbalgia.", "J.A.H.M."),
            ("J.S.O., 67 anos, hipertenso, refere tontura.", "J.S.O."),                    // BR
            ("M.F.S. é uma mulher de 44 anos com asma.", "M.F.S."),
        ])
        unchanged("H.T.A. de 10 años de evolución, D.M. de 5 años.")
        unchanged("T.A. 120/80, F.C. 80 a 90 lpm, F.R. 18.")
        unchanged("Antecedente de I.R.C., 5 años en hemodiálisis.")
    }

    @Test func householdsByTheirSurname() {
        hidden([
            ("Visita domiciliaria a la familia Quintero; la madre refiere fiebre.", "Quintero"),   // MX
            ("Familia Huamán Quispe: tres menores con diarrea.", "Huamán"),                         // PE
            ("Home visit: the Kowalczyk family reports the child had a fever.", "Kowalczyk"),       // US
            ("Met with the Delgado family to discuss goals of care.", "Delgado"),
            ("Visita domiciliar à família Nogueira: idosa acamada.", "Nogueira"),                   // BR
        ])
        unchanged("Familia nuclear, funcional. Vive con su esposo y sus hijos.")
        unchanged("Derivada por Medicina Familiar. Familia Extensa.")
        unchanged("Family Medicine clinic follow-up. The family declined.")
        unchanged("Estratégia Saúde da Família: acompanhamento mensal.")
    }

    @Test func namesClosedByTheRelativesNoun() {
        hidden([
            ("Según refiere Juana, su cuidadora, no ha comido en 2 días.", "Juana"),   // CO
            ("Vive con Pedro, su pareja, en Villa El Salvador.", "Pedro"),             // PE
            ("Jim (son) at bedside, updated on plan.", "Jim"),                          // US
            ("Llamó Linda, his wife, to confirm the visit.", "Linda"),
            ("Según informa Yulieth, su hija, no ha comido.", "Yulieth"),               // a given name no list holds
            ("Conversé com Ana, sua filha, por telefone.", "Ana"),                      // BR
        ])
        unchanged("Diabetes (madre), Hipertensión (padre), Asma (hermano).")
        unchanged("Breast cancer (mother), CAD (father).")
        unchanged("Vive en Lima, su hija la visita.")
        unchanged("Hipertensão (mãe), Diabetes (pai).")
    }

    @Test func givenNamesInApposition() {
        hidden([
            ("Follow-up. The patient, Darlene, reports improved sleep.", "Darlene"),   // US
            ("La paciente, Altagracia, de 70 años, acude por mareos.", "Altagracia"),  // DO
            ("A paciente, Marlene, 58 anos, refere dispneia.", "Marlene"),             // BR
            ("History obtained from patient and wife, Brenda.", "Brenda"),
            ("Acompanhada da nora, Cleide, que relata quedas.", "Cleide"),
            ("Patient goes by Bill. Lives alone.", "Bill"),
            ("Conocida como Lupita en el barrio.", "Lupita"),                          // MX
            ("Paciente femenina Dilcia, de 45 años, con dolor epigástrico.", "Dilcia"),  // HN
            ("Paciente masculino Juan Pérez de 45 años.", "Pérez"),
        ])
        unchanged("Paciente femenina de 45 años con dolor epigástrico.")
        unchanged("Paciente masculino Diabético, de 60 años.")
        unchanged("The patient, alert and oriented, denies pain.")
        unchanged("El paciente, consciente, orientado, refiere dolor.")
        unchanged("The patient Hispanic male, 45, presents with cough.")
        unchanged("TTE: LVEF 20-25%, moderate functional MR, RVSP 52.")
        hidden([("Lo trae su señora, Nélida, por desorientación.", "Nélida")])
        unchanged("El paciente Diabético de larga evolución acude a control.")
    }
}
