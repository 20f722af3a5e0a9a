/// The summary's medication lines: one per drug as the extraction lists it, except that drugs the note writes as one
/// combination ("salbutamol + ipratropio 4 puff c/6h", "budesonide/formoterol 160/4.5 mcg") stay one line in the note's
/// own words, a name keeps the remark the note writes right after it ("Influenza (quadrivalent, inactivated)", "triple
/// viral (SRP)", "metformina (Glucophage)"), and a duration already inside the frequency ("c/12h por 5 días si dolor") is
/// not written twice (round 7).
enum SummaryMedicationLines {
    static func lines(_ medications: [Medication], note: String) -> [String] {
        let reader = NoteText(note)
        var result: [String] = []
        var k = 0
        while k < medications.count {
            let m = medications[k]
            if k + 1 < medications.count, let joiner = reader.joiner(between: m.name, and: medications[k + 1].name) {
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

    /// The medication as `Medication.rendered` writes it, under the summary's name for it.
    static func render(name: String, _ m: Medication) -> String {
        var named = m
        named.name = name
        return named.rendered
    }
}

/// The note's scalars with their folded forms, to find a folded name and read what the note writes after it (scalars,
/// not Characters: a 56 KB note is searched once per drug).
struct NoteText {
    let chars: [Unicode.Scalar]
    let folded: [Unicode.Scalar]
    let origin: [Int]

    init(_ text: String) {
        chars = Array(text.unicodeScalars)
        // Folding keeps one scalar per scalar for almost every note: fold once, map one to one; fold scalar by scalar only
        // when the lengths differ.
        let whole = Array(TextFolding.fold(text).unicodeScalars)
        if whole.count == chars.count {
            folded = whole
            origin = Array(0..<chars.count)
            return
        }
        var f: [Unicode.Scalar] = [], o: [Int] = []
        for (n, c) in chars.enumerated() {
            for g in TextFolding.fold(String(Character(c))).unicodeScalars { f.append(g); o.append(n) }
        }
        folded = f
        origin = o
    }

    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func string(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: chars[range])
        return String(v)
    }

    /// True when `needle` lies in `folded` at `start`, compared in place.
    func matches(_ needle: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= folded.count else { return false }
        for (n, c) in needle.enumerated() where folded[start + n] != c { return false }
        return true
    }

    /// Whole-word positions of a folded needle. The word-start test runs last: a scalar property lookup costs more than
    /// comparing a few scalars, and most places that share the needle's first letter do not hold the needle.
    func positions(_ needle: [Unicode.Scalar]) -> [Int] {
        guard let first = needle.first, folded.count >= needle.count else { return [] }
        var result: [Int] = []
        for start in 0...(folded.count - needle.count) where folded[start] == first && matches(needle, at: start)
            && (start == 0 || !folded[start - 1].properties.isAlphabetic) { result.append(start) }
        return result
    }

    /// "salbutamol" then "ipratropio": the joiner the note writes between them ("+", " + ", "/"), or nil.
    func joiner(between a: String, and b: String) -> String? {
        let na = Self.scalars(TextFolding.fold(a)), nb = Self.scalars(TextFolding.fold(b))
        guard !na.isEmpty, !nb.isEmpty else { return nil }
        for at in positions(na) {
            for joiner in [" + ", "+", "/", " / ", " +", "+ "] {
                let j = Self.scalars(joiner)
                if matches(j, at: at + na.count), matches(nb, at: at + na.count + j.count) { return joiner }
            }
        }
        return nil
    }

    /// "Influenza" → "Influenza (quadrivalent, inactivated)" when the note writes that remark right after the name: a short
    /// parenthesis on the same line, without figures (a dose's remark is no part of the name); "Neumococo conjugada" →
    /// "Neumococo conjugada 13v", "COVID-19 mRNA" → "COVID-19 mRNA 2026-2027 formula": a valence or a season written
    /// between the name and its dose.
    func withRemark(_ name: String) -> String {
        let needle = Self.scalars(TextFolding.fold(name) + " ")
        guard needle.count > 1 else { return name }
        // The first mention that writes a remark or a valence after the name.
        for at in positions(needle) {
            let after = origin[at + needle.count - 1] + 1
            // Round 8: "ampi/sulbactam", "pip/tazo": a partner glued before the name with a slash is part of it as written.
            let named = gluedPartner(before: origin[at]) + name
            let written = after < chars.count && chars[after] == "(" ? parenthesis(named, from: after) : valence(named, from: after)
            if written != named { return written }
            // Round 8: "Clotrimazol crema vaginal 1%", "Diclofenaco dietilamonio gel": a topical form written after the name.
            let form = topicalForm(from: after)
            if !form.isEmpty { return named + " " + form }
            if named != name { return named }
        }
        return name
    }

    /// "ampi/" before "sulbactam": three letters or more glued to the name by a slash, or nothing.
    func gluedPartner(before start: Int) -> String {
        guard start >= 4, chars[start - 1] == "/" else { return "" }
        var k = start - 1
        while k > 0, chars[k - 1].properties.isAlphabetic { k -= 1 }
        guard start - 1 - k >= 3, k == 0 || chars[k - 1] == " " || chars[k - 1] == "\n" || chars[k - 1] == "(" else { return "" }
        return string(k..<start)
    }

    /// Up to three form words written right after the name ("crema vaginal", "gel", "ungüento oftálmico"); tablets and
    /// capsules are no part of a name.
    func topicalForm(from start: Int) -> String {
        var words: [String] = []
        var k = start
        while words.count < 3 {
            while k < chars.count, chars[k] == " " { k += 1 }
            var end = k
            while end < chars.count, chars[end].properties.isAlphabetic { end += 1 }
            guard end > k, Self.formWords.contains(TextFolding.fold(string(k..<end))) else { break }
            words.append(string(k..<end))
            k = end
        }
        return words.joined(separator: " ")
    }

    static let formWords: Set<String> = [
        "crema", "cream", "gel", "unguento", "ointment", "pomada", "locion", "lotion", "ovulos", "ovulo", "ovules", "vaginal",
        "oftalmico", "oftalmica", "ophthalmic", "colirio", "topico", "topica", "topical", "otico", "otica", "transdermico",
        "parche", "patch", "dietilamonio", "dietilamina",
    ]

    func parenthesis(_ name: String, from after: Int) -> String {
        var close = after + 1
        while close < chars.count, close - after <= 40, chars[close] != ")", chars[close] != "\n", chars[close] != "(" { close += 1 }
        guard close < chars.count, chars[close] == ")", close > after + 1 else { return name }
        let remark = string(after..<(close + 1))
        return remark.contains(where: { $0.isNumber }) ? name : name + " " + remark
    }

    /// Up to three words between the name and its dose, one of them holding a figure ("13v", "9-valent", "2026-2027"),
    /// none a dose count ("3ra", "1st"), the word "dosis"/"dose", a glued dose, a route or an interval.
    func valence(_ name: String, from start: Int) -> String {
        var k = start
        var words: [String] = []
        var current = String.UnicodeScalarView()
        while k < chars.count, chars[k] != "\n", words.count <= 4 {
            if chars[k] == " " { if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() } } else { current.append(chars[k]) }
            k += 1
        }
        if !current.isEmpty { words.append(String(current)) }
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
}
