/// Words of diseases and findings, which are never a person's name: a family history written with capitals
/// ("Madre: Diabetes Mellitus. Padre: Cáncer de Próstata", "Father: Coronary Artery Disease") or a diagnosis after
/// an adjectival label must reach the model, since a redacted diagnosis is lost from the summary. Recognised by
/// head word and by the suffixes medicine builds its terms with ("-itis", "-osis", "-emia", "-patía", "-algia"…).
enum ConditionWords {
    static func isCondition(_ folded: String) -> Bool {
        if heads.contains(folded) { return true }
        let bytes = folded.utf8
        guard bytes.count >= 6, !notConditions.contains(folded) else { return false }
        if suffixBytes.contains(where: { bytes.count > $0.count && bytes.suffix($0.count).elementsEqual($0) }) { return true }
        // "Carcinoma", "Linfoma", "Glaucoma" — but "Paloma" and "Coloma" are names; Portuguese "hepatite", "trombose".
        return bytes.count >= 7 && longSuffixBytes.contains(where: { bytes.suffix($0.count).elementsEqual($0) })
    }

    /// Folded words are ASCII: suffixes compared on UTF-8 bytes, since this runs for every candidate name word.
    static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
    static let suffixBytes = bytes(suffixes)
    static let longSuffixBytes = bytes(["oma", "ite", "ose"])

    static let suffixes = [
        "itis", "osis", "emia", "emias", "patia", "pathy", "algia", "plasia", "plegia", "paresia", "ectomia", "ectomy",
        "tomia", "otomy", "penia", "cemia", "uria", "rragia", "rrhage", "trofia", "trophy", "megalia", "megaly", "oidismo",
        "oidism", "cardia", "espasmo", "spasm", "ectasia", "litiasis", "lithiasis", "asis", "iasis", "ismo", "noma",
    ]

    /// Names that end like a condition ("Lourdes Matías" no, but "Garcilaso", "Nemesis"): kept names.
    static let notConditions: Set<String> = ["matias", "tobias", "elias", "isaias", "jeremias", "mesias", "farias", "arias", "frias", "dias", "diaz", "macias", "mejias", "tejias", "bautismo", "marguerite", "ambrose", "primrose"]

    static let heads: Set<String> = [
        "diabetes", "mellitus", "cancer", "asma", "asthma", "hipertension", "hypertension", "enfermedad", "disease",
        "insuficiencia", "failure", "infarto", "infarct", "infarction", "sindrome", "syndrome", "trastorno", "disorder",
        "neumonia", "pneumonia", "tumor", "tumour", "tuberculosis", "epilepsia", "epilepsy", "demencia", "dementia",
        "alzheimer", "parkinson", "depresion", "depression", "ansiedad", "anxiety", "obesidad", "obesity", "cirrosis",
        "hepatitis", "anemia", "leucemia", "leukemia", "linfoma", "lymphoma", "sepsis", "shock", "fractura",
        "fracture", "ulcera", "ulcer", "infeccion", "infection", "infeccao", "doenca", "coronaria", "coronary", "artery",
        "arterial", "cardiaca", "cardiac", "renal", "hepatica", "pulmonar", "pulmonary", "cronica", "cronico", "chronic",
        "acute", "breast", "prostata", "prostate", "pulmon", "lung", "gastrico",
        "gastric", "utero", "cervix", "ovario", "tiroides", "thyroid", "hipotiroidismo", "hipertiroidismo", "gota", "gout",
        "lupus", "vih", "hiv", "sida", "aids", "ictus", "stroke", "acv", "migrana", "migraine", "glaucoma", "cataratas",
        "cataract", "dislipidemia", "hiperlipidemia", "colesterol", "cholesterol", "fibrilacion", "fibrillation",
        "arritmia", "arrhythmia", "cardiopatia", "embolia", "embolism", "trombosis", "thrombosis", "aneurisma",
        "aneurysm", "hernia", "apendicitis", "litiasis", "calculo", "quiste", "cyst", "nodulo", "nodule", "polipo",
        "polyp", "esquizofrenia", "schizophrenia", "bipolar", "autismo", "autism", "alcoholismo", "alcoholism",
        "tabaquismo", "adiccion", "addiction", "malaria", "dengue", "covid", "influenza", "sarampion",
        "varicela", "bronquitis", "bronquiolitis", "rinitis", "sinusitis", "faringitis", "otitis", "conjuntivitis",
        "dermatitis", "psoriasis", "vitiligo", "acne", "osteoporosis", "artrosis", "artritis", "arthritis", "lumbalgia",
        "cefalea", "headache", "convulsiones", "seizures", "hemorragia", "hemorrhage", "sangrado", "bleeding",
        "preeclampsia", "eclampsia", "diabetico", "hipertenso", "asmatico", "oncologico", "maligno", "maligna", "benigno",
        "benigna", "metastasis", "neoplasia", "neoplasm", "carcinoma", "sarcoma", "melanoma", "mieloma", "myeloma",
        // Portuguese heads: "Hipertensão", "Doença", "Insuficiência", "AVC", "Infarto".
        "hipertensao", "hipotensao", "doencas", "avc", "dpoc", "cardiopata", "cancro", "derrame", "convulsao",
    ]
}
