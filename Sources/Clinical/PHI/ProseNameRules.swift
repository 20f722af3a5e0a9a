/// Round 9: names of free prose that no label or title announces — a person's initials presenting the patient ("T.R.J. is a
/// 45 y/o", "M.G.L. es una mujer de 52 años", "J.S.O., 67 anos"), a household named by its surname ("la familia Quintero",
/// "the Kowalczyk family", "família Nogueira"), a name closed by the relative's noun after it ("según refiere Juana, su
/// cuidadora", "Vive con Pedro, su pareja", "Jim (son) at bedside") and a given name in apposition after the patient's
/// word ("The patient, Darlene, reports", "La paciente, Altagracia, de 70 años").
extension NameScanner {
    func proseNames(covered taken: (Int) -> Bool) -> [FormSpan] {
        var result: [FormSpan] = []
        let covered = { (k: Int) in taken(k) || result.contains { $0.tokens.contains(k) } }
        result += initialsPresentingThePatient(covered: covered)
        result += householdNames(covered: covered)
        result += namesBeforeTheirRelativeNoun(covered: covered)
        result += givenNameInAppositionToThePatient(covered: covered)
        result += nameAfterThePatientsSex(covered: covered)
        result += nameOnTheLineAfterARelative(covered: covered)
        result += nameAfterAResidentsRank(covered: covered)
        return result
    }

