/// Dates of birth: a date right after a birth cue. Visit dates, lab dates and other dates are kept.
struct DateOfBirthScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var result: [PHISpan] = []
        let t = context.tokens
        for i in t.indices where i > 0 && (Self.cueLastWords.contains(context.folded[i - 1]) || context.text.scalars[t[i].start - 1] == "(") {
            // "45 años (15/03/1979)", "Edad: 67 a (n. 12/04/1959)": a full date in parentheses after the age is the birth date.
            if let (start, end) = dateAfterAge(at: i) {
                result.append(PHISpan(kind: .birthDate, range: t[start].start..<t[end].end, priority: 7))
                continue
            }
            guard Self.cueLastWords.contains(context.folded[i - 1]) else { continue }
            // "F/N:", "F/Nac.", "Fec/Nac": the words of a birth label joined by a slash.
            let slashed = slashCueEnds(before: i)
            guard slashed || context.cueEnds(before: i, cues: Self.cues) else { continue }
            var i = i
            // "Fecha de nacimiento (dd/mm/aaaa): 05/09/1966": the form's hint of the date's format is no part of the value.
            var hinted = false
            if let after = formatHintEnd(from: i) { i = after; hinted = true }
            // "F. Nac. .......: 17/12/1990": the dot leaders of table-like headers separate a label from its value.
            let gap = context.gap(after: i - 1)
            let leader = !gap.contains("\n") && gap.contains("..") && gap.unicodeScalars.allSatisfy { " \t.:".unicodeScalars.contains($0) }
            // Round 6: "F. Nac. | 12/03/1979", "**Fecha de nacimiento:** 02/05/1990": a table's bar or a bold mark around the
            // label separates it from its value as a colon does.
            let cell = !gap.contains("\n") && gap.unicodeScalars.count <= 8 && gap.unicodeScalars.allSatisfy { " \t.:*_|".unicodeScalars.contains($0) }
                && (gap.contains("|") || gap.contains("*"))
            // "Fecha de nacimiento:\n12/03/1979": the value alone on the next line.
            let nextLine = LabelledIdentifierScanner.valueOnNextLine(gap)
            guard leader || cell || nextLine || context.gapIsLight(after: i - 1, allowing: hinted ? ".:,-()" : ".:,-(") else { continue }
            var start = i
            while start < context.tokens.count, ["el", "on", "en", "the"].contains(context.folded[start]) { start += 1 }
            // "Lugar y fecha de nacimiento: Maturín, 26/04/1988", "Born: Lima, 3 de mayo de 1960": the place of birth
            // (up to three capitalised words and a comma) before the date.
            if DateParser.dateEnd(context, from: start) == nil {
                var p = start
                while p < t.count, p - start < 3, t[p].isWord, t[p].isCapitalized, context.gap(after: p) == " " { p += 1 }
                if p < t.count, p + 1 < t.count, t[p].isWord, t[p].isCapitalized, [", ", " - ", ","].contains(context.gap(after: p)) { start = p + 1 }
            }
            if let end = DateParser.dateEnd(context, from: start), !nextLine || end + 1 >= t.count || context.gap(after: end).contains("\n") {
                result.append(PHISpan(kind: .birthDate, range: context.tokens[start].start..<context.tokens[end].end, priority: 7))
            } else if start < t.count, Self.undividedDate(t[start]) {
                // Round 6: "FN: 12031979", "DOB 19790312": a date typed without separators, read so only after a birth
                // label (a record number after "HC:" stays a record number).
                result.append(PHISpan(kind: .birthDate, range: t[start].start..<t[start].end, priority: 7))
            }
        }
        return result
    }

    /// Eight digits that read as a day, month and year (ddmmyyyy, or yyyymmdd) of the last 120 years.
    static func undividedDate(_ token: TextToken) -> Bool {
        guard token.isNumber, token.digits == 8 else { return false }
        let d = token.text.compactMap { $0.wholeNumberValue }
        let first = d[0] * 10 + d[1], second = d[2] * 10 + d[3]
        let lastYear = d[4] * 1000 + d[5] * 100 + d[6] * 10 + d[7], firstYear = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]
        let month = d[4] * 10 + d[5], day = d[6] * 10 + d[7]
        if (1900...2100).contains(lastYear), (1...31).contains(first), (1...12).contains(second) || (1...12).contains(first) && (1...31).contains(second) { return true }
        return (1900...2100).contains(firstYear) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// "F/N", "F/Nac", "Fec/Nac", "Fecha/Nac": the label's two words joined by "/" end right before token `i`.
    private func slashCueEnds(before i: Int) -> Bool {
        guard i >= 2, ["n", "nac", "nacim", "nacimiento", "nasc"].contains(context.folded[i - 1]),
              ["/", "/ ", " / "].contains(context.gap(after: i - 2)), ["f", "fec", "fecha", "fech", "dt", "data"].contains(context.folded[i - 2]) else { return false }
        return i < 3 || !context.tokens[i - 3].isNumber || context.gap(after: i - 3).contains("\n") || context.gap(after: i - 3).contains(" ")
    }

    /// The token after a parenthesised format hint ("(dd/mm/aaaa)", "(DD-MM-YYYY)", "(día/mes/año)") that starts at `i`.
    private func formatHintEnd(from i: Int) -> Int? {
        guard i < context.tokens.count, context.gap(after: i - 1).hasSuffix("(") else { return nil }
        var k = i
        while k < context.tokens.count, k - i < 4, Self.formatWords.contains(context.folded[k]) {
            if context.gap(after: k).hasPrefix(")") { return k + 1 < context.tokens.count ? k + 1 : nil }
            k += 1
        }
        return nil
    }

    static let formatWords: Set<String> = ["dd", "mm", "aaaa", "aa", "yyyy", "yy", "dia", "mes", "ano", "day", "month", "year"]

    /// The last token of a full date (four-digit year) in parentheses right after an age, "n." or "nac." allowed first.
    private func dateAfterAge(at i: Int) -> (Int, Int)? {
        let t = context.tokens
        guard i >= 2, context.gap(after: i - 1).hasSuffix("("), !context.gap(after: i - 1).contains("\n") else { return nil }
        let unit = context.folded[i - 1]
        let age = ["anos", "ano", "a", "years", "yo", "y"].contains(unit) && t[i - 2].isNumber && t[i - 2].digits <= 3
            || t[i - 1].digits >= 1 && t[i - 1].digits <= 3 && t[i - 1].letters == 1 && ["a", "y"].contains(String(unit.unicodeScalars.last!))
        guard age else { return nil }
        // "HTA hace 5 años (12/03/2021)", "DM2 desde hace 10 años (…)": a duration dates a diagnosis, not a birth.
        let number = t[i - 1].letters == 1 && t[i - 1].digits > 0 ? i - 1 : i - 2
        for b in max(0, number - 3)..<number where Self.durationWords.contains(context.folded[b]) { return nil }
        // "masculino de 45 años (…)" is the patient's age; "DM2 de 10 años (…)" a disease's.
        if number >= 2, context.folded[number - 1] == "de", !NameScanner.sexWords.union(NameScanner.patientWords).contains(context.folded[number - 2]) { return nil }
        var start = i
        if ["n", "nac", "fn", "dob", "nacido", "nacida", "nacio", "born", "b"].contains(context.folded[start]), start + 1 < t.count { start += 1 }
        guard let end = DateParser.dateEnd(context, from: start), t[end].digits == 4 || t[start].digits == 4 else { return nil }
        return (start, end)
    }

    static let durationWords: Set<String> = ["hace", "desde", "durante", "por", "x", "ago", "for", "since", "tras", "luego", "after"]

    static let cueLastWords: Set<String> = Set(cues.map { $0[$0.count - 1] }).union(["n", "nac", "nacim", "nacimiento", "nasc", "fdn"])

    static let cues: [[String]] = [
        ["fecha", "de", "nacimiento"], ["f", "de", "nacimiento"], ["fecha", "nac"], ["f", "nac"], ["fnac"], ["fn"],
        ["nacido", "el"], ["nacida", "el"], ["nacio", "el"], ["nacido"], ["nacida"], ["nacio"], ["nacimiento"],
        ["dob"], ["d", "o", "b"], ["date", "of", "birth"], ["birth", "date"], ["birthdate"], ["born"], ["born", "on"],
        ["fecha", "de", "nac"], ["data", "de", "nascimento"], ["nascido", "em"], ["nascimento"], ["nascida", "em"],
        ["f", "de", "nac"], ["fec", "nac"],
        // Brazil's "Data nasc.:", "Dt. nasc.", "DN:"; "Fecha nac.", "Nac.:" on forms; "D.O.B".
        ["data", "nasc"], ["dt", "nasc"], ["data", "de", "nasc"], ["dn"], ["nasc"], ["nac"],
        ["f", "n"], ["fdn"], ["f", "de", "n"], ["fech", "nac"], ["fe", "nac"], ["f", "nacimiento"], ["fecha", "nacimiento"], ["d", "o", "b"], ["birth"],
    ]
}

