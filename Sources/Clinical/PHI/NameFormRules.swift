/// Round 6: names recognised by their form and place where no cue word stands right before them — an initial and a
/// surname in a care team or a sign-off ("D. Washington, 46M", "J. Kim (RT)", "con C. Muñoz y P. Contreras"), a
/// given name and a surname in prose ("Se comunica Margarita Oyarzun"), and a name typed in lower case after its
/// label or title ("pcte wilmer jose rondon 38a", "dra yaritza blanco").
extension NameScanner {
    struct FormSpan {
        let span: PHISpan
        let tokens: ClosedRange<Int>
        /// Whether its words mark later mentions as names (not for lower-case names: "blanco" is also a colour).
        let remember: Bool
    }

    func formSpans(excluding found: [PHISpan]) -> [FormSpan] {
        var result: [FormSpan] = []
        let taken = { (k: Int) in found.contains { $0.range.contains(self.context.tokens[k].start) } }
        result += initialAndSurname(covered: taken)
        let afterInitials = result
        result += givenNameInProse(covered: { k in taken(k) || afterInitials.contains { $0.tokens.contains(k) } })
        let afterProse = result
        result += lowerCaseName(covered: { k in taken(k) || afterProse.contains { $0.tokens.contains(k) } })
        let afterLowerCase = result
        result += lineOpeningNames(covered: { k in taken(k) || afterLowerCase.contains { $0.tokens.contains(k) } })
        let afterLineOpening = result
        result += proseNames(covered: { k in taken(k) || afterLineOpening.contains { $0.tokens.contains(k) } })
        return result
    }

    // MARK: An initial and a surname

