/// Synthetic notes full of identifiers (national ids with valid check digits), with the values that must
/// never reach the model nor the logs.
struct TestNote {
    let language: String
    let text: String
    /// Each identifier exactly as written in `text`.
    let identifiers: [String]
    /// Clinical phrases that must not appear in logs either.
    let clinicalPhrases: [String]

    static let spanish = TestNote(
        language: "es",
        text: """
        HOSPITAL GENERAL REGIONAL — CONSULTA EXTERNA
        Paciente: José Luis Hernández Gutiérrez   CURP: HEGA920707HNLRNL00   RFC: ROML7904158A9
        Expediente: HGZ-2024-00871   Tel. 55 4821 9034   Correo: jlhernandez72@example.com
        Fecha de nacimiento: 07/07/1992
        Domicilio: Calle Álamos 233, Col. Del Valle, Benito Juárez, CDMX
        Motivo de consulta: control de diabetes mellitus tipo 2 e hipertensión arterial.
        Exploración física: TA 148/92 mmHg, FC 84 lpm, SpO2 97%, T° 36.6 °C.
        Diagnósticos:
        1. Diabetes mellitus tipo 2 descontrolada (E11.65)
        2. Hipertensión arterial sistémica (I10)
        Plan:
        - Metformina 850 mg VO cada 12 horas con los alimentos.
        - Losartán 50 mg VO cada 24 horas.
        Control en 4 semanas con HbA1c. Elaboró: Dra. Mariana Olvera Campos.
        """,
        identifiers: ["José Luis Hernández Gutiérrez", "HEGA920707HNLRNL00", "ROML7904158A9", "HGZ-2024-00871", "55 4821 9034",
                      "jlhernandez72@example.com", "07/07/1992", "Calle Álamos 233", "Mariana Olvera Campos"],
        clinicalPhrases: ["Diabetes mellitus tipo 2 descontrolada", "Metformina 850 mg", "Losartán 50 mg", "TA 148/92"])

    static let english = TestNote(
        language: "en",
        text: """
        Patient: Robert James Whitfield   DOB: 04/17/1954   SSN: 512-48-7736   MRN: 00458219
        Phone: (617) 555-0142   Email: rjwhitfield54@example.org
        Address: 1234 Elm Street, Apt 5B, Boston, MA 02118
        Chief complaint: worsening shortness of breath for 3 days.
        Vitals: BP 148/90, HR 102, SpO2 89% on room air, Temp 37.9 C.
        Assessment: acute exacerbation of COPD (J44.1).
        Plan: prednisone 40 mg PO daily for 5 days, albuterol 2.5 mg nebulized every 4 hours as needed.
        Follow-up: clinic visit in 1 week. Seen by Dr. Karen Liu.
        """,
        identifiers: ["Robert James Whitfield", "04/17/1954", "512-48-7736", "00458219", "(617) 555-0142", "rjwhitfield54@example.org",
                      "1234 Elm Street", "Karen Liu"],
        clinicalPhrases: ["acute exacerbation of COPD", "prednisone 40 mg", "albuterol 2.5 mg", "shortness of breath"])
}
