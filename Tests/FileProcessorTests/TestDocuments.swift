/// A synthetic clinical note full of identifiers (national ids with valid check digits) that must never reach
/// the model nor the logs, with clinical phrases that must not be logged either.
enum TestDocuments {
    static let note = """
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
    """

    static let identifiers = ["José Luis Hernández Gutiérrez", "HEGA920707HNLRNL00", "ROML7904158A9", "HGZ-2024-00871", "55 4821 9034",
                              "jlhernandez72@example.com", "07/07/1992", "Calle Álamos 233", "Mariana Olvera Campos"]
    static let clinicalPhrases = ["Diabetes mellitus tipo 2 descontrolada", "Metformina 850 mg", "Losartán 50 mg", "TA 148/92"]

    /// The note followed by `paragraphs` paragraphs of clinical evolution (long enough for several passages).
    static func long(paragraphs: Int) -> String {
        var text = note + "\n\nEVOLUCIÓN\n"
        for day in 1...paragraphs {
            text += "Día \(day): paciente estable, refiere adherencia al tratamiento con metformina y losartán. "
                + "Glucemia capilar en ayuno de \(110 + day) mg/dL, sin hipoglucemias. Se refuerza dieta baja en carbohidratos "
                + "y actividad física de 30 minutos al día. Sin datos de alarma; se explican signos de alarma a la familia.\n"
        }
        return text
    }

    /// A BDA document result.json for one segment: pages with Markdown, positioned from `startPage`.
    static func documentResult(pages: [String], startPage: Int, bucket: String, key: String) -> [String: Any] {
        [
            "metadata": ["asset_id": "0", "logical_subdocument_id": "0", "semantic_modality": "DOCUMENT", "s3_bucket": bucket, "s3_key": key,
                         "number_of_pages": pages.count, "start_page_index": startPage, "end_page_index": startPage + pages.count - 1,
                         "file_type": "PDF"],
            "document": ["representation": ["markdown": pages.joined(separator: "\n\n")], "statistics": ["element_count": pages.count]],
            "pages": pages.enumerated().map { index, text in
                ["id": "p\(index)", "page_index": index, "detected_page_number": startPage + index + 1,
                 "representation": ["markdown": text], "statistics": ["word_count": text.split(separator: " ").count]] as [String: Any]
            },
            "elements": [],
        ]
    }
}
