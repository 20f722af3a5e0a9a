/// A member number written after the insurer's name in an insurance field: "Plan médico: Triple-S  #880412977",
/// "Seguro: Rímac EPS N° 88120034", "ARS: Humano 12345678", "Aseguradora: MAPFRE  Póliza 1234567", "Insurance: Blue
/// Cross  ID XYZ123456789". The insurer (up to five capitalised words, a plan's short number such as "OSDE 210") stands
/// between the label and the number, so the number is no longer right after a label; it identifies the patient all
/// the same. The value needs five digits; a field without a number ("Seguro: no tiene", "Cobertura: FONASA B") is none.
struct InsurancePlanScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        var k = 0
        while k + 1 < t.count {
            guard Self.lastWords.contains(context.folded[k]), labelEnds(at: k), context.gap(after: k).contains(":"),
                  !context.gap(after: k).contains("\n"), let start = valueStart(after: k), let end = valueEnd(from: start) else { k += 1; continue }
            result.append(PHISpan(kind: .medicalRecord, range: t[start].start..<t[end].end, priority: 10))
            k = end + 1
        }
        return result
    }

    /// One of the insurance labels ends at token `k`.
    private func labelEnds(at k: Int) -> Bool {
        Self.labels.contains { words in
            let start = k - words.count + 1
            return start >= 0 && context.matchPhrase(words, at: start) == k + 1
        }
    }

    /// The first token of the member number after the insurer's name, or nil when the field holds none.
    private func valueStart(after label: Int) -> Int? {
        let t = context.tokens
        var j = label + 1
        var skipped = 0
        while j < t.count, skipped <= 5, !context.gap(after: j - 1).contains("\n"), !context.gap(after: j - 1).contains(";") {
            let gap = context.gap(after: j - 1)
            if t[j].digits > 0 {
                // "OSDE 210 - Afiliado …": a plan's short number belongs to the insurer's name.
                if t[j].isNumber, t[j].digits <= 3, skipped > 0, !(j + 1 < t.count && t[j + 1].isNumber && context.gap(after: j) == " ") {
                    j += 1
                    skipped += 1
                    continue
                }
                return skipped > 0 || gap.contains("#") ? j : nil
            }
            if gap.contains("#") { return nil }
            if LabelledIdentifierScanner.numberingWords.contains(context.folded[j]), t[j].isCapitalized || context.folded[j] == "#" {
                return j + 1 < t.count && t[j + 1].digits > 0 ? j + 1 : nil
            }
            if skipped > 0, let inner = LabelledIdentifierScanner.label(startingAt: j, in: context) {
                var v = inner.end
                while v < t.count, LabelledIdentifierScanner.filler.contains(context.folded[v]), !context.gap(after: v - 1).contains("\n") { v += 1 }
                return v < t.count && t[v].digits > 0 && !context.gap(after: v - 1).contains("\n") ? v : nil
            }
            guard t[j].isWord, t[j].isCapitalized else { return nil }
            j += 1
            skipped += 1
        }
        return nil
    }

    /// Digit groups joined by "-", "/", "." or single spaces, or one letter-digit code; five digits at least.
    private func valueEnd(from v: Int) -> Int? {
        let t = context.tokens
        var j = v
        var digits = t[v].digits
        while j + 1 < t.count, t[j + 1].digits > 0, ["-", "/", ".", " "].contains(context.gap(after: j)) {
            if context.gap(after: j) == " ", !(t[j].isNumber && t[j + 1].isNumber) { break }
            j += 1
            digits += t[j].digits
        }
        guard digits >= 5 else { return nil }
        // "Seguro: Pacífico 12000 soles" is an amount; "… 1500 mg" a dose.
        if j + 1 < t.count, context.gap(after: j) == " ", LabelledIdentifierScanner.units.contains(context.folded[j + 1]) { return nil }
        return j
    }

    static let labels: [[String]] = [
        ["plan", "medico"], ["plan", "de", "salud"], ["health", "plan"], ["seguro"], ["seguro", "medico"], ["aseguradora"],
        ["insurance"], ["insurer"], ["cobertura"], ["prepaga"], ["prepagada"], ["medicina", "prepagada"], ["obra", "social"],
        ["ars"], ["eps"], ["isapre"], ["convenio"], ["carrier"], ["payer"], ["plano", "de", "saude"], ["plano"], ["operadora"],
        ["entidad", "aseguradora"], ["empresa", "aseguradora"], ["financiador"], ["seguros"], ["primary", "insurance"],
        ["secondary", "insurance"], ["seguro", "de", "salud"], ["cobertura", "medica"], ["mutualista"], ["mutual"], ["iafas"],
    ]
    static let lastWords: Set<String> = Set(labels.map { $0[$0.count - 1] })
}
