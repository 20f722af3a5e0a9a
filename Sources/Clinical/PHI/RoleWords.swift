/// Words that say a field names a person, shared by the name scanners: relatives in Spanish, Portuguese and English,
/// the patient's own roles ("Gestante:", "Puérpera:"), and professions recognised by their suffix, so that a label
/// such as "Bacterióloga:", "Endocrinólogo:", "Psiquiatra:" or "Cardiologista:" needs no entry of its own.
enum RoleWords {
    /// Relatives and contacts (folded) beyond `NameScanner.roleCues`: "Contato: marido Rodrigo …", "Yerno: Óscar …".
    static let kin: Set<String> = [
        "marido", "mulher", "companheiro", "companheira", "irma", "irmao", "avo", "neta", "neto", "genro", "cunhado",
        "cunhada", "sogro", "sogra", "filha", "filho", "sobrinha", "sobrinho", "yerno", "nuera", "nora", "cunado", "cunada",
        "padrastro", "madrastra", "hijastro", "hijastra", "concubino", "concubina", "conviviente", "bisabuela",
        "bisabuelo", "ahijada", "ahijado", "madrina", "padrino", "spouse", "fiance", "fiancee", "boyfriend", "girlfriend",
        "grandson", "granddaughter", "niece", "nephew", "stepmother", "stepfather", "stepson", "stepdaughter", "roommate",
        "mom", "dad", "son-in-law", "nieta", "nieto",
    ]

    /// Kin words that are also names ("Irma" for irmã, the surnames "Neto" and "Nieto"): a capitalised one stays a name word.
    static let givenNames: Set<String> = ["irma", "neta", "neto", "nieto", "nieta", "mom", "dad", "padrino", "nora"]

    /// The patient named by a role before a colon: "Gestante: Yolanda …", "Puérpera: …", "RN de: …".
    static let patientRoles: [[String]] = [
        ["gestante"], ["puerpera"], ["parturienta"], ["embarazada"], ["neonato"], ["neonata"], ["recien", "nacido"],
        ["recien", "nacida"], ["rn"], ["rn", "de"], ["lactante"], ["menor"], ["consultante"], ["evaluado"], ["evaluada"],
        ["donante"], ["receptor"], ["receptora"], ["examinado"], ["examinada"], ["internado"], ["internada"],
        ["nome", "da", "paciente"], ["nome", "social"], ["hijo", "de"], ["hija", "de"],
    ]

    /// True when a label word names a person: a listed role or a profession written with its suffix.
    static func namesAPerson(_ folded: String) -> Bool {
        NameScanner.roleLabelWords.contains(folded) || kin.contains(folded) || isProfession(folded)
    }

    /// Professions by their suffix: "-ólogo/a", "-ologist", "-ologista", "-iatra", "-terapeuta", "-ician", and the
    /// "-ista" professions listed (a "lista" or "entrevista" is no person).
    static func isProfession(_ folded: String) -> Bool {
        let bytes = folded.utf8
        guard bytes.count >= 6, !notProfessions.contains(folded) else { return false }
        if professionSuffixBytes.contains(where: { bytes.suffix($0.count).elementsEqual($0) }) { return true }
        return istaProfessions.contains(folded)
    }

    static let professionSuffixBytes = ConditionWords.bytes(professionSuffixes)
    static let professionSuffixes = ["logo", "loga", "logos", "logas", "logist", "logista", "iatra", "terapeuta", "ician", "ologa", "iatrist"]
    static let notProfessions: Set<String> = ["dialogo", "catalogo", "prologo", "epilogo", "monologo", "analogo", "analoga", "homologo", "homologa"]
    static let istaProfessions: Set<String> = [
        "internista", "intensivista", "nutricionista", "anestesista", "optometrista", "ecografista", "laboratorista",
        "flebotomista", "dentista", "alergista", "oncologista", "neonatologista", "infectologista", "especialista",
        "generalista", "hospitalista", "fisiatra", "instrumentista", "perfusionista", "sonografista", "enfermeira",
        "enfermeiro", "obstetriz", "matron", "auxiliar", "farmaceutica", "farmaceutico", "paramedico", "paramedic",
        "dietitian", "dietista", "therapist", "sonographer", "midwife", "hygienist",
    ]

    /// "Dx médico:", "Tratamiento médico:", "Alta médica:", "Manejo clínico:": token `k` is "médico"/"médica" used as the
    /// adjective of the clinical noun before it, not a clinician's field label ("Médico:", "Nombre del médico:").
    static func isAdjectivalRole(at k: Int, in c: TokenizedText) -> Bool {
        guard k >= 1, adjectives.contains(c.folded[k]), c.gap(after: k - 1) == " ", c.tokens[k - 1].isWord else { return false }
        let before = c.folded[k - 1]
        return !nounsOfAPerson.contains(before) && !namesAPerson(before) && !NameScanner.titleWords.contains(before)
    }

    /// Medicine's specialties written after an abbreviated "Med." ("Med. Interna", "Med. Física y Rehabilitación").
    static let specialtyWords: Set<String> = [
        "interna", "interno", "general", "familiar", "nuclear", "fisica", "rehabilitacion", "legal", "forense", "deportiva",
        "critica", "intensiva", "tropical", "preventiva", "laboral", "trabajo", "estetica", "alternativa", "paliativa",
        "urgencias", "emergencias", "integral", "comunitaria", "ocupacional", "transfusional", "reproductiva", "materno",
        "fetal", "residente", "tratante", "cirujano", "cirujana", "veterinaria", "regenerativa", "genomica", "hiperbarica",
    ]

    static let adjectives: Set<String> = ["medico", "medica", "medicos", "medicas", "clinico", "clinica", "profesional"]
    /// Words before "médico" that keep it a person: "Nombre del médico:", "Firma del médico:", "Su médico:".
    static let nounsOfAPerson: Set<String> = ["del", "de", "el", "la", "su", "nombre", "firma", "sello", "otro", "otra", "primer", "segundo"]
}