    /// "D. Washington, 46M", "J. Kim (RT)", "-- J. Kim, RN", "Recibe: E. Mamani", "con C. Muñoz y P. Contreras": a capital
    /// and its period before a surname name a person where the place says so — an age, a credential or a role in
    /// parentheses after it, a field's colon or a preposition of people before it, or a list of such names.
    private func initialAndSurname(covered taken: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        func covered(_ k: Int) -> Bool { taken(k) || result.contains { $0.tokens.contains(k) } }
        var lastEnd = -10
        for j in t.indices where t[j].letters == 1 && t[j].digits == 0 && t[j].isCapitalized && j + 1 < t.count && context.gap(after: j) == ". " {
            guard !covered(j), !covered(j + 1), let end = surnameEnd(from: j + 1) else { continue }
            // "J. A. Kim", "M. L. Giménez": a second initial before the first.
            var start = j
            while start >= 1, t[start - 1].letters == 1, t[start - 1].digits == 0, t[start - 1].isCapitalized, context.gap(after: start - 1) == ". ",
                  j - start < 2, !covered(start - 1) { start -= 1 }
            let listed = lastEnd >= start - 6 && lastEnd < start && [", ", " y ", " and ", " e ", " & ", "; "].contains(gapBetween(lastEnd, start))
            guard listed || personPlace(initial: start, end: end) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[start].start..<t[end].end, priority: 4), tokens: start...end, remember: true))
            lastEnd = end
        }
        return result
    }

    /// The characters between token `a`'s end and token `b`'s start, the closing of a short parenthesis skipped
    /// ("J. Kim (RT), S. Alvarez": the list goes on after the role).
    private func gapBetween(_ a: Int, _ b: Int) -> String {
        var text = context.text.string(context.tokens[a].end..<context.tokens[b].start)
        if let close = text.lastIndex(of: ")"), text.hasPrefix(" (") || text.hasPrefix("(") { text = String(text[text.index(after: close)...]) }
        return text
    }

    /// The last token of a surname of one to three words starting at `k` ("Kim", "O'Brien", "Alvarez Ruiz", "de la Torre").
    private func surnameEnd(from k: Int) -> Int? {
        let t = context.tokens
        guard k < t.count, isNameWord(k, allowCaps: false), !Self.notSurnames.contains(context.folded[k]) else { return nil }
        // "K. O'Brien": a one-letter part only before its apostrophe.
        guard t[k].letters >= 2 || context.gap(after: k) == "'" else { return nil }
        var end = k
        while end + 1 < t.count, end - k < 3, ["'", "-", " "].contains(context.gap(after: end)), isNameWord(end + 1, allowCaps: false),
              t[end + 1].letters >= 2, !Self.notSurnames.contains(context.folded[end + 1]) { end += 1 }
        return t[end].letters >= 2 ? end : nil
    }

    /// Where the initial at `j` and the surname ending at `end` stand says they are a person.
    private func personPlace(initial j: Int, end: Int) -> Bool {
        let t = context.tokens
        if ageFollows(end) { return true }
        let after = end + 1 < t.count ? context.gap(after: end) : "\n"
        // "J. Kim (RT)", "R. Pérez (R2)", "A. Souza (enf.)": a short role in parentheses closing on the line.
        if after == " (" || after == "(", end + 1 < t.count,
           let close = (end + 1..<min(end + 4, t.count)).first(where: { context.gap(after: $0).hasPrefix(")") || context.gap(after: $0).hasPrefix(".)") }),
           !(end + 1...close).contains(where: { context.gap(after: $0).contains("\n") }) { return true }
        // "Consultants: Cardiology (R. Iyer)": the name alone in parentheses.
        if j > 0, context.gap(after: j - 1).hasSuffix("("), after.hasPrefix(")") { return true }
        // "T. Nguyen, PA-C", "G. Quispe, cardiología", "L. Soto, enfermera".
        if after == ", " || after == " ", end + 1 < t.count {
            let f = context.folded[end + 1]
            if Self.credentials.contains(f) && t[end + 1].isAllCaps || f == "pa" && t[end + 1].isAllCaps || RoleWords.isProfession(f)
                || Self.signerWords.contains(f) || RoleWords.specialtyWords.contains(f) && after == ", " || Self.rankWords.contains(f) { return true }
        }
        guard j > 0 else { return false }
        let before = context.gap(after: j - 1)
        // "-- J. Kim", "— S. Alvarez": a sign-off's dash opening the line.
        if before.hasSuffix("\n-- ") || before.hasSuffix("\n— ") || before.hasSuffix("\n– ") { return true }
        if before.contains("\n") { return false }
        // "Recibe: E. Mamani", "Firma: A. Sosa", "Attending: K. O'Brien": a field filled by the name.
        if before.hasSuffix(": ") || before.hasSuffix(":") {
            guard !Self.notRoleLabelWords.contains(context.folded[j - 1]), !ConditionWords.isCondition(context.folded[j - 1]) else { return false }
            return after.contains("\n") || after.hasPrefix(",") || after.hasPrefix(" -") || after.hasPrefix("  ") || after.hasPrefix(";")
                || after.hasPrefix(" /") || after.hasPrefix(".") && (end + 1 >= t.count || context.gap(after: end).contains("\n"))
        }
        // "con C. Muñoz", "por G. Quispe", "a J. Rodríguez", "by T. Nguyen", "with S. Alvarez".
        if before == " ", Self.personPrepositions.contains(context.folded[j - 1]) { return true }
        return false
    }

    static let personPrepositions: Set<String> = [
        "con", "por", "a", "al", "by", "with", "to", "from", "para", "com", "pela", "pelo", "cc", "per", "avec",
    ]

    /// Ranks and roles written before or after a clinician's name: residents ("R2"), Chile's TENS and EU, interns.
    static let rankWords: Set<String> = ["r1", "r2", "r3", "r4", "r5", "pgy1", "pgy2", "pgy3", "tens", "eu", "mip", "mir", "int", "interno", "interna", "rn", "lpn", "lvn", "cna", "rt"]

    /// Words after an initial that are no surname: species ("E. coli" written "E. Coli", "S. Aureus"), outline headings.
    static let notSurnames: Set<String> = [
        "coli", "aureus", "pylori", "difficile", "pneumoniae", "aeruginosa", "faecalis", "faecium", "albicans", "epidermidis",
        "pyogenes", "agalactiae", "influenzae", "tuberculosis", "gondii", "vaginalis", "trachomatis", "gonorrhoeae",
        "cloacae", "mirabilis", "baumannii", "marcescens", "maltophilia", "fib", "flutter", "vera", "lumbricoides",
        "histolytica", "lamblia", "vivax", "falciparum", "typhi", "jirovecii", "carinii", "neoformans", "fumigatus",
        "subjetivo", "objetivo", "analisis", "evaluacion", "subjective", "objective", "assessment", "antecedentes",
        "examen", "exploracion", "impresion", "indicaciones", "conducta", "pendientes", "resumen", "recomendaciones",
    ]

    // MARK: A given name in prose

    /// "Se comunica telefónicamente Margarita Oyarzun", "Spoke with Jennifer Walsh", "valoró Alan Cisneros": a known given
    /// name followed by a surname is a person's name anywhere, unless it names a place or an institution ("Hospital
    /// Escuela Oscar Danilo Rosales", "Av. Simón Bolívar", "San Juan", "Henry Ford Hospital").
    private func givenNameInProse(covered taken: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        func covered(_ k: Int) -> Bool { taken(k) || result.contains { $0.tokens.contains(k) } }
        for j in t.indices where t[j].isCapitalized && !t[j].isAllCaps && (GivenNames.contains(context.folded[j]) || unknownBeforeSurname(j)) {
            guard !covered(j), j + 1 < t.count, [" ", "-"].contains(context.gap(after: j)),
                  let end = nameEnd(from: j, strength: .role), end > j, !(j...end).contains(where: covered) else { continue }
            guard !(j...end).contains(where: { Self.institutionWords.contains(context.folded[$0]) || Self.placeWords.contains(context.folded[$0]) }),
                  !namedPlace(before: j), !institutionFollows(end) else { continue }
            // "Juan Bautista Alberdi 1200", "Simón Bolívar 45": a name before a house number is a street's.
            if end + 1 < t.count, context.gap(after: end) == " ", t[end + 1].isNumber { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4), tokens: j...end, remember: true))
        }
        return result
    }

    /// "firmado por Yariela Castillo", "se comunica Yuleisi Rodríguez": a capitalised word no vocabulary knows, in the
    /// middle of a sentence, right before a common surname, is a given name the list lacks.
    private func unknownBeforeSurname(_ j: Int) -> Bool {
        let t = context.tokens
        guard j >= 1, j + 1 < t.count, t[j].letters >= 3, CommonSurnames.contains(context.folded[j + 1]), t[j + 1].isCapitalized,
              context.gap(after: j) == " " else { return false }
        let before = context.gap(after: j - 1)
        guard before == " " || before == ", ", t[j - 1].isWord, !t[j - 1].isCapitalized || Self.particles.contains(context.folded[j - 1]) else { return false }
        let f = context.folded[j]
        return !isCommonWord(j) && !Self.institutionWords.contains(f) && !Self.placeWords.contains(f) && !Self.titleWords.contains(f)
            && !Self.isService(f) && !Self.rankWords.contains(f) && isNameWord(j, allowCaps: false)
    }

    /// An institution, street or place word among the capitalised words just before token `j` on its line, or a title
    /// the earlier rules did not take (they leave "Hospital Dr. Luis Aybar" to the institution).
    func namedPlace(before j: Int) -> Bool {
        var k = j - 1
        while k >= 0, j - k <= 5 {
            let f = context.folded[k]
            let gap = context.gap(after: k)
            if gap.contains("\n") || gap.contains(",") || gap.contains(":") || gap.contains("(") { return false }
            // Round 9: "C.S. Mariano Melgar", "P.S. Santa Rosa": a health centre's dotted abbreviation.
            if f == "s", k >= 1, ["c", "p"].contains(context.folded[k - 1]), context.gap(after: k - 1) == ".", gap.hasPrefix(".") { return true }
            if Self.institutionWords.contains(f) || Self.placeWords.contains(f) || AddressScanner.streetWords.contains(f) || AddressScanner.settlementWords.contains(f)
                || AddressScanner.abbreviations.contains(f) && gap.hasPrefix(".") || Self.titleWords.contains(f) && k == j - 1 { return true }
            guard context.tokens[k].isCapitalized || Self.particles.contains(f) || context.tokens[k].isNumber else { return false }
            k -= 1
        }
        return false
    }

    /// An institution's or a street's word among the three capitalised words after the name ("Henry Ford Hospital",
    /// "Sarah Cannon Cancer Institute", "Ronald McDonald House").
    private func institutionFollows(_ end: Int) -> Bool {
        var k = end + 1
        // "the Walter Reed clinic": the word right after may be in lower case.
        while k < context.tokens.count, k - end <= 3, context.gap(after: k - 1) == " ", k == end + 1 || context.tokens[k].isCapitalized {
            let f = context.folded[k]
            if Self.institutionWords.contains(f) || Self.placeWords.contains(f) || AddressScanner.englishSuffixes.contains(f) { return true }
            k += 1
        }
        return false
    }

    /// Words of places and things named after people ("Parque San Juan", "Colegio Simón Bolívar", "Premio Carlos Slim").
    static let placeWords: Set<String> = [
        "san", "santa", "santo", "sao", "st", "sant", "parque", "plaza", "praca", "barrio", "colonia", "ciudad", "villa", "puerto",
        "estadio", "aeropuerto", "mercado", "iglesia", "parroquia", "capilla", "cerro", "rio", "lago", "isla", "provincia",
        "departamento", "municipio", "distrito", "canton", "premio", "beca", "programa", "ley", "plan", "operacion",
        "medical", "health", "university", "school", "foundation", "building", "county", "college",
        "general", "regional", "nacional", "central", "fundacion", "unidad", "servicio", "sala", "pabellon", "edificio",
        "torre", "residencial", "escuela", "liceo", "jardim", "vila", "hospital", "clinica", "centro", "healthcare",
        "care", "associates", "group", "services", "pharmacy", "labs", "laboratories", "grupo", "seguros", "farmacia",
        "house", "institute", "cancer", "children", "childrens", "heart", "center", "centre", "clinic", "hospice",
    ]

    // MARK: A name in lower case

    /// "nombre: wilmer jose rondon", "pcte wilmer jose rondon 38a ci 17.335.804", "dra yaritza blanco", "Acompañante: luz
    /// dary moreno (madre)": notes typed without capitals keep names where a capitalised one would be — after a name's
    /// label, the patient's word or a title — closed by the line's end, a comma, an age or an identifier.
    private func lowerCaseName(covered taken: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        func covered(_ k: Int) -> Bool { taken(k) || result.contains { $0.tokens.contains(k) } }
        // (A set lookup first: most lower-case words follow no cue word.)
        for j in t.indices where j >= 1 && t[j].isWord && !t[j].isCapitalized && t[j].letters >= 2 && Self.cueLastWords.contains(context.folded[j - 1])
            && !Self.particles.contains(context.folded[j]) {
            guard !covered(j), let cue = lowerCaseCue(before: j) else { continue }
            var end = j
            var words = 1
            while end + 1 < t.count, words < 5, context.gap(after: end) == " ", t[end + 1].isWord, !t[end + 1].isCapitalized, t[end + 1].letters >= 2,
                  !professionAt(end + 1) {
                if Self.particles.contains(context.folded[end + 1]) {
                    // "juan carlos de la cruz", "joana dos santos": one or two particles before a surname.
                    var p = end + 1
                    if p + 1 < t.count, context.gap(after: p) == " ", Self.particles.contains(context.folded[p + 1]) { p += 1 }
                    guard p + 1 < t.count, context.gap(after: p) == " ", t[p + 1].isWord, !t[p + 1].isCapitalized,
                          !Self.particles.contains(context.folded[p + 1]) else { break }
                    end = p + 1
                } else {
                    end += 1
                }
                words += 1
            }
            // A name of two words at least, none of them a word of the language, closed where a field ends.
            while end > j, Self.particles.contains(context.folded[end]) { end -= 1 }
            let named = (j...end).filter { !Self.particles.contains(context.folded[$0]) }
            guard named.count >= 2, !named.contains(where: { isCommonWord($0) }) else { continue }
            let after = end + 1 < t.count ? context.gap(after: end) : "\n"
            let professionFollows = end + 1 < t.count && after == " " && professionAt(end + 1)
            let closedField = after.contains("\n") || after.hasPrefix("  ") || after.hasPrefix("\t")
            let closed = closedField || after.hasPrefix(",") || after.hasPrefix(" (") || after.hasPrefix(" -") || after.hasPrefix(";")
                || ageFollows(end) || end + 1 < t.count && (ageToken(end + 1) || startsLowerCaseIdentifier(end + 1))
                // Round 7: "paciente maria lopez de 45 años".
                || end + 2 < t.count && context.folded[end + 1] == "de" && context.gap(after: end) == " " && ageStarts(end + 2)
                // Round 9: "dr saul ramirez cruz urgenciologo  ced 9017342": the signer's profession after the name.
                || professionFollows
            guard closed, !(cue == .role && Self.titleWords.contains(context.folded[j - 1]) && lowerCaseInstitutionBefore(j - 1)) else { continue }
            // After a title or the patient's word in prose, a given name opens it or the name fills its line.
            let deAge = end + 2 < t.count && context.folded[end + 1] == "de" && context.gap(after: end) == " " && ageStarts(end + 2)
            if cue == .role, !GivenNames.contains(context.folded[j]), !closedField, !professionFollows, !ageFollows(end), !(end + 1 < t.count && ageToken(end + 1)), !deAge { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4), tokens: j...end, remember: false))
        }
        return result
    }

    private func professionAt(_ k: Int) -> Bool {
        let f = context.folded[k]
        return RoleWords.isProfession(f) || Self.signerWords.contains(f)
    }

    /// Round 9: "hospital general dr aurelio valdivieso, oaxaca": a title after an institution's word on its line, typed in
    /// lower case, names the institution (its capitalised form is read by `namesInstitution(titleAt:)`).
    private func lowerCaseInstitutionBefore(_ title: Int) -> Bool {
        var k = title - 1
        while k >= 0, title - k <= 4 {
            if Self.institutionWords.contains(context.folded[k]) { return true }
            let gap = context.gap(after: k)
            if gap.contains("\n") || gap.contains(",") || gap.contains(":") || gap.contains(".") || !context.tokens[k].isWord { return false }
            k -= 1
        }
        return false
    }

    /// `.label` after a name field's colon ("nombre:", "paciente:", "madre:"), `.role` after the patient's word or a
    /// title without a colon ("pcte wilmer…", "la paciente carla gimenez,", "dra yaritza blanco").
    private func lowerCaseCue(before j: Int) -> CueStrength? {
        let gap = context.gap(after: j - 1)
        guard !gap.contains("\n") else { return nil }
        let f = context.folded[j - 1]
        if gap.contains(":") {
            if context.cueEnds(before: j, cues: Self.labelAndFieldCues) || context.cueEnds(before: j, cues: Self.roleCues) { return .label }
            return nil
        }
        guard gap == " " || gap == ". " else { return nil }
        if Self.patientWords.contains(f) || Self.patientAbbreviations.contains(f) { return .role }
        // Round 7: "22 Harbor View Dr last month": "Dr" closing a street's name is its suffix, not a title.
        if f == "dr", j >= 3, context.tokens[j - 2].isCapitalized, context.tokens[j - 2].isWord, context.gap(after: j - 2) == " " { return nil }
        if ["dr", "dra", "sr", "sra", "srta", "lic", "lcda", "licda", "enf", "don", "dona", "mr", "mrs", "ms", "doctor", "doctora"].contains(f) { return .role }
        return nil
    }

    /// "38a", "6m", "45a." — an age and its unit in one token.
    private func ageToken(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.digits >= 1, t.digits <= 3, t.letters == 1 else { return false }
        return ["a", "m", "y"].contains(String(context.folded[k].unicodeScalars.last!))
    }

    /// "ci 17.335.804", "dni 30111222", "cc 1020…": an identifier's label (in any case) and its number.
    private func startsLowerCaseIdentifier(_ k: Int) -> Bool {
        guard let label = LabelledIdentifierScanner.label(startingAt: k, in: context), label.end < context.tokens.count else { return false }
        return context.tokens[label.end].digits > 0 || label.end + 1 < context.tokens.count && context.tokens[label.end + 1].digits > 0
    }

    /// A word of the language rather than a name: the scanners' vocabularies, drug names, conditions, professions.
    func isCommonWord(_ k: Int) -> Bool {
        let f = context.folded[k]
        return Self.notNames.contains(f) || Self.commonLowerCaseWords.contains(f) || ConditionWords.isCondition(f) || RoleWords.isProfession(f)
            || RoleWords.kin.contains(f) || Self.roleLabelWords.contains(f) || Self.kinWords.contains(f) || DrugLexicon.byFirstWord[f] != nil
            || Self.articles.contains(f) || Self.credentials.contains(f) || LabelledIdentifierScanner.byLastWord[f] != nil
            || AddressScanner.streetWords.contains(f) || DateParser.isMonth(f)
    }

    /// Words a note typed in lower case puts after "paciente", a title or a label, which no name has.
    static let commonLowerCaseWords: Set<String> = [
        "alerta", "lucida", "lucido", "orientada", "orientado", "consciente", "conciente", "tranquila", "tranquilo", "estable",
        "hidratada", "hidratado", "afebril", "colaboradora", "colaborador", "somnolienta", "somnoliento", "decaida", "decaido",
        "palida", "palido", "ictérica", "icterica", "ictérico", "icterico", "quejumbrosa", "quejumbroso", "ansiosa", "ansioso",
        "eupneica", "eupneico", "taquicardica", "taquicardico", "febril", "grave", "delicada", "delicado", "critica", "critico",
        "refiere", "acude", "consulta", "presenta", "niega", "indica", "solicita", "sugiere", "evalua", "valora", "revisa",
        "firma", "atiende", "recibe", "entrega", "informa", "comenta", "manifiesta", "relata", "tolera", "persiste", "mejora",
        "empeora", "continua", "inicia", "suspende", "deja", "queda", "pasa", "ingresa", "egresa", "sale", "llega", "vuelve",
        "alert", "oriented", "awake", "stable", "calm", "comfortable", "drowsy", "lethargic", "confused", "pleasant",
        "cooperative", "denies", "reports", "states", "complains", "notes", "endorses", "tolerating", "resting", "sleeping",
        "sin", "con", "por", "para", "que", "se", "le", "lo", "su", "sus", "mi", "tu", "muy", "mas", "menos", "bien", "mal",
        "buen", "buena", "bueno", "regular", "estado", "general", "aspecto", "cuadro", "dolor", "fiebre", "tos", "malestar",
        "vomito", "nauseas", "mareo", "cefalea", "refiere", "desde", "hace", "dias", "horas", "semanas", "meses", "anos",
        "ahora", "hoy", "ayer", "manana", "tarde", "noche", "turno", "guardia", "control", "cita", "alta", "ingreso",
        "femenina", "masculino", "femenino", "adulta", "adulto", "mayor", "menor", "joven", "anciana", "anciano",
        "edad", "sexo", "peso", "talla", "temperatura", "presion", "pulso", "frecuencia", "saturacion", "glucosa",
        "aparentemente", "previamente", "actualmente", "conocida", "conocido", "portadora", "portador", "gestante",
        "embarazada", "primigesta", "multipara", "nulipara", "puerpera", "lactante", "escolar", "preescolar", "adolescente",
        "acompanada", "acompanado", "sola", "solo", "traida", "traido", "referida", "referido", "trasladada", "trasladado",
        "no", "si", "ni", "y", "o", "u", "e", "ya", "aun", "tambien", "pero", "como", "cuando", "donde", "quien", "cual",
        "este", "esta", "ese", "esa", "otro", "otra", "nuevo", "nueva", "primer", "primera", "segunda", "segundo",
        "unknown", "desconocido", "desconocida", "reservado", "pendiente", "ninguno", "ninguna", "negativo", "positivo",
        "normal", "anormal", "sano", "sana", "paciente", "usuario", "usuaria", "el", "la", "los", "las", "un", "una",
    ]
}
