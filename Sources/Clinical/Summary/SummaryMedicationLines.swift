/// The summary's medication lines: one per drug as the extraction lists it, except that drugs the note writes as one
/// combination ("salbutamol + ipratropio 4 puff c/6h", "budesonide/formoterol 160/4.5 mcg") stay one line in the note's
/// own words, a name keeps the remark the note writes right after it ("Influenza (quadrivalent, inactivated)", "triple
/// viral (SRP)", "metformina (Glucophage)"), and a duration already inside the frequency ("c/12h por 5 días si dolor") is
/// not written twice (round 7).
enum SummaryMedicationLines {
    static func lines(_ medications: [Medication], note: String) -> [String] {
        let folded = TextFolding.fold(note)
        let reader = NoteText(note)
        var result: [String] = []
        var k = 0
        while k < medications.count {
            let m = medications[k]
            if k + 1 < medications.count, let joiner = combinationJoiner(m.name, medications[k + 1].name, in: folded) {
                let next = medications[k + 1]
                // The partners share what is written after the last one; the first keeps its own when it has any.
                let details = next.dose != nil || next.frequency != nil ? next : m
                result.append(render(name: reader.withRemark(m.name) + joiner + reader.withRemark(next.name), details))
                k += 2
                continue
            }
            result.append(render(name: reader.withRemark(m.name), m))
            k += 1
        }
        return result
    }

    /// The text between two drug names written as one combination ("+", "/", " + "), or nil when the note never joins them.
    static func combinationJoiner(_ first: String, _ second: String, in folded: String) -> String? {
        let a = TextFolding.fold(first), b = TextFolding.fold(second)
        guard !a.isEmpty, !b.isEmpty else { return nil }
        return [" + ", "+", "/", " / ", " +", "+ "].first { folded.hasSubstring(a + $0 + b) }
    }

    /// "amoxicilina 500 mg VO cada 8 horas por 7 días", without repeating a duration the frequency already holds.
    static func render(name: String, _ m: Medication) -> String {
        var parts = [name]
        if let dose = m.dose { parts.append(m.unit.map { $0 == "%" ? "\(dose)%" : "\(dose) \($0)" } ?? dose) }
        if let route = m.route { parts.append(route) }
        if let frequency = m.frequency { parts.append(frequency) }
        if let duration = m.duration, !(m.frequency.map { TextFolding.fold($0).hasSubstring(TextFolding.fold(duration)) } ?? false) { parts.append(duration) }
        return parts.joined(separator: " ")
    }
}

/// The note's characters with their folded forms, to find a folded name and read what the note writes after it.
struct NoteText {
    let chars: [Character]
    let folded: [Character]
    let origin: [Int]

    init(_ text: String) {
        chars = Array(text)
        var f: [Character] = [], o: [Int] = []
        for (n, c) in chars.enumerated() {
            for g in TextFolding.fold(String(c)) { f.append(g); o.append(n) }
        }
        folded = f
        origin = o
    }

    /// "Influenza" → "Influenza (quadrivalent, inactivated)" when the note writes that remark right after the name: a short
    /// parenthesis on the same line, without figures (a dose's remark is no part of the name); "Neumococo conjugada" →
    /// "Neumococo conjugada 13v", "COVID-19 mRNA" → "COVID-19 mRNA 2026-2027 formula": a valence or a season written
    /// between the name and its dose.
    func withRemark(_ name: String) -> String {
        let withParenthesis = parenthesis(after: name)
        return withParenthesis != name ? withParenthesis : valence(after: name)
    }

    /// Up to three words between the name and its dose, one of them holding a figure ("13v", "9-valent", "2026-2027"),
    /// none a dose count ("3ra", "1st") or the word "dosis"/"dose".
    func valence(after name: String) -> String {
        let needle = Array(TextFolding.fold(name) + " ")
        guard let at = find(needle) else { return name }
        var k = origin[at + needle.count - 1] + 1
        var words: [String] = []
        var current = ""
        while k < chars.count, chars[k] != "\n", words.count <= 4 {
            if chars[k] == " " { if !current.isEmpty { words.append(current); current = "" } } else { current.append(chars[k]) }
            k += 1
        }
        if !current.isEmpty { words.append(current) }
        var taken: [String] = []
        for (n, w) in words.enumerated() {
            let f = TextFolding.fold(w)
            let isAmount = w.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } && n + 1 < words.count
            if isAmount || ["dosis", "dose", "refuerzo", "booster"].contains(f) || isDoseCount(f) || w.contains("(") { break }
            // "Losartán 50mg VO cada 24 horas": a dose glued to its unit, a route or an interval ends the name's words.
            if isGluedDose(f) || Self.notNameWords.contains(f) || f.hasPrefix("c/") || f.hasPrefix("q") && f.dropFirst().first?.isNumber == true { return name }
            taken.append(w)
            if taken.count > 3 { return name }
        }
        guard !taken.isEmpty, taken.count < words.count, taken.contains(where: { $0.contains(where: \.isNumber) }),
              !taken.contains(where: { $0.hasSuffix(",") || $0.hasSuffix(".") || $0.hasSuffix(":") }) else { return name }
        return name + " " + taken.joined(separator: " ")
    }

    static let notNameWords: Set<String> = ["vo", "iv", "ev", "im", "sc", "po", "sl", "cada", "every", "each", "x", "por", "via", "oral", "bid", "tid", "daily", "diario"]

    /// "50mg", "10ml", "0.5ml", "1g", "20ui": a dose written without a space before its unit.
    func isGluedDose(_ f: String) -> Bool {
        let digits = f.prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard !digits.isEmpty else { return false }
        return ["mg", "mcg", "g", "ml", "ui", "u", "units", "ug", "%", "cc", "gotas", "mg/dia"].contains(String(f.dropFirst(digits.count)))
    }

    func isDoseCount(_ f: String) -> Bool {
        guard f.first?.isNumber == true else { return false }
        let letters = String(f.filter { $0.isLetter })
        return ["ra", "da", "er", "ro", "do", "ta", "to", "a", "o", "st", "nd", "rd", "th", "era"].contains(letters) && !f.contains("-")
    }

    /// The first whole-word position of a folded needle.
    func find(_ needle: [Character]) -> Int? {
        guard !needle.isEmpty, folded.count >= needle.count else { return nil }
        for start in 0...(folded.count - needle.count) where folded[start] == needle[0]
            && (start == 0 || !folded[start - 1].isLetter) && Array(folded[start..<(start + needle.count)]) == needle { return start }
        return nil
    }

    func parenthesis(after name: String) -> String {
        let needle = Array(TextFolding.fold(name) + " (")
        guard needle.count > 2, folded.count >= needle.count else { return name }
        var start = 0
        while start + needle.count <= folded.count {
            if folded[start] == needle[0], Array(folded[start..<(start + needle.count)]) == needle,
               start == 0 || !folded[start - 1].isLetter {
                let open = origin[start + needle.count - 1]
                var close = open + 1
                while close < chars.count, close - open <= 40, chars[close] != ")", chars[close] != "\n", chars[close] != "(" { close += 1 }
                guard close < chars.count, chars[close] == ")", close > open + 1 else { return name }
                let remark = String(chars[open...close])
                return remark.contains(where: { $0.isNumber }) ? name : name + " " + remark
            }
            start += 1
        }
        return name
    }
}
