/// A contact is written as a name and a phone side by side ("Tanya Moore, 313-555-0147", "su hijo Ricardo Pinzón
/// (6677-0342)", "Luis Peña - 7788-1020"), so each reveals the other: two to four name words right before a phone
/// are a name, and a short phone-shaped number (seven to nine digits in two or three groups, as Central America and
/// the Andes write them) right after a name is a phone, which without its neighbour could be any number.
struct ContactPairScanner {
    let context: TokenizedText
    let accepted: [PHISpan]

    func scan() -> [PHISpan] {
        var result: [PHISpan] = []
        for span in accepted where span.kind == .phone {
            if let name = name(before: span) { result.append(name) }
        }
        for span in accepted where span.kind == .name {
            if let phone = phone(after: span) { result.append(phone) }
        }
        return result.filter { new in !accepted.contains(where: { $0.range.overlaps(new.range) }) }
    }

    private func covered(_ k: Int) -> Bool { accepted.contains { $0.range.contains(context.tokens[k].start) } }

    /// Two to four capitalised name words ending right before the phone, after ", ", " (", " - " or a space.
    private func name(before phone: PHISpan) -> PHISpan? {
        let t = context.tokens
        let p = context.tokenIndex(atOrAfter: phone.range.lowerBound)
        guard p >= 2, p < t.count else { return nil }
        let joint = context.gap(after: p - 1).filter { $0 != " " && $0 != "(" && $0 != "+" }
        guard ["", ",", "-", "–", ":"].contains(joint), !context.gap(after: p - 1).contains("\n") else { return nil }
        var start = p - 1
        var words = 0
        while start >= 0, words < 4, nameWord(start) {
            words += 1
            guard start > 0, context.gap(after: start - 1) == " " else { break }
            if !nameWord(start - 1) { break }
            start -= 1
        }
        // Round 7: "Rosa 8845 2210 / Pedro 8812 3456": a known given name alone before a phone names its owner too.
        guard words >= 2 || words == 1 && GivenNames.contains(context.folded[start]), !covered(start), !covered(p - 1) else { return nil }
        // "Clínica San Rafael (2222-3333)": words after an institution's noun name the institution.
        if start > 0, !context.gap(after: start - 1).contains("\n"), NameScanner.institutionWords.contains(context.folded[start - 1]) { return nil }
        if NameScanner.particles.contains(context.folded[start]) { return nil }
        return PHISpan(kind: .name, range: t[start].start..<t[p - 1].end, priority: 4)
    }

    private func nameWord(_ k: Int) -> Bool {
        let token = context.tokens[k]
        let f = context.folded[k]
        guard token.isWord, token.letters >= 2, token.isCapitalized, !token.isAllCaps else { return false }
        return !NameScanner.notNames.contains(f) && !NameScanner.titleWords.contains(f) && !NameScanner.institutionWords.contains(f)
            && !(RoleWords.kin.contains(f) && !RoleWords.givenNames.contains(f)) && !ContactScanner.phoneCues.contains(f) && !DateParser.isMonth(f)
            && DrugLexicon.byFirstWord[f] == nil && !Self.serviceWords.contains(f) && !ConditionWords.isCondition(f)
            && !["logia", "logy", "iatria", "iatrics", "ics"].contains(where: { f.hasSuffix($0) })
    }

    /// The scalar index after "al ", "at ", "(hijo) ", "(madre): " starting at `i`, or nil.
    private func connective(from i: Int) -> Int? {
        let s = context.text.scalars
        var k = i
        if s[k] == "(" || (k > 0 && s[k - 1] == "(") {
            if s[k] == "(" { k += 1 }
            var word = ""
            while k < s.count, TextFolding.isLetter(s[k]), word.unicodeScalars.count < 14 { word.unicodeScalars.append(s[k]); k += 1 }
            let f = TextFolding.fold(word)
            guard k < s.count, s[k] == ")", RoleWords.kin.contains(f) || NameScanner.kinWords.contains(f) || ContactScanner.companionWords.contains(f) else { return nil }
            k += 1
            while k < s.count, s[k] == " " || s[k] == ":" { k += 1 }
            return k
        }
        for word in ["al ", "at ", "to "] {
            let w = Array(word.unicodeScalars)
            if k + w.count < s.count, Array(s[k..<(k + w.count)]) == w { return k + w.count }
        }
        return nil
    }

    /// Services and departments written before a clinic's phone ("Internal Medicine, (555) 201-7788").
    static let serviceWords: Set<String> = [
        "medicine", "internal", "family", "surgery", "cirugia", "department", "dept", "departamento", "services", "service",
        "associates", "group", "health", "salud", "care", "center", "office", "oficina", "unit", "ward", "lab", "laboratory",
        "pharmacy", "farmacia", "emergency", "urgencias", "admisiones", "admissions", "citas", "appointments", "informes",
        "central", "general", "nacional", "regional", "municipal", "social", "seguro", "clinic", "clinics",
    ]

    /// A seven-to-nine-digit number in two or three groups of two digits or more, right after the name.
    private func phone(after name: PHISpan) -> PHISpan? {
        let s = context.text.scalars
        var i = name.range.upperBound
        var joint = 0
        // Round 7: "Esposa (Marta) 7788-1299": the name's own closing parenthesis before the number.
        if i < s.count, s[i] == ")", name.range.lowerBound > 0, s[name.range.lowerBound - 1] == "(" { i += 1 }
        while i < s.count, [" ", ",", "(", "-", "–"].contains(s[i]), joint < 4 { i += 1; joint += 1 }
        // Round 7: "Maritza Flores, al 9765-1299", "Fidel Quispe (hijo) 71560293", "Ana Ruiz (madre): 8845 2210": a call's
        // "al"/"at" or the relative's noun in parentheses between the name and the number.
        if i + 3 < s.count, joint > 0, let skipped = connective(from: i) { i = skipped }
        guard joint > 0, i < s.count, TextFolding.isDigit(s[i]) else { return nil }
        let start = i
        var groups: [Int] = []
        var run = 0
        var separators = 0
        while i < s.count {
            if TextFolding.isDigit(s[i]) { run += 1; i += 1; continue }
            if (s[i] == "-" || s[i] == " "), run > 0, i + 1 < s.count, TextFolding.isDigit(s[i + 1]) {
                groups.append(run); run = 0; separators += 1; i += 1; continue
            }
            break
        }
        if run > 0 { groups.append(run) }
        let digits = groups.reduce(0, +)
        // Round 7: one undivided group of eight to ten digits is a mobile too ("Fidel Quispe Mamani (hijo) 71560293").
        let undivided = groups.count == 1 && (8...10).contains(digits)
        guard undivided || (7...9).contains(digits) && (2...3).contains(groups.count) && groups.allSatisfy({ $0 >= 2 }) else { return nil }
        // "12-03-2024", "2024 03 12": a date beside a name (a visit's, a birth's) is no phone.
        if groups.count == 3, groups.first == 4 || groups.last == 4 { return nil }
        // "2019-2023": a span of years.
        let text = context.text.string(start..<i)
        if groups == [4, 4], text.hasPrefix("19") || text.hasPrefix("20") { return nil }
        // Followed by a letter ("… 1234 5678 mg") or a decimal it is a measurement, not a phone.
        if i < s.count, TextFolding.isLetter(s[i]) || s[i] == "." && i + 1 < s.count && TextFolding.isDigit(s[i + 1]) || s[i] == "/" { return nil }
        return PHISpan(kind: .phone, range: start..<i, priority: 6)
    }
}
