/// Round 7: a person's name by the place it opens — a line of a register, a handover's bed or box — closed by what
/// only follows a person: the age ("Tobías Aquino 3 años", "Ramirez Oscar (72)", "Benitez, Norma (81)") or an
/// identifier ("Itzel Rodriguez  ced 8-902-1147", "Walter Daniel Píriz 3.419.086-9", "Aurelia Hdz. Rosas
/// HERA550919MMCRSR01"); a patient named by initials after a bed's label ("Cama 4. Q. R. A. (Quintero Rubalcava
/// Agustin)"); a clinician after "MD" written before a known given name ("MD Alvaro Guzman").
extension NameScanner {
    func lineOpeningNames(covered taken: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        func covered(_ k: Int) -> Bool { taken(k) || result.contains { $0.tokens.contains(k) } }
        // (A cheap test first: a capitalised word at a line's start or after a bed's label.)
        // (Cheap tests first, the covered spans last: they are many in a long report.)
        for j in t.indices where t[j].isWord && t[j].isCapitalized && (lineStart(j) || afterPlaceLabel(j)) && !covered(j) {
            // "Cama 4. Q. R. A. (Quintero Rubalcava Agustin)": initials after a bed's label, the full name in parentheses.
            if afterPlaceLabel(j), let last = initialsEnd(from: j) {
                let s = context.text.scalars
                let stop = t[last].end < s.count && s[t[last].end] == "." ? t[last].end + 1 : t[last].end
                result.append(FormSpan(span: PHISpan(kind: .name, range: t[j].start..<stop, priority: 4), tokens: j...last, remember: false))
                let p = last + 1
                if p < t.count, context.gap(after: last).hasSuffix("("), let end = nameEnd(from: p, strength: .role), end > p,
                   context.gap(after: end).hasPrefix(")"), plainNameWords(p...end) {
                    result.append(FormSpan(span: PHISpan(kind: .name, range: t[p].start..<t[end].end, priority: 4), tokens: p...end, remember: true))
                }
                continue
            }
            // (A shorter name found inside it by another rule — "María del Carmen" of "Sosa Cabrera, María del Carmen" — gives
            // way to this longer one when the spans are resolved.)
            guard let end = openingNameEnd(from: j), end > j, plainNameWords(j...end), personFollows(end) else { continue }
            let named = (j...end).filter { t[$0].letters >= 2 && !Self.particles.contains(context.folded[$0]) }
            guard named.count >= 2 else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4), tokens: j...end, remember: true))
        }
        // "MD Alvaro Guzman / R2 …", "seen with MD Kevin Lee": the physician's credential written before a given name.
        for c in t.indices where c + 2 < t.count && context.folded[c] == "md" && t[c].isAllCaps && GivenNames.contains(context.folded[c + 1])
            && context.gap(after: c) == " " && !covered(c + 1) {
            guard let end = nameEnd(from: c + 1, strength: .role), end > c + 1, plainNameWords((c + 1)...end) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[c + 1].start..<t[end].end, priority: 4), tokens: (c + 1)...end, remember: true))
        }
        // "Recibe: Gómez", "Residente: Pérez", "Equipo: Soto / Ruiz / Pérez": one known surname or given name alone after a role's
        // field label, and each of a list of them.
        for j in t.indices where j >= 1 && t[j].isCapitalized && !t[j].isAllCaps && colonBefore(j) && (knownNameWord(j) || unknownSurname(j))
            && roleLabel(before: j) && !covered(j) {
            var k = j
            var items: [Int] = []
            while k < t.count, knownNameWord(k) || unknownSurname(k), t[k].isCapitalized, !t[k].isAllCaps, !covered(k) {
                let after = k + 1 < t.count ? context.gap(after: k) : "\n"
                guard after.contains("\n") || [" / ", "/", ", ", "; ", " y ", " - ", " and ", ".", ". "].contains(after) || after.hasPrefix("  ") else { break }
                items.append(k)
                guard [" / ", "/", ", ", " y ", " and "].contains(after), k + 1 < t.count else { break }
                k += 1
            }
            for k in items { result.append(FormSpan(span: PHISpan(kind: .name, range: t[k].start..<t[k].end, priority: 4), tokens: k...k, remember: false)) }
        }
        // "Se valora a Yanelis Fonseca", "Atiendo a Wendy Cruz", "Recibo a …": Spanish marks a person after a verb of care
        // with "a"; a name of two words or more there, not a service, a place or an institution ("Se traslada a Urgencias").
        for j in t.indices where j >= 2 && t[j].isCapitalized && !t[j].isAllCaps && context.folded[j - 1] == "a"
            && Self.careVerbs.contains(context.folded[j - 2]) && context.gap(after: j - 1) == " " && context.gap(after: j - 2) == " " && !covered(j) {
            guard let end = nameEnd(from: j, strength: .role), end > j, plainNameWords(j...end),
                  !(j...end).contains(where: { Self.placeWords.contains(context.folded[$0]) }) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4), tokens: j...end, remember: true))
        }
        // "dr j. parra r2 mi", "dra m. lopez": a lower-case title, an initial and a surname typed in lower case.
        for c in t.indices where c + 2 < t.count && Self.lowerCaseTitles.contains(context.folded[c]) && !t[c].isCapitalized
            && context.gap(after: c) == " " && t[c + 1].letters == 1 && t[c + 1].digits == 0 && context.gap(after: c + 1) == ". " && !covered(c + 1) {
            let s = c + 2
            guard t[s].isWord, !t[s].isCapitalized, t[s].letters >= 3, !isCommonWord(s), !Self.isService(context.folded[s]) else { continue }
            var end = s
            if end + 1 < t.count, context.gap(after: end) == " ", t[end + 1].isWord, !t[end + 1].isCapitalized, t[end + 1].letters >= 3,
               !isCommonWord(end + 1), !Self.isService(context.folded[end + 1]), !Self.rankWords.contains(context.folded[end + 1]) { end += 1 }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[c + 1].start..<t[end].end, priority: 4), tokens: (c + 1)...end, remember: false))
        }
        return result
    }

    /// A laboratory's or a chain's branch named on its header line ("Sucursal Coyoacán", "Sede Norte").
    static let branchWords: Set<String> = ["sucursal", "sede", "filial", "unidad", "planta", "branch", "site", "campus", "modulo", "toma"]

    /// Words that open a plan's or a list's line ("Dieta Hiposódica 3 meses", "Reposo Relativo 7 días").
    static let planWords: Set<String> = ["dieta", "reposo", "control", "controles", "cita", "curaciones", "terapia", "fisioterapia",
                                         "rehabilitacion", "seguimiento", "vigilancia", "tratamiento", "profilaxis", "vacuna", "diet",
                                         "rest", "follow", "therapy", "return", "revisit", "retorno", "alta", "incapacidad", "licencia"]

    static let lowerCaseTitles: Set<String> = ["dr", "dra", "lic", "lcda", "licda", "enf", "sr", "sra", "doctor", "doctora"]

    /// A surname or a given name of the lists, and no word of the vocabularies ("Rosa", "Luz", "Paz" are left out of them).
    private func knownNameWord(_ k: Int) -> Bool {
        let f = context.folded[k]
        return (CommonSurnames.contains(f) || GivenNames.contains(f)) && context.tokens[k].letters >= 3 && plainNameWords(k...k)
    }

    /// Round 8: "Recibe: Tzunux", "Entrega: Ixcot / Recibe: Choc": a surname neither list knows, alone after a clinician's
    /// role label (not a relative's: "Padre: Sano" is a history) — a capitalised word of four letters or more that no
    /// vocabulary of the notes holds (drugs, conditions, services, professions, common words, streets, plans).
    private func unknownSurname(_ k: Int) -> Bool {
        let t = context.tokens
        guard t[k].isWord, t[k].letters >= 4, t[k].isCapitalized, !t[k].isAllCaps, plainNameWords(k...k),
              !Self.titleWords.contains(context.folded[k]), !DateParser.isMonth(context.folded[k]) else { return false }
        // The label's last word: a clinician's role, not a relative's noun.
        var c = k - 1
        while c >= 0, !(context.gap(after: c).contains(":")) { c -= 1; if k - c > 12 { return false } }
        guard c >= 0 else { return false }
        let f = context.folded[c]
        if RoleWords.kin.contains(f) || Self.kinWords.contains(f) || ContactScanner.companionWords.contains(f) { return false }
        // "Plan médico: Vital", "Servicio médico: Urgencias": a thing's label holding a role's word names no person.
        var w = c
        while w >= 0, c - w < 4 {
            if Self.thingLabelWords.contains(context.folded[w]) { return false }
            if w == 0 || context.gap(after: w - 1).contains("\n") || context.gap(after: w - 1).contains("  ") || context.gap(after: w - 1).contains(":") { break }
            w -= 1
        }
        // The value is the one word: the line's end, a full stop or a list's separator after it.
        let after = k + 1 < t.count ? context.gap(after: k) : "\n"
        return after.contains("\n") || [" / ", "/", ", ", "; ", " y ", " - ", " and ", ".", ". "].contains(after) || after.hasPrefix("  ") || after.hasPrefix(".")
    }

    static let thingLabelWords: Set<String> = ["plan", "seguro", "aseguradora", "cobertura", "insurance", "eps", "servicio", "service",
                                               "unidad", "unit", "area", "centro", "programa", "diagnostico", "tipo", "grupo", "equipo",
                                               "turno", "guardia", "shift", "sala", "piso", "floor", "ward", "hospital", "clinica"]

    /// The label before token `j`'s colon, from the line's start or a column gap (up to four words), names a person's role:
    /// "Recibe:", "Médico residente:", "Equipo:", "Cirujano:", "Presentes:".
    private func roleLabel(before j: Int) -> Bool {
        var k = j - 1
        var words = 0
        while k >= 0, words < 4 {
            let f = context.folded[k]
            if Self.notRoleLabelWords.contains(f) { return false }
            if RoleWords.namesAPerson(f) || Self.kinWords.contains(f) || RoleWords.kin.contains(f) || Self.teamWords.contains(f) { return true }
            words += 1
            guard k > 0 else { break }
            let gap = context.gap(after: k - 1)
            if gap.contains("\n") || gap.contains("  ") || gap.contains("\t") || gap.contains(":") || gap == " - " { break }
            k -= 1
        }
        return false
    }

    /// Verbs of care whose object is a person ("se valora a", "atiendo a", "se entrevista a", "se le informa a").
    static let careVerbs: Set<String> = [
        "valora", "valoro", "evalua", "evaluo", "atiende", "atiendo", "atendi", "atendio", "recibe", "recibo", "recibimos",
        "examina", "examino", "entrevista", "entrevisto", "visita", "visito", "interroga", "interrogo", "explora", "exploro",
        "informa", "informo", "llama", "llamo", "avisa", "aviso", "entrega", "entrego", "conoce", "conozco", "ve", "vi", "vio",
        "acompana", "acompano", "cita", "cito", "orienta", "oriento", "educa", "eduque", "vacuna", "vacuno", "revisa", "reviso",
    ]

    static let teamWords: Set<String> = ["equipo", "team", "presentes", "present", "participantes", "integrantes", "recibe", "entrega",
                                         "receives", "hands"]

    /// A colon, and no line break, between token `j - 1` and token `j` (read from scalars: no string is built).
    private func colonBefore(_ j: Int) -> Bool {
        let between = context.text.scalars[context.tokens[j - 1].end..<context.tokens[j].start]
        return between.contains(":") && !between.contains("\n")
    }

    private func lineStart(_ j: Int) -> Bool {
        if j == 0 { return true }
        let t = context.tokens
        // (Scalars, not a gap's string: most words follow a space on their line.)
        let before = context.text.scalars[t[j - 1].end..<t[j].start]
        if let newline = before.lastIndex(of: "\n") {
            // "- Ana Ruiz, 70, neumonía", "• Pedro Soto 66 a": an item of a list of patients.
            let marker = before[before.index(after: newline)...].filter { $0 != " " && $0 != "\t" }
            return marker.isEmpty || marker.count == 1 && "-•*–".unicodeScalars.contains(marker[0])
        }
        // "2. Rosa Quispe 70a neumonía", "3) …": a numbered item opening its line.
        guard t[j - 1].isNumber, t[j - 1].digits <= 2, [". ", ") ", ".- ", "- "].contains(context.gap(after: j - 1)) else { return false }
        return j == 1 || context.text.scalars[t[j - 2].end..<t[j - 1].start].contains("\n")
    }

    /// "Cama 12 - ", "Box 3: ", "Cama 4. ", "Bed 7 - ", "Sala 3 cama 2: ": a bed's or a room's label and number opening the line.
    private func afterPlaceLabel(_ j: Int) -> Bool {
        // (The number first: reading a gap builds a string.)
        guard j >= 2, context.tokens[j - 1].digits > 0, context.tokens[j - 1].digits <= 4,
              [" - ", ": ", ". ", ", ", " – ", "- ", " -- "].contains(context.gap(after: j - 1)) else { return false }
        var k = j - 2
        while k >= 0, j - k <= 5 {
            guard !context.gap(after: k).contains("\n") else { return false }
            if Self.placeLabelWords.contains(context.folded[k]) { return true }
            k -= 1
        }
        return false
    }

    /// Two to four capital initials, each with its period ("Q. R. A."); the last initial's token.
    private func initialsEnd(from j: Int) -> Int? {
        let t = context.tokens
        var k = j
        while k < t.count, t[k].letters == 1, t[k].digits == 0, t[k].isCapitalized, k - j < 4 {
            let gap = context.gap(after: k)
            guard gap.hasPrefix(".") else { break }
            if !(gap == ". " || gap == ".") { return k > j ? k : nil }
            k += 1
        }
        return k - 1 > j ? k - 1 : nil
    }

    /// A name opening its line: given names and surnames ("Tobías Aquino"), or surnames, a comma and given names
    /// ("Fernandez Iturralde, Graciela Beatriz", "Sosa Cabrera, María del Carmen", "Harris, Donna").
    private func openingNameEnd(from j: Int) -> Int? {
        let t = context.tokens
        // "PEREZ GOMEZ, Juan  34 a", "GIMENEZ, Héctor 71 a": surnames in capitals, a comma, given names.
        if t[j].isAllCaps, t[j].letters >= 2 {
            var k = j
            while k + 1 < t.count, context.gap(after: k) == " ", t[k + 1].isAllCaps || Self.particles.contains(context.folded[k + 1]), isNameWord(k + 1, allowCaps: true) || Self.particles.contains(context.folded[k + 1]) { k += 1 }
            guard isNameWord(j, allowCaps: true), context.gap(after: k) == ", ", k + 1 < t.count, !t[k + 1].isAllCaps,
                  let given = nameEnd(from: k + 1, strength: .role) else { return nil }
            return given
        }
        guard let first = nameEnd(from: j, strength: .role) else { return nil }
        if context.gap(after: first) == ", ", first + 1 < context.tokens.count, let second = nameEnd(from: first + 1, strength: .role),
           personFollows(second) { return second }
        return first
    }

    /// No word of the vocabularies: a drug, a condition, a service, an institution, a place label, a month.
    private func plainNameWords(_ range: ClosedRange<Int>) -> Bool {
        !range.contains { k in
            let f = context.folded[k]
            guard !Self.particles.contains(f), context.tokens[k].letters >= 2 else { return false }
            return DrugLexicon.byFirstWord[f] != nil || ConditionWords.isCondition(f) || Self.isService(f) || Self.institutionWords.contains(f)
                || Self.placeLabelWords.contains(f) || Self.commonLowerCaseWords.contains(f) || RoleWords.isProfession(f)
                || AddressScanner.streetWords.contains(f) || Self.signerWords.contains(f) || ContactPairScanner.serviceWords.contains(f)
                || Self.branchWords.contains(f) || isCommonWord(k) || Self.planWords.contains(f)
        }
    }

    /// What follows only a person on a register's line: an age ("3 años", ", 47 a", "(72)", " 71a") or an identifier
    /// (its label, or a code of six digits or more: "3.419.086-9", "HERA550919MMCRSR01").
    private func personFollows(_ end: Int) -> Bool {
        let t = context.tokens
        let n = end + 1
        guard n < t.count else { return false }
        let gap = context.gap(after: end)
        guard !gap.contains("\n") else { return false }
        if ageFollows(end) { return true }
        // "Tobías Aquino 3 años", "Aurelia Hdz. Rosas 71a": the age after a space.
        // (Not months after a space: "Dieta Hiposódica 3 meses" is a plan's duration.)
        if gap == " " || gap.allSatisfy({ $0 == " " || $0 == "\t" }), ageStarts(n),
           !(n + 1 < t.count && ["meses", "months", "mes", "month", "m"].contains(context.folded[n + 1])) { return true }
        // "Ramirez Oscar (72)", "Benitez, Norma (81)": the age alone in parentheses.
        if gap == " (", t[n].isNumber, t[n].digits <= 3, context.gap(after: n).hasPrefix(")") { return true }
        guard [" ", "  ", " - ", ", ", " – ", " / "].contains(gap) || gap.allSatisfy({ $0 == " " || $0 == "\t" }) else { return false }
        // A strong identity or record label ("DNI", "ced.", "HC"), not a document's number ("Folio:", "Solicitud:").
        if let label = LabelledIdentifierScanner.label(startingAt: n, in: context), label.label.strong, label.end < t.count,
           (label.end...min(label.end + 2, t.count - 1)).contains(where: { valueDigits(from: $0).digits >= 4 }) { return true }
        let (digits, m) = valueDigits(from: n)
        // A code of six digits or more in groups, eight in one; never a count ending in "000" ("Recuento Plaquetario
        // 250000", "4.500.000").
        let grouped = m > n
        if digits >= (grouped ? 6 : 8), !context.text.string(t[n].start..<t[m].end).hasSuffix("000"),
           !(m + 1 < t.count && LabelledIdentifierScanner.units.contains(context.folded[m + 1])) { return true }
        // "Derlis Aquino 0981 442 719": a phone in spaced groups, seven digits or more.
        var spaced = t[n].isNumber ? t[n].digits : 0, k = n
        while spaced > 0, k + 1 < t.count, context.gap(after: k) == " ", t[k + 1].isNumber, t[k + 1].digits >= 2 { k += 1; spaced += t[k].digits }
        return k > n && spaced >= 7 && !(k + 1 < t.count && LabelledIdentifierScanner.units.contains(context.folded[k + 1]))
    }

    /// The digits of a value's groups joined by "." or "-" from token `n` ("14.339.502" has eight), and its last token.
    private func valueDigits(from n: Int) -> (digits: Int, last: Int) {
        let t = context.tokens
        var digits = t[n].digits, m = n
        while m + 1 < t.count, [".", "-"].contains(context.gap(after: m)), t[m + 1].digits > 0 { m += 1; digits += t[m].digits }
        return (digits, m)
    }

    /// "3 años", "64 a.", "71a", "6 meses", "45 y/o".
    func ageStarts(_ k: Int) -> Bool {
        let t = context.tokens
        if t[k].digits >= 1, t[k].digits <= 3, t[k].letters == 1,
           ["a", "m", "f", "y"].contains(String(context.folded[k].unicodeScalars.last!)) { return true }
        guard t[k].isNumber, t[k].digits <= 3, k + 1 < t.count, [" ", ""].contains(context.gap(after: k)) else { return false }
        return ["anos", "ano", "a", "years", "y", "meses", "months", "yo", "m", "f"].contains(context.folded[k + 1])
    }
}
