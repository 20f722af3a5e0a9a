/// E-mail addresses and phone numbers (Latin American, US and international formats).
struct ContactScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] { emails() + phones() }

    private func emails() -> [PHISpan] {
        let s = context.text.scalars
        var result: [PHISpan] = []
        for at in s.indices where s[at] == "@" {
            var lo = at
            while lo > 0, isLocalPart(s[lo - 1]) { lo -= 1 }
            var hi = at + 1
            while hi < s.count, isDomainPart(s[hi]) { hi += 1 }
            while hi > at + 1, s[hi - 1] == "." || s[hi - 1] == "-" { hi -= 1 }
            let domain = context.text.string((at + 1)..<hi)
            guard lo < at, domain.contains("."), !domain.hasPrefix(".") else { continue }
            result.append(PHISpan(kind: .email, range: lo..<hi, priority: 10))
        }
        return result
    }

    private func isLocalPart(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && (TextFolding.isLetter(c) || TextFolding.isDigit(c))) || "._%+-".unicodeScalars.contains(c)
    }

    private func isDomainPart(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && (TextFolding.isLetter(c) || TextFolding.isDigit(c))) || c == "." || c == "-"
    }

    /// A run of digits with phone separators. Accepted with a leading "+", after a phone cue, or when it is
    /// long and grouped like a phone number (never a date, a dose or a blood pressure).
    private func phones() -> [PHISpan] {
        let s = context.text.scalars
        var result: [PHISpan] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            let startsRun = c == "+" || c == "(" || TextFolding.isDigit(c)
            // Round 8: "0991234567/0987654321": a second phone right after a slash that closes the first.
            let afterPhone = i > 0 && s[i - 1] == "/" && result.last?.range.upperBound == i - 1
            let afterWordChar = !afterPhone && i > 0 && (TextFolding.isLetter(s[i - 1]) || TextFolding.isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "/" || s[i - 1] == ",")
            guard startsRun, !afterWordChar else { i += 1; continue }
            var j = i
            var digits = 0
            var groups = 0
            var inDigits = false
            var separators = ""
            while j < s.count {
                let d = s[j]
                if TextFolding.isDigit(d) {
                    digits += 1
                    if !inDigits { groups += 1; inDigits = true }
                } else if d == " " || d == "-" || d == "." || d == "(" || d == ")" || (d == "+" && j == i) {
                    // A separator must be followed (within 2) by a digit.
                    guard let next = lookaheadDigit(s, from: j + 1, within: 2) , next else { break }
                    if d == " ", j > i, s[j - 1] == " " { break }
                    inDigits = false
                    if d != "+" { separators.unicodeScalars.append(d) }
                } else {
                    break
                }
                j += 1
            }
            // Trim trailing separators.
            var end = j
            while end > i, !TextFolding.isDigit(s[end - 1]), s[end - 1] != ")" { end -= 1 }
            if end > i, accept(start: i, end: end, digits: digits, groups: groups, separators: separators) {
                // "(5521-8834)": a parenthesis opening the run but closing after it is the sentence's, not an area code's.
                let open = s[i] == "(" && !s[(i + 1)..<end].contains(")") ? i + 1 : i
                result.append(PHISpan(kind: .phone, range: open..<end, priority: 6))
                i = end
            } else if end > i, hasPhoneCue(before: i), serviceRightBefore(i) {
                // Round 8: a service's line is skipped whole ("Tel. servicio 601 842 0090": no "842 0090" read after it).
                i = end
            } else {
                // Skip the rest of this number so its tail is not read as a new run.
                var k = i + 1
                while k < s.count, TextFolding.isDigit(s[k]) { k += 1 }
                i = k
            }
        }
        return result
    }

    private func lookaheadDigit(_ s: [Unicode.Scalar], from: Int, within: Int) -> Bool? {
        var k = from
        while k < s.count, k < from + within {
            if TextFolding.isDigit(s[k]) { return true }
            if !(s[k] == "(" || s[k] == " ") { return false }
            k += 1
        }
        return false
    }

    private func accept(start: Int, end: Int, digits: Int, groups: Int, separators: String) -> Bool {
        guard digits >= 7, digits <= 15 else { return false }
        let text = context.text.string(start..<end)
        if isDateShaped(text) { return false }
        // Round 7: "(2026-11-01)", "7.2 (2026-11-01)": a date in parentheses, alone or after a value, is no phone.
        if text.split(separator: "(").contains(where: { isDateShaped(String($0).trimmingSpaces) }) { return false }
        // Thousands-dotted numbers ("12.345.678") are identifiers or amounts, not phones, unless cued.
        let cued = hasPhoneCue(before: start)
        if text.hasPrefix("+") { return digits >= 8 }
        // Round 8: "Tel. servicio 601 842 0090", "Tel. del laboratorio …": a cue naming a service is the institution's line.
        if cued, serviceRightBefore(start) { return false }
        if cued { return true }
        // Round 7: "se avisa a la esposa al 099 123 456", "reached at 555-0142", "contact at 8812 3456": a call's "al" / "at"
        // right before a number in phone groups (two digits or more each, no unit after it: "al 1 000 000 UI" is a dose).
        // Round 8: Chile's mobiles open with a one-digit group ("9 7731 2288"): a first group of one digit before groups of
        // three or more.
        let callGroups = String(text.drop(while: { $0 == "(" || $0 == "+" })).split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == ")" || $0 == "(" })
        if digits <= 11, callPrepositionBefore(start), !unitAfter(end),
           callGroups.allSatisfy({ $0.count >= 2 }) || callGroups.count >= 3 && callGroups.dropFirst().allSatisfy({ $0.count >= 3 }) { return true }
        // Round 7: "(hijo) 71560293", "acompañante (prima) 6677-0399": a relative's noun in parentheses right before it.
        if digits <= 10, kinInParenthesesBefore(start) { return true }
        // Round 7: "trabaja en la capital (5521-8834)", "pide informe (099 318 442)": a number of seven to ten digits in
        // two to four groups, alone in its parentheses, is a phone (a range, a year span or a count is not written so).
        let inner = String(text.drop(while: { $0 == "(" }))
        if digits <= 10, groups >= 2, groups <= 4, aloneInParentheses(start: start, end: end), !institutionBefore(start),
           inner.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).allSatisfy({ $0.count >= 2 }),
           !Self.isYearSpan(inner), !(inner.split(separator: "-").count == 2 && inner.split(separator: "-").allSatisfy { $0.hasSuffix("00") }) { return true }
        let dotsOnly = !separators.isEmpty && separators.unicodeScalars.allSatisfy { $0 == "." }
        if dotsOnly { return false }
        // "150000-450000", "4000-11000": a reference range of round counts, not a phone.
        let parts = text.split(separator: "-")
        if parts.count == 2, parts.allSatisfy({ $0.hasSuffix("00") }) { return false }
        return digits >= 10 && groups >= 2 && groups <= 5
    }

    /// "al", "at", "to", "por el" just before the number, on its line.
    private func callPrepositionBefore(_ offset: Int) -> Bool {
        let i = context.tokenIndex(atOrAfter: offset)
        // Round 8: "Se avisa a su pareja … al\n9 7731 2288": the call's "al" closing its line, the number opening the next.
        guard i >= 1, i - 1 < context.tokens.count, [" ", " ("].contains(context.gap(after: i - 1)) || Self.oneLineBreak(context.gap(after: i - 1)) else { return false }
        guard ["al", "at", "to", "ao", "pelo"].contains(context.folded[i - 1]) else { return false }
        // "Informes al 01 411 6200", "Citas al …", "Turnos al …": a service's line is the institution's, not the patient's.
        return !(i >= 2 && (ContactPairScanner.serviceWords.contains(context.folded[i - 2]) || Self.serviceLineWords.contains(context.folded[i - 2])))
    }

    /// The word right before the number (after a phone cue) names a service or a unit: "Tel. servicio", "Tel. laboratorio".
    private func serviceRightBefore(_ offset: Int) -> Bool {
        let i = context.tokenIndex(atOrAfter: offset)
        guard i >= 2, context.gap(after: i - 1) == " ", Self.phoneCues.contains(context.folded[i - 2]) || ["del", "de"].contains(context.folded[i - 2]) else { return false }
        let f = context.folded[i - 1]
        // (Not "consultorio", "office": a clinician's own practice is the clinician's phone, which the corpora count.)
        return ["servicio", "service", "laboratorio", "lab", "clinica", "hospital", "unidad", "sala", "piso", "ward", "unit", "guardia", "emergencia", "urgencias"].contains(f)
    }

    static let serviceLineWords: Set<String> = ["turnos", "reservas", "consultas", "atencion", "orientacion", "linea", "line", "hotline", "call"]

    /// A unit or a percent right after the number: a dose or a count, not a phone.
    private func unitAfter(_ end: Int) -> Bool {
        let s = context.text.scalars
        var k = end
        while k < s.count, s[k] == " " { k += 1 }
        if k < s.count, s[k] == "%" { return true }
        let i = context.tokenIndex(atOrAfter: k)
        guard i < context.tokens.count, context.tokens[i].start == k else { return false }
        return LabelledIdentifierScanner.units.contains(context.folded[i]) || ["ui", "iu", "unidades", "units", "mil", "pesos", "usd", "dolares"].contains(context.folded[i])
    }

    /// "Clínica San Rafael (2222-3333)", "Laboratorio Central (2245-1100)": an institution's word a few words before, on
    /// the line — the institution's phone, which the corpora do not count as the patient's.
    private func institutionBefore(_ offset: Int) -> Bool {
        var k = context.tokenIndex(atOrAfter: offset) - 1
        var seen = 0
        while k >= 0, seen < 5 {
            if NameScanner.institutionWords.contains(context.folded[k]) || ContactPairScanner.serviceWords.contains(context.folded[k]) { return true }
            if context.gap(after: k).contains("\n") { return false }
            k -= 1
            seen += 1
        }
        return false
    }

    /// "(" right before the number and ")" right after it.
    private func aloneInParentheses(start: Int, end: Int) -> Bool {
        let s = context.text.scalars
        let open = s[start] == "(" ? start : start - 1
        guard open >= 0, s[open] == "(", end < s.count, s[end] == ")" else { return false }
        // "(314) 555-0187" opens with an area code's parentheses: it is read by the other rules.
        return !context.text.string((open + 1)..<end).contains(")")
    }

    /// "2019-2023", "1998 - 2004": a span of years.
    static func isYearSpan(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " })
        return parts.count == 2 && parts.allSatisfy { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
    }

    /// A relative's or companion's noun in parentheses just before the number: "(hijo) 7156…", "(madre): 7788 …".
    private func kinInParenthesesBefore(_ offset: Int) -> Bool {
        let i = context.tokenIndex(atOrAfter: offset)
        guard i >= 1, i - 1 < context.tokens.count else { return false }
        let gap = context.gap(after: i - 1)
        guard gap.hasPrefix(")"), gap.count <= 4, !gap.contains("\n") else { return false }
        let f = context.folded[i - 1]
        return RoleWords.kin.contains(f) || NameScanner.kinWords.contains(f) || Self.companionWords.contains(f)
    }

    static let companionWords: Set<String> = [
        "esposa", "esposo", "pareja", "companera", "companero", "acompanante", "tutor", "tutora", "cuidadora", "cuidador",
        "vecina", "vecino", "amiga", "amigo", "wife", "husband", "spouse", "partner", "caregiver", "friend", "neighbor",
        "madre", "padre", "hija", "hijo", "hermana", "hermano", "abuela", "abuelo", "nieta", "nieto", "sobrina", "sobrino",
        "prima", "primo", "tia", "tio", "suegra", "suegro", "cunada", "cunado", "mama", "papa", "nuera", "yerno",
        "mother", "father", "daughter", "son", "sister", "brother", "mae", "pai", "filha", "filho", "irma", "irmao",
    ]

    private func isDateShaped(_ text: String) -> Bool {
        let groups: [Int] = Array(text.unicodeScalars).split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }).map { $0.count }
        return groups == [2, 2, 4] || groups == [4, 2, 2] || groups == [1, 2, 4] || groups == [2, 1, 4] || groups == [1, 1, 4]
    }

    /// Spaces around exactly one line break ("\n", " \n  "): a cue closing its line before a value opening the next.
    static func oneLineBreak(_ gap: String) -> Bool {
        gap.unicodeScalars.count <= 8 && gap.filter({ $0 == "\n" }).count == 1 && gap.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" })
    }

    private func hasPhoneCue(before offset: Int) -> Bool {
        let i = context.tokenIndex(atOrAfter: offset)
        var k = i - 1
        var seen = 0
        // Round 8: "tel\n8756 2201", "Celular:\n 0991 234 567": a phone's cue closing its line, the number opening the next.
        if k >= 0, Self.phoneCues.contains(context.folded[k]), Self.oneLineBreak(context.gap(after: k).replacingColon) { return true }
        // "Contacto de emergencia: Laura Vargas, 8845-2210": the cue may sit a name away, on the same line.
        while k >= 0, seen < 8 {
            // "180 cel/ul", "cel/mm3", "cel/campo": cells per unit of volume, not a mobile phone's cue.
            if Self.phoneCues.contains(context.folded[k]), !context.gap(after: k).hasPrefix("/") { return true }
            if context.gap(after: k).contains("\n") { return false }
            k -= 1
            seen += 1
        }
        return false
    }

    static let phoneCues: Set<String> = [
        "tel", "tel.", "telefono", "telefonos", "cel", "celular", "movil", "phone", "cell", "mobile", "contacto",
        "whatsapp", "tlf", "fono", "telf", "tfno", "fax", "llamar", "contact", "home", "work", "numero", "ph",
        // Round 5: a call written in prose ("atención por llamada telefónica al 8844-2019", "se comunica al celular",
        // "liguei para o telefone", "called at", "texted") and messaging apps by their short names.
        "telefonica", "telefonico", "telefonicamente", "llamada", "llamadas", "celulares", "wsp", "whats", "zap", "pager",
        // Round 7: more abbreviations and phrasings of a phone ("Telef.", "Tfo.", "fijo", "reached at", "recado").
        "telef", "tfo", "tlfno", "fijo", "reached", "reachable", "recado", "recados", "cellphone", "landline", "telephone",
        "beeper", "call", "called", "calls", "sms", "telefone", "fone", "contato", "ligar", "ligacao", "texted", "text",
        // Round 8: plurals of the abbreviations ("Tels. 4471-3308 y 4471-3309", "Cels.", "Fonos").
        "tels", "cels", "fonos", "tlfs", "telfs", "phones", "contactos", "telefones",
    ]
}

private extension String {
    /// The gap without one colon or period after a cue word ("Tel.:\n" reads as "\n").
    var replacingColon: String { String(unicodeScalars.drop(while: { $0 == ":" || $0 == "." }).map(Character.init)) }

    /// The text without its leading and trailing spaces and closing parentheses.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == ")" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
