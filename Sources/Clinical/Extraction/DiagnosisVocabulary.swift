/// What a diagnosis looks like, whatever the header (round 6, issue 17): the abbreviations doctors write (HTA, DM2, EPOC,
/// IRC, FA, ICC, IAM, ACV, TEP, BPH, DKA, AKI, IVU, …), the head nouns of a disease (insuficiencia, enfermedad, síndrome,
/// cirrosis, secuela, …) and its morphology (-itis, -osis, -emia, -patía, -oma, -algia, Portuguese -ite). Used to read a
/// list the extractor has no header for — `Crónica: HTA y DM2, con insuficiencia venosa crónica`, or a line that is only
/// a list of diseases (`Sequela de AVC isquêmico 2023, DPOC, lesão por pressão sacral estágio 2.`) — when most of its
/// items look like diagnoses, never a plan, a test, a symptom, a denial or a relative's disease.
enum DiagnosisVocabulary {
    /// True when an item reads like a disease: it opens with an abbreviation or a head noun, names a known chronic
    /// condition, or one of its first two words has a disease's ending.
    static func looksLikeDiagnosis(_ item: String) -> Bool {
        let words = TextFolding.fold(item).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first, words.count <= 10, !DiagnosisExtractor.holdsDose(item),
              !DiagnosisExtractor.isNegatedOrNotADiagnosis(item), !DiagnosisExtractor.isHistoryNoise(item) else { return false }
        if words.contains(where: { notDiagnosisWords.contains($0) }) { return false }
        if MedicationExtractor.symptoms.contains(first) || DiagnosisExtractor.resultNouns.contains(first) { return false }
        if DiagnosisListSplitter.analytes.contains(first) { return false }
        if abbreviations.contains(first) || DiagnosisConcept.abbreviations[first] != nil { return true }
        if heads.contains(first) || DiagnosisListSplitter.diseaseHeads.contains(first) { return true }
        // A known condition in its first words ("diabetes mellitus tipo 2"), not later ("valores compatibles con hipotiroidismo").
        if DiagnosisConcept.namesKnownCondition(words.prefix(2).joined(separator: " ")) { return true }
        return words.prefix(2).contains(where: hasDiseaseEnding)
    }

    static func hasDiseaseEnding(_ word: String) -> Bool {
        guard word.count > 5 else { return false }
        // Round 7: plurals ("hipoglicemias", "crisis" aside) and Spanish "-ismo" conditions ("tabaquismo", "alcoholismo",
        // "hiperparatiroidismo"), not "organismo", "mecanismo".
        if word.hasSuffix("ismo"), word.count > 7, !["organismo", "mecanismo", "mismo", "turismo", "optimismo", "nerviosismo"].contains(word) { return true }
        if word.hasSuffix("s"), ["emias", "patias", "algias", "penias"].contains(where: { word.hasSuffix($0) }) { return true }
        return ["itis", "osis", "iasis", "emia", "patia", "pathy", "oma", "algia", "penia", "plasia", "trofia", "ectasia"].contains(where: { word.hasSuffix($0) })
            || word.count > 7 && word.hasSuffix("ite")
    }

