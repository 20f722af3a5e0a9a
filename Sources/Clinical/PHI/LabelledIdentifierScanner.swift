/// An identifier-shaped value right after its label ("RFC:", "CURP", "DNI", "C.I.: V-14.882.301", "N° HC",
/// "MRN", "Prontuário:", "R.U.T.   : …", "Historia ...... 80234117") is PHI whatever its check digit: notes are
/// typed by people, and a typo is no reason to send an identifier to the model. Check digits decide only for
/// identifiers without a label (`IdentifierScanner`).
struct LabelledIdentifierScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var result: [PHISpan] = []
        let t = context.tokens
        var i = 1
        while i < t.count {
            // "No. de ingreso: ING-…", "Número de admisión: …", "N° de cuenta: …": a numbering word makes any noun a label.
            guard let label = Self.label(endingAt: i - 1, in: context) ?? numberedNoun(endingAt: i - 1) else { i += 1; continue }
            // Round 8: "Address on file: 1187 Maple Ridge Dr", "in the file": a file named in prose numbers nothing.
            if label.words == ["file"], i >= 2, ["on", "in", "the", "our"].contains(context.folded[i - 2]) { i += 1; continue }
            var kind = label.kind
            // The label that named the kind (an inner label may rename it): a national card's word decides DNI below.
            var kindWords = label.words
            // A numbering word before any label makes it strong: "N° Asegurado 09…", "Nro. de socio 88…", "# póliza 5…".
            var strongSeparator = label.strong || numbered(before: i - label.words.count)
            var v = i
            // "HC familiar:", "Historia clínica única:", "Prontuário eletrônico:", "Address on file" — qualifiers between a
            // label and its colon; the value then needs the colon (or "#").
            var qualified = false
            // "Cod. trabajador ANT-20331", "ID paciente: …", "N° empleado 44817": the person the number belongs to.
            var identityQualified = false
            // Round 8: "Exp. clínico: 2026/000441", "Hist. clínica: …": a qualifier after an abbreviated label's period.
            while v < t.count, v - i < 2, (context.gap(after: v - 1) == " " || v == i && context.gap(after: v - 1) == ". " && t[v - 1].letters <= 4) && Self.isQualifier(v, in: context)
                    || [" ", ". "].contains(context.gap(after: v - 1)) && Self.identityNouns.contains(context.folded[v]) {
                if Self.identityNouns.contains(context.folded[v]) { identityQualified = true }
                v += 1
                qualified = true
            }
            // "Documento de identidad (DNI): …", "Documento (CC): …", "Identificación (pasaporte): …": a label's short form in
            // parentheses before its colon names the document (and its kind, when it is a label itself).
            var closed = -1
            if v < t.count, context.gap(after: v - 1) == " (", let close = (v..<min(v + 3, t.count)).first(where: { context.gap(after: $0).hasPrefix(")") }),
               close + 1 < t.count, context.gap(after: close).dropFirst().contains(":") {
                if let inner = Self.label(startingAt: v, in: context), inner.end == close + 1 { kind = inner.label.kind; kindWords = inner.label.words }
                closed = close
                v = close + 1
            }
            // Round 6: "C.M. Edo. Zulia 8.877", "Colegio de Médicos del Estado Lara N° 4471": a board's state between its
            // acronym and the registration.
            if kind == .cedula, v + 1 < t.count, !context.gap(after: v - 1).contains("\n") {
                var s = v
                if ["de", "del"].contains(context.folded[s]), s + 1 < t.count { s += 1 }
                if Self.stateWords.contains(context.folded[s]), s + 1 < t.count, !context.gap(after: s).contains("\n") {
                    s += 1
                    let first = s
                    while s < t.count, s - first < 3, t[s].isWord, t[s].isCapitalized || ["de", "del"].contains(context.folded[s]), !context.gap(after: s - 1).contains("\n") { s += 1 }
                    if s > first, s < t.count { v = s; strongSeparator = true }
                }
            }
            // "SSN (last 4): 6789", "SSN ***-**-4417", "SSN ending in 4417": the visible digits of a masked number.
            if kind == .ssn { v = skipMask(from: v) }
            // Filler and inner labels: "N°", "No. de", "Identificación: CC 80.234.117", "Cédula V 9.876.543".
            var hops = 0
            var professional = false
            // Round 9: "Registro hospitalar RH 883201", "Matrícula N° MN 44.120": an acronym after the outer label is the
            // value's own prefix, hidden with it (the lone "RH" would name the record's kind and its hospital).
            var prefix: Int?
            while v < t.count, hops < 3, separatorIsLight(after: v - 1, closed: closed) {
                // "HC-2203918" is a value with its prefix, "CC 80.234.117" a label and its value.
                if let inner = Self.label(startingAt: v, in: context), inner.end < t.count, separatorIsLight(after: inner.end - 1),
                   context.gap(after: inner.end - 1) != "-" {
                    // ("N° HC 44120": after a numbering word the acronym is the label itself.)
                    prefix = !label.words.allSatisfy({ Self.numberingWords.contains($0) || $0 == "°" }) && inner.end == v + 1 && t[v].isAllCaps && (2...4).contains(t[v].letters) && t[v].digits == 0
                        && context.gap(after: v) == " " && t[v + 1].digits > 0 ? v : nil
                    kind = inner.label.kind
                    kindWords = inner.label.words
                    strongSeparator = strongSeparator || inner.label.strong
                    v = inner.end
                } else if Self.filler.contains(context.folded[v]) {
                    prefix = nil
                    // "ced. prof.", "Céd. Esp.": the professional licence, not a national card.
                    if ["prof", "profesional"].contains(context.folded[v]) { professional = true }
                    strongSeparator = true
                    v += 1
                } else {
                    break
                }
                hops += 1
            }
            // Round 7: "Dr. E. Quintero  reg 4410", "Dra. Ruiz TP 12345": a registration's short label, weak elsewhere, is
            // strong on a clinician's line.
            if kind == .cedula, !strongSeparator, clinicianBefore(i - label.words.count) { strongSeparator = true }
            // Round 7: "Historia de salud familiar HSF-14-0338", "carnet de salud infantil SC-VF-06612", "N° de ficha TB
            // LV-2026-0187": up to three words qualify a label before a value shaped as a code (letters and digits joined
            // by dashes), whatever the words are.
            if v < t.count, !qualified, closed < 0, let code = codeAfterQualifiers(from: v) {
                // "carnet de salud infantil SC-VF-…": a longer label ending right before the code names it.
                if let longer = Self.label(endingAt: code - 1, in: context), longer.words.count > label.words.count { kind = longer.kind; kindWords = longer.words }
                v = code
                strongSeparator = true
            }
            // Round 6: "DNI:\n30.111.222", "MRN:\n  0045521": a form's label alone on its line, its value alone on the next.
            // Round 8: "N° de Historia Clínica\n558812", "CÉDULA\n1712345678": a strong label opening its line and closing it
            // without a colon, its value alone on the next line (a form's box).
            let nextLine = v < t.count && (Self.valueOnNextLine(context.gap(after: v - 1))
                || (label.strong || strongSeparator) && ContactScanner.oneLineBreak(context.gap(after: v - 1)) && opensLine(i - label.words.count))
            // Round 8: "CI (4.512.887)", "HC (22019)": a strong label's value in parentheses.
            let parenthesised = v < t.count && (label.strong || strongSeparator) && context.gap(after: v - 1) == " ("
                && valueEnd(from: v).map { context.gap(after: $0).hasPrefix(")") } == true
            guard v < t.count, nextLine || parenthesised || separatorIsLight(after: v - 1, masks: kind == .ssn, closed: closed) else { i += 1; continue }
            let separator = context.gap(after: v - 1)
            // "Reg. 44187", "Col. 2217", "Cód. MED-9912": an abbreviated label's period works as its colon.
            let abbreviated = separator.hasPrefix(".") && t[v - 1].letters <= 4 && t[v - 1].isWord
            guard let end = valueEnd(from: v), !nextLine || end + 1 >= t.count || context.gap(after: end).contains("\n") else { i += 1; continue }
            // "ID TSA-88712340", "Plan … ID AM-0042": a code-shaped value (capital prefix, "-", digits) needs no colon.
            // "ID XYZ123456789", "Folio LB0928817": one token of capital letters and five digits or more is a code too.
            let codeShaped = t[v].isWord && (t[v].isAllCaps || t[v].letters == 1 && t[v].isCapitalized) && context.gap(after: v) == "-" && end > v
                || end == v && t[v].letters >= 1 && t[v].digits >= 5 && t[v].text.unicodeScalars.first.map(TextFolding.isUpper) == true
            let colon = separator.contains(where: { $0 == ":" || $0 == "#" || $0 == "=" || $0 == "|" })
            // Round 7: "Registro clínico 2026-00123", "Historia clínica 0912-44781": a qualified label before a number in joined
            // groups of six digits or more (not a date, not a span of years) needs no colon.
            let joinedNumber = qualified && end > v && (v...end).reduce(0, { $0 + t[$1].digits }) >= 6
                && !ContactScanner.isYearSpan(context.text.string(t[v].start..<t[end].end))
            // Round 8: "Acct 78812093", "Episodio 2026-000123", "Beneficiaria 55-221334-02": a record's label of any strength
            // before a number of six digits or more (alone or in joined groups; not a date, not a span of years) needs no
            // colon — a count or a measurement after such a word is short or carries its unit (checked below).
            // (A sample's bare count stays: "Muestra 1725630187 procesada" is read like "Carga viral 1850000000"; a sample's
            // code with a prefix or groups is hidden: "Specimen S26-004411".)
            let bareSampleCount = Self.sampleWords.contains(context.folded[i - 1]) && end == v && t[v].isNumber
            let longNumber = !qualified && kind == .medicalRecord && (v...end).reduce(0, { $0 + t[$1].digits }) >= 6 && !bareSampleCount
                && !ContactScanner.isYearSpan(context.text.string(t[v].start..<t[end].end))
            if !strongSeparator && !abbreviated && !codeShaped && !colon && !separator.contains("..") && !joinedNumber && !longNumber { i += 1; continue }
            if qualified && !colon && !strongSeparator && !(identityQualified && codeShaped) && !joinedNumber { i += 1; continue }
            // "Registro de diuresis: 1500 ml", "Ingreso: 1200 ml": a count before its unit is a measurement.
            if unitFollows(end) { i += 1; continue }
            if end == v, Self.opensSpanOfYears(v, in: context) { i += 1; continue }
            // Round 9: "Referencia 150000-450000": a reference range, not a referral's number.
            if isReferenceRange(label: label, from: v, to: end) { i += 1; continue }
            if label.minDigits > 0, (v...end).reduce(0, { $0 + t[$1].digits }) < label.minDigits { i += 1; continue }
            // A generic number ("Cod.", "Registro", "Reg.") on a clinician's line is the clinician's registration.
            if kind == .medicalRecord, Self.genericNumberLabels.contains(context.folded[i - 1]), clinicianBefore(i - 1) { kind = .cedula }
            // Round 7: a national identity card is a DNI whatever the country calls it (C.I., C.C., T.I., cédula, cédula de
            // identidad) — the kind the corpora since HeldOut5 give it; "Ced." on a clinician's line is the professional one.
            if kind == .cedula, Self.isNationalCard(kindWords), !professional,
               !(Self.professionalCardWords.contains(kindWords[0]) && clinicianBefore(i - label.words.count)) { kind = .dni }
            // Round 7: "Matricula asegurado: 62-0817-MCB", "Registro afiliado …": whose number it is makes it a record's.
            if kind == .cedula, identityQualified { kind = .medicalRecord }
            // Round 7: "CI 4.127.730-2, reg. 1.102.557": the short "reg." off a clinician's line is the hospital's register.
            if kind == .cedula, kindWords == ["reg"], !clinicianBefore(i - label.words.count) { kind = .medicalRecord }
            // Round 7: "Dr. …, endocrinólogo. N° COLMED 28114": a numbered acronym on a clinician's line is a board's.
            let acronymNoun = t[i - 1].isAllCaps && t[i - 1].letters >= 3 && Self.label(endingAt: i - 1, in: context) == nil
            let acronymValue = Self.numberingWords.contains(context.folded[i - 1]) && t[v].isWord && t[v].isAllCaps && t[v].letters >= 3 && t[v].digits == 0
            if kind == .medicalRecord, label.words.count == 1, acronymNoun || acronymValue, clinicianBefore(i - 1) { kind = .cedula }
            // "HC-2025/0412", "EXP-88/2024", "MRN-00123": a value glued to its all-caps label by a dash carries the label
            // as its prefix; hiding only the digits would leave a fragment the column or record layout names whole.
            let glued = v == i && label.words.count == 1 && t[i - 1].isAllCaps && t[i - 1].letters >= 2 && context.gap(after: i - 1) == "-"
            let start = glued ? t[i - 1].start : prefix.map { t[$0].start } ?? t[v].start
            result.append(PHISpan(kind: kind, range: start..<t[end].end, priority: 10))
            i = end + 1
        }
        return result + valuesBeforeTheirLabel() + shortRecordNumbers()
    }

    /// Round 7: "Juan Pérez, 30111222 (DNI)", "8-123-457 (cédula)", "HC-4412 (expediente)": the label in parentheses after
    /// its value names it as a colon before it would.
    private func valuesBeforeTheirLabel() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        let s = context.text.scalars
        // (Scalars first: a gap's string is built only for a number right before " (".)
        for k in t.indices where k + 1 < t.count && t[k].digits > 0 && t[k].end + 1 < s.count && s[t[k].end] == " " && s[t[k].end + 1] == "("
            && context.gap(after: k) == " (" {
            guard let label = Self.label(startingAt: k + 1, in: context), label.label.strong, label.end - 1 < t.count,
                  context.gap(after: label.end - 1).hasPrefix(")") else { continue }
            // The value's first token: digit groups joined by "." or "-" (and a letter prefix) back from token k.
            var v = k
            while v >= 1, [".", "-"].contains(context.gap(after: v - 1)), t[v - 1].digits > 0 || t[v - 1].isAllCaps && t[v - 1].letters <= 4 { v -= 1 }
            guard (v...k).reduce(0, { $0 + t[$1].digits }) >= 5 else { continue }
            var kind = label.label.kind
            if kind == .cedula, Self.isNationalCard(label.label.words) { kind = .dni }
            result.append(PHISpan(kind: kind, range: t[v].start..<t[k].end, priority: 10))
        }
        return result
    }

    /// The first token of a code-shaped value ("HSF-14-0338", "SC-VF-06612", "LV-2026-0187", "E-20931") one to three
    /// plain words after token `v` on its line (single spaces, no digits, no punctuation between them), or nil.
    private func codeAfterQualifiers(from v: Int) -> Int? {
        let t = context.tokens
        guard t[v].isWord, t[v].digits == 0, context.gap(after: v - 1) == " " || context.gap(after: v - 1).hasPrefix(". ") else { return nil }
        var k = v
        while k < t.count, k - v < 3, t[k].isWord, t[k].digits == 0, context.gap(after: k) == " ", k + 1 < t.count {
            k += 1
            if isCode(k) { return k }
            guard !t[k].isNumber else { return nil }
        }
        return nil
    }

    /// A capital prefix glued by "-" to digit groups ("HSF-14-0338", "SC-VF-06612", "E-20931") or a token of capitals
    /// and five digits or more ("M261201-0332"): no word of prose is written so.
    private func isCode(_ k: Int) -> Bool {
        let t = context.tokens
        if t[k].isWord, t[k].letters >= 1, t[k].digits >= 5, t[k].text.unicodeScalars.first.map(TextFolding.isUpper) == true { return true }
        guard t[k].isWord, t[k].isAllCaps, t[k].digits == 0, t[k].letters <= 5, context.gap(after: k) == "-", k + 1 < t.count else { return false }
        var j = k + 1
        if t[j].isWord, t[j].isAllCaps, t[j].digits == 0, t[j].letters <= 4, context.gap(after: j) == "-", j + 1 < t.count { j += 1 }
        return t[j].isNumber && (j...min(j + 3, t.count - 1)).reduce(0, { $0 + t[$1].digits }) >= 4
    }

    /// Round 8: the label starting at token `start` (after its numbering word: "N° de …") opens its line.
    private func opensLine(_ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, start - k <= 2, Self.numberingWords.contains(context.folded[k]) || ["de", "del"].contains(context.folded[k]), !context.gap(after: k).contains("\n") { k -= 1 }
        return k < 0 || context.gap(after: k).contains("\n")
    }

    /// A label's colon, then the line's end and nothing but spaces before the value: `:\n`, `:  \n   `.
    static func valueOnNextLine(_ gap: String) -> Bool {
        guard gap.unicodeScalars.count <= 24, let newline = gap.firstIndex(of: "\n"), gap[..<newline].contains(":") else { return false }
        return gap.filter({ $0 == "\n" }).count == 1 && gap.unicodeScalars.allSatisfy { " \t:\n\r".unicodeScalars.contains($0) }
    }

    /// "N°", "Nro.", "No.", "Número", "#" (with an optional "de") just before the label starting at token `start`.
    private func numbered(before start: Int) -> Bool {
        var k = start - 1
        if k >= 0, ["de", "del"].contains(context.folded[k]), context.gap(after: k) == " " { k -= 1 }
        guard k >= 0, Self.numberingWords.contains(context.folded[k]), !context.gap(after: k).contains("\n") else { return false }
        return context.gap(after: k).count <= 3
    }

    static let sampleWords: Set<String> = ["muestra", "sample", "specimen", "cuenta"]

    static let numberingWords: Set<String> = ["n", "no", "nro", "num", "numero", "nº", "number", "#"]

    /// A clinician's title or role word earlier on the line of token `k` ("Dr. …  Cod. 12840", "Médico: … Registro 58214").
    private func clinicianBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, !context.gap(after: j).contains("\n") {
            // Round 8: "HOSPITAL DOCENTE UNIVERSITARIO DR. DARIO CONTRERAS - EMERGENCIA   record E-26-48812": a title inside an
            // institution's name is no clinician on the line.
            if Self.clinicianWords.contains(context.folded[j]) || Self.signingProfessions.contains(context.folded[j]),
               !NameScanner(context: context).namesInstitution(titleAt: j) { return true }
            // "Q.F.B.": the chemist's title in letters.
            if context.folded[j] == "b", j >= 2, context.folded[j - 1] == "f", context.folded[j - 2] == "q" { return true }
            j -= 1
        }
        return false
    }

    /// Round 7: the labels of a national identity card (as opposed to a clinician's registration): C.I., C.C., T.I.,
    /// cédula (de identidad / de ciudadanía / de extranjería), carné de identidad, Colombia's registro civil (R.C.).
    static let nationalCards: Set<String> = [
        "cedula", "ced", "cc", "c c", "ci", "c i", "cedula de ciudadania", "cedula de identidad", "cedula de extranjeria",
        "t i", "ti", "tarjeta de identidad", "carne de identidad", "carnet de identidad", "rc", "r c", "registro civil",
    ]
    static func isNationalCard(_ words: [String]) -> Bool { nationalCards.contains(words.joined(separator: " ")) }
    /// The words a Mexican professional licence shares with a national card ("Ced. 2389015" signed by a chemist).
    static let professionalCardWords: Set<String> = ["cedula", "ced"]

    static let genericNumberLabels: Set<String> = ["cod", "codigo", "registro", "reg", "record", "id", "license", "licencia"]
    static let clinicianWords: Set<String> = ["dr", "dra", "doctor", "doctora", "medico", "medica", "lic", "licda", "licdo",
                                              "enf", "obst", "md", "cirujano", "cirujana", "especialista",
                                              "residente", "tratante", "nefrologo", "cardiologo", "pediatra", "internista"]
    /// Round 7: professions that sign results and prescriptions ("Q.F.B. Irma Nava  Ced. 2389015", "Lic. …, TM, reg. 1205");
    /// only for the clinician's line, not markers of a board's acronym.
    static let signingProfessions: Set<String> = ["qfb", "psiq", "psiquiatra", "endocrinologo", "endocrinologa", "ginecologo", "ginecologa",
                                                  "cirujano", "cirujana", "neurologo", "neurologa", "medica", "pediatra", "bioq", "bioquimico", "bioquimica", "quimico", "quimica", "tm", "odontologo",
                                                  "odontologa", "psicologo", "psicologa", "nutricionista", "enfermero", "enfermera", "mgi"]

    /// Spaces, dots (leaders of table-like headers), colons, "#", "°", "-" and nothing else, on one line; a masked
    /// number's "*" and a "(last 4)" remark's parentheses when `masks`.
    private func separatorIsLight(after k: Int, masks: Bool = false, closed: Int = -1) -> Bool {
        var g = context.gap(after: k)
        if k == closed { g.removeFirst() }
        guard g.unicodeScalars.count <= 40 else { return false }
        // Round 6: "HC=12345", "DNI = 30111222": an equals sign typed as the colon; "DNI | 30111222", "**CC:** 1.036…": a
        // table's bar and a bold mark around the label.
        let allowed = masks ? " \t.:#°º-=*()|_".unicodeScalars : " \t.:#°º-=*|_".unicodeScalars
        return g.unicodeScalars.allSatisfy { allowed.contains($0) }
    }

    /// The last token of an identifier starting at `v`: a short letter prefix ("V-", "HU-", "PR-") and digit or
    /// letter-digit groups joined by "-", ".", "/" or single spaces; nil when no identifier starts there.
    private func valueEnd(from v: Int) -> Int? {
        let t = context.tokens
        var j = v
        // A masked value keeps its visible digits: "XXX-XX-8817", "xxx-xx-1234".
        while j + 1 < t.count, t[j].isWord, t[j].letters <= 4, context.folded[j].allSatisfy({ $0 == "x" }),
              ["-", " ", "."].contains(context.gap(after: j)) { j += 1 }
        // "V-14.882.301", "CMF-10482", "V 9.876.543"; round 6: "ant-20331", "hc/4471" — a prefix in any case glued to
        // its digits by a dash or a slash.
        // Round 7: "SC-VF-06612", "HN-PED-2231": two groups of capitals before the digits.
        if t[j].isWord, t[j].isAllCaps, t[j].digits == 0, j + 2 < t.count, context.gap(after: j) == "-", t[j + 1].isWord, t[j + 1].isAllCaps,
           t[j + 1].digits == 0, t[j + 1].letters <= 4, context.gap(after: j + 1) == "-", t[j + 2].digits > 0 { j += 1 }
        if t[j].isWord {
            guard t[j].letters <= 6, j + 1 < t.count, t[j + 1].digits > 0,
                  (t[j].isAllCaps || t[j].letters == 1) && ["-", " "].contains(context.gap(after: j)) || ["-", "/"].contains(context.gap(after: j)) else { return nil }
            j += 1
        }
        guard t[j].digits > 0 else { return nil }
        var digits = t[j].digits
        while j + 1 < t.count {
            let gap = context.gap(after: j)
            let next = t[j + 1]
            if ["-", ".", "/"].contains(gap) {
                // Round 6: "2024/AB/00331", "HSJ-A-0033": a group of letters between two groups of digits.
                if next.isWord, next.letters <= 4, j + 2 < t.count, ["-", ".", "/"].contains(context.gap(after: j + 1)), t[j + 2].digits > 0 {
                    j += 2
                    digits += t[j].digits
                    continue
                }
                // A check character: "-K", "-k".
                // A check character or an issuer's suffix: "-K", "-k", "58-0714-MCG".
                if next.isWord { if gap == "-", next.letters == 1 || (next.isAllCaps && next.letters <= 3 && next.digits == 0) { j += 1 }; break }
                j += 1
                digits += next.digits
                continue
            }
            // Spaced groups ("1289 91 4471-3", "2456 78901 0101"), but not a count before a unit ("… 5 años"), nor a time
            // after a date ("01/12/2026 14:05").
            if gap == " ", next.isNumber, !(j + 2 < t.count && context.gap(after: j + 1).hasPrefix(":")) {
                if j + 2 < t.count, context.gap(after: j + 1) == " ", t[j + 2].isWord, !t[j + 2].isAllCaps { break }
                j += 1
                digits += next.digits
                continue
            }
            // Bolivia's carnet carries its issuing department: "CI 3215487 LP", "C.I. 4.512.887 CB".
            if gap == " ", next.isWord, next.isAllCaps, Self.issuingDepartments.contains(context.folded[j + 1]),
               j + 2 >= t.count || context.gap(after: j + 1) != " " {
                j += 1
            }
            break
        }
        // Short registrations carry a letter prefix ("Mat. Prof. V-451", "CRM-SP 982"); bare numbers need four digits.
        let prefixed = t[v].isWord
        guard digits >= (prefixed ? 3 : 4), t[v].start < t[j].end, t[j].end - t[v].start <= 32 else { return nil }
        // A date after a label ("Registro: 12/03/2024") is a date, not a record number; "77-20-41" is no date.
        if DateParser.dateEnd(context, from: v) == j, isDate(from: v, to: j) { return nil }
        return j
    }

    /// A date-shaped value that is a real date: day and month in range, and a "/" or a four-digit year unless a date
    /// word stands just before it ("Fecha: 08-11-77"); a record number may be written "08-11-77" after "HC:".
    private func isDate(from v: Int, to j: Int) -> Bool {
        let t = context.tokens
        let parts = (v...j).filter { t[$0].isNumber }.map { Int(t[$0].text) ?? 0 }
        let lengths = (v...j).filter { t[$0].isNumber }.map { t[$0].digits }
        guard parts.count == 3 else { return true }
        let (a, b, c) = lengths[0] == 4 ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2])
        let plausible = (1...31).contains(a) && (1...31).contains(b) && (a <= 12 || b <= 12) && c >= 0
        guard plausible else { return false }
        if context.gap(after: v) == "/" || lengths.contains(4) { return true }
        var k = v - 1
        while k >= 0, v - k <= 4, !context.gap(after: k).contains("\n") {
            if Self.dateWords.contains(context.folded[k]) { return true }
            k -= 1
        }
        return false
    }

    static let dateWords: Set<String> = ["fecha", "date", "data", "dia", "day", "fec", "dt", "f", "nac", "nacimiento", "dob", "born"]

    /// "ml", "mg", "%", "kg", "horas" right after a value: a measurement, not an identifier.
    private func unitFollows(_ end: Int) -> Bool { Self.unitFollows(end, in: context) }

    static func unitFollows(_ end: Int, in context: TokenizedText) -> Bool {
        let gap = context.gap(after: end)
        if gap.hasPrefix("%") { return true }
        guard end + 1 < context.tokens.count, gap == " " || gap.isEmpty else { return false }
        // "HC 44120 CC 80.234.117": a label in capitals after the value opens the next field, whatever else it spells.
        if context.tokens[end + 1].isAllCaps, label(startingAt: end + 1, in: context) != nil { return false }
        // Round 9: "Paciente 250000 plaquetas", "Episodio 125000 copias", "Order 250000 units": a count of cells, copies
        // or units after a record's word is a lab value or a dose.
        return Self.units.contains(context.folded[end + 1]) || Self.countNouns.contains(context.folded[end + 1])
    }

    static let countNouns: Set<String> = [
        "plaquetas", "platelets", "leucocitos", "leukocytes", "copias", "copies", "unidades", "units", "cells", "celulas",
        "hematies", "eritrocitos", "neutrofilos", "linfocitos", "lymphocytes", "neutrophils", "globulos", "wbc", "plt", "rbc",
        "colonias", "colonies", "iu", "cfu", "particulas", "habitantes", "plaquetas/mm3", "leucocitos/mm3", "cel/mm3", "elementos",
        "bastones", "eosinofilos", "monocitos", "reticulocitos", "hemacias", "leucocitos/ul", "x10", "mil",
    ]

    /// Round 9: "Expediente 2019 a 2024 revisado", "HC 2018 al 2020": token `k`, a year, opens a span of years written in words.
    static func opensSpanOfYears(_ k: Int, in c: TokenizedText) -> Bool {
        let t = c.tokens
        guard t[k].isNumber, t[k].digits == 4, let year = Int(t[k].text), (1900...2099).contains(year), k + 2 < t.count,
              c.gap(after: k) == " ", ["a", "al", "to", "hasta"].contains(c.folded[k + 1]), c.gap(after: k + 1) == " ", t[k + 2].isNumber, t[k + 2].digits == 4 else { return false }
        return true
    }

    private func isReferenceRange(label: Label, from v: Int, to end: Int) -> Bool {
        let t = context.tokens
        guard ["referencia", "reference", "ref", "rango", "range"].contains(label.words.last ?? ""), end == v + 1, t[v].isNumber, t[end].isNumber,
              context.gap(after: v) == "-", t[v].digits == t[end].digits else { return false }
        return (Int(t[v].text) ?? 0) < (Int(t[end].text) ?? 0)
    }

    static let units: Set<String> = [
        "ml", "mg", "mcg", "ug", "g", "gr", "kg", "l", "cc", "mmhg", "cm", "mm", "lpm", "rpm", "bpm", "ui", "u", "meq",
        "mmol", "mosm", "h", "hs", "hrs", "horas", "hours", "min", "minutos", "seg", "s", "dias", "days", "semanas", "weeks",
        "anos", "years", "meses", "months", "kcal", "cal", "mg/dl", "ng", "pg", "mui", "ufc", "cel", "celulas", "mm3", "ul",
    ]

    /// The label "N° de <noun>" / "Nro. <noun>" ending at token `k` (one or two nouns after the numbering word), or a
    /// numbering word itself before a long number ("ISAPRE Colmena N° 77120934"; five digits at least).
    private func numberedNoun(endingAt k: Int) -> Label? {
        let t = context.tokens
        guard k >= 1, t[k].isWord else { return nil }
        if isNumberingWord(k) {
            guard !Self.notIdentifierNouns.contains(context.folded[k - 1]) else { return nil }
            return Label(words: [context.folded[k]], kind: .medicalRecord, strong: true, minDigits: 5)
        }
        guard t[k].letters >= 3, !Self.notIdentifierNouns.contains(context.folded[k]) else { return nil }
        // Most words have no numbering word before them: a set lookup before any gap is read.
        guard (max(0, k - 3)..<k).contains(where: { Self.numberingWords.contains(context.folded[$0]) }) else { return nil }
        for words in 1...2 {
            let start = k - words + 1
            guard start >= 1, (start...k).allSatisfy({ t[$0].isWord }), (start..<k).allSatisfy({ context.gap(after: $0) == " " }) else { continue }
            var n = start - 1
            if ["de", "del", "do", "da"].contains(context.folded[n]), context.gap(after: n) == " ", n >= 1 { n -= 1 }
            if isNumberingWord(n) { return Label(words: (start...k).map { context.folded[$0] }, kind: .medicalRecord, strong: false) }
        }
        return nil
    }

    /// "N°", "Nº", "Nro.", "No.", "Número" (a lowercase "no" is a negation) before its noun on the same line.
    private func isNumberingWord(_ n: Int) -> Bool {
        let f = context.folded[n]
        guard Self.numberingWords.contains(f), context.gap(after: n).count <= 3, !context.gap(after: n).contains("\n") else { return false }
        // Round 7: "no. de empleado E-20931", "no. de historia": a lower-case "no." before "de" numbers too (a negation is
        // no abbreviation).
        if f == "no" || f == "n", !context.tokens[n].isCapitalized, context.gap(after: n) == ". ", n + 1 < context.tokens.count,
           ["de", "del"].contains(context.folded[n + 1]) { return true }
        if f == "no" || f == "n" { return context.tokens[n].isCapitalized && (context.gap(after: n).hasPrefix(".") || context.gap(after: n).hasPrefix("°") || context.gap(after: n).hasPrefix("º")) }
        return true
    }

    /// Nouns whose number is no person's: a law, a bed, a dose, a lot.
    static let notIdentifierNouns: Set<String> = [
        "ley", "decreto", "resolucion", "articulo", "norma", "circular", "oficio", "acuerdo", "lote", "cama", "habitacion",
        "sala", "dosis", "sesion", "ciclo", "gesta", "gestas", "partos", "hijos", "embarazos", "control", "controles", "semana",
        "dias", "cigarrillos", "paquetes", "tabletas", "comprimidos", "ampollas", "frascos", "cajas", "unidades",
    ]

    /// Words between a label and its colon that qualify it ("familiar", "única", "eletrônico", "institucional", "on file").
    static func isQualifier(_ k: Int, in c: TokenizedText) -> Bool {
        let f = c.folded[k]
        guard c.tokens[k].isWord, !c.tokens[k].isAllCaps || c.tokens[k].letters <= 3 else { return false }
        if qualifiers.contains(f) || nationalities.contains(f) { return true }
        return f.count >= 5 && ["al", "ar", "ico", "ica", "ario", "aria", "onico", "onica"].contains(where: { f.hasSuffix($0) })
            && !notQualifiers.contains(f)
    }

    /// A state or province named between a board's label and its registration ("Edo. Zulia", "Estado Lara", "Prov. Bs. As.").
    static let stateWords: Set<String> = ["edo", "estado", "prov", "provincia", "dpto", "departamento", "depto"]

    /// Whose number it is, between a code's label and its value ("Cod. trabajador", "ID paciente", "N° socio").
    static let identityNouns: Set<String> = [
        "trabajador", "trabajadora", "empleado", "empleada", "colaborador", "colaboradora", "asegurado", "asegurada",
        "afiliado", "afiliada", "socio", "socia", "usuario", "usuaria", "alumno", "alumna", "beneficiario", "beneficiaria",
        "cliente", "worker", "employee", "member", "patient", "paciente", "operario", "operaria", "funcionario", "funcionaria",
    ]

    static let qualifiers: Set<String> = [
        "familiar", "unica", "unico", "institucional", "hospitalaria", "hospitalario", "hospitalar", "clinica", "clinico",
        "electronica", "electronico", "eletronica", "eletronico", "local", "interna", "interno", "general", "nacional",
        "definitivo", "definitiva", "provisional", "provisorio", "actual", "anterior", "nuevo", "nueva", "digital",
        "on", "file", "del", "paciente", "do", "da", "convenio", "hospital", "clinic", "of", "record", "unit",
        "completo", "completa", "declarado", "declarada", "conocido", "conocida", "habitual", "permanente", "registrado",
        "registrada", "principal", "postal", "particular", "residencial", "paciente", "titular", "beneficiario",
    ]
    /// "Pasaporte venezolano G1234567", "DNI argentino 30111222", "cédula colombiana …": the issuing country.
    static let nationalities: Set<String> = [
        "mexicano", "mexicana", "colombiano", "colombiana", "venezolano", "venezolana", "peruano", "peruana", "argentino",
        "argentina", "chileno", "chilena", "uruguayo", "uruguaya", "paraguayo", "paraguaya", "boliviano", "boliviana",
        "ecuatoriano", "ecuatoriana", "cubano", "cubana", "dominicano", "dominicana", "hondureno", "hondurena",
        "salvadoreno", "salvadorena", "guatemalteco", "guatemalteca", "nicaraguense", "costarricense", "panameno",
        "panamena", "puertorriqueno", "puertorriquena", "brasileno", "brasilena", "brasileiro", "brasileira",
        "estadounidense", "americano", "americana", "espanol", "espanola", "haitiano", "haitiana", "extranjero",
        "extranjera", "us", "american", "mexican", "colombian", "venezuelan", "foreign",
    ]

    static let notQualifiers: Set<String> = ["arterial", "renal", "hospital", "vital", "normal", "oral", "total", "basal", "dental", "fetal", "neonatal", "prenatal",
                                             // Round 8: "Cedula Profesional 10284471" is the professional licence, read as filler below.
                                             "profesional",
                                             // Round 7: a product's sanitary registration ("Registro Sanitario INVIMA 2019M-…") is no person's.
                                             "sanitario", "sanitaria"]

    /// After an SSN label: "(last 4)", "ending in", "last four digits", "***-**-", "XXX-XX-" before the visible digits.
    private func skipMask(from v: Int) -> Int {
        let t = context.tokens
        var k = v
        while k < t.count, k - v < 5, separatorIsLight(after: k - 1, masks: true) {
            let digitCount = context.folded[k] == "4" && k + 1 < t.count && t[k + 1].isNumber
            guard Self.maskWords.contains(context.folded[k]) || digitCount else { break }
            k += 1
        }
        return k
    }

    static let maskWords: Set<String> = ["last", "four", "ending", "in", "digits", "ultimos", "digitos", "termina", "en", "final"]

    struct Label {
        let words: [String]
        let kind: PHIKind
        /// Strong labels ("DNI", "RFC") take a value after a space; weak ones ("historia", "registro") need ":" or "N°".
        let strong: Bool
        /// The fewest digits of a value ("N° 77120934" needs five; a label's own rule otherwise).
        var minDigits = 0
    }

    /// The longest label whose last word is token `k`.
    static func label(endingAt k: Int, in c: TokenizedText) -> Label? {
        guard let candidates = byLastWord[c.folded[k]] else { return nil }
        for label in candidates {
            let start = k - label.words.count + 1
            guard start >= 0, c.matchPhrase(label.words, at: start) == k + 1 else { continue }
            // Not in the middle of a sentence word run: "la historia de…" is not a label.
            return label
        }
        return nil
    }

    /// The longest label starting at token `k` and the index after it.
    static func label(startingAt k: Int, in c: TokenizedText) -> (label: Label, end: Int)? {
        for label in labels where label.words[0] == c.folded[k] {
            if let end = c.matchPhrase(label.words, at: k) { return (label, end) }
        }
        return nil
    }

    static let filler: Set<String> = ["n", "no", "nro", "num", "numero", "nº", "de", "del", "do", "da", "o", "number", "#",
                                      // Round 6: the label in a sentence ("su cédula es 8-123-456", "MRN is 0045521").
                                      "es", "is", "sera", "was",
                                      // Round 8: "su historia clínica es la 334455", "el expediente es el 99-1234".
                                      "la", "el",
                                      // Qualifiers of a registration: "Mat. Prof.", "Matrícula Nacional", "Reg. Prov.".
                                      "prof", "profesional", "nac", "nacional", "prov", "provincial"]

    /// Bolivia's department extensions written after a carnet number.
    static let issuingDepartments: Set<String> = ["lp", "cb", "sc", "or", "pt", "tj", "ch", "be", "pd", "bn"]

    static let labels: [Label] = {
        func l(_ kind: PHIKind, _ strong: Bool, _ phrases: [String]) -> [Label] {
            phrases.map { Label(words: $0.split(separator: " ").map(String.init), kind: kind, strong: strong) }
        }
        let all = l(.rfc, true, ["rfc", "r f c"])
            // Abbreviated record labels: "Hist. Clín.:", "H. Clínica N°:", "Exped.", "Hist.".
            + l(.medicalRecord, true, ["hist clin", "hist clinica", "h clinica", "h clin", "exped", "historia clin"])
            + l(.curp, true, ["curp"])
            + l(.cpf, true, ["cpf", "c p f"])
            + l(.rut, true, ["rut", "run", "r u t", "r u n"])
            + l(.ssn, true, ["ssn", "social security number", "social security", "ssn on file"])
            + l(.dni, true, ["dni", "d n i", "dpi", "dui", "identidad", "documento de identidad", "documento nacional de identidad",
                             "numero de identidad", "documento", "identificacion", "id number",
                             // "DOC: 1.887.320-9", "Doc. identidad:", "Nro. doc.", "Docto.", "Doc. Nac.", "No. de identificación",
                             // "Carné de extranjería", "Documento de identificación", "Tipo y número de documento".
                             "doc", "doc identidad", "doc de identidad", "docto", "doc nac", "nro doc", "num doc", "n doc",
                             "documento de identificacion", "carne de extranjeria", "carnet de extranjeria", "numero de documento",
                             "doc identificacion", "doc ident", "identif", "ident"])
            + l(.cedula, true, ["cedula", "ced", "cc", "c c", "ci", "c i", "cedula de ciudadania", "cedula de identidad",
                                "cedula de extranjeria", "t i", "tarjeta de identidad", "carne de identidad", "carnet de identidad",
                                "ced prof", "cedula profesional", "cedula prof", "mn", "mp", "exequatur", "matricula", "crm",
                                // Clinicians' registrations: Peru's CMP/RNE, Venezuela's MPPS, El Salvador's JVPM,
                                // Guatemala's colegiado, Honduras' CMH, US NPI/DEA, Brazil's CRF/COREN/CRO.
                                "cmp", "rne", "mpps", "jvpm", "colegiado", "registro medico",
                                "registro profesional", "reg prof", "cmh", "npi", "dea", "coren", "crf", "cro", "mat", "m p", "m n",
                                "license", "licencia", "codigo medico", "cod medico", "cmc", "cmdf",
                                // Other boards' registrations: Peru's COP/CTMP/CQFP/CPsP/CBP/CNP, Brazil's CRP/CRN/CREFITO/
                                // CRMV, Panama's idoneidad, Uruguay's CJPPU, the US "Lic. #", Ecuador's MSP.
                                "cop", "ctmp", "cqfp", "cpsp", "cbp", "cnp", "crp", "crn", "crefito", "crmv", "crbm",
                                "idoneidad", "lic", "cjppu", "msp", "reg msp", "cod minsa", "codigo minsa", "minsa",
                                "matricula profesional", "matricula nacional", "matricula provincial",
                                // Mexico's specialty licence beside the professional one: "Ced. Prof. 1234567 - Esp. 7654321".
                                "esp", "ced esp", "cedula de especialidad", "cedula de especialista",
                                // "Reg. Med. 12345", "Registro Méd.", "Reg. Nac.", "Reg. Esp.": an abbreviated registration.
                                "reg med", "reg medico", "registro med", "reg nac", "reg esp",
                                // Round 5: the same fields abbreviated other ways ("Ced. de Especialidad", "Ced. Esp.",
                                // "Exeq.", Venezuela's "M.S.A.S.", "Reg. MSAS", Peru's "C.M.P.").
                                "ced de especialidad", "ced especialidad", "ced de esp", "cedula esp", "ced profesional",
                                // Round 6: Venezuela's state boards ("C.M. Edo. Zulia 8.877", "Colegio de Médicos del Estado …").
                                "c m", "colegio de medicos", "colegio medico",
                                "exeq", "exequatur no", "msas", "m s a s", "c m p", "reg msas", "m p p s", "c r m"])
            // Round 5: a hospital's own register ("RGHC: 3041772H", Brazil's Registro Geral do HC) and a contract
            // or member number of a plan ("ID contrato VIT 880421337 01", "N° de contrato", "Member #").
            + l(.medicalRecord, true, ["rghc", "id contrato", "contrato", "n contrato", "numero de contrato", "nro contrato",
                                       "n de contrato", "member", "member number", "n de afiliado", "numero de afiliado",
                                       "nro afiliado", "num afiliado", "id afiliado", "id asegurado", "id beneficiario"])
            // Colombia's registro médico "RM 12345" (a scan is "RM de rodilla", no number); its tarjeta profesional is weak
            // because "TP 12,5 s" is a prothrombin time: only before ":" or "#".
            + l(.cedula, true, ["rm", "r m"])
            // Round 7: Colombia's registro civil of a child ("RC 1052408116", "R.C.", "Registro civil:"), ten digits or more.
            + [Label(words: ["rc"], kind: .cedula, strong: true, minDigits: 8), Label(words: ["r", "c"], kind: .cedula, strong: true, minDigits: 8),
               Label(words: ["registro", "civil"], kind: .cedula, strong: true, minDigits: 8),
               Label(words: ["ti"], kind: .cedula, strong: true, minDigits: 8)]
            + l(.cedula, false, ["tp", "t p"])
            // Round 8: an admission's number after "Ingreso" ("Ingreso 2026-118842"), six digits at least ("Ingreso: 1500" is
            // a fluid balance, "Ingreso 02/12/2026" a date).
            + [Label(words: ["ingreso"], kind: .medicalRecord, strong: false, minDigits: 6)]
            // Tax and other national numbers a note may carry: AR CUIT/CUIL, PE/EC RUC, GT/CO NIT, VE RIF, HN RTN, BR RG/CNS.
            + l(.dni, true, ["cuit", "cuil", "ruc", "nit", "rif", "rtn", "rg", "cns", "cic", "cui", "nuip", "pasaporte", "passport",
                             "carne", "carnet", "member id", "insurance id", "medicare", "medicaid", "subscriber id", "policy number",
                             "id paciente", "patient id", "nui", "ine", "clave ine", "folio ine",
                             // Round 6: Panama's CIP, Costa Rica's DIMEX, Brazil's CNH/PIS/CTPS, Spain's NIE/NIF/TIE,
                             // Colombia's PPT/PEP, a residence card.
                             "cip", "dimex", "cnh", "pis", "nis", "ctps", "nie", "nif", "tie", "ppt", "pep",
                             // Round 7: a driver's licence ("Licencia de conducir A12345678"; not "DL", a decilitre before a range).
                             "driver s license", "drivers license", "driver license", "driver s licence", "licencia de conducir",
                             "licencia de manejo", "licencia de conduccion", "carteira de motorista",
                             // Round 7: a national card named in English ("National ID:", "ID card", "Identity card No.").
                             "national id", "id card", "identity card", "national identity card", "identity document", "national id number",
                             "cedula de residencia", "carne de residente", "carnet de residente", "titulo de eleitor",
                             // Round 6: acronyms written with periods ("C.U.I.L.", "D.P.I.", "R.U.C.", "N.I.T.").
                             "c u i t", "c u i l", "d p i", "d u i", "r u c", "n i t", "c i p", "r t n"])
            + l(.curp, true, ["c u r p"])
            // Round 6: record and file numbers by other names — Argentina's "Legajo", "Expte.", Brazil's "RH" (registro
            // hospitalar), a claim's or an authorisation's number, dotted acronyms ("N.S.S.", "M.R.N.", "N.H.C.").
            + l(.medicalRecord, true, ["expte", "expdte", "expd", "rh", "m r n", "n h c", "h c l", "h c u"])
            + l(.medicalRecord, false, ["legajo", "claim", "autorizacion", "authorization", "kardex"])
            // Round 7: a family's or a child's health record ("Historia de salud familiar", Bolivia's "carnet de salud
            // infantil"), an employee's or a badge's number.
            + l(.medicalRecord, true, ["historia de salud familiar", "historia de salud", "carnet de salud",
                                       "carne de salud", "carnet de salud infantil", "ficha familiar", "historia clinica familiar",
                                       "employee id", "employee number", "badge", "badge number",
                                       // Round 8: the labels' feminine forms ("afiliada 0801199904412"), Mexico's IMSS "agregado"
                                       // (the suffix of the NSS naming the beneficiary: "Agregado 1M1955OR"), a hospital account.
                                       "afiliada", "n afiliada", "agregado", "agregado medico", "hospital account", "har",
                                       "account number", "acct number", "numero de cuenta", "enc", "encounter number", "visit number",
                                       "numero de historia", "numero de expediente", "numero de ficha"])
            + l(.medicalRecord, true, ["expediente", "exp", "historia clinica", "hc", "h c", "hcu", "hcl", "nhc", "mrn",
                                       "medical record", "medical record number", "afiliacion", "afiliado", "prontuario",
                                       "cartao sus", "autogenerado", "ficha clinica", "n afiliado",
                                       // Brazil's insurance card ("carteirinha 882 441 0098712 002").
                                       "carteirinha", "carteira", "carteira do convenio", "n carteirinha",
                                       // Insurance numbers: "Seguro Social:", "N° Asegurado:", "Credencial", "N° de socio".
                                       "seguro social", "numero de seguro social", "credencial", "n asegurado", "nro asegurado",
                                       "numero de asegurado", "n socio", "n beneficiario",
                                       // Public insurers and social-security funds whose member number follows their name:
                                       // AR PAMI/IOMA/obra social, MX IMSS/ISSSTE, EC IESS, PE EsSalud/SIS, CL FONASA/ISAPRE,
                                       // CR CCSS, PA CSS/"S.S.", NI INSS, HN IHSS, SV ISSS, GT IGSS, DO ARS/SENASA, PY IPS, CO EPS.
                                       "pami", "ioma", "osde", "obra social", "prepaga", "imss", "issste", "iess", "issfa",
                                       "isspol", "essalud", "sis", "fonasa", "isapre", "ccss", "css", "inss", "ihss", "isss",
                                       "igss", "ars", "senasa", "ips", "eps", "s s", "unimed", "med rec", "medical rec"])
            // "SS#: 219-09-9999": the short form of a Social Security number, weak ("SS 0,9%" is saline).
            + l(.ssn, false, ["ss"])
            + l(.ssn, true, ["soc sec", "social sec", "soc sec no"])
            // Round 7: Mexico's IMSS number is the country's social-security number (the corpora since HeldOut4: SSN).
            + l(.ssn, true, ["nss", "n s s"])
            // Registrations written abbreviated with a period: Guatemala's "Col. 2217", Cuba's "Reg. 44187".
            + l(.cedula, false, ["col", "reg", "registro sanitario", "senescyt"])
            + l(.medicalRecord, false, ["historia", "registro", "record", "chart", "ficha", "orden", "atencion", "dau",
                                        "muestra", "account", "sus", "cuenta",
                                        // Layout numbers of lab reports, discharge summaries and prescriptions: "Folio:",
                                        // "N° de solicitud:", "Episodio:", "Accession #", "Encounter:", "ID:", "Póliza:".
                                        "folio", "solicitud", "episodio", "accession", "specimen", "encounter", "visit", "id", "poliza",
                                        "policy", "protocolo", "codigo", "cod", "acct", "fin", "csn", "requisition", "peticion", "pedido",
                                        "boleta", "receta", "referencia", "caso", "case", "barcode", "paciente", "patient", "beneficiario",
                                        // Round 8: an order's and a specimen's number in English ("Order # ORD-5512093").
                                        "order", "order number", "specimen number", "sample", "file", "file number",
                                        "seguro", "asegurado", "socio",
                                        // Round 7: Chile's SAME (the public hospitals' record number), Uruguay's "carpeta".
                                        "same", "carpeta",
                                        // Round 7: an insurance card's group beside its policy ("Group #: G-5501").
                                        "group", "group number",
                                        // Admission numbers: "N° de internación:", "Nº hospitalización:", "Admisión:".
                                        "internacion", "hospitalizacion", "admision", "ingreso hospitalario", "atendimento",
                                        "admission", "adm", "hospital record", "registro hospitalar",
                                        // "Hospital #: 77812", "MR#: 55123" — only before ":" or "#", since "Mr." and "Hospital 12 de Octubre".
                                        "hospital", "hosp", "mr", "hist"])
        return all.sorted { $0.words.count > $1.words.count }
    }()

    static let byLastWord: [String: [Label]] = Dictionary(grouping: labels, by: { $0.words[$0.words.count - 1] })
}
