/// Dates of birth: a date right after a birth cue. Visit dates, lab dates and other dates are kept.
struct DateOfBirthScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var result: [PHISpan] = []
        for i in context.tokens.indices where context.cueEnds(before: i, cues: Self.cues) {
            // "F. Nac. .......: 17/12/1990": the dot leaders of table-like headers separate a label from its value.
            let gap = context.gap(after: i - 1)
            let leader = !gap.contains("\n") && gap.contains("..") && gap.unicodeScalars.allSatisfy { " \t.:".unicodeScalars.contains($0) }
            guard leader || context.gapIsLight(after: i - 1, allowing: ".:,-(") else { continue }
            var start = i
            while start < context.tokens.count, ["el", "on", "en", "the"].contains(context.folded[start]) { start += 1 }
            if let end = DateParser.dateEnd(context, from: start) {
                result.append(PHISpan(kind: .birthDate, range: context.tokens[start].start..<context.tokens[end].end, priority: 7))
            }
        }
        return result
    }

    static let cues: [[String]] = [
        ["fecha", "de", "nacimiento"], ["f", "de", "nacimiento"], ["fecha", "nac"], ["f", "nac"], ["fnac"], ["fn"],
        ["nacido", "el"], ["nacida", "el"], ["nacio", "el"], ["nacido"], ["nacida"], ["nacio"], ["nacimiento"],
        ["dob"], ["d", "o", "b"], ["date", "of", "birth"], ["birth", "date"], ["birthdate"], ["born"], ["born", "on"],
        ["fecha", "de", "nac"], ["data", "de", "nascimento"], ["nascido", "em"], ["nascimento"], ["nascida", "em"],
        ["f", "de", "nac"], ["fec", "nac"],
        // Brazil's "Data nasc.:", "Dt. nasc.", "DN:"; "Fecha nac.", "Nac.:" on forms; "D.O.B".
        ["data", "nasc"], ["dt", "nasc"], ["data", "de", "nasc"], ["dn"], ["nasc"], ["nac"],
        ["f", "n"], ["fech", "nac"], ["fe", "nac"], ["f", "nacimiento"], ["fecha", "nacimiento"], ["d", "o", "b"], ["birth"],
    ]
}

/// Recognizes a date starting at a token: 12/03/1985, 1985-03-12, 12 de marzo de 1985, March 12, 1985, 12 Mar 1985.
enum DateParser {
    /// The index of the date's last token, or nil when no date starts at `i`.
    static func dateEnd(_ c: TokenizedText, from i: Int) -> Int? {
        let t = c.tokens
        guard i < t.count else { return nil }
        // Numeric: d/m/y, y-m-d, with "/", "-" or ".".
        if t[i].isNumber, i + 2 < t.count, t[i + 1].isNumber, t[i + 2].isNumber {
            let g1 = c.gap(after: i), g2 = c.gap(after: i + 1)
            if ["/", "-", "."].contains(g1), g1 == g2 {
                let lens = [t[i].digits, t[i + 1].digits, t[i + 2].digits]
                if (lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 4 || lens[2] == 2)) || (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) {
                    return i + 2
                }
            }
        }
        // "12 de marzo de 1985", "12 marzo 1985", "12-mar-1985", "12 March 1985"
        if t[i].isNumber, t[i].digits <= 2 {
            var j = i + 1
            if j < t.count, c.folded[j] == "de" { j += 1 }
            if j < t.count, isMonth(c.folded[j]) {
                var k = j + 1
                if k < t.count, c.folded[k] == "de" || c.folded[k] == "del" { k += 1 }
                if k < t.count, t[k].isNumber, t[k].digits == 4 { return k }
            }
        }
        // "March 12, 1985", "marzo 12 de 1985"
        if isMonth(c.folded[i]), i + 1 < t.count, t[i + 1].isNumber, t[i + 1].digits <= 2 {
            var k = i + 2
            if k < t.count, c.folded[k] == "de" { k += 1 }
            if k < t.count, t[k].isNumber, t[k].digits == 4 { return k }
        }
        return nil
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
