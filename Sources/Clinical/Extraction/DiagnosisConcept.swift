/// What a diagnosis is about, whatever the words: "HTA" and "hipertensión arterial de difícil control" share
/// the concept hypertension, "FA" and "fibrilación auricular" atrial fibrillation, "DM tipo 2" and "DM2
/// descompensada" diabetes, "IRC" and "insuficiencia renal crónica" chronic kidney disease. Used to keep a
/// comorbidity of the history once when the diagnoses already name it, in another form.
enum DiagnosisConcept {
    /// The item's words with abbreviations and full names mapped to one concept word, classifications
    /// ("Child B", "GOLD 3", "grado I", "NYHA II") and fillers dropped.
    static func key(_ text: String) -> Set<String> {
        let words = TextFolding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var result: Set<String> = []
        var k = 0
        while k < words.count {
            let word = words[k]
            // Classification words take their grade with them: "child b", "gold 3", "estadio 3a", "nyha ii".
            if classifications.contains(word) { k += 2; continue }
            if let (concept, length) = phrase(words, at: k) {
                result.insert(concept)
                k += length
                continue
            }
            if let concept = abbreviations[word] {
                result.insert(concept)
            } else if !fillers.contains(word), word.count >= 2 {
                result.insert(word)
            }
            k += 1
        }
        return result
    }

    /// True when a diagnosis of concept `known` already says `history`: the same disease with a qualifier
    /// ("HTA no controlada" covers "HTA"), but not an acute event of it ("acute asthma exacerbation" and the
    /// patient's asthma are two diagnoses, as are "crisis asmática" and "asma").
    static func covers(_ known: Set<String>, _ history: Set<String>) -> Bool {
        guard history.isSubset(of: known) else { return false }
        return known.isDisjoint(with: events) || !history.isDisjoint(with: events)
    }

    static let events: Set<String> = [
        "exacerbation", "exacerbacion", "exacerbada", "exacerbado", "exacerbated", "crisis", "reagudizacion", "reagudizado",
        "reagudizada", "attack", "ataque", "flare", "brote", "agudizacion", "agudizada", "agudizado", "crise",
    ]

    /// True when a short item names a chronic condition doctors write after "27M with …" ("asthma", "HTN", "DM2").
    static func namesKnownCondition(_ item: String) -> Bool {
        let words = item.split(separator: " ")
        guard !words.isEmpty, words.count <= 4 else { return false }
        return !key(item).isDisjoint(with: knownConditions)
    }

    static let knownConditions: Set<String> = Set(phrases.map { $0.1 }).union(abbreviations.values).union([
        "epilepsia", "epilepsy", "obesidad", "obesity", "cirrosis", "cirrhosis", "migrana", "migraine", "depresion",
        "depression", "gota", "gout", "artritis", "arthritis", "osteoartritis", "osteoarthritis", "artrosis", "lupus",
        "psoriasis", "anemia", "cancer", "glaucoma", "parkinson", "alzheimer", "demencia", "dementia", "esquizofrenia",
        "schizophrenia", "bipolar", "ansiedad", "anxiety", "hepatitis", "tuberculosis", "fibromialgia", "fibromyalgia",
        "hipertiroidismo", "hyperthyroidism", "prediabetes", "sickle", "drepanocitosis", "hemofilia", "hemophilia",
    ])

    /// The key of a history item's head, before its circumstances: "preeclampsia en este embarazo, resuelta",
    /// "EPOC por exposición a biomasa" → the disease's key.
    static func headKey(_ text: String) -> Set<String> {
        let folded = " " + TextFolding.fold(text) + " "
        var cut = folded.endIndex
        // Not " con "/" with ": "insuficiencia cardíaca con fracción de eyección reducida" is its own diagnosis.
        for joiner in [" en ", " por ", " due to ", " secundari", " secondary ", ",", " a causa ", " tras ", " after "] {
            if let range = folded.firstRange(of: joiner), range.lowerBound < cut { cut = range.lowerBound }
        }
        let head = key(String(folded[..<cut]))
        return head.isEmpty ? key(text) : head
    }

