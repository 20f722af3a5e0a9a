/// Round 9: a record's number of three to five digits after a file's word that needs no colon elsewhere only for six
/// digits ("Legajo 4412.", "Carpeta 5521 -", "Kardex 331,", "Chart 8812"): the label written as a label — capitalised, after
/// a numbering word or a possessive ("su legajo 4412") — and the number closing its clause. Not a count with its unit
/// ("Ficha 250 ml"), a year ("Legajo 2019"), a part of a range or a list ("Carpeta 3 de 5").
extension LabelledIdentifierScanner {
    func shortRecordNumbers() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        for k in t.indices where k + 1 < t.count && Self.shortNumberLabels.contains(context.folded[k]) {
            let before = k >= 1 ? context.folded[k - 1] : ""
            // "Paciente de 70 años, legajo 55213, internado": a fact of a list after its comma.
            let listed = k >= 1 && [", ", "; ", " - ", " | "].contains(context.gap(after: k - 1))
            guard t[k].isCapitalized || listed || Self.numberingWords.contains(before) || ["su", "el", "del", "seu", "do", "his", "her"].contains(before) else { continue }
            var v = k + 1
            // "Legajo N° 4412", "Chart # 5521": the numbering word between.
            if Self.numberingWords.contains(context.folded[v]), v + 1 < t.count, !context.gap(after: k).contains("\n") { v += 1 }
            let gap = context.gap(after: v - 1)
            guard gap.contains(" "), gap.unicodeScalars.count <= 4, gap.unicodeScalars.allSatisfy({ " #:.°º".unicodeScalars.contains($0) }),
                  t[v].isNumber, (3...5).contains(t[v].digits) else { continue }
            if t[v].digits == 4, let n = Int(t[v].text), (1900...2099).contains(n) { continue }
            let after = v + 1 < t.count ? context.gap(after: v) : "\n"
            guard after.contains("\n") || [".", ",", ";", ")", " -", " –", " |", "  "].contains(where: { after.hasPrefix($0) }) else { continue }
            // "Ficha 331.5", "Carpeta 331,5": a decimal.
            if v + 1 < t.count, [".", ","].contains(after), t[v + 1].isNumber { continue }
            result.append(PHISpan(kind: .medicalRecord, range: t[v].start..<t[v].end, priority: 10))
        }
        return result
    }

    /// Files' words whose short numbers are a record's ("Legajo" is Argentina's and Uruguay's patient or staff file).
    static let shortNumberLabels: Set<String> = ["legajo", "carpeta", "kardex", "chart", "ficha", "prontuario", "expediente", "historia", "folio"]
}
