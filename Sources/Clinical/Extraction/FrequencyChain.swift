/// A medication's frequency read as the one verbatim span the note writes it in (round 9): the timing parts of one
/// instruction and what lies between them — "c/8h x 7 días", "q4h and q2h PRN", "en la mañana y 8 UI en la noche",
/// "c/20 min x 3, luego c/4 hs", "de 12/12 horas e se falta de ar", "1 comp c/12h por 10 días, con alimentos".
///
/// Why a span and not the parts glued together: the parts alone ("en la mañana en la noche", "c/12h luego c/24h")
/// lose the second dose and the course that a doctor reads in the instruction, and are not what the note says.
/// Parts join only across what belongs to the same instruction (a dose, a route, a coordinator, "luego"); a line
/// break, a ";" or a sentence's end closes it.
struct FrequencyChain {
    let text: TokenizedText

    enum Kind { case timing, course }

    /// The verbatim span from the first timing part to the last part joined to it and that part's last token, or nil
    /// when there is only one part.
    func span(of parts: [(start: Int, end: Int, kind: Kind)], limit: Int) -> (String, Int)? {
        let sorted = parts.sorted { $0.start < $1.start }
        guard let first = sorted.firstIndex(where: { $0.kind == .timing }) else { return nil }
        var start = sorted[first].start
        var end = sorted[first].end
        var joined = 1
        // "hasta c/8 hs si dolor", "até 3x ao dia", "up to q6h", "repetir en 1 hora", "a pasar en 2 h": the word that bounds it.
        if start > 0, text.gap(after: start - 1) == " ", Self.leadingWords.contains(text.folded[start - 1]),
           text.folded[start - 1] != "to" || start > 1 && text.folded[start - 2] == "up" {
            start -= 1
            if start > 0, ["a", "up"].contains(text.folded[start - 1]) && ["pasar", "to"].contains(text.folded[start]), text.gap(after: start - 1) == " " { start -= 1 }
            joined += 1
        }
        for part in sorted[(first + 1)...] where part.start > end {
            guard joins(from: end, to: part.start) else { break }
            end = part.end
            joined += 1
        }
        // "c/20 min x 3", "q5min x3 PRN": a bare count of doses after a timing is the course.
        if let count = bareCount(after: end, limit: limit) {
            end = count
            joined += 1
        }
        // "una vez por semana (los lunes)", "1x ao dia (uso contínuo)": the instruction's own parenthesis.
        if let closing = parenthesisEnd(after: end, limit: limit) {
            end = closing
            joined += 1
        }
        guard joined >= 2 else { return nil }
        var result = text.text.string(text.tokens[start].start..<text.tokens[end].end)
        // "cada 12 horas (8 am y 2 pm)": a parenthesis the span opened is closed with it.
        if result.filter({ $0 == "(" }).count > result.filter({ $0 == ")" }).count, text.gap(after: end).hasPrefix(")") { result += ")" }
        return (result, end)
    }

    /// The course that starts at token `k`: "x 7 días", "por 10 días más", "for 5 more days", "x 2 doses", "x 7d",
    /// "x 48 h", "por 3 veces", "hasta completar 7 días", "to complete 10 days"; the index of its last token.
    func courseEnd(at k: Int, limit: Int) -> Int? {
        let f = text.folded
        let t = text.tokens
        var j = k
        if ["hasta", "to", "ate"].contains(f[j]), j + 1 <= limit, ["completar", "complete", "completing", "completo"].contains(f[j + 1]) { j += 2 }
        else if ["completar", "complete", "completing"].contains(f[j]) { j += 1 }
        else if Self.courseOpeners.contains(f[j]) { j += 1 }
        else { return nil }
        guard j <= limit else { return nil }
        // "x 7d", "x 2wk": the number glued to its unit.
        if t[j].digits > 0, t[j].letters > 0 {
            let unit = String(f[j].drop { $0.isNumber })
            return f[j].prefix(while: { $0.isNumber }).count == t[j].digits && Self.courseUnits.contains(unit) ? more(after: j, limit: limit) : nil
        }
        guard t[j].isNumber || MedicationExtractor.countWords.contains(f[j]) && f[j] != "once", j + 1 <= limit else { return nil }
        var u = j + 1
        if ["more", "mas", "additional", "adicionales"].contains(f[u]), u + 1 <= limit { u += 1 }
        guard Self.courseUnits.contains(f[u]) else { return nil }
        // "3 veces al día", "two times a day": a count per day is a frequency, not a course.
        if ["veces", "times"].contains(f[u]), u + 1 <= limit, ["al", "por", "a", "per", "daily", "diarias", "diario"].contains(f[u + 1]) { return nil }
        return more(after: u, limit: limit)
    }

