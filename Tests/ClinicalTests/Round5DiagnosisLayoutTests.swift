import Testing
@testable import Clinical

/// Round 5 of issue 17: layouts of the diagnoses, read by their structure — a diagnosis table's header row with its
/// column headings and its code column (Ecuador's form 008), a death certificate's causes, a numbered list on one line
/// under an empty header, "dx" typed without its colon, a coding system's label followed by a code, a qualified
/// diagnosis header inside a line, a hospital course told by numbered problems. Guards: the form's next section in capitals, a differential, a code label without
/// a code. Layouts written for the rules, several countries each.
@Suite struct Round5DiagnosisLayoutTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func aDiagnosisTableWithColumnHeadingsAndCodes() {
        // EC form 008, GT: the header row names its columns; each row keeps its code.
        let form = "6. DIAGNOSTICO   CIE   PRE/DEF\n   Neumonia adquirida en la comunidad   J18.9   PRE\n   Deshidratacion moderada   E86   DEF\n7. PLAN DE TRATAMIENTO\n   Ceftriaxona 1 g IV c/24h"
        let found = ClinicalExtractor().extract(form).diagnoses
        #expect(found.map(\.text) == ["Neumonia adquirida en la comunidad", "Deshidratacion moderada"])
        #expect(found.map(\.icd10) == ["J18.9", "E86"])
        #expect(diagnoses("DIAGNOSTICOS        CODIGO\nCrisis hipertensiva   I16.9\nDM2 descompensada   E11.65") == ["Crisis hipertensiva", "DM2 descompensada"])
    }

    @Test func aDeathCertificatesCauses() {
        // PE, MX, US.
        #expect(diagnoses("Causa basica de muerte: Enfermedad de Parkinson (G20)\nCausa intermedia: Neumonia aspirativa (J69.0)\nCausa final: Shock septico\nOtros estados patologicos: demencia mixta; HTA")
            == ["Enfermedad de Parkinson", "Neumonia aspirativa", "Shock septico", "demencia mixta", "HTA"])
        #expect(diagnoses("Causa directa de la defuncion: tromboembolia pulmonar masiva") == ["tromboembolia pulmonar masiva"])
        #expect(diagnoses("Immediate cause of death: septic shock\nUnderlying cause: metastatic colon cancer") == ["septic shock", "metastatic colon cancer"])
        #expect(diagnoses("Causa de consulta: dolor abdominal").isEmpty)
    }

    @Test func aNumberedListOnOneLineUnderAnEmptyHeader() {
        // PE, BO.
        #expect(diagnoses("DIAGNOSTICOS:\n1) Hemorragia digestiva alta variceal probable  2) Shock hipovolemico grado II  3) Cirrosis hepatica Child-Pugh B\nPLAN:\n- NPO")
            == ["Hemorragia digestiva alta variceal probable", "Shock hipovolemico grado II", "Cirrosis hepatica Child-Pugh B"])
        #expect(diagnoses("Impresion diagnostica:\n1. Preeclampsia severa 2. Embarazo de 36 semanas") == ["Preeclampsia severa", "Embarazo de 36 semanas"])
    }

    @Test func dxWithoutItsColonAndACodingSystemsLabel() {
        // MX, CO, BR, US.
        #expect(diagnoses("EGO tira: leucos ++ nitritos +.\ndx IVU baja no complicada") == ["IVU baja no complicada"])
        #expect(diagnoses("Dx faringoamigdalitis aguda") == ["faringoamigdalitis aguda"])
        #expect(diagnoses("Cid: F41.0 transtorno de panico") == ["transtorno de panico"])
        #expect(diagnoses("CIE-10: J03.9 Amigdalitis aguda") == ["Amigdalitis aguda"])
        #expect(diagnoses("Dx diferencial apendicitis").isEmpty)
        #expect(diagnoses("CIE-10: pendiente").isEmpty)
    }

    @Test func aHospitalCourseToldByProblem() {
        // US, CO: each numbered problem before its colon; a symptom alone or a plain paragraph is none.
        let us = diagnoses("HOSPITAL COURSE\n1. Acute on chronic diastolic heart failure: diuresed with furosemide 80 mg IV BID.\n   Transitioned to oral torsemide.\n2. AFib with RVR: rate controlled with metoprolol.\n3. Pain: acetaminophen PRN.\n\nDISCHARGE MEDICATIONS\n- torsemide 40 mg PO daily")
        #expect(us == ["Acute on chronic diastolic heart failure", "AFib with RVR"])
        let co = diagnoses("Evolucion por problemas:\n1. Neumonia adquirida en la comunidad: completo 7 dias de ceftriaxona.\n2. Hiponatremia leve: corregida con SSN.")
        #expect(co == ["Neumonia adquirida en la comunidad", "Hiponatremia leve"])
        #expect(diagnoses("Hospital course:\nThe patient did well and was discharged home.").isEmpty)
    }

    @Test func aQualifiedDiagnosisHeaderInsideALine() {
        // CL transfer, AR.
        #expect(diagnoses("Regimen cero. Diagnostico de traslado: Abdomen agudo, probable apendicitis aguda.") == ["Abdomen agudo, probable apendicitis aguda"])
        #expect(diagnoses("Se deriva a guardia. Dx presuntivo: colico renal izquierdo.") == ["colico renal izquierdo"])
        #expect(diagnoses("Se solicita ecografia. Diagnostico diferencial: colecistitis.").isEmpty)
    }
}
