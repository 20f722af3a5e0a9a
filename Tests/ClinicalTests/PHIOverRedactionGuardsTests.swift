import Testing
@testable import Clinical

/// What the broader PHI rules must never hide: drug names, doses, visit dates, lab values, scores and diagnoses,
/// written with the capitals, acronyms and numbers of real notes in Spanish, Portuguese and English. A redacted
/// diagnosis or drug is lost from the summary, so each of these notes must come back from redaction unchanged.
@Suite struct PHIOverRedactionGuardsTests {
    let redactor = PHIRedactor()

    func unchanged(_ text: String) {
        let red = redactor.redact(text)
        #expect(red.replacements.isEmpty, "\(red.replacements.map { "\($0.kind): \($0.original)" })")
    }

    @Test func aSpanishAdmissionNote() {
        unchanged("""
        Motivo de consulta: Dolor torácico opresivo. Antecedentes: HTA, DM2, EPOC GOLD 3.
        Examen físico: TA 150/90 mmHg, FC 102 lpm, FR 22 rpm, SatO2 91%, T 38.2 °C. Peso 82 kg.
        Laboratorio: Hb 10.2 g/dL, Leucocitos 14.500/mm3, Plaquetas 320.000/mm3, PCR 86 mg/L, Creatinina 1.8 mg/dL.
        Troponina I 0.45 ng/mL. BNP 1250 pg/mL. HbA1c 9.1%. ECO: FEVI 35%. Rango 4500-11000.
        Diagnósticos: Síndrome Coronario Agudo Sin Elevación del ST. Insuficiencia Cardíaca Congestiva.
        Plan: Aspirina 300 mg VO dosis única, Clopidogrel 300 mg VO, Enoxaparina 80 mg SC c/12h.
        Ingresos 1800 ml, egresos 2200 ml. Fecha de control: 15/12/2025. Cita en Cardiología el 20/12/2025.
        Escala de Glasgow 15/15. NYHA III. Killip II. CHA2DS2-VASc 5. Se solicita TAC de tórax, RM de columna lumbar.
        Tratamiento médico: Omeprazol 40 mg IV c/24h. Dx médico: Enfermedad Pulmonar Obstructiva Crónica Exacerbada.
        Madre: Diabetes Mellitus. Padre: Cáncer de Próstata. Hermano: Asma. Alergias: Penicilina.
        """)
    }

    @Test func anEnglishProgressNote() {
        unchanged("""
        Chief complaint: Shortness of breath.
        HPI: 68 y/o with CHF, COPD and Atrial Fibrillation on Apixaban 5 mg PO BID.
        Vitals: BP 142/88, HR 110, RR 24, SpO2 89% on RA, Temp 99.1 F. Weight 95 kg.
        Labs: WBC 12.4, Hgb 11.1, Plt 245, Na 132, K 5.1, Cr 1.9, BUN 42, BNP 2300, Troponin 0.04.
        Assessment: Acute on Chronic Systolic Heart Failure. COPD Exacerbation. Atrial Fibrillation With RVR.
        Plan: Furosemide 40 mg IV BID, Metoprolol Tartrate 25 mg PO q6h, Albuterol 2.5 mg neb q4h PRN.
        Family history: Mother with Breast Cancer. Father: Coronary Artery Disease.
        """)
    }

    @Test func aPortugueseDischargeNote() {
        unchanged("""
        HD: Insuficiência Cardíaca Descompensada. Pielonefrite Aguda.
        Conduta: Furosemida 40 mg EV 12/12h; Ceftriaxona 1 g EV 1x ao dia por 7 dias.
        Exames: Hb 9,8 g/dL, Leucócitos 15.200, Plaquetas 180.000, Creatinina 2,1 mg/dL, PCR 120 mg/L.
        Retorno em 15 dias com Ecocardiograma. Mãe: Hipertensão Arterial. Pai: Diabetes Mellitus tipo 2.
        """)
    }
}