    /// "…, interpreta su hija\nRosa Caal Choc (15 años).": a relative's noun closing a wrapped line, the relative's name of two
    /// words or more opening the next, closed by a parenthesis, a comma, a period or the line's end.
    private func nameOnTheLineAfterARelative(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        for k in t.indices where k >= 1 && k + 2 < t.count && isRelativeNoun(k) && Self.possessives.contains(context.folded[k - 1]) {
            let gap = context.gap(after: k)
            guard gap.filter({ $0 == "\n" }).count == 1, gap.allSatisfy({ $0 == " " || $0 == "\n" }), !covered(k + 1),
                  let end = nameEnd(from: k + 1, strength: .role), end > k + 1, !(k + 1...end).contains(where: { covered($0) || isCommonWord($0) }) else { continue }
            let after = end + 1 < t.count ? context.gap(after: end) : "\n"
            guard after.contains("\n") || [" (", ",", "."].contains(where: { after.hasPrefix($0) }) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[k + 1].start..<t[end].end, priority: 4), tokens: (k + 1)...end, remember: true))
        }
        return result
    }

    /// "R2MI Itzel Hernández Ruiz", "R1 MF Ana Ruiz", "PGY2 John Doe": a resident's year glued to the specialty's letters, then
    /// a name of two words or more.
    private func nameAfterAResidentsRank(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        for k in t.indices where k + 2 < t.count && t[k].digits == 1 && t[k].letters >= 2 && t[k].letters <= 6 && context.gap(after: k) == " " {
            let scalars = Array(t[k].text.unicodeScalars)
            guard scalars.count >= 3, scalars[0] == "R" && ("1"..."5").contains(scalars[1]) || t[k].text.hasPrefix("PGY"),
                  scalars.dropFirst(2).allSatisfy({ TextFolding.isUpper($0) || ("0"..."9").contains($0) }),
                  !covered(k + 1), let end = nameEnd(from: k + 1, strength: .role), end > k + 1,
                  !(k + 1...end).contains(where: { covered($0) || isCommonWord($0) }) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[k + 1].start..<t[end].end, priority: 4), tokens: (k + 1)...end, remember: true))
        }
        return result
    }

    /// "Paciente femenina Dilcia, de 45 años", "Paciente masculino Juan Pérez de 45 años", "Patient female Ana Ruiz, 30 y/o": the
    /// patient's word and sex, then a name closed by the age.
    private func nameAfterThePatientsSex(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        for k in t.indices where k >= 2 && Self.sexWords.contains(context.folded[k - 1]) && Self.patientWords.contains(context.folded[k - 2])
            && context.gap(after: k - 2) == " " && context.gap(after: k - 1) == " " {
            guard isNameWord(k, allowCaps: false), !isCommonWord(k), !covered(k), let end = nameEnd(from: k, strength: .role),
                  !(k...end).contains(where: { covered($0) || isCommonWord($0) }) else { continue }
            let deAge = end + 2 < t.count && context.gap(after: end) == " " && context.folded[end + 1] == "de" && isAge(at: end + 2)
            guard ageFollows(end) || deAge else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[k].start..<t[end].end, priority: 4), tokens: k...end, remember: true))
        }
        return result
    }

    // MARK: Initials presenting the patient

    /// "T.R.J. is a 45 y/o male", "A.B.C., a 30 y/o female", "J.S.O., 67 anos", "Se evalúa a R.A.P., de 29 años", "M.F.S. é uma
    /// mulher de 44 anos": two to four capitals, each with its period, followed by the person's age or sex. A disease's
    /// dotted acronym before its duration ("H.T.A. de 10 años de evolución") is not a person.
    private func initialsPresentingThePatient(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        var j = 0
        while j + 1 < t.count {
            guard isInitial(j), context.gap(after: j) == ".", j == 0 || !isInitial(j - 1) || !context.gap(after: j - 1).hasPrefix("."), !covered(j) else { j += 1; continue }
            var end = j
            while end + 1 < t.count, end - j < 3, [".", ". "].contains(context.gap(after: end)), isInitial(end + 1) { end += 1 }
            let after = end + 1 < t.count ? context.gap(after: end) : ""
            guard end > j, after.hasPrefix("."), !Self.dottedAcronyms.contains((j...end).map { context.folded[$0] }.joined()),
                  !(j...end).contains(where: covered), presentsAPerson(after: end) else { j = end + 1; continue }
            let s = context.text.scalars
            let stop = t[end].end < s.count && s[t[end].end] == "." ? t[end].end + 1 : t[end].end
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[j].start..<stop, priority: 4), tokens: j...end, remember: false))
            j = end + 1
        }
        return result
    }

    private func isInitial(_ k: Int) -> Bool {
        let token = context.tokens[k]
        return token.letters == 1 && token.digits == 0 && token.isCapitalized
    }

    /// The words after the initials ending at `end` state a person's age or sex: ", 67 anos", ", de 29 años", " is a 45 y/o",
    /// " es una mujer de 52 años", ", masculino de 40 años", " (45M)".
    private func presentsAPerson(after end: Int) -> Bool {
        let t = context.tokens
        var k = end + 1
        guard k < t.count else { return false }
        let gap = context.gap(after: end)
        guard [". ", "., ", ". (", ".: "].contains(gap) else { return false }
        if gap == ". " {
            // A sentence of its own after the initials must say what the person is: "is a", "es una", "é um".
            guard Self.presentingVerbs.contains(context.folded[k]) else { return false }
            k += 1
            if k < t.count, Self.indefiniteArticles.contains(context.folded[k]) { k += 1 }
        }
        // Up to five words to the age or the sex, none of them a sentence's end.
        var n = 0
        while k < t.count, n < 5 {
            let f = context.folded[k]
            if Self.sexWords.contains(f) || Self.personNouns.contains(f) { return true }
            if isAge(at: k) { return !durationFollows(k) }
            guard ["de", "a", "an", "of", "um", "uma", "un", "una"].contains(f) || t[k].digits > 0 else { return false }
            if context.gap(after: k).contains("\n") || context.gap(after: k).hasPrefix(". ") { return false }
            k += 1
            n += 1
        }
        return false
    }

    /// Token `k` opens an age: "45 años", "67 anos", "30 y/o", "71-year-old", "33 yo", "45M", "6 meses".
    private func isAge(at k: Int) -> Bool {
        let t = context.tokens
        guard t[k].digits >= 1, t[k].digits <= 3 else { return false }
        if t[k].letters == 1 { return ["m", "f", "a", "y"].contains(context.folded[k].unicodeScalars.last.map { String($0) } ?? "") }
        guard t[k].isNumber, k + 1 < t.count else { return false }
        // "80 a 90 lpm" is a range, not "80 a(ños)".
        if context.folded[k + 1] == "a" { return !(k + 2 < t.count && t[k + 2].isNumber) }
        return ["anos", "ano", "years", "year", "y", "yo", "meses", "months", "mo"].contains(context.folded[k + 1])
    }

    /// "… de 10 años de evolución", "… 5 years ago": a disease's duration, not a person's age.
    private func durationFollows(_ k: Int) -> Bool {
        let t = context.tokens
        var j = k + 1
        if j < t.count, !t[j].isNumber { j += 1 }
        if j < t.count, ["y", "o"].contains(context.folded[j]), context.gap(after: j - 1) == "/" { j += 1 }
        guard j < t.count else { return false }
        if ["ago", "atras", "antes", "duration", "duracion", "evolucion", "evolution", "diagnostico", "diagnosed", "history"].contains(context.folded[j]) { return true }
        return j + 1 < t.count && ["de", "of", "do"].contains(context.folded[j]) && ["evolucion", "evolution", "diagnostico", "duracion", "evolucao", "diagnostico"].contains(context.folded[j + 1])
    }

    static let presentingVerbs: Set<String> = ["is", "es", "e", "was", "era", "presents", "presenta", "acude", "consulta", "refiere", "comparece"]
    static let indefiniteArticles: Set<String> = ["a", "an", "un", "una", "um", "uma"]
    static let personNouns: Set<String> = ["woman", "mujer", "mulher", "hombre", "homem", "man", "boy", "girl", "nino", "nina", "lactante", "senhora", "senor", "senora", "senhor", "paciente", "patient", "gentleman", "lady", "y/o"]
    /// Diseases and services written as dotted acronyms: they are followed by a duration, never by a person's sex.
    static let dottedAcronyms: Set<String> = [
        "hta", "dm", "epoc", "irc", "erc", "acv", "avc", "iam", "tbc", "vih", "hiv", "ira", "ivu", "itu", "icc", "hbp", "dbt", "tce",
        "copd", "chf", "ckd", "cad", "uti", "dvt", "gerd", "uci", "icu", "sos", "eeuu", "usa", "dpoc", "ave", "tep",
        // Vital signs and routes written dotted ("T.A., 120/80", "F.C. 80 a 90").
        "ta", "pa", "fc", "fr", "sc", "im", "iv", "vo", "sat", "temp",
    ]

    // MARK: Households

    /// "Visita a la familia Quintero", "Familia Huamán Quispe:", "família Nogueira", "the Kowalczyk family": a household named
    /// by its surname. Not a family's kind ("Familia nuclear, funcional"), a programme ("Bolsa Família", "Salud de la
    /// Familia") or an institution ("Clínica de la Familia San José", "Holy Family Hospital").
    private func householdNames(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        for k in t.indices where context.folded[k] == "familia" || context.folded[k] == "family" {
            if context.folded[k] == "familia", k + 1 < t.count, context.gap(after: k) == " ", let end = surnamesOfAHousehold(from: k + 1),
               !namedPlace(before: k), !institutionFollowsHousehold(end), !(k + 1...end).contains(where: covered) {
                result.append(FormSpan(span: PHISpan(kind: .name, range: t[k + 1].start..<t[end].end, priority: 4), tokens: (k + 1)...end, remember: true))
            } else if context.folded[k] == "family", k >= 2, !t[k].isCapitalized, context.gap(after: k - 1) == " " {
                // "the Nguyen family", "the Gonzalez-Reyes family": one or two capitalised words between the article and "family".
                var start = k - 1
                while start >= 1, k - start < 3, ["-", " "].contains(context.gap(after: start - 1)), isHouseholdWord(start - 1) { start -= 1 }
                guard start >= 1, isHouseholdWord(k - 1), (start..<k).allSatisfy(isHouseholdWord), ["the", "a"].contains(context.folded[start - 1]),
                      context.gap(after: start - 1) == " ", !institutionFollowsHousehold(k), !(start..<k).contains(where: covered) else { continue }
                result.append(FormSpan(span: PHISpan(kind: .name, range: t[start].start..<t[k - 1].end, priority: 4), tokens: start...(k - 1), remember: true))
            }
        }
        return result
    }

    /// The last surname of a household's name starting at `k` ("Quintero", "Huamán Quispe", "de la Cruz", "dos Santos").
    private func surnamesOfAHousehold(from k: Int) -> Int? {
        let t = context.tokens
        var p = k
        while p + 1 < t.count, p - k < 2, Self.particles.contains(context.folded[p]), context.gap(after: p) == " " { p += 1 }
        guard p < t.count, isHouseholdWord(p) else { return nil }
        var end = p
        while end + 1 < t.count, end - p < 2, ["-", " "].contains(context.gap(after: end)), isHouseholdWord(end + 1) { end += 1 }
        return end
    }

    private func isHouseholdWord(_ k: Int) -> Bool {
        isNameWord(k, allowCaps: false) && context.tokens[k].letters >= 3 && !isCommonWord(k) && !Self.familyKinds.contains(context.folded[k])
            && !Self.placeWords.contains(context.folded[k]) && !Self.institutionWords.contains(context.folded[k])
    }

    private func institutionFollowsHousehold(_ end: Int) -> Bool {
        let t = context.tokens
        guard end + 1 < t.count, context.gap(after: end) == " " else { return false }
        let f = context.folded[end + 1]
        return Self.institutionWords.contains(f) || Self.placeWords.contains(f) || Self.isService(f)
    }

    /// Kinds of family a social history names ("Familia nuclear, funcional", "Familia Extensa").
    static let familyKinds: Set<String> = [
        "nuclear", "extensa", "extendida", "ampliada", "funcional", "disfuncional", "monoparental", "reconstituida", "compuesta",
        "numerosa", "unipersonal", "biparental", "integrada", "desintegrada", "sana", "tipo", "medicine", "practice", "planning",
        "history", "member", "members", "meeting", "conference", "support", "nurse", "physician", "doctor", "saude", "salud",
    ]

    // MARK: A name closed by the relative's noun

    /// "según refiere Juana, su cuidadora", "Vive con Pedro, su pareja", "Llamó Linda, his wife", "Jim (son) at bedside",
    /// "Rocío (hija) autoriza": one to three name words followed by the relative's noun after ", su"/", his"/", la" or in
    /// parentheses. In parentheses a single word must be a known given name ("Diabetes (madre)" is a family history).
    private func namesBeforeTheirRelativeNoun(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        let s = context.text.scalars
        // (The scalar after the word and set lookups on the next word first: most capitalised words are followed by neither
        // a comma and a possessive nor a relative in parentheses.)
        for end in t.indices where end + 2 < t.count && t[end].isCapitalized && t[end].end < s.count && (s[t[end].end] == "," || s[t[end].end] == " " && t[end].end + 1 < s.count && s[t[end].end + 1] == "(")
            && (Self.possessives.contains(context.folded[end + 1]) || isRelativeNoun(end + 1)) && isNameWord(end, allowCaps: false) && !isCommonWord(end) {
            let gap = context.gap(after: end)
            let parenthesised: Bool
            if gap == " (", isRelativeNoun(end + 1), context.gap(after: end + 1).hasPrefix(")") {
                parenthesised = true
            } else if gap == ", ", Self.possessives.contains(context.folded[end + 1]), context.gap(after: end + 1) == " ", isRelativeNoun(end + 2) {
                parenthesised = false
            } else {
                continue
            }
            guard !covered(end) else { continue }
            var start = end
            // Back over the name's earlier words; a sentence's first word only when it is a given name ("Llamó Linda, his wife").
            while start >= 1, end - start < 2, context.gap(after: start - 1) == " ", isNameWord(start - 1, allowCaps: false), !isCommonWord(start - 1),
                  !covered(start - 1), !sentenceStart(start - 1) || GivenNames.contains(context.folded[start - 1]) { start -= 1 }
            // A known given name or surname opens the name; a word no list knows only alone, in the middle of a sentence and
            // not after a place's preposition ("vive en Lima, su hija …" names a town).
            let known = GivenNames.contains(context.folded[start]) || CommonSurnames.contains(context.folded[start])
            if !known {
                guard start == end, !parenthesised, !sentenceStart(start), start >= 1, t[start - 1].isWord, !t[start - 1].isCapitalized,
                      !Self.placePrepositionsBeforeAName.contains(context.folded[start - 1]) else { continue }
            }
            guard !(start...end).contains(where: { Self.institutionWords.contains(context.folded[$0]) || Self.placeWords.contains(context.folded[$0]) }),
                  !namedPlace(before: start) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[start].start..<t[end].end, priority: 4), tokens: start...end, remember: true))
        }
        return result
    }

    static let placePrepositionsBeforeAName: Set<String> = [
        "en", "in", "em", "na", "no", "de", "del", "desde", "from", "to", "a", "al", "para", "at", "hacia", "da", "do", "of", "por", "pelo", "pela",
    ]

    private func sentenceStart(_ k: Int) -> Bool {
        k == 0 || context.gap(after: k - 1).contains("\n") || context.gap(after: k - 1).hasPrefix(".") || context.gap(after: k - 1).hasSuffix(": ")
    }

    private func isRelativeNoun(_ k: Int) -> Bool {
        let f = context.folded[k]
        return !context.tokens[k].isCapitalized && (Self.kinWords.contains(f) || RoleWords.kin.contains(f) || Self.relativeNouns.contains(f))
    }

    static let possessives: Set<String> = ["su", "sus", "sua", "seu", "his", "her", "their", "the", "la", "el", "o", "a", "our", "my", "mi"]
    /// Relatives and carers beyond `kinWords` and `RoleWords.kin`.
    static let relativeNouns: Set<String> = [
        "esposa", "esposo", "pareja", "wife", "husband", "partner", "nieta", "nieto", "sobrina", "sobrino", "cuidadora", "cuidador",
        "caregiver", "prima", "primo", "suegra", "suegro", "novia", "novio", "amiga", "amigo", "vecina", "vecino", "aunt", "uncle",
        "cousin", "friend", "neighbor", "neighbour", "grandmother", "grandfather", "companera", "companero", "acompanante",
        "mama", "papa", "esposa", "conyuge", "tutor", "tutora", "guardian", "hermanastra", "hermanastro",
    ]

    // MARK: A given name in apposition to the patient

    static let personVerbs: Set<String> = [
        "refiere", "relata", "reports", "states", "says", "is", "es", "who", "quien", "que", "presenta", "presents", "acude", "comes",
        "arrives", "llega", "denies", "niega", "refere", "nega", "was", "fue", "has", "tiene", "tem", "consulta", "ingresa", "comparece",
    ]

    /// "The patient, Darlene, reports", "La paciente, Altagracia, de 70 años", "A paciente, Marlene, 58 anos": one name word
    /// between commas right after the patient's word (not "El paciente, diabético, …": a name word no vocabulary knows).
    private func givenNameInAppositionToThePatient(covered: (Int) -> Bool) -> [FormSpan] {
        let t = context.tokens
        var result: [FormSpan] = []
        for k in t.indices where k >= 1 && k + 1 < t.count && ["paciente", "patient"].contains(context.folded[k - 1]) && context.gap(after: k - 1) == ", " {
            guard isNameWord(k, allowCaps: false), !isCommonWord(k), t[k].letters >= 3, context.gap(after: k).hasPrefix(","), !covered(k) else { continue }
            // A known given name, or what follows says a person was named: the age, or a verb of what the person says or does.
            guard GivenNames.contains(context.folded[k]) || ageFollows(k)
                    || k + 1 < t.count && context.gap(after: k) == ", " && Self.personVerbs.contains(context.folded[k + 1]) else { continue }
            result.append(FormSpan(span: PHISpan(kind: .name, range: t[k].start..<t[k].end, priority: 4), tokens: k...k, remember: true))
        }
        return result
    }
}
