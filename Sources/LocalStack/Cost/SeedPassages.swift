/// The 500 synthetic clinical passages (no real patient: drugs, doses, laboratory values, ICD-10 codes) the load seed's
/// knowledge chunks are made of (`lambda-load`'s Seeder), and the unrelated chunks `retrieval-eval --filler` adds to a
/// clinic so it is as large as a real one, and the series `bench-chat`'s knowledge base continues: one list, so the eval's
/// large clinic and the benchmark's read like the load's.
public enum SeedPassages {
    /// The 500 passages.
    public static let all: [String] = (0..<500).map(passage)

    /// Passage `i` of the series (any i ≥ 0; `all` is the first 500): `bench-chat` seeds its 10,000-chunk clinic from it.
    public static func passage(_ i: Int) -> String {
        "Consulta \(i): \(codes[i % codes.count]). Se indica \(drugs[(i / 3) % drugs.count]) cada \(8 + i % 3 * 4) horas. "
            + "Laboratorio: \(labs[(i / 7) % labs.count]). Control en \(1 + i % 6) meses; dieta y ejercicio."
    }

    static let drugs = ["metformina 850 mg", "losartán 50 mg", "atorvastatina 40 mg", "omeprazol 20 mg", "levotiroxina 75 mcg", "salbutamol 100 mcg",
                        "apixabán 5 mg", "sertralina 50 mg", "amoxicilina 500 mg", "insulina glargina 20 unidades", "enalapril 10 mg", "furosemida 40 mg"]
    static let labs = ["HbA1c 8.1 %", "glucosa en ayunas 150 mg/dL", "creatinina 1.4 mg/dL", "TSH 7.2 mUI/L", "LDL 160 mg/dL", "hemoglobina 10.2 g/dL",
                       "INR 2.8", "potasio 5.0 mEq/L", "ferritina 12 ng/mL", "plaquetas 140.000"]
    static let codes = ["E11.9 diabetes mellitus tipo 2", "I10 hipertensión esencial", "E78.5 dislipidemia", "K21.9 reflujo", "E03.9 hipotiroidismo",
                        "J45.40 asma", "I48.91 fibrilación auricular", "F32.1 depresión", "J02.9 faringitis", "N18.3 enfermedad renal crónica"]
}
