/// Person names after clinical and courtesy cues ("Paciente:", "Sra.", "Dr.", "nombre", "Mr.", "patient",
/// "su esposa"), then every later capitalized mention of the same name words.
struct NameScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var found: [PHISpan] = []
        var nameWords: Set<String> = []
        let t = context.tokens
        var i = 0
        while i < t.count {
            if let strength = cueStrength(before: i), let end = nameEnd(from: i, strength: strength) {
                found.append(PHISpan(kind: .name, range: t[i].start..<t[end].end, priority: 4))
                for k in i...end where t[k].isWord && t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) {
                    nameWords.insert(t[k].text)
                }
                i = end + 1
            } else {
                i += 1
            }
        }
        // "Wife at bedside (Tanya Moore, 313-…)", "su hijo, presente (Raúl Díaz)": a relative's name in parentheses a few
        // words after the relative's noun.
        for j in t.indices where j > 1 && context.text.scalars[t[j].start - 1] == "(" && !found.contains(where: { $0.range.contains(t[j].start) }) {
            guard let end = nameEnd(from: j, strength: .role), end > j else { continue }
            let after = context.gap(after: end)
            // Round 8: "Tel. acudiente (Yariela Batista, madre)", "(Rosa Díaz, esposa)": the relative's noun after the name
            // inside the parentheses, or a role's word before them.
            let kinAfter = after == ", " && end + 1 < t.count && (ContactScanner.companionWords.contains(context.folded[end + 1]) || RoleWords.kin.contains(context.folded[end + 1]))
            let roleBefore = j >= 2 && Self.roleLabelWords.contains(context.folded[j - 1]) && context.gap(after: j - 1) == " ("
            // Round 8: "Pte. M. A. R. (Mariela Alejandra Ruiz)": the full name after the person's initials.
            let initialsBefore = j >= 3 && context.gap(after: j - 1).hasSuffix(" (") && context.gap(after: j - 1).hasPrefix(".")
                && t[j - 1].letters == 1 && t[j - 1].isCapitalized && t[j - 2].letters == 1 && t[j - 2].isCapitalized && t[j - 2].digits == 0
                && [".", ". "].contains(context.gap(after: j - 2))
            guard kinNoun(within: 4, before: j) || kinAfter || roleBefore || initialsBefore else { continue }
            guard after.hasPrefix(",") || after.hasPrefix(")") || after.hasPrefix(" -") else { continue }
            found.append(PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4))
            for k in j...end where t[k].isWord && t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // "Angela Russo is a 45-year-old…", "Facundo Romero, 24 años": a name opening a line or sentence, followed by the age.
        var j = 0
        while j < t.count {
            if opensSentence(j) || presentsThePatient(before: j), !found.contains(where: { $0.range.contains(t[j].start) }), let end = surnameFirst(from: j) ?? nameEnd(from: j, strength: .role),
               end > j, ageFollows(end) {
                found.append(PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4))
                for k in j...end where t[k].isWord && t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) {
                    nameWords.insert(t[k].text)
                }
                j = end + 1
            } else {
                j += 1
            }
        }
        // "Masculino, 45 años, Hugo Benítez, consulta por…", "Femenina de 30 a, Ana Ruiz Paz.": a header written as
        // comma-separated facts names the patient after the age.
        // (A set lookup first: most tokens follow no age and no sex word, and reading a gap builds a string.)
        for j in t.indices where j >= 1 && (Self.ageOrSexWords.contains(context.folded[j - 1]) || t[j - 1].letters == 1 && t[j - 1].digits > 0)
            && context.gap(after: j - 1) == ", " && !found.contains(where: { $0.range.contains(t[j].start) }) {
            // "Paciente masculino, Juan Pérez, de 45 años": after the sex, the age must follow the name.
            let afterSex = Self.sexWords.contains(context.folded[j - 1])
            guard ageEnds(before: j - 1) || afterSex, let end = nameEnd(from: j, strength: .role), end > j, !afterSex || ageFollows(end) else { continue }
            let after = end + 1 < t.count ? context.gap(after: end) : "\n"
            guard after.hasPrefix(",") || after.hasPrefix(".") || after.contains("\n") || after.hasPrefix(" (") || after.hasPrefix(" -") else { continue }
            found.append(PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4))
            for k in j...end where t[k].isWord && t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // A letter's signature: the name on the line after "Atentamente,", "Cordialmente,", "Sincerely,".
        for j in t.indices where j > 0 && context.gap(after: j - 1).contains("\n") && !found.contains(where: { $0.range.contains(t[j].start) }) {
            guard followsClosing(j), let end = nameEnd(from: j, strength: .role), end > j else { continue }
            let after = end + 1 < t.count ? context.gap(after: end) : "\n"
            guard after.contains("\n") || after.hasPrefix(",") || after.hasPrefix(" -") || after.hasPrefix("  ") else { continue }
            found.append(PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4))
            for k in j...end where t[k].isWord && t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // A signature block without a title: the name alone on its line, over the signer's profession or registration
        // ("Patricia Alvarado Rey / Médica Familiar / CMP 54321"), or under a signature rule ("________").
        for j in t.indices where (j == 0 || context.text.scalars[t[j - 1].end..<t[j].start].contains("\n")) && !found.contains(where: { $0.range.contains(t[j].start) }) {
            guard let end = wholeLineName(from: j), signatureFollows(end, allCaps: t[j...end].allSatisfy { $0.isAllCaps || $0.letters <= 3 })
                    || j > 0 && context.gap(after: j - 1).contains("___") else { continue }
            found.append(PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4))
            for k in j...end where t[k].isWord && t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // "HERNANDEZ DE LA CRUZ MARIBEL  HECM870226MTCRRR01", "QUISPE MAMANI ROSA    DNI 41287734": a register's line opening
        // with a name in capitals, then a column gap and an identifier (a code of six digits or more, or its label).
        for j in t.indices where t[j].isAllCaps && (j == 0 || context.gap(after: j - 1).contains("\n")) && !found.contains(where: { $0.range.contains(t[j].start) }) {
            guard let end = nameEnd(from: j, strength: .label), end > j, end + 1 < t.count else { continue }
            let gap = context.gap(after: end)
            guard !gap.contains("\n"), gap.contains("  ") || gap.contains("\t"), (j...end).allSatisfy({ t[$0].isAllCaps || Self.particles.contains(context.folded[$0]) }) else { continue }
            let n = end + 1
            // "052.117.364-78", "8.271.904": the code's digit groups joined by "." or "-" count together.
            var digits = t[n].digits, m = n
            while m + 1 < t.count, [".", "-"].contains(context.gap(after: m)), t[m + 1].digits > 0 { m += 1; digits += t[m].digits }
            guard digits >= 6 && t[n].letters + digits >= 7 || startsIdentifierLabel(n) else { continue }
            found.append(PHISpan(kind: .name, range: t[j].start..<t[end].end, priority: 4))
            for k in j...end where t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // "Priya Raman, MD", "Kevin O'Brien, NP": a name right before a clinician's credential.
        // "Megan Hart, PA-C": a physician assistant's credential.
        let assistant = { (c: Int) in context.folded[c] == "pa" && c + 1 < t.count && context.gap(after: c) == "-" && context.folded[c + 1] == "c" }
        // "Jordan Ellis, PMHNP-BC", "Kelly Brandt, AGACNP-BC": nurse practitioners' credentials end in "NP".
        let practitioner = { (c: Int) in t[c].isWord && t[c].letters <= 7 && context.folded[c].hasSuffix("np") }
        for c in t.indices where c >= 2 && (Self.credentials.contains(context.folded[c]) || assistant(c) || practitioner(c)) && t[c].text.uppercased() == t[c].text {
            let gap = context.gap(after: c - 1)
            guard gap == ", " || gap == " ", !found.contains(where: { $0.range.contains(t[c - 1].start) }) else { continue }
            var start = c - 1
            // "MICHAEL CHEN MD": a name in capitals before a credential in capitals, every word in capitals.
            let caps = t[c - 1].isAllCaps
            while start > 0, c - start < 4, isNameWord(start - 1, allowCaps: caps), !caps || t[start - 1].isAllCaps,
                  ["", " ", "'", "-"].contains(context.gap(after: start - 1)) || context.gap(after: start - 1) == ". " && t[start - 1].letters == 1 { start -= 1 }
            guard start < c - 1, isNameWord(c - 1, allowCaps: caps), isNameWord(start, allowCaps: caps) else { continue }
            found.append(PHISpan(kind: .name, range: t[start].start..<t[c - 1].end, priority: 4))
            for k in start..<c where t[k].letters >= 3 { nameWords.insert(t[k].text) }
        }
        // "Nota de Pedro Salinas, médico residente", "Ana Ruiz, enfermera de turno", "Luis Soto, cardiólogo": two to four name
        // words before a comma and the signer's profession.
        // "Pedro Pablo Núñez, portador de la cédula …", "Ana Ruiz, identificada con CC …": a name before its document.
        for c in t.indices where c >= 2 && (Self.signerWords.contains(context.folded[c]) || Self.bearerWords.contains(context.folded[c])
                                             || RoleWords.isProfession(context.folded[c])) && context.gap(after: c - 1) == ", " {
            guard !found.contains(where: { $0.range.contains(t[c - 1].start) }), isNameWord(c - 1, allowCaps: false) else { continue }
            var start = c - 1
            while start > 0, c - start < 4, isNameWord(start - 1, allowCaps: false), context.gap(after: start - 1) == " " { start -= 1 }
            guard start < c - 1, isNameWord(start, allowCaps: false) else { continue }
            found.append(PHISpan(kind: .name, range: t[start].start..<t[c - 1].end, priority: 4))
            for k in start..<c where t[k].letters >= 3 { nameWords.insert(t[k].text) }
        }
        // "atendida por la obstetra Milagros Rojas", "valorado por el cardiólogo Iván Pardo", "seen by the nephrologist
        // Amy Cole": a profession after an article, then a name of two words or more.
        for c in t.indices where c >= 1 && c + 2 < t.count && Self.articles.contains(context.folded[c - 1]) && context.gap(after: c) == " "
            && (Self.signerWords.contains(context.folded[c]) || RoleWords.isProfession(context.folded[c])) {
            guard !found.contains(where: { $0.range.contains(t[c + 1].start) }), let end = nameEnd(from: c + 1, strength: .role), end > c + 1 else { continue }
            found.append(PHISpan(kind: .name, range: t[c + 1].start..<t[end].end, priority: 4))
            for k in (c + 1)...end where t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // "Pac. R.G., fem 45 a", "pte J.L.M. masc 34a", "Paciente: M.A.P.": a patient named by initials after a patient
        // word; two to four capitals, each with its period, identify a person in a small clinic's register.
        for j in t.indices where j >= 1 && t[j].letters == 1 && t[j].isCapitalized && t[j].digits == 0
            && (Self.patientWords.contains(context.folded[j - 1]) || Self.patientAbbreviations.contains(context.folded[j - 1])
                // "Paciente de iniciales M.J.R.P.", "initials J.D."
                || ["iniciales", "initials", "iniciais"].contains(context.folded[j - 1]))
            && [" ", ". ", ": ", ".: ", " : "].contains(context.gap(after: j - 1)) && !found.contains(where: { $0.range.contains(t[j].start) }) {
            var end = j
            // Round 8: "Pte F. G. M. (Facundo German Molina)": initials spaced after their periods too.
            while end + 1 < t.count, [".", ". "].contains(context.gap(after: end)), t[end + 1].letters == 1, t[end + 1].isCapitalized, t[end + 1].digits == 0, end - j < 4 { end += 1 }
            guard end > j else { continue }
            let s = context.text.scalars
            let stop = t[end].end < s.count && s[t[end].end] == "." ? t[end].end + 1 : t[end].end
            found.append(PHISpan(kind: .name, range: t[j].start..<stop, priority: 4))
        }
        // Round 8: a signer's name right before the signer's registration ("Tecnólogo médico J. Ramos Yarleque CTMP 5512").
        for span in namesBeforeRegistration(excluding: found) {
            found.append(span)
            for k in context.tokenIndex(atOrAfter: span.range.lowerBound)..<context.tokenIndex(atOrAfter: span.range.upperBound)
                where t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) }
        }
        // Round 6: names known by their form where no cue stands before them (an initial and a surname in a care
        // team, a given name and a surname in prose, a name typed in lower case after its label).
        for span in formSpans(excluding: found) {
            found.append(span.span)
            if span.remember { for k in span.tokens where t[k].letters >= 3 && !Self.particles.contains(context.folded[k]) { nameWords.insert(t[k].text) } }
        }
        // Later mentions without a cue ("María refiere…") of words already known to be names.
        let covered = found.map { $0.range }
        var k = 0
        while k < t.count {
            guard nameWords.contains(t[k].text), !covered.contains(where: { $0.contains(t[k].start) }) else { k += 1; continue }
            // Round 7: "HIGA San Martín", "Santa Rosa", "São José": a saint's name is a place's, not a later mention.
            if k >= 1, Self.saintWords.contains(context.folded[k - 1]), context.gap(after: k - 1) == " " { k += 1; continue }
            var end = k
            while end + 1 < t.count, nameWords.contains(t[end + 1].text), context.gapIsLight(after: end, allowing: "") { end += 1 }
            found.append(PHISpan(kind: .name, range: t[k].start..<t[end].end, priority: 3))
            k = end + 1
        }
        return found.filter { !quotedAfterInstitution($0) }
    }

    enum CueStrength { case title, label, role }

    /// The last token of a name of two to five words filling the whole line that starts at token `j`, or nil.
    private func wholeLineName(from j: Int) -> Int? {
        guard let end = nameEnd(from: j, strength: .label), end > j else { return nil }
        guard end + 1 >= context.tokens.count || context.gap(after: end).contains("\n") else { return nil }
        // "Solicito CPRE." over "Médico de guardia: …" is a sentence of the plan, not a signer's name.
        if end + 1 < context.tokens.count, context.gap(after: end).hasPrefix("."), context.tokens[end].letters > 1 { return nil }
        let words = (j...end).filter { !Self.particles.contains(context.folded[$0]) }.count
        return (2...5).contains(words) ? end : nil
    }

    /// The line after token `end` opens with the signer's profession ("Médica Familiar", "Enfermera", "Cardiólogo"),
    /// a credential ("MD") or a registration ("CMP 54321", "Mat. 66120"), not with a field label and its colon.
    /// An all-caps line ("HEPATIC FUNCTION PANEL" over "ALT 61") is a heading unless a profession follows it.
    private func signatureFollows(_ end: Int, allCaps: Bool) -> Bool {
        let t = context.tokens
        let n = end + 1
        guard n < t.count, t[n].isWord else { return false }
        let f = context.folded[n]
        if context.gap(after: n).hasPrefix(":") { return false }
        if RoleWords.isProfession(f) || Self.signerWords.contains(f) || Self.credentials.contains(f) && t[n].isAllCaps { return true }
        guard !allCaps else { return false }
        // "CMP 54321", "M.N. 98.211", "Mat. 66120": a registration under the name (never a lab's "ALT 61").
        if LabelledIdentifierScanner.label(startingAt: n, in: context)?.label.kind == .cedula { return true }
        return t[n].isAllCaps && !ClinicianRegistrationScanner.notBoards.contains(f) && n + 1 < t.count && t[n + 1].isNumber
            && t[n + 1].digits >= 4 && !context.gap(after: n).contains("\n")
    }

    static let signerWords: Set<String> = [
        "medico", "medica", "enfermera", "enfermero", "enfermeira", "enfermeiro", "licenciada", "licenciado", "lic",
        "nutricionista", "obstetra", "obstetriz", "cirujano", "cirujana", "pediatra", "internista", "residente",
        "especialista", "bioquimica", "bioquimico", "tecnologo", "tecnologa", "quimica", "quimico", "farmaceutica",
        "farmaceutico", "odontologa", "odontologo", "matrona", "physician", "nurse", "resident", "attending",
        "medicina", "medical", "director", "directora", "jefe", "jefa", "coordinador", "coordinadora",
        // Round 6: "Yariela Castillo, técnica de laboratorio", "Ana Ruiz, auxiliar de enfermería", "Juan Soto, interno".
        "tecnica", "tecnico", "auxiliar", "asistente", "interno", "interna", "practicante", "technician", "technologist",
    ]

    /// "Paciente MARTINEZ LOPEZ, JUAN CARLOS de 45 años", "Patient DOE, JANE  DOB …": after the patient's label without a
    /// colon, a name in capitals of two words or more, followed by the age, the line's end, a column gap or an
    /// identifier's label ("PACIENTE MASCULINO DE 45 AÑOS" is no name: its words are not name words).
    private func capitalsNameThePatient(from i: Int) -> Bool {
        guard Self.patientWords.contains(context.folded[i - 1]), context.tokens[i].isAllCaps,
              let end = nameEnd(from: i, strength: .label), end > i else { return false }
        let after = end + 1 < context.tokens.count ? context.gap(after: end) : "\n"
        if after.contains("\n") || after.contains("  ") || after.contains("\t") || ageFollows(end) { return true }
        if end + 2 < context.tokens.count, context.folded[end + 1] == "de", context.tokens[end + 2].isNumber { return true }
        return end + 1 < context.tokens.count && startsIdentifierLabel(end + 1)
    }

    static let patientWords: Set<String> = ["paciente", "patient", "pte", "pcte", "pt", "usuario", "usuaria", "paciente:"]

    /// A relative's or contact's noun among the `n` words before token `j` on its line, in the same clause.
    private func kinNoun(within n: Int, before j: Int) -> Bool {
        var k = j - 1
        while k >= 0, j - k <= n {
            let f = context.folded[k]
            if Self.kinWords.contains(f) || RoleWords.kin.contains(f) || ["wife", "husband", "esposa", "esposo", "partner", "pareja", "spouse"].contains(f) { return true }
            let gap = context.gap(after: k)
            if k < j - 1, gap.contains("\n") || gap.contains(".") || gap.contains(";") || gap.contains(":") { return false }
            k -= 1
        }
        return false
    }

    /// True when the name after a title at token `i` is followed on its line by a licence ("RM 17402", "CMP 54321").
    private func registrationFollows(_ i: Int) -> Bool {
        let t = context.tokens
        guard let end = nameEnd(from: i, strength: .title), end + 2 < t.count, !context.gap(after: end).contains("\n") else { return false }
        let n = end + 1
        guard t[n].isWord, t[n].isAllCaps, (2...7).contains(t[n].letters) else { return false }
        var v = n + 1
        if t[v].isWord, LabelledIdentifierScanner.numberingWords.contains(context.folded[v]), v + 1 < t.count { v += 1 }
        return t[v].isNumber && t[v].digits >= 4 && !context.gap(after: v - 1).contains("\n")
    }

    /// True when an institution word stands a few words before the title on its line ("Hospital de Clínicas Dr.
    /// Manuel Quintela", "COMPLEJO HOSPITALARIO DR. ARNULFO ARIAS MADRID", "Av. Dr. Luis Agote").
    func namesInstitution(titleAt k: Int) -> Bool {
        var j = k - 1
        // Round 7: up to six words back ('Hospital Nacional de la Mujer "Dra. María Isabel Rodríguez"').
        while j >= 0, k - j <= 6 {
            // "Hospital Sótero del Río, Dr. Rodrigo Fuenzalida": a comma closes the institution's name; the title after
            // it opens a person's.
            if context.gap(after: j).contains(",") { return false }
            // Round 8: "Retorno 30 dias con laboratorio. Dr. Fabio Kowalski": a sentence ending on a lower-case word before the
            // title is no institution's name ("Hospital Gral. Dr. …" ends its abbreviation in a capital).
            if context.gap(after: j).hasPrefix("."), !context.tokens[j].isCapitalized, context.tokens[j].letters >= 4 { return false }
            // "Consultorio Pediátrico Dra. Mariela Urdaneta", "Consultorio del Dr. Jorge Paredes": a practice with its
            // specialty or "del" before the title is the clinician's own, a person of the note ("Consultorio Dr. Alejandro
            // del Río", the title right after, stays a centre named after someone).
            if Self.practiceWords.contains(context.folded[j]), !context.gap(after: j).contains("\n") { return j == k - 1 }
            if Self.institutionWords.contains(context.folded[j]) { return true }
            // Round 8: 'HOSPITAL GENERAL DE ZONA No. 2 "LIC. ADOLFO LOPEZ MATEOS"': an institution's number is part of its name.
            if context.gap(after: j).contains("\n") || !context.tokens[j].isCapitalized && !Self.particles.contains(context.folded[j]) && !context.tokens[j].isNumber { return false }
            j -= 1
        }
        return false
    }

    /// Round 8: 'Centro de Salud Urbano T-III "Jose Castro Villagrana"', 'HGZ No. 2 "Lic. Adolfo Lopez Mateos"': a name in
    /// quotes after an institution's word on its line is the institution's, not a person of the note.
    func quotedAfterInstitution(_ span: PHISpan) -> Bool {
        let s = context.text.scalars
        var a = span.range.lowerBound - 1
        // Back over a title inside the quotes ("LIC. ", "Dr. ").
        var k = context.tokenIndex(atOrAfter: span.range.lowerBound) - 1
        while k >= 0, Self.titleWords.contains(context.folded[k]), context.tokens[k].end <= span.range.lowerBound { a = context.tokens[k].start - 1; k -= 1 }
        while a >= 0, s[a] == " " { a -= 1 }
        guard a >= 0, ["\"", "“", "«", "'"].contains(Character(s[a])) else { return false }
        var j = context.tokenIndex(atOrAfter: a) - 1
        var seen = 0
        while j >= 0, seen < 8 {
            if Self.institutionWords.contains(context.folded[j]) { return true }
            if context.gap(after: j).contains("\n") { return false }
            j -= 1
            seen += 1
        }
        return false
    }

    static let institutionWords: Set<String> = [
        "hospital", "hospitalario", "clinica", "clinicas", "centro", "policlinico", "policlinica", "instituto", "complejo",
        "cesfam", "sanatorio", "maternidad", "fundacion", "consultorio", "ips", "eps", "universidad", "escuela", "colegio",
        "calle", "avenida", "av", "hosp", "cecosf", "cosam", "sapu", "cmf", "umf", "hgz", "hgr", "clinic", "center", "centre",
        "institute", "memorial", "ambulatorio", "dispensario", "pavilhao", "hospitalar", "ubs",
        "upa", "caps", "ese", "asociacion", "laboratorio", "pabellon", "nosocomio", "materno", "infantil",
        // Round 7: Panama's and Ecuador's health centres ("Policentro de Juan Díaz", "Subcentro de Salud …").
        "policentro", "subcentro", "minsa", "css",
    ]

    static let saintWords: Set<String> = ["san", "santa", "santo", "sao", "saint", "st", "ste", "sta", "sto", "sant"]

    static let practiceWords: Set<String> = ["consultorio", "consultorios", "despacho", "gabinete", "office", "practice"]

    /// True when the non-empty line before token `j`'s line is a letter's closing ("Atentamente,", "Sincerely,").
    private func followsClosing(_ j: Int) -> Bool {
        var k = j - 1
        var words: [String] = []
        while k >= 0, words.count <= 4 {
            words.insert(context.folded[k], at: 0)
            if k == 0 || context.gap(after: k - 1).contains("\n") { break }
            k -= 1
        }
        return Self.closings.contains(words.joined(separator: " "))
    }

    static let closings: Set<String> = [
        "atentamente", "cordialmente", "saludos", "saludos cordiales", "un saludo", "sincerely", "regards", "best regards",
        "kind regards", "respectfully", "att", "atte", "cordialement", "atenciosamente", "respetuosamente", "sinceramente",
        "con aprecio", "muy atentamente", "warm regards", "yours sincerely", "sincerely yours", "signed", "firma", "firmado",
    ]

    /// "Se trata de Juan Pérez, masculino de 45 años", "Corresponde a Ana Ruiz, 30 años": the patient presented by name.
    private func presentsThePatient(before j: Int) -> Bool {
        guard j >= 2, context.gap(after: j - 1) == " " else { return false }
        let a = context.folded[j - 2], b = context.folded[j - 1]
        return (a == "trata" || a == "tratase") && b == "de" || a == "corresponde" && b == "a"
    }

    private func opensSentence(_ i: Int) -> Bool {
        if i == 0 { return true }
        let gap = context.gap(after: i - 1)
        if gap.contains("\n") || gap.contains(". ") { return true }
        // "S: Martín Aguilar, 33 años", "Cama 3: Kevin Maradiaga, 6 a", "Hab. 12 - Ana Ruiz, 80 años": after a label of
        // up to three words opening its line (a bed, a room, a box of a handover); the age after the name decides.
        guard gap.hasSuffix(": ") || gap == " - " || gap == ") " else { return false }
        var k = i - 1
        while k >= 0, i - k <= 3 {
            if k == 0 || context.gap(after: k - 1).contains("\n") { return k == i - 1 || Self.placeLabelWords.contains(context.folded[k]) }
            let inner = context.gap(after: k - 1)
            guard inner == " " || inner == ". " || inner == " (" || inner == " #" || inner == " N° " else { return false }
            k -= 1
        }
        return false
    }

    /// Where a patient lies, opening a handover's line: "Cama 3:", "Hab. 12 -", "Box 4:", "Bed 7:".
    static let placeLabelWords: Set<String> = [
        "cama", "camas", "hab", "habitacion", "box", "cubiculo", "cuarto", "sala", "camilla", "cuna", "incubadora",
        "bed", "room", "bay", "pieza", "leito", "quarto", "consultorio", "sillon", "cupo",
    ]

    /// "GIMÉNEZ, Héctor Osvaldo, 71 a", "PEREIRA RODRIGUEZ, Washington, 74 años": a name opening its line as a
    /// register writes it, surnames in capitals, a comma, given names in lower case; the last token, or nil.
    private func surnameFirst(from j: Int) -> Int? {
        let t = context.tokens
        guard t[j].isAllCaps, t[j].letters >= 2, let end = nameEnd(from: j, strength: .label), end > j else { return nil }
        for k in j..<end where context.gap(after: k) == ", " {
            guard (j...k).allSatisfy({ t[$0].isAllCaps || Self.particles.contains(context.folded[$0]) }),
                  t[k + 1].isCapitalized, !t[k + 1].isAllCaps else { return nil }
            return end
        }
        return nil
    }

    static let articles: Set<String> = ["el", "la", "los", "las", "al", "del", "su", "the", "a", "o", "pela", "pelo", "com", "our", "your"]

    static let ageOrSexWords: Set<String> = sexWords.union(["anos", "ano", "a", "years", "yo", "meses", "months", "edad"])

    static let bearerWords: Set<String> = ["portador", "portadora", "identificado", "identificada", "identified", "portadores"]

    static let sexWords: Set<String> = ["masculino", "femenino", "femenina", "varon", "mujer", "hombre", "male", "female", "masc", "fem"]

    /// Token `k` ends an age: "45 años", "45 a", "45 años de edad", "6 meses", "33 yo", "45a".
    private func ageEnds(before k: Int) -> Bool {
        let t = context.tokens
        var k = k
        if k >= 2, context.folded[k] == "edad", context.folded[k - 1] == "de" { k -= 2 }
        if t[k].digits >= 1, t[k].digits <= 3, t[k].letters == 1, ["a", "m", "f", "y"].contains(context.folded[k].unicodeScalars.last.map { String($0) } ?? "") { return true }
        guard k >= 1, ["anos", "ano", "a", "years", "yo", "meses", "months"].contains(context.folded[k]), t[k - 1].isNumber, t[k - 1].digits <= 3 else { return false }
        return context.gap(after: k - 1) == " "
    }

    /// ", 61 años", ", de 27 años", " is a 45-year-old", ", 24 y/o", ", 77 years".
    func ageFollows(_ end: Int) -> Bool {
        let t = context.tokens
        var k = end + 1
        var gap = context.gap(after: end)
        // Round 9: "ACUÑA, Zulma Graciela - 79 a. - HC …": a handover's line separates its facts by dashes.
        if gap == " - " || gap == " – " { gap = ", " }
        guard gap == ", " || gap == " " else { return false }
        if gap == " " {
            guard k + 2 < t.count, ["is", "es"].contains(context.folded[k]) else { return false }
            k += 1
            if ["a", "an", "un", "una"].contains(context.folded[k]) { k += 1 }
        }
        // "Juan Pérez, masculino de 45 años", "Ana Ruiz, femenina, 30 años": the sex before the age.
        // Round 7: "Fulgencio Ixcoy, masc., 61 a.": the sex abbreviated with its period.
        if gap == ", ", k + 1 < t.count, Self.sexWords.contains(context.folded[k]), [" ", ", ", "., ", ". "].contains(context.gap(after: k)) { k += 1 }
        if k < t.count, context.folded[k] == "de" { k += 1 }
        // "41M", "27F", "78a", "6m": the age and its unit in one token.
        if k < t.count, t[k].digits >= 1, t[k].digits <= 3, t[k].letters == 1,
           ["m", "f", "a", "y"].contains(context.folded[k].unicodeScalars.last.map { String($0) } ?? "") { return true }
        guard k + 1 < t.count, t[k].isNumber, t[k].digits <= 3 else { return false }
        if ["a", "m", "f"].contains(context.folded[k + 1]), context.gap(after: k + 1).first.map({ $0 == "," || $0 == "." || $0 == " " || $0 == "\n" }) ?? true { return true }
        return ["anos", "ano", "year", "years", "y", "meses", "months", "yo"].contains(context.folded[k + 1])
    }

    private func t(_ k: Int) -> TextToken { context.tokens[k] }

    /// How strongly the tokens before `i` announce a name.
    private func cueStrength(before i: Int) -> CueStrength? {
        guard i > 0 else { return nil }
        // "Dr(a). Silvia Benavides", "Sr(a) Ana Ruiz": a title written for either gender.
        if i >= 2, context.folded[i - 1] == "a", context.gap(after: i - 2) == "(", ["dr", "sr", "lic"].contains(context.folded[i - 2]),
           [").", ") ", "). ", ")"].contains(context.gap(after: i - 1)) { return .title }
        // Most tokens follow no cue word: one set lookup instead of matching every cue phrase.
        guard Self.cueLastWords.contains(context.folded[i - 1]) else { return roleFieldLabel(before: i) }
        let gap = context.gap(after: i - 1)
        // "Px: Wilmer Reyes", "Pcte. Ismael Cordero", "Pac. Ana Ruiz": the patient's abbreviated label, with its colon or
        // its period; a name of two words at least ("Px: Reservado" is a prognosis).
        if let strength = patientAbbreviation(before: i, gap: gap) { return strength }
        // "Paciente ............ ", "MEDICO         : ": the leaders of table-like headers separate a label from its value.
        let leader = !gap.contains("\n") && gap.unicodeScalars.allSatisfy { " \t.:".unicodeScalars.contains($0) }
            && (gap.contains(":") || gap.contains(".."))
        if RoleWords.isAdjectivalRole(at: i - 1, in: context) { return nil }
        if leader, context.cueEnds(before: i, cues: Self.labelAndFieldCues) { return .label }
        // "Nieta (cuidadora): …", "Enfermero(a): …", "Emergency contact (daughter): …": a qualifier in parentheses
        // between a role and its colon is read by the role-field rule.
        guard context.gapIsLight(after: i - 1, allowing: ".:,(") else { return roleFieldLabel(before: i) }
        // "Husband (Mark Carter)", "su esposa (Ana Ruiz)": a relative's name in parentheses.
        let plainGap = gap == " " || gap == ": " || gap == ":" || gap == " : " || gap == " ("
        // A field label ("Nombre: PÉREZ GÓMEZ, JUAN") may hold all-caps and "Surname, Given" forms.
        if gap.contains(":"), context.cueEnds(before: i, cues: Self.labelAndFieldCues) { return .label }
        // "DR. HUGO PINEDA CRUZ", "DRA. S. VELAZQUEZ": an all-caps title announces an all-caps name.
        if context.cueEnds(before: i, cues: Self.titleCues) {
            // Round 9: "moderate functional MR, RVSP 52": a title in capitals is never followed by a comma (there "MR" is a
            // finding); "su señora, Nélida," is a wife's name in apposition.
            if gap.contains(","), t(i - 1).isAllCaps { return nil }
            // "Discussed with the nurse. Will follow": a title written as a whole word before a period ends a sentence.
            if gap.hasPrefix("."), t(i - 1).letters >= 5, !t(i - 1).isAllCaps { return nil }
            // "MIP   Ced. Prof. 1234": a rank names the person right after it, not a column away.
            if NameScanner.rankWords.contains(context.folded[i - 1]), gap != " " { return nil }
            // "Hospital Dr. Salvador Allende", "CESFAM Dr. Alejandro del Río": an institution named after a person.
            // "Consultorio Dr. Jaime Ospina RM 17402": a registration after the name makes it the clinician's own.
            if namesInstitution(titleAt: i - 1), !registrationFollows(i) { return nil }
            // "Md. Jennifer Zambrano", "MD. ANDRÉS POZO": "médico" abbreviated before a name, with its period ("Ana
            // Ruiz, MD" and "MD    Assistant:" are a credential after a name).
            // "Baltimore MD. Medical Director": a state's code after a city is neither.
            if context.folded[i - 1] == "md", gap != ". " || i >= 2 && (context.gap(after: i - 2).hasPrefix(",")
                || context.gap(after: i - 2) == " " && t(i - 2).isCapitalized) { return nil }
            // "Med. Ruth Salgado", "Méd. Álvaro Quispe" sign a note; "Med. Interna", "Med. Física y Rehabilitación" are
            // specialties: the abbreviated "médico" needs two name words, none a specialty's.
            if context.folded[i - 1] == "med" {
                guard let end = nameEnd(from: i, strength: .title), end > i,
                      !(i...end).contains(where: { RoleWords.specialtyWords.contains(context.folded[$0]) }) else { return nil }
            }
            // "Dra.ANA RUIZ": a name in capitals after a title that is not, of two words at least ("Med. MI" is a service).
            if !t(i - 1).isAllCaps, t(i).isAllCaps, let end = nameEnd(from: i, strength: .label), end > i,
               (i...end).allSatisfy({ t($0).isAllCaps || Self.particles.contains(context.folded[$0]) }) { return .label }
            return t(i - 1).isAllCaps ? .label : .title
        }
        if context.cueEnds(before: i, cues: Self.labelAndRoleCues) {
            // "Clínica Familiar Luis Angel García", "Unidad de Salud Familiar San Lorenzo": a role word after an institution's
            // word is its adjective, and the words after it the institution's name.
            if i >= 2, context.gap(after: i - 2) == " ", t(i - 2).isCapitalized,
               Self.institutionWords.contains(context.folded[i - 2]) || Self.institutionAdjectiveNouns.contains(context.folded[i - 2]) { return nil }
            // "paciente María", "her husband, Ryan Anderson"; not "…a la madre. Revaloración".
            if plainGap, nameEnd(from: i, strength: .role) == nil, capitalsNameThePatient(from: i) { return .label }
            if plainGap { return .role }
            if gap == ", ", let end = nameEnd(from: i, strength: .role), end > i { return .role }
            // "con la hija, Verónica, por teléfono", "su madre, Rosa, refiere": a one-word name in apposition.
            if gap == ", ", Self.roleCues.contains([context.folded[i - 1]]), nameEnd(from: i, strength: .role) == i,
               i + 1 < context.tokens.count, context.gap(after: i).hasPrefix(",") || context.gap(after: i).hasPrefix(")") { return .role }
            // Round 9: "History from patient and wife, Brenda.": a known given name closing the sentence.
            if gap == ", ", Self.roleCues.contains([context.folded[i - 1]]), nameEnd(from: i, strength: .role) == i, GivenNames.contains(context.folded[i]),
               i + 1 >= context.tokens.count || context.gap(after: i).hasPrefix(".") { return .role }
            return nil
        }
        return roleFieldLabel(before: i)
    }

    /// A field label of a few words that names a person's role, right before a colon: "Médico que refiere:",
    /// "Familiar a cargo:", "Validado por:", "Responsable del paciente:", "Reviewed by:", "Parent/guardian:".
    /// The label runs from the line's start (or a column gap of two spaces) to the colon; one of its words is
    /// a role (a clinician, a relative, a contact, who signs or validates). Role strength: no all-caps value,
    /// so "Padre: HTA" stays a family history.
    private func roleFieldLabel(before i: Int) -> CueStrength? {
        let s = context.text.scalars
        let t = context.tokens
        var colon = false
        for k in t[i - 1].end..<t[i].start {
            if s[k] == "\n" { return nil }
            if s[k] == ":" { colon = true }
        }
        guard colon else { return nil }
        // "Dx médico:", "Tratamiento médico:", "Alta médica:": an adjective of a clinical noun, not a clinician's field.
        if RoleWords.isAdjectivalRole(at: i - 1, in: context) { return nil }
        var k = i - 1
        var words = 0
        var role = false
        var kin = false
        var capsLabel = true
        var identity = false
        var surname = false
        while k >= 0, words < 5 {
            if Self.identityLabelWords.contains(context.folded[k]) { identity = true }
            if ["apellido", "apellidos", "paterno", "materno", "surname", "sobrenome"].contains(context.folded[k]) { surname = true }
            // "Antecedentes familiares:", "Historia familiar:" hold diseases, not people.
            if Self.notRoleLabelWords.contains(context.folded[k]) { return nil }
            if RoleWords.namesAPerson(context.folded[k]) { role = true }
            if Self.kinWords.contains(context.folded[k]) || RoleWords.kin.contains(context.folded[k]) { kin = true }
            if !context.tokens[k].isAllCaps { capsLabel = false }
            words += 1
            guard k > 0 else { break }
            let gap = context.gap(after: k - 1)
            // "Entrega: R2 Alan Cisneros - Recibe: R1 …": a spaced dash separates two fields on a line.
            if gap.contains("\n") || gap.contains("  ") || gap.contains("\t") || gap.contains(":") || gap.contains(".") && gap.count > 2 || gap == " - " { break }
            k -= 1
        }
        // "Trabajador: Oscar Iván Rdz. Valdés", "Asegurado/a: Benítez Ojeda, Nilda", "Apellido paterno: VERA": a field
        // whose label is the person the document is about holds a name in any of a field's forms (capitals, "Surname,
        // Given", one word), as "Nombre:" does.
        // One word only under a surname's label: "Usuario: Reservado" stays.
        if identity, !kin, let end = nameEnd(from: i, strength: .label), end > i || surname { return .label }
        guard role else { return nil }
        // A name of at least two words: "Responsable: Gustavo Castaño".
        if let end = nameEnd(from: i, strength: .role), end > i { return .role }
        // An all-caps form ("RESPONSABLE: ERNESTO GOMEZ RAMIREZ (HIJO)", "ELABORO: …") writes names in capitals too;
        // not after a relative's label, where capitals are diseases ("PADRE: HTA, DM2").
        if capsLabel, !kin, let end = nameEnd(from: i, strength: .label), end > i { return .label }
        return nil
    }

    /// Nouns of the person a document is about, written as a field's label by employers, insurers, schools and
    /// registries ("Trabajador:", "Asegurado/a:", "Niño/a:", "Socio:", "Employee:", "Apellido paterno:").
    static let identityLabelWords: Set<String> = [
        "trabajador", "trabajadora", "empleado", "empleada", "colaborador", "colaboradora", "operario", "operaria",
        "asegurado", "asegurada", "afiliado", "afiliada", "beneficiario", "beneficiaria", "derechohabiente", "titular",
        "socio", "socia", "usuario", "usuaria", "alumno", "alumna", "escolar", "deportista", "atleta", "jugador",
        "jugadora", "recluso", "reclusa", "interno", "interna", "solicitante", "nino", "nina", "menor", "paciente",
        "apellido", "apellidos", "paterno", "materno", "nombres", "surname", "sobrenome", "worker", "employee", "member", "subscriber", "insured",
        "student", "athlete", "beneficiary", "enrollee", "trabalhador", "trabalhadora", "segurado", "segurada",
        "examinado", "examinada", "evaluado", "evaluada", "consultante", "vacunado", "vacunada",
    ]

    /// Relatives' label words: their all-caps values are family history, not names.
    static let kinWords: Set<String> = [
        "madre", "padre", "hija", "hijo", "hermana", "hermano", "mother", "father", "daughter", "son", "sister", "brother",
        "mae", "pai", "familiar", "familiares", "abuela", "abuelo", "tio", "tia", "family",
    ]

    static let notRoleLabelWords: Set<String> = [
        "antecedente", "antecedentes", "historia", "history", "hx", "ahf", "enfermedad", "diagnostico", "diagnosticos",
        "motivo", "examen", "alergias", "plan", "indicaciones", "tratamiento", "hallazgos", "impresion", "nota",
    ]

    /// Words that make a field label name a person (folded): clinicians, relatives and contacts, who signs.
    static let roleLabelWords: Set<String> = [
        "medico", "medica", "doctor", "doctora", "responsable", "familiar", "acompanante", "acompanado", "acompanada",
        "contacto", "contact", "solicitante", "tratante", "refiriente", "remitente", "valido", "valida",
        "validado", "validada", "realizado", "realizada", "realizo", "elaboro", "elaborado", "elaborada", "procesado",
        "procesada", "informado", "informada", "informo", "firma", "firmado", "firmada", "reviso", "revisado", "revisada",
        "autorizado", "autorizada", "autorizo", "physician", "provider", "nurse", "enfermera", "enfermero", "attending",
        "resident", "residente", "tutor", "tutora", "representante", "cargo", "cuidador", "cuidadora", "guardian",
        "parent", "signed", "reviewed", "verified", "validated", "performed", "reported", "technologist", "tecnologo",
        "tecnologa", "bioquimico", "bioquimica", "profesional", "especialista", "cirujano", "cirujana", "anestesiologo",
        "anestesiologa", "pediatra", "obstetra", "matrona", "partera", "kinesiologo", "kinesiologa", "nutricionista",
        "psicologo", "psicologa", "odontologo", "odontologa", "interconsultante", "consultante", "referring", "ordering",
        "requesting", "pcp", "kin", "spouse", "esposa", "esposo", "conyuge", "madre", "padre", "hija", "hijo", "mother",
        "father", "wife", "husband", "daughter", "son", "pareja", "hermana", "hermano", "sister", "brother", "mae", "pai",
        "informante", "testigo", "witness", "dictated", "dictado", "transcribed", "transcrito", "encargado", "encargada",
        "allegado", "allegada", "apoderado", "apoderada", "relative", "caregiver", "emergencia", "emergency",
        "solicitado", "solicitada", "referido", "referida", "atendido", "atendida", "evaluado", "evaluada",
        "supervisor", "supervisora", "jefe", "jefa", "interno", "interna", "practicante", "licenciada", "licenciado",
        "acudiente", "radiologo", "radiologa", "patologo", "patologa", "cardiologo", "cardiologa", "tecnico", "tecnica",
        // Portuguese and shift roles: "Acompanhante:", "Médico plantonista:", "Md. de guardia:", "Liberado por:", "Laudado por:".
        "acompanhante", "plantonista", "guardia", "turno", "md", "liberado", "liberada", "laudado", "laudada", "assinado",
        "assinada", "responsavel", "executado", "executada", "conferido", "conferida", "aprobado", "aprobada", "aprobo",
        "autorizacion", "sign", "signature", "electronically", "author", "autor", "autora",
        // The ward's hierarchy and the theatre team: "Adjunto:", "Staff:", "Fellow:", "R2:", "Primer ayudante:",
        // "Instrumentadora:", "Arsenalera:", "Circulante:"; who types a note: "Transcribe:", "Digitó:".
        "adjunto", "adjunta", "staff", "fellow", "r1", "r2", "r3", "r4", "r5", "pgy", "ayudante", "circulante",
        "instrumentador", "instrumentadora", "arsenalera", "arsenalero", "pabellonera", "transcribe", "transcribio",
        "transcriptor", "transcriptora", "digito", "digitado", "digitador", "digitadora", "preceptor", "preceptora",
        "docente", "instructor", "instructora", "becario", "becaria", "asistente", "coordinador", "coordinadora",
        "enfermeria", "scribe", "preparado", "preparada", "preparo",
        // Round 5: the theatre team of an operative note ("Surgeon: Michael T. Brennan, MD", "Assistant: Olivia Park");
        // a role's strength, so "Surgeon: Orthopedics" and "Anesthesia: General endotracheal" stay.
        "surgeon", "assistant", "anesthesia", "anesthesiologist", "scrub", "anestesia", "cirurgiao", "anestesista",
        // Round 6: who vaccinates, interviews, evaluates or takes a sample ("Vacunadora:", "Entrevistador:", "Tomada por:"),
        // and a handover's two sides ("Entrega:", "Recibe:", "Turno entrante:", "Handed off to:", "Received by:").
        "vacunador", "vacunadora", "vacinador", "vacinadora", "entrevistador", "entrevistadora", "evaluador", "evaluadora",
        "examinador", "examinadora", "observador", "observadora", "notificador", "notificadora", "promotor", "promotora",
        "educador", "educadora", "gestor", "gestora", "visitador", "visitadora", "brigadista", "aplicador", "aplicadora",
        "aplico", "administro", "tomado", "tomada", "tomo", "entrega", "recibe", "entrego", "recibio", "entregado",
        "entregada", "recibido", "recibida", "relevo", "releva", "entrante", "saliente", "handoff", "handed", "received",
        "receiving", "outgoing", "incoming", "vaccinator", "vaccinated", "interviewer", "collected", "drawn",
        "intern", "nocturnist", "chaplain", "capellan", "camillero", "camillera", "agente", "socorrista", "paramedico",
    ]

    /// Nouns before a role word that make it an institution's adjective ("Salud Familiar", "Medicina Familiar").
    static let institutionAdjectiveNouns: Set<String> = ["salud", "medicina", "unidad", "atencion", "programa", "servicio", "equipo", "casa", "consulta"]

    static let labelAndFieldCues = labelCues + fieldCues
    static let labelAndRoleCues = labelCues + roleCues
    static let cueLastWords: Set<String> = Set((labelCues + fieldCues + titleCues + roleCues).map { $0[$0.count - 1] }).union(patientAbbreviations)

    /// Abbreviations of "paciente" written before the name with a colon or a period ("Px:", "Pcte.", "Pte.", "Pac.").
    static let patientAbbreviations: Set<String> = ["px", "pcte", "pte", "pac", "ptc", "pt", "pact"]

    /// "Px: Wilmer Antonio Reyes", "Pcte. Ismael Cordero Paz", "Pac. ROJAS, Ana": a name of two words or more after the
    /// patient's abbreviated label; nil leaves the token to the other cues ("Px: Reservado" is a prognosis, no name).
    private func patientAbbreviation(before i: Int, gap: String) -> CueStrength? {
        guard Self.patientAbbreviations.contains(context.folded[i - 1]), [". ", ": ", ".: ", ":", " : ", ".- ", "- "].contains(gap),
              let end = nameEnd(from: i, strength: .label), end > i else { return nil }
        return .label
    }

    /// The last token of the name starting at `i`: capitalized words joined by particles, up to five words.
    func nameEnd(from i: Int, strength: CueStrength) -> Int? {
        let t = context.tokens
        // "Dra. M. Laura Giménez", "DRA. S. VELAZQUEZ": a given name's initial after a title or label opens the name.
        // "Dr. M. A. Pereyra": a second initial, even one written like an article.
        if strength != .role, t[i].letters == 1, t[i].isCapitalized, context.gap(after: i) == ". ", i + 1 < t.count,
           isNameWord(i + 1, allowCaps: strength == .label) || t[i + 1].letters == 1 && t[i + 1].isCapitalized && t[i + 1].digits == 0 && context.gap(after: i + 1) == ". ",
           let end = nameEnd(from: i + 1, strength: strength) {
            return end
        }
        // Round 8: "O'Brien, Thomas", "D'Alessandro, María": a surname's one-letter prefix before an apostrophe.
        if t[i].letters == 1, t[i].isCapitalized, t[i].digits == 0, ["'", "’"].contains(context.gap(after: i)), i + 1 < t.count,
           isNameWord(i + 1, allowCaps: strength == .label) {
            return nameEnd(from: i + 1, strength: strength)
        }
        // Round 8: "Nombre: DE LEON BATISTA, ERIC JOEL", "Paciente: Del Valle Ruiz, Ana": a surname opening with its particle
        // after a label or a title (a capitalised particle; "de" in prose opens no name).
        if strength != .role, t[i].isCapitalized, Self.particles.contains(context.folded[i]), context.folded[i] != "y", context.folded[i] != "e" {
            var p = i
            while p + 1 < t.count, p - i < 2, Self.particles.contains(context.folded[p]), context.gap(after: p) == " " { p += 1 }
            if p > i, isNameWord(p, allowCaps: strength == .label), t[p].letters >= 2 { return nameEnd(from: p, strength: strength) }
        }
        // Round 8: "Sr. MUÑOZ", "Sra. IBÁÑEZ PAREDES": a surname in capitals after a title (four letters or more: no acronym).
        let caps = strength == .label || strength == .title && t[i].isAllCaps && t[i].letters >= 4
        // "Child B", "grupo A": a lone capital after a cue is a class, not a name.
        guard context.tokens[i].letters >= 2, isNameWord(i, allowCaps: caps) else { return nil }
        var end = i
        var words = 1
        var k = i + 1
        while k < t.count, words < 5 {
            let gap = context.gap(after: k - 1)
            // "Ma. Guadalupe Torres", "Fco. Javier Ruiz": abbreviated given names go on with the name.
            let abbreviated = gap == ". " && Self.givenNameAbbreviations.contains(context.folded[k - 1])
            // 'Guadalupe "Lupe" Rentería': a nickname in quotes stays inside the name.
            let quoted = [" \"", "\" ", " “", "” ", " '", "' "].contains(gap)
            let allowedGap = gap == " " || gap == "-" || gap == "'" || (strength == .label && gap == ", ") || abbreviated || quoted
            guard allowedGap else { break }
            // Round 7: "Juan Soto N° HC 44120": "N°" numbers the next field, it is no initial.
            if t[k].letters == 1, context.gap(after: k).hasPrefix("°") || context.gap(after: k).hasPrefix("º") { break }
            // "Diana Marcela Quintero R.": a surname's closing initial.
            if gap == " ", t[k].letters == 1, t[k].isCapitalized, t[k].digits == 0, context.gap(after: k).hasPrefix("."),
               !(k + 1 < t.count && context.gap(after: k) == ". " && isNameWord(k + 1, allowCaps: false)) {
                end = k
                // "SAAVEDRA P., RODRIGO", "Gómez R., Ana María": in a field the given names follow the surname's initial.
                guard strength == .label, context.gap(after: k) == "., ", k + 1 < t.count, isNameWord(k + 1, allowCaps: true) else { break }
                words += 1
                k += 1
                end = k
                words += 1
                k += 1
                continue
            }
            // "DOE, JOHN A", "Pérez Gómez, Juan C": a field's name may close on a middle initial at the line's end.
            if strength == .label, gap == " ", t[k].letters == 1, t[k].isCapitalized, t[k].digits == 0,
               k + 1 >= t.count || context.gap(after: k).contains("\n") || context.gap(after: k).hasPrefix("  ") {
                end = k
                break
            }
            // "De La Hoz", "da Silva": particles only count when a name word follows them.
            var p = k
            while p < t.count, Self.particles.contains(context.folded[p]), p + 1 < t.count, context.gap(after: p) == " " { p += 1 }
            if p > k, isNameWord(p, allowCaps: caps) {
                k = p
                continue
            }
            // Middle initial: "Marcus T. Johnson".
            if t[k].letters == 1, t[k].isCapitalized, context.gap(after: k) == ". ", k + 1 < t.count, isNameWord(k + 1, allowCaps: false) {
                end = k + 1
                words += 2
                k += 2
                continue
            }
            guard isNameWord(k, allowCaps: caps), !startsIdentifierLabel(k) else { break }
            end = k
            words += 1
            k += 1
        }
        return end
    }

    /// True when token `k` opens an identifier label with its value on the line ("… Rezende CRM-SP 154872",
    /// "ANA RUIZ DNI 30111222"): the name ends before it.
    func startsIdentifierLabel(_ k: Int) -> Bool {
        let t = context.tokens
        guard t[k].isAllCaps, t[k].letters >= 2, LabelledIdentifierScanner.label(startingAt: k, in: context) != nil else { return false }
        var j = k + 1
        while j < t.count, j <= k + 3, !context.gap(after: j - 1).contains("\n") {
            if t[j].digits > 0 { return true }
            j += 1
        }
        return false
    }

    func isNameWord(_ k: Int, allowCaps: Bool) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.isCapitalized else { return false }
        if token.isAllCaps && !allowCaps { return false }
        let folded = context.folded[k]
        // "Nina Patel" is a name; "Niña"/"NIÑA" (or "Nina de 5 años") a child: a given name when a name word follows.
        if ["nina", "nino"].contains(folded), k >= 1, context.gap(after: k - 1) == " ", context.tokens[k - 1].isCapitalized, context.tokens[k - 1].isWord,
           !Self.notNames.contains(context.folded[k - 1]), !Self.titleWords.contains(context.folded[k - 1]), !ConditionWords.isCondition(context.folded[k - 1]),
           !Self.cueLastWords.contains(context.folded[k - 1]) { return true }
        if ["nina", "nino"].contains(folded), !token.text.contains("ñ"), !token.text.contains("Ñ"), k + 1 < context.tokens.count,
           context.gap(after: k) == " ", context.tokens[k + 1].isCapitalized, context.tokens[k + 1].isWord,
           !Self.notNames.contains(context.folded[k + 1]) { return true }
        if Self.notNames.contains(folded) || Self.titleWords.contains(folded) || RoleWords.kin.contains(folded) && !RoleWords.givenNames.contains(folded) { return false }
        // "Madre: Diabetes Mellitus", "Father: Coronary Artery Disease": a family history, not a relative's name.
        // Round 9: a known given name that ends like a condition ("Eufemia", "Noêmia": "-emia") stays a name.
        if ConditionWords.isCondition(folded), !GivenNames.contains(folded) { return false }
        // "Attending Psychiatrist", "la Cardióloga de turno": a profession is no name word.
        if RoleWords.isProfession(folded) { return false }
        // "valorado por Cirugía General", "Traumatología", "Pediatría": a service or a specialty is no name word.
        if Self.isService(folded) { return false }
        // "Martha Lucía Ardila Niño": after a name word "Niño"/"Niña" is a surname, not a child.
        // "12 de marzo" is a date; "Marcó" (folded "marco") is a surname.
        if DateParser.isMonth(folded), k + 1 < context.tokens.count, context.tokens[k + 1].isNumber { return false }
        return true
    }

    /// Services and specialties by their suffix ("Cardiología", "Pediatría", "Radiografía", "Endoscopia") or listed.
    static func isService(_ folded: String) -> Bool {
        guard folded.utf8.count >= 6 else { return false }
        return serviceSuffixes.contains(where: { folded.hasSuffix($0) }) || services.contains(folded)
    }

    static let serviceSuffixes = ["logia", "iatria", "cirugia", "grafia", "scopia", "terapia", "logy", "iatry", "surgery"]
    static let services: Set<String> = [
        "enfermeria", "nutricion", "anestesia", "urgencias", "emergencias", "emergencia", "obstetricia", "ortopedia",
        "rehabilitacion", "fisioterapia", "kinesiologia", "odontologia", "farmacia", "admision", "triage", "pabellon",
        "quirofano", "hospitalizacion", "consulta", "externa", "general", "interna", "intensiva", "intermedia", "pediatrica",
        "medicine", "surgery", "nursing", "pharmacy", "emergency", "orthopedics", "obstetrics", "pediatrics", "radiology",
    ]

    /// Labels of a name field: "Nombre:", "Paciente:", "Patient name:".
    static let labelCues: [[String]] = [
        ["nombre"], ["nombre", "del", "paciente"], ["nombre", "completo"], ["patient", "name"], ["name"],
        ["paciente"], ["patient"], ["nome"], ["pte"], ["usuario"], ["usuaria"], ["pcte"], ["asegurado"],
        ["asegurada"], ["afiliado"], ["afiliada"], ["client"], ["cliente"], ["crianca"], ["nombre", "del", "menor"], ["pac"],
        ["pt"], ["ptc"], ["beneficiario"], ["beneficiaria"], ["titular"], ["derechohabiente"], ["nombre", "y", "apellidos"],
        ["apellido", "y", "nombre"], ["apellidos", "y", "nombres"], ["apellidos", "y", "nombre"], ["apellido", "y", "nombres"],
        ["apellidos", "nombres"], ["patient", "name"], ["nombre", "y", "apellido"], ["nombres", "y", "apellidos"],
        // Peru's "FILIACIÓN: Teodoro Sánchez, varón, 74 años"; Brazil's "Nome do paciente:", "Paciente/Nome".
        ["filiacion"], ["datos", "de", "filiacion"], ["nome", "do", "paciente"], ["nome", "completo"], ["nombres"], ["apellidos"],
    ]
    /// Field labels of clinicians and contacts that name a person only before a colon or leaders
    /// ("Médico solicitante:", "Solicitado por:", "Emergency contact:", "Representante:", "MEDICO ....: ").
    static let fieldCues: [[String]] = [
        ["medico"], ["medica"], ["medico", "solicitante"], ["solicitante"], ["solicitado", "por"], ["solicitada", "por"],
        ["solicita"], ["medico", "que", "envia"], ["medico", "que", "remite"], ["remitente"],
        ["medico", "remitente"], ["revisado", "por"], ["familiar", "responsable"], ["representante"], ["contacto", "de", "emergencia"],
        ["emergency", "contact"], ["contact"], ["requesting", "physician"], ["ordering", "provider"],
        ["referring", "physician"], ["referring", "provider"], ["provider"], ["physician"], ["pcp"], ["attending", "physician"],
        ["primary", "care", "physician"], ["medico", "de", "cabecera"], ["profesional"], ["pediatra"], ["responsavel"],
        ["medico", "responsable"], ["medica", "tratante"], ["medico", "tratante"], ["tratante"], ["atendio"], ["atendido", "por"],
        ["interconsultante"], ["cirujano"], ["anestesiologo"], ["enfermera", "a", "cargo"], ["next", "of", "kin"],
        // A letter's subject line: "Re: Patricia Ann Delgado, DOB …", "Ref.: Juan Pérez".
        ["re"], ["ref"], ["regarding"], ["en", "relacion", "a"],
        // Round 5: whom to call and who called ("En caso necesario avisar a:", "Llamado por:", "CONTACTO    :").
        ["contacto"], ["avisar", "a"], ["notificar", "a"], ["llamar", "a"], ["llamado", "por"], ["llamada", "por"],
        ["comunicarse", "con"], ["notify"], ["caller"],
    ] + RoleWords.patientRoles
    /// Courtesy and professional titles.
    static let titleCues: [[String]] = [
        ["sr"], ["sra"], ["srta"], ["senor"], ["senora"], ["senorita"], ["don"], ["dona"], ["dr"], ["dra"], ["doctor"],
        ["doctora"], ["lic"], ["licenciada"], ["licenciado"], ["enf"], ["enfermera"], ["enfermero"], ["mr"], ["mrs"], ["ms"],
        ["miss"], ["mx"], ["prof"], ["nurse"], ["np"], ["pa"],
        // Professions written before a name on lab reports and prescriptions: "QFB Sandra Rocha", "Bioq. Ana Ruiz", "TM Juan Soto".
        ["qfb"], ["q", "f", "b"], ["qf"], ["q", "f"], ["bioq"], ["bioquimica"], ["bioquimico"], ["tm"], ["t", "m"], ["tec"],
        ["tecnologo"], ["tecnologa"], ["psic"], ["nutr"], ["obst"], ["odont"], ["klgo"], ["kine"], ["mtro"], ["mtra"], ["ing"],
        ["farm"], ["quim"], ["enfa"], ["lcda"], ["lcdo"], ["licda"], ["licdo"], ["dres"],
        // Brazil's "Biomédica Renata Figueiredo", "Enf.ª", "Farm. Bioq."; "Md." written for médico.
        ["biomedica"], ["biomedico"], ["biom"], ["med"], ["md"], ["dna"], ["aux"], ["bioquimica"], ["farmaceutica"], ["farmaceutico"], ["enfermeira"], ["enfermeiro"],
        // Round 6: ranks written before a name ("R2 Alan Cisneros", "R1 Daniela Huerta", Chile's "TENS Margarita Oyarzun",
        // "EU Paula Rojas", "MIP Juan Soto", "Int. Ana Ruiz").
        ["r1"], ["r2"], ["r3"], ["r4"], ["r5"], ["tens"], ["eu"], ["mip"], ["mir"], ["int"], ["pgy1"], ["pgy2"], ["pgy3"],
        // US nurses and therapists named by their credential first ("RN Tasha Brown", "RT Kyle Moss", "LPN Ann Day").
        ["rn"], ["lpn"], ["lvn"], ["cna"], ["rt"],
    ]
    /// Relatives and roles that are usually followed by a name.
    static let roleCues: [[String]] = [
        ["esposa"], ["esposo"], ["madre"], ["padre"], ["hija"], ["hijo"], ["hermana"], ["hermano"], ["mama"], ["papa"],
        ["abuela"], ["abuelo"], ["pareja"], ["tutor"], ["tutora"], ["acompanante"], ["familiar"], ["mother"], ["father"],
        ["wife"], ["husband"], ["daughter"], ["son"], ["sister"], ["brother"], ["partner"], ["guardian"], ["companera"],
        ["companero"], ["nieta"], ["nieto"], ["sobrina"], ["sobrino"], ["cuidadora"], ["cuidador"], ["caregiver"],
        ["tia"], ["tio"], ["prima"], ["primo"], ["suegra"], ["suegro"], ["novia"], ["novio"], ["amiga"], ["amigo"],
        ["vecina"], ["vecino"], ["aunt"], ["uncle"], ["cousin"], ["friend"], ["neighbor"], ["grandmother"], ["grandfather"],
        ["nino"], ["nina"], ["menor"], ["bebe"], ["lactante"], ["recien", "nacido"], ["recien", "nacida"], ["child"], ["infant"],
        ["contacto"], ["atendido", "por"], ["atendida", "por"], ["firma"], ["referido", "por"], ["referida", "por"],
        ["seen", "by"], ["referred", "by"], ["signed"], ["elaboro"], ["medico", "tratante"], ["attending"],
        ["mae"], ["pai"], ["filha"], ["filho"], ["esposo", "a"], ["representante"], ["hija", "de"], ["hijo", "de"],
        ["daughter", "of"], ["son", "of"], ["wife", "of"], ["husband", "of"], ["mother", "of"], ["father", "of"],
        ["contacto", "de", "emergencia"], ["emergency", "contact"],
        // Round 7: a newborn named by its mother ("RN de Yanelis Fonseca", "Recién nacido de …", "Baby of …").
        ["rn", "de"], ["recien", "nacido", "de"], ["recien", "nacida", "de"], ["rn", "hijo", "de"], ["rn", "hija", "de"],
        ["baby", "of"], ["newborn", "of"], ["infant", "of"], ["bebe", "de"], ["neonato", "de"],
        // "receta a nombre de Marcela Duarte", "identificada como Rosa Díaz", "a patient named John Doe".
        ["nombre", "de"], ["constar", "que"], ["certifico", "que"], ["certifica", "que"], ["certify", "that"],
        ["certifies", "that"], ["identificado", "como"], ["identificada", "como"], ["named"], ["name", "of"],
        // Round 6: who signed, examined or was consulted, written as a participle and its preposition ("firmado por
        // Yariela Castillo", "valorada por Ana Ruiz", "discussed with Megan Foster", "reviewed by John Doe").
        ["firmado", "por"], ["firmada", "por"], ["realizado", "por"], ["realizada", "por"], ["elaborado", "por"],
        ["elaborada", "por"], ["informado", "por"], ["informada", "por"], ["validado", "por"], ["validada", "por"],
        ["revisado", "por"], ["revisada", "por"], ["evaluado", "por"], ["evaluada", "por"], ["valorado", "por"],
        ["valorada", "por"], ["examinado", "por"], ["examinada", "por"], ["visto", "por"], ["vista", "por"],
        ["discutido", "con"], ["comentado", "con"], ["comentada", "con"], ["signed", "by"], ["reviewed", "by"],
        ["examined", "by"], ["evaluated", "by"], ["discussed", "with"], ["spoke", "with"], ["spoken", "with"],
        ["assinado", "por"], ["avaliado", "por"], ["avaliada", "por"], ["atendido", "pela"], ["atendida", "pela"],
        // Round 9: the name a person goes by ("Patient goes by Bill", "conocida como Lupita", "se hace llamar Toño").
        ["goes", "by"], ["prefers", "to", "be", "called"], ["conocido", "como"], ["conocida", "como"], ["apodado"], ["apodada"],
        ["se", "hace", "llamar"], ["conhecido", "como"], ["conhecida", "como"],
        // Round 9: a coworker or an employer who brings the patient ("Lo trae su compañero de trabajo Nelson Ventura").
        ["companero", "de", "trabajo"], ["companera", "de", "trabajo"], ["companheiro", "de", "trabalho"], ["companheira", "de", "trabalho"],
        ["coworker"], ["co-worker"], ["colleague"], ["colega"], ["employer"], ["empleador"], ["empleadora"], ["patron"], ["patrona"],
    ] + RoleWords.kin.sorted().map { [$0] }
    /// Abbreviations of given names written with a period: María, Francisco, Guadalupe, José, Jesús, Cristina.
    static let givenNameAbbreviations: Set<String> = ["ma", "fco", "gpe", "jose", "jse", "jesus", "cris", "fdo", "glez", "hdez", "mtz", "rdz",
                                                        // Round 7: surnames abbreviated the same way ("Aurelia Hdz. Rosas", "Gzz.", "Fdez.").
                                                        "hdz", "gzz", "glz", "fdez", "fdz", "gtz", "rgz", "rmz", "sanchz", "mdz"]

    /// Credentials written after a clinician's name.
    static let credentials: Set<String> = [
        "md", "np", "rn", "dds", "phd", "facp", "mph", "dnp", "aprn", "pharmd", "do", "mbbs", "facc", "facep", "fnp", "crna",
        "cnm", "lcsw", "dmd", "dpm", "facog", "faap", "facs", "msn", "bsn", "lpn", "cna", "pac",
        // Round 5: therapists', counsellors', pharmacists' and dietitians' credentials ("Dana Whitfield, LICSW").
        "licsw", "lmsw", "lmft", "lpc", "lpcc", "psyd", "dpt", "otr", "slp", "rph", "rd", "rdn", "ld", "cde", "cdces",
        "ccc", "edd", "msw", "lcpc", "cnp", "acnp", "whnp", "pnp", "anp", "ctrs", "rrt", "crnp", "msc",
    ]
    static let titleWords: Set<String> = Set(titleCues.map { $0[0] })
    static let particles: Set<String> = ["de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "di", "e", "san"]
    /// Capitalized words that follow name cues but are not names.
    static let notNames: Set<String> = [
        "paciente", "patient", "masculino", "femenino", "femenina", "varon", "mujer", "hombre", "male", "female", "man",
        "woman", "de", "del", "con", "sin", "el", "la", "los", "las", "un", "una", "acude", "presenta", "refiere",
        "consulta", "ingresa", "diagnostico", "motivo", "edad", "anos", "years", "is", "was", "who", "with", "presents",
        "reports", "historia", "history", "no", "si", "yes", "the", "a", "an", "en", "por", "para", "que", "se", "y",
        "of", "and", "in", "to", "at", "on", "for", "ha", "has", "had", "he", "she", "his", "her", "cc", "dni", "rut",
        "curp", "rfc", "cpf", "ssn", "expediente", "mrn", "tel", "telefono", "email", "correo", "domicilio", "direccion",
        "address", "fecha", "date", "dob", "nacimiento", "sexo", "sex", "genero", "gender", "adulto", "adulta",
        "nino", "nina", "lactante", "adolescente", "primigesta", "previamente", "conocida", "conocido", "sano", "sana",
        "mayor", "joven", "anciano", "anciana", "hospital", "clinica", "centro", "servicio", "urgencias", "emergencia",
        "medicina", "medico", "medica", "general", "interna", "familiar", "cardiologia", "pediatria", "ginecologia",
        "this", "here", "today", "hoy", "ayer", "presento", "tratante", "residente", "interno", "turno", "guardia",
        "seguimiento", "control", "plan", "nota", "evolucion", "ingreso", "egreso", "alta", "unidad", "cama", "sala",
        "diabetico", "diabetica", "hipertenso", "hipertensa", "obesa", "obeso", "embarazada", "gestante", "pregnant",
        "gesta", "cursa", "cursando", "aqui", "arrives", "came", "comes", "seen", "evaluated", "admitted", "brought",
        // A letter's subject ("Ref: Remisión de la paciente …", "Re: Interconsulta"): the document, not a person.
        "remision", "referencia", "contrarreferencia", "contrareferencia", "interconsulta", "solicitud", "informe",
        "constancia", "certificado", "resumen", "epicrisis", "referral", "consultation", "consult", "encaminhamento",
        "solicitacao", "relatorio", "atestado", "valoracion", "evaluacion", "traslado", "transferencia",
        // Relatives named by their role ("Historia familiar: Padre hipertenso", "Familiar: Madre"): a role, not a name.
        "madre", "padre", "hijo", "hija", "esposa", "esposo", "hermano", "hermana", "abuelo", "abuela", "mother", "father",
        "wife", "husband", "brother", "sister", "mae", "pai", "tio", "tia", "pareja", "conyuge",
        // Facts of a header written after the age ("45 años, Natural de Cusco, Ama de Casa, Unión Libre").
        "natural", "procedente", "originario", "originaria", "oriundo", "oriunda", "ama", "estudiante", "empleado",
        "empleada", "jubilado", "jubilada", "pensionado", "pensionada", "comerciante", "agricultor", "agricultora", "obrero",
        "obrera", "desempleado", "desempleada", "chofer", "conductor", "soltero", "soltera", "casado", "casada", "viudo",
        "viuda", "divorciado", "divorciada", "union", "religion", "catolica", "catolico", "evangelica", "evangelico",
        "diestro", "diestra", "zurdo", "zurda", "grupo", "escolaridad", "ocupacion", "profesion", "primaria", "secundaria",
        // Clinicians' nouns ("discussed with the Attending Physician", "Seen by Physical Therapist").
        "physician", "attending", "surgeon", "therapist", "practitioner", "provider", "hospitalist", "intensivist",
        // Round 5: complaints a handover's line may open with ("Box 4: Dolor Abdominal, 30 años").
        "dolor", "fiebre", "tos", "cefalea", "disnea", "sangrado", "trauma", "herida", "fractura", "quemadura", "vomitos",
        "diarrea", "pain", "fever", "cough", "sincope", "convulsion", "caida", "politrauma", "intoxicacion", "abdomen",
        // Grades and kinds of a disease ("Mother: Type 2 Diabetes", "Madre: Tipo 2").
        "type", "tipo", "grade", "grado", "stage", "estadio", "class", "clase",
        // A field's own label words ("Patient Name:", "Paciente Nombre:") are no name.
        "name", "nombre", "nombres", "apellido", "apellidos", "nome", "sobrenome",
        // Round 6: registration and record labels a rank or a title may stand before ("MIP Ced. Prof.", "Dr. Mat. 1234").
        "ced", "cedula", "mat", "matricula", "reg", "registro", "folio", "cod", "codigo", "exp", "crm", "cmp",
        // Studies and documents a field may hold ("Adjunto: Hemograma Completo", "Trae: Radiografía de Tórax").
        // Round 9: a professor's rank after "Prof." ("Dr. Gonzalo Bentancor (Prof. Adj.)", "Prof. Agdo.", "Prof. Tit.").
        "adj", "adjunto", "adjunta", "agdo", "agda", "agregado", "agregada", "tit", "asist", "asistente", "emerito", "asoc", "asociado",
        // Round 9: an ethnicity after the patient's word ("The patient Hispanic female", "paciente Mestiza").
        "hispanic", "hispano", "hispana", "latino", "latina", "caucasian", "caucasico", "caucasica", "asian", "afroamericano",
        "afroamericana", "afrodescendiente", "indigena", "mestizo", "mestiza", "african", "caucasiano", "caucasiana",
        "hemograma", "radiografia", "ecografia", "tomografia", "resonancia", "electrocardiograma", "laboratorio",
        "laboratorios", "resultados", "resultado", "examenes", "estudios", "estudio", "biopsia", "cultivo", "urocultivo",
        "hemocultivo", "perfil", "placas", "placa", "copia", "receta", "orden", "certificado", "epicrisis", "ecocardiograma",
        "holter", "endoscopia", "colonoscopia", "mamografia", "densitometria", "espirometria", "audiometria", "gasometria",
    ]
}