    private static func phrase(_ words: [String], at k: Int) -> (String, Int)? {
        // Most words start no full name: one dictionary lookup before comparing phrases.
        guard let candidates = phrasesByFirstWord[words[k]] else { return nil }
        for (phrase, concept) in candidates {
            guard k + phrase.count <= words.count else { continue }
            if Array(words[k..<(k + phrase.count)]) == phrase { return (concept, phrase.count) }
        }
        return nil
    }

    /// Full names (folded words), longest first.
    static let phrases: [([String], String)] = {
        let table: [(String, String)] = [
            ("hipertension arterial sistemica", "htn"), ("hipertension arterial", "htn"), ("hipertension", "htn"),
            ("hypertension", "htn"), ("high blood pressure", "htn"), ("hipertensao arterial", "htn"),
            ("diabetes mellitus", "dm"), ("diabetes", "dm"), ("diabete", "dm"),
            ("insuficiencia renal cronica", "ckd"), ("enfermedad renal cronica", "ckd"), ("chronic kidney disease", "ckd"),
            ("kidney disease", "ckd"), ("major depressive disorder", "depression"), ("depressive disorder", "depression"),
            ("trastorno depresivo mayor", "depression"), ("trastorno depresivo", "depression"), ("depresion", "depression"),
            ("depression", "depression"), ("generalized anxiety disorder", "anxiety"), ("anxiety disorder", "anxiety"),
            ("trastorno de ansiedad generalizada", "anxiety"), ("trastorno de ansiedad", "anxiety"), ("ansiedad", "anxiety"),
            ("anxiety", "anxiety"), ("pulmonary hypertension", "pah"), ("hipertension pulmonar", "pah"), ("hipertensao pulmonar", "pah"), ("enfermedad renal", "ckd"), ("doenca renal cronica", "ckd"), ("doenca renal", "ckd"),
            ("enfermedad pulmonar obstructiva cronica", "copd"), ("chronic obstructive pulmonary disease", "copd"),
            ("fibrilacion auricular", "af"), ("atrial fibrillation", "af"), ("fibrilacao atrial", "af"),
            ("insuficiencia cardiaca congestiva", "hf"), ("insuficiencia cardiaca", "hf"), ("heart failure", "hf"),
            ("congestive heart failure", "hf"), ("falla cardiaca", "hf"),
            ("infarto agudo de miocardio", "mi"), ("infarto agudo del miocardio", "mi"), ("infarto de miocardio", "mi"),
            ("myocardial infarction", "mi"), ("accidente cerebrovascular", "stroke"), ("enfermedad cerebrovascular", "stroke"),
            ("evento cerebrovascular", "stroke"), ("ictus", "stroke"), ("cardiopatia isquemica", "cad"),
            ("enfermedad arterial coronaria", "cad"), ("coronary artery disease", "cad"), ("enfermedad coronaria", "cad"),
            ("reflujo gastroesofagico", "gerd"), ("enfermedad por reflujo gastroesofagico", "gerd"),
            ("gastroesophageal reflux disease", "gerd"), ("hiperplasia prostatica benigna", "bph"),
            ("hiperplasia prostatica", "bph"), ("hiperplasia de prostata", "bph"), ("hiperplasia benigna de prostata", "bph"),
            ("hiperplasia benigna da prostata", "bph"),
            ("benign prostatic hyperplasia", "bph"), ("infeccion de vias urinarias", "uti"), ("infeccion urinaria", "uti"),
            ("urinary tract infection", "uti"), ("virus de inmunodeficiencia humana", "hiv"), ("dislipidemia", "dyslipidemia"),
            ("dislipemia", "dyslipidemia"), ("hiperlipidemia", "dyslipidemia"), ("hyperlipidemia", "dyslipidemia"),
            ("dyslipidemia", "dyslipidemia"), ("hipercolesterolemia", "dyslipidemia"), ("apnea obstructiva del sueno", "osa"),
            ("obstructive sleep apnea", "osa"), ("trombosis venosa profunda", "dvt"), ("deep vein thrombosis", "dvt"),
            ("tromboembolismo pulmonar", "pe"), ("pulmonary embolism", "pe"), ("hipotiroidismo", "hypothyroidism"),
            ("hypothyroidism", "hypothyroidism"), ("hipotireoidismo", "hypothyroidism"),
            ("hipertireoidismo", "hyperthyroidism"), ("hipertiroidismo", "hyperthyroidism"), ("asma bronquial", "asthma"), ("asma", "asthma"), ("asthma", "asthma"),
        ]
        return table.map { ($0.0.split(separator: " ").map(String.init), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    static let phrasesByFirstWord: [String: [([String], String)]] = Dictionary(grouping: phrases, by: { $0.0[0] })

    /// Abbreviations doctors write (folded), to the same concept words.
    static let abbreviations: [String: String] = [
        "hta": "htn", "has": "htn", "htn": "htn", "htas": "htn",
        "dm": "dm", "dm1": "dm", "dm2": "dm", "dmt2": "dm", "t2dm": "dm", "dmii": "dm", "dbt": "dm", "dbt2": "dm", "niddm": "dm",
        "irc": "ckd", "erc": "ckd", "ckd": "ckd", "irct": "ckd", "drc": "ckd",
        "epoc": "copd", "copd": "copd", "dpoc": "copd", "af": "af", "fa": "af", "afib": "af",
        "icc": "hf", "ic": "hf", "chf": "hf", "hf": "hf", "hfref": "hf", "hfpef": "hf",
        "iam": "mi", "mi": "mi", "stemi": "mi", "nstemi": "mi", "acv": "stroke", "avc": "stroke", "evc": "stroke", "cva": "stroke",
        "cad": "cad", "eac": "cad", "erge": "gerd", "gerd": "gerd", "hpb": "bph", "bph": "bph", "ivu": "uti", "itu": "uti",
        "uti": "uti", "vih": "hiv", "hiv": "hiv", "saos": "osa", "osa": "osa", "tvp": "dvt", "dvt": "dvt", "tep": "pe",
        // Adjectives ("crisis asmática", "cetoacidosis diabética") name another entity and are not mapped.
        "cirrosis": "cirrhosis", "cirrhosis": "cirrhosis", "hld": "dyslipidemia", "dlp": "dyslipidemia", "hbp": "htn",
        "iddm": "dm", "ihd": "cad", "pvd": "pad", "eap": "pad", "pad": "pad", "ibs": "ibs", "gota": "gout", "gout": "gout",
    ]
    /// Grading words whose next word is the grade.
    static let classifications: Set<String> = [
        "child", "pugh", "gold", "nyha", "grado", "grade", "estadio", "stage", "clase", "class", "killip", "forrest",
        "kdigo", "ecog", "tipo", "type", "fevi", "ef",
    ]
    /// Words that say nothing of what the disease is, only of its course or the sentence.
    static let fillers: Set<String> = [
        "de", "del", "la", "el", "los", "las", "en", "con", "sin", "y", "e", "o", "of", "the", "and", "in", "on", "with", "a",
        "mellitus", "arterial", "sistemica", "cronica", "cronico", "chronic", "ii", "2", "1", "i", "iii", "iv", "no",
        "controlada", "controlado", "descompensada", "descompensado", "compensada", "compensado", "mal", "bien", "dificil",
        "control", "controlled", "uncontrolled", "poorly", "well", "estable", "stable", "larga", "data", "evolucion",
        "conocida", "conocido", "known", "history", "antecedente", "previa", "previo", "activa", "activo", "active",
        "leve", "moderada", "moderado", "severa", "severo", "mild", "moderate", "severe", "tratamiento", "treated",
    ]
}