/// Recognizes a date starting at a token: 12/03/1985, 1985-03-12, 12 de marzo de 1985, March 12, 1985, 12 Mar 1985.
enum DateParser {
    /// The index of the date's last token, or nil when no date starts at `i`.
    static func dateEnd(_ c: TokenizedText, from i: Int) -> Int? {
        let t = c.tokens
        guard i < t.count else { return nil }
        // Round 6: "21JUL1994", "03ene1960": a date written as one token.
        if t[i].letters >= 3, t[i].digits >= 3, gluedDate(c.folded[i]) { return i }
        // Numeric: d/m/y, y-m-d, with "/", "-" or "." ("21 / 07 / 1994" spaced too).
        if t[i].isNumber, i + 2 < t.count, t[i + 1].isNumber, t[i + 2].isNumber {
            let g1 = c.gap(after: i).trimmingWhitespace(), g2 = c.gap(after: i + 1).trimmingWhitespace()
            if ["/", "-", "."].contains(g1), g1 == g2, c.gap(after: i).count <= 3, c.gap(after: i + 1).count <= 3 {
                let lens = [t[i].digits, t[i + 1].digits, t[i + 2].digits]
                if (lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 4 || lens[2] == 2)) || (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) {
                    return i + 2
                }
            }
        }
        // Round 6: "21-VII-1994", "3/XI/1958", "21.VII.94", "21 VII 1994": a Roman month between day and year.
        if t[i].isNumber, t[i].digits <= 2, i + 2 < t.count, romanMonths.contains(t[i + 1].text.uppercased()), t[i + 1].isAllCaps || t[i + 1].letters == 1,
           t[i + 2].isNumber, [2, 4].contains(t[i + 2].digits) {
            let g1 = c.gap(after: i), g2 = c.gap(after: i + 1)
            if ["/", "-", ".", " "].contains(g1), g1 == g2 { return i + 2 }
        }
        // "12 de marzo de 1985", "12 marzo 1985", "12-mar-1985", "12 March 1985"; round 6: "1o. de mayo de 1990", "21st
        // July 1994", "21 jul 94", "21 de julio del 94" (a two-digit year after a month's name).
        if isDay(t[i], c.folded[i]) {
            var j = i + 1
            if j < t.count, c.folded[j] == "de" || c.folded[j] == "of" { j += 1 }
            if j < t.count, isMonth(c.folded[j]) {
                var k = j + 1
                if k < t.count, c.folded[k] == "de" || c.folded[k] == "del" { k += 1 }
                if k < t.count, t[k].isNumber, t[k].digits == 4 || t[k].digits == 2 && !c.gap(after: k - 1).contains("\n") { return k }
            }
        }
        // "March 12, 1985", "marzo 12 de 1985"; round 6: "July 21st, 1994".
        if isMonth(c.folded[i]), i + 1 < t.count, isDay(t[i + 1], c.folded[i + 1]) {
            var k = i + 2
            if k < t.count, c.folded[k] == "de" { k += 1 }
            if k < t.count, t[k].isNumber, t[k].digits == 4 { return k }
        }
        // Round 6: "1994 Jul 21", "1994-jul-21": the year first with the month's name.
        if t[i].isNumber, t[i].digits == 4, i + 2 < t.count, isMonth(c.folded[i + 1]), t[i + 2].isNumber, t[i + 2].digits <= 2 { return i + 2 }
        return nil
    }

    /// A day of the month: "21", "1o", "1ro", "21st", "3rd", "1º".
    private static func isDay(_ token: TextToken, _ folded: String) -> Bool {
        guard token.digits >= 1, token.digits <= 2 else { return false }
        if token.isNumber { return true }
        guard token.letters <= 2, let firstLetter = folded.firstIndex(where: { $0.isLetter }) else { return false }
        return ordinalSuffixes.contains(String(folded[firstLetter...])) && folded[..<firstLetter].allSatisfy { $0.isNumber }
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "o", "ro", "er", "do", "to", "vo", "mo", "no", "a", "º", "°"]
    static let romanMonths: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// "21jul1994", "03ene60": day, month's abbreviation, year in one folded token.
    private static func gluedDate(_ folded: String) -> Bool {
        let chars = Array(folded)
        var i = 0
        while i < chars.count, chars[i].isNumber { i += 1 }
        guard (1...2).contains(i) else { return false }
        var j = i
        while j < chars.count, chars[j].isLetter { j += 1 }
        guard isMonth(String(chars[i..<j])), chars.count - j == 4 || chars.count - j == 2 else { return false }
        return chars[j...].allSatisfy { $0.isNumber }
    }

    static func isMonth(_ folded: String) -> Bool { months.contains(folded) }

    static let months: Set<String> = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct",
        "nov", "dic", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "apr", "aug", "dec", "janeiro", "fevereiro", "marco", "maio", "junho", "julho",
        "setembro", "outubro", "novembro", "dezembro",
    ]
}