    /// "por 7 días más", "x 5 días mas": the trailing "more" belongs to the course.
    private func more(after u: Int, limit: Int) -> Int {
        u + 1 <= limit && ["mas", "more"].contains(text.folded[u + 1]) && text.gap(after: u) == " " ? u + 1 : u
    }

    /// True when only the same instruction's words lie between token `end` and token `next`.
    private func joins(from end: Int, to next: Int) -> Bool {
        guard next - end - 1 <= 6 else { return false }
        for k in end..<next {
            let gap = text.gap(after: k)
            if gap.contains("\n") || gap.contains(";") || gap.contains(":") { return false }
            if gap.contains("."), !(text.tokens[k].isNumber && text.tokens[k + 1].isNumber), !MedicationExtractor.dottedAbbreviations.contains(text.folded[k]) { return false }
            if k > end, !isInstructionWord(k) { return false }
        }
        return true
    }

    /// A dose, a unit, a route or a coordinator: "y 8 UI", "and", ", luego 2 mg VO", "e 6 UI SC".
    private func isInstructionWord(_ k: Int) -> Bool {
        let f = text.folded[k]
        let token = text.tokens[k]
        if token.isNumber { return true }
        // "x3": a count of doses.
        if token.letters == 1, f.hasPrefix("x"), token.digits > 0 { return true }
        if token.digits > 0, token.letters > 0 { return MedicationExtractor.doseUnits.contains(String(f.drop { $0.isNumber })) }
        // "8 mg/h", "1 mg/kg": a rate's or a weight's denominator.
        if text.gap(after: k - 1) == "/", ["h", "hr", "min", "kg", "m2", "dia", "d"].contains(f) { return true }
        return MedicationExtractor.doseUnits.contains(f) || MedicationExtractor.routes.contains(f) || Self.linkWords.contains(f)
            || f == "mgkg" || f == "kg"
    }

    /// "c/20 min x 3" then a comma, a "luego" or the instruction's end: a count of doses.
    private func bareCount(after end: Int, limit: Int) -> Int? {
        let f = text.folded
        let t = text.tokens
        guard end + 1 <= limit else { return nil }
        var j = end + 1
        if f[j] == "x", text.gap(after: end) == " ", j + 1 <= limit, t[j + 1].isNumber, t[j + 1].digits == 1 { j += 1 }
        else if t[j].digits == 1, t[j].letters == 1, f[j].hasPrefix("x"), text.gap(after: end) == " " {}
        else { return nil }
        guard j == limit || text.gap(after: j).contains(where: { ",.;)\n".contains($0) }) || j + 1 < t.count && Self.closers.contains(f[j + 1]) else { return nil }
        return j
    }

    /// A parenthesis opened right after token `end`, closed on the same line within a few words and telling when or how
    /// long (a day, a number, "uso continuo", "max"), not why ("(maduración pulmonar)"): its last token.
    private func parenthesisEnd(after end: Int, limit: Int) -> Int? {
        guard text.gap(after: end).trimmingWhitespace() == "(" else { return nil }
        var k = end + 1
        var tellsWhen = false
        while k <= limit, k - end <= 8 {
            if text.tokens[k].digits > 0 || Self.parenthesisTimingWords.contains(text.folded[k]) { tellsWhen = true }
            let gap = text.gap(after: k)
            if gap.contains("\n") || gap.contains("(") { return nil }
            if gap.hasPrefix(")") { return tellsWhen ? k : nil }
            k += 1
        }
        return nil
    }