    /// The items of a line the extractor reads no header on, when they are a list of diseases: after an unknown label
    /// ("Crónica:", "Problemas de salud:"), two thirds of them look like diagnoses; without a label, every one does and
    /// there are two at least. Only the line's first sentence.
    static func unlabelledList(_ line: String) -> [String] {
        let trimmed = DiagnosisExtractor.stripListMarker(line.trimmingWhitespace())
        guard !trimmed.isEmpty else { return [] }
        var content = trimmed
        var labelled = false
        if let colon = trimmed.firstIndex(of: ":") {
            let label = TextFolding.fold(String(trimmed[..<colon]))
            let labelWords = label.split(whereSeparator: { !$0.isLetter }).map(String.init)
            // "Crónica:", "Problemas de salud:": a short label of letters; a known kind of field is no list of diseases.
            guard (1...4).contains(labelWords.count), label.allSatisfy({ $0.isLetter || " ./-".contains($0) }),
                  !labelWords.contains(where: { blockedLabelWords.contains($0) || DiagnosisExtractor.otherHistoryWords.contains($0) && !["del", "no"].contains($0) }),
                  !DiagnosisExtractor.isOtherHeader(trimmed) else { return [] }
            content = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
            labelled = true
        }
        guard let sentence = SentenceSegmenter.split(content).first, !sentence.contains(":") else { return [] }
        // "resultados negativos para VIH, sífilis, hepatitis B": a denial or a result anywhere denies the whole list (looked for
        // before the list is split, which costs more: round 8, same output).
        let folded = " " + TextFolding.fold(sentence) + " "
        if [" negativ", " normal", " niega", " denies", " descart", " ruled out"].contains(where: { folded.hasSubstring($0) }) { return [] }
        // Round 8 (perf, same output): an item looks like a diagnosis only by a word of the vocabulary or a disease's ending,
        // and every item's words are the sentence's; a sentence holding none lists no disease, so it is not split.
        guard folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { mayOpenDiagnosis(String($0)) }) else { return [] }
        let items = DiagnosisListSplitter.listItems(sentence)
        guard items.count >= (labelled ? 1 : 2), items.allSatisfy({ $0.split(separator: " ").count <= 9 }) else { return [] }
        if items.contains(where: DiagnosisExtractor.isNegatedOrNotADiagnosis) { return [] }
        let diagnosisLike = items.filter(looksLikeDiagnosis)
        if labelled ? diagnosisLike.count * 3 >= items.count * 2 : diagnosisLike.count == items.count {
            return items.filter { !DiagnosisExtractor.isNegatedOrNotADiagnosis($0) && !DiagnosisExtractor.holdsDose($0) }
        }
        return []
    }

    /// True when `word` (folded) can make an item look like a diagnosis (`looksLikeDiagnosis`): an abbreviation, a head
    /// noun, a word of a known condition's phrase or name, or a disease's ending.
    static func mayOpenDiagnosis(_ word: String) -> Bool {
        vocabularyWords.contains(word) || hasDiseaseEnding(word)
    }

    static let vocabularyWords: Set<String> = abbreviations.union(DiagnosisConcept.abbreviations.keys).union(heads)
        .union(DiagnosisListSplitter.diseaseHeads).union(DiagnosisConcept.knownConditions)
        .union(DiagnosisConcept.phrases.flatMap { $0.0 })

    /// Abbreviations of diagnoses (folded), beside `DiagnosisConcept.abbreviations`.
    static let abbreviations: Set<String> = [
        "hta", "htn", "has", "dm", "dm1", "dm2", "dmt1", "dmt2", "t1dm", "t2dm", "dbt", "dbt1", "dbt2", "epoc", "copd", "dpoc",
        "irc", "erc", "ckd", "drc", "irct", "fa", "af", "afib", "icc", "chf", "hfref", "hfpef", "iam", "iamcest", "iamsest",
        "stemi", "nstemi", "acv", "avc", "cva", "tia", "ait", "tep", "tvp", "dvt", "bph", "hbp", "hpb", "dka", "cad", "aki",
        "ira", "lra", "ivu", "itu", "uti", "erge", "gerd", "saos", "osa", "vih", "hiv", "dlp", "hld", "tbc", "nac", "tce",
        "tec", "hda", "hdb", "evc", "eac", "fevi", "icfer", "icfep", "hsa", "les", "sop", "sahos", "tdah", "adhd", "tag",
    ]

    /// Head nouns of diseases, beside `DiagnosisListSplitter.diseaseHeads`.
    static let heads: Set<String> = [
        // Round 7: injuries and impairments ("contusión renal", "mild cognitive impairment", "esguince de tobillo").
        "contusion", "contusiones", "luxacion", "esguince", "sprain", "laceration", "laceracion", "quemadura", "burn", "concussion",
        "dislocation", "impairment", "deterioro", "disfuncion", "dysfunction", "hematoma", "amputacion",
        "secuela", "secuelas", "sequela", "sequelas", "lesao", "cirrosis", "cirrhosis", "varices", "hipoacusia", "demencia",
        "dementia", "nefropatia", "retinopatia", "neuropatia", "polineuropatia", "hepatopatia", "gastropatia", "osteoporosis",
        "osteoartrosis", "osteoartrose", "artrosis", "gota", "gout", "dislipidemia", "dislipemia", "hiperlipidemia",
        "hipotiroidismo", "hipertiroidismo", "hypothyroidism", "hyperthyroidism", "hipotireoidismo", "obesidade", "poliglobulia",
        "trombocitopenia", "trombocitosis", "pancreatitis", "prediabetes", "preeclampsia", "eclampsia", "dengue",
        "chikungunya", "zika", "malaria", "covid", "influenza", "bronquiolitis", "bronquitis", "epilepsia", "epilepsy",
        "rinitis", "dermatitis", "psoriasis", "glaucoma", "catarata", "cataract", "litiasis", "colelitiasis", "nefrolitiasis",
        "celulitis", "otitis", "faringitis", "amigdalitis", "sinusitis", "gastritis", "hepatitis", "tuberculosis", "sifilis",
        "hiponatremia", "hipokalemia", "hipopotasemia", "hiperpotasemia", "hiperkalemia", "hyponatremia", "hypokalemia",
        "hyperkalemia", "acidosis", "cetoacidosis", "ketoacidosis", "neoplasia", "carcinoma", "adenocarcinoma", "linfoma",
        "leucemia", "mieloma", "melanoma", "estenosis", "stenosis", "insuficiencia", "enfermedad", "doenca", "sindrome",
        "trastorno", "disorder", "vitiligo", "hemiparesia", "hemiplejia", "paraplejia", "cardiomiopatia", "cardiomyopathy",
        "osteoarthritis", "osteoartritis", "hypertension", "hipertension", "diabetes", "obesidad", "obesity", "anemia", "asma",
        "asthma", "apnea", "hiperuricemia", "hipertrigliceridemia", "hipercolesterolemia", "esteatosis", "depresion", "depression",
    ]

    /// Words that make an item something else: a plan, a test, a procedure done, a result.
    static let notDiagnosisWords: Set<String> = [
        "control", "cita", "solicitar", "solicito", "pendiente", "realizar", "realizado", "realizada", "iniciar", "continuar",
        "suspender", "mantener", "start", "continue", "stop", "hold", "order", "check", "repeat", "follow", "seguimiento",
        "negativo", "negativa", "negative", "normal", "normales", "padre", "madre", "mother", "father", "hermano", "hermana",
        "abuelo", "abuela", "familiar", "family", "vacuna", "vaccine", "dosis", "dose",
    ]

    /// Label words of fields that hold no list of the patient's diseases.
    static let blockedLabelWords: Set<String> = [
        "plan", "tratamiento", "tto", "tx", "rx", "indicaciones", "medicamentos", "medicacion", "medications", "meds", "receta",
        "examen", "exam", "ex", "ef", "exploracion", "laboratorio", "labs", "lab", "laboratorios", "resultados", "results",
        "imagen", "imagenes", "eco", "ecografia", "tac", "tc", "ct", "rx", "ecg", "ekg", "hallazgos", "findings", "vitals",
        "signos", "sv", "pendiente", "pendientes", "pending", "diferencial", "differential", "ddx", "descartar", "motivo",
        "mc", "cc", "hpi", "pa", "enfermedad", "padecimiento", "evolucion", "subjetivo", "objetivo", "s", "o", "p", "alergias",
        "alergia", "allergies", "nkda", "habitos", "social", "familiares", "family", "fhx", "fh", "madre", "padre", "vacunas",
        "riesgo", "risk", "alarma", "warning", "dieta", "diet", "cirugias", "quirurgicos", "procedimiento", "procedure",
        "conducta", "recomendaciones", "interconsulta", "referencia", "derivacion", "contrarreferencia", "paciente", "nombre", "name", "fecha", "date", "edad", "sexo",
        "direccion", "domicilio", "telefono", "tel", "dni", "cedula", "medico", "dr", "dra", "firma", "entrega", "recibe",
        "tratante", "servicio", "cama", "bed", "neuro", "resp", "renal", "hemodinamico", "infecto", "metabolico", "profilaxis",
        "cv", "gi", "id", "fen", "dispo", "code", "access", "lines", "diet", "situation", "background", "action", "contingency",
    ]
}