    static let parenthesisTimingWords: Set<String> = [
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "lun", "mar", "mie", "jue", "vie", "sab", "dom",
        "segunda", "terca", "quarta", "quinta", "sexta", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "uso", "continuo", "continua", "cronico", "max", "maximo",
        "maxima", "complete", "completar", "ajustar", "titular", "titrate", "am", "pm", "manana", "noche", "morning", "night",
    ]

    /// "a las 22 h", "a las 22:00 hrs", "a las 6 pm", "às 22h", "at 0900", "at 10 pm": a clock time; the index of its last token.
    func clockTimeEnd(at k: Int, limit: Int) -> Int? {
        let f = text.folded
        let t = text.tokens
        var j: Int
        if f[k] == "a", k + 1 <= limit, ["las", "la"].contains(f[k + 1]) { j = k + 2 }
        else if ["as", "at"].contains(f[k]) { j = k + 1 }
        else { return nil }
        guard j <= limit, t[j].digits > 0, text.gap(after: j - 1) == " " else { return nil }
        let hour = f[j].prefix { $0.isNumber }
        let glued = String(f[j].dropFirst(hour.count))
        if t[j].letters > 0 { return Self.clockUnits.contains(glued) ? j : nil }
        if hour.count == 4, f[k] == "at" { return j }
        guard hour.count <= 2, (Int(hour) ?? 99) <= 24 else { return nil }
        if j + 1 <= limit, text.gap(after: j) == ":", t[j + 1].isNumber, t[j + 1].digits == 2 { j += 1 }
        if j + 1 <= limit, Self.clockUnits.contains(f[j + 1]), text.gap(after: j) == " " { return j + 1 }
        return j > k + 2 || f[k] == "a" && j == k + 2 && text.gap(after: j - 1) == " " && (j + 1 > limit || !t[j + 1].isWord) ? j : nil
    }

    /// "a 125 ml/h", "a 120 cc/h", "at 100 mL/hr", "a 2 mg/min": an infusion's rate written as how it runs; its last token.
    func rateEnd(at k: Int, limit: Int) -> Int? {
        let f = text.folded
        let t = text.tokens
        guard ["a", "at"].contains(f[k]), k + 3 <= limit, t[k + 1].isNumber, text.gap(after: k) == " " else { return nil }
        var n = k + 1
        while n + 1 <= limit, t[n + 1].isNumber, [".", ","].contains(text.gap(after: n)) { n += 1 }
        guard n + 2 <= limit, text.gap(after: n) == " ", ["ml", "cc", "mcg", "mg", "ui", "u", "gotas", "gts"].contains(f[n + 1]),
              text.gap(after: n + 1) == "/", ["h", "hr", "hora", "min"].contains(f[n + 2]) else { return nil }
        return n + 2
    }

    static let clockUnits: Set<String> = ["h", "hs", "hrs", "horas", "am", "pm"]
    static let leadingWords: Set<String> = ["hasta", "ate", "to", "repetir", "repeat", "pasar"]
    static let courseOpeners: Set<String> = ["x", "por", "for", "durante", "during"]
    static let courseUnits: Set<String> = [
        "dias", "dia", "days", "day", "d", "semanas", "semana", "weeks", "week", "wk", "wks", "meses", "mes", "months", "month",
        "dosis", "doses", "dose", "veces", "times", "noches", "nights", "noite", "noites", "h", "hs", "hrs", "horas", "hours",
    ]
    static let linkWords: Set<String> = ["x", "y", "e", "and", "luego", "then", "despues", "depois", "ademas", "also", "tambien", "via"]
    static let closers: Set<String> = ["luego", "then", "despues", "depois", "prn", "sos", "si", "se", "y", "e", "and"]
}
