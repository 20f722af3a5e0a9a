/// Table-like header blocks of lab reports and discharge forms, where the labels stand on one line and their
/// values on the next, aligned in columns:
///
///     PACIENTE                 F. NAC.      EXPEDIENTE    CURP
///     CASTRO NUÑEZ ARMANDO     02/11/1959   LB-331907     CANA591102HGTSXR05
///
/// A line is a header row when at least two of its cells (separated by two spaces or a tab) are PHI field labels
/// (a name, a date of birth, an identifier or an address label) and none holds a colon; each value cell below a
/// recognised label (overlapping its columns) is PHI of that label's kind, whatever its check digit.
struct ColumnHeaderScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        let s = context.text.scalars
        var lines: [Range<Int>] = []
        var start = 0
        for k in 0..<s.count where s[k] == "\n" {
            lines.append(start..<k)
            start = k + 1
        }
        lines.append(start..<s.count)
        var result: [PHISpan] = []
        var n = 0
        while n + 1 < lines.count {
            let header = cells(lines[n])
            guard header.count >= 2, !lines[n].contains(where: { s[$0] == ":" }) else { n += 1; continue }
            let kinds = header.map { Self.kind(ofLabel: context.text.string($0)) }
            guard kinds.compactMap({ $0 }).count >= 2 else { n += 1; continue }
            let headerStart = lines[n].lowerBound
            // The next non-empty line holds the values.
            var v = n + 1
            while v < lines.count, cells(lines[v]).isEmpty { v += 1 }
            guard v < lines.count, v - n <= 2 else { n += 1; continue }
            let valueStart = lines[v].lowerBound
            let values = cells(lines[v])
            // Tab- or pipe-separated rows ("Nombre\tDNI\tFecha de nacimiento", "| Paciente | RUT |") align by cell, not by column.
            let separated = lines[n].contains(where: { s[$0] == "\t" || s[$0] == "|" })
            let tabbed = separated && values.count == header.count
            for (h, cell) in header.enumerated() {
                guard let kind = kinds[h] else { continue }
                if tabbed {
                    if let span = span(kind, values[h]) { result.append(span) }
                    continue
                }
                // The column of a header cell runs to the next header cell.
                let colStart = cell.lowerBound - headerStart
                let colEnd = h + 1 < header.count ? header[h + 1].lowerBound - headerStart : Int.max
                for value in values {
                    let a = value.lowerBound - valueStart, b = value.upperBound - valueStart
                    guard a < colEnd, b > colStart, a >= colStart - 3 else { continue }
                    if let span = span(kind, value) { result.append(span) }
                }
            }
            n = v + 1
        }
        return result
    }

    /// A value worth hiding: a name has letters, an identifier digits, a date of birth parses as a date.
    private func span(_ kind: PHIKind, _ range: Range<Int>) -> PHISpan? {
        let tokens = (context.tokenIndex(atOrAfter: range.lowerBound)..<context.tokenIndex(atOrAfter: range.upperBound))
        guard let first = tokens.first, let last = tokens.last else { return nil }
        let t = context.tokens
        switch kind {
        case .name:
            guard tokens.allSatisfy({ t[$0].isWord }), tokens.count >= 2 || t[first].letters >= 3 else { return nil }
        case .birthDate:
            guard DateParser.dateEnd(context, from: first) != nil else { return nil }
        case .address:
            break
        default:
            guard tokens.contains(where: { t[$0].digits > 0 }) else { return nil }
        }
        return PHISpan(kind: kind, range: t[first].start..<t[last].end, priority: 9)
    }

    /// Cells of a line: runs of text separated by two or more spaces, a tab or a table's "|".
    private func cells(_ line: Range<Int>) -> [Range<Int>] {
        let s = context.text.scalars
        var result: [Range<Int>] = []
        var k = line.lowerBound
        while k < line.upperBound {
            while k < line.upperBound, s[k] == " " || s[k] == "\t" || s[k] == "|" { k += 1 }
            guard k < line.upperBound else { break }
            let start = k
            var end = k
            while k < line.upperBound {
                if s[k] == "\t" || s[k] == "|" || (s[k] == " " && k + 1 < line.upperBound && s[k + 1] == " ") { break }
                if s[k] != " " { end = k + 1 }
                k += 1
            }
            result.append(start..<end)
        }
        return result
    }

    /// The PHI kind a column label announces ("PACIENTE", "F. NAC.", "EXPEDIENTE", "N° HC", "DNI"), or nil.
    static func kind(ofLabel label: String) -> PHIKind? {
        // Round 7: two labels sharing a column ("Cedula / Seguro Social", "DNI/Pasaporte", "HC o Expediente"): the first
        // that is a label names the value.
        let parts = label.split(separator: "/").map(String.init)
        if parts.count > 1 { return parts.lazy.compactMap { kind(ofSingleLabel: $0) }.first }
        return kind(ofSingleLabel: label)
    }

    private static func kind(ofSingleLabel label: String) -> PHIKind? {
        let words = TextFolding.fold(label).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty, words.count <= 5 else { return nil }
        let trimmed = Array(words.drop(while: { LabelledIdentifierScanner.filler.contains($0) }))
        guard !trimmed.isEmpty else { return nil }
        if DateOfBirthScanner.cues.contains(trimmed) { return .birthDate }
        if NameScanner.labelCues.contains(trimmed) || NameScanner.fieldCues.contains(trimmed) { return .name }
        if AddressScanner.fieldCues.contains(trimmed) { return .address }
        if let label = LabelledIdentifierScanner.labels.first(where: { $0.words == trimmed }) {
            // A national card's column is a DNI (round 7), as after the same label in prose.
            return label.kind == .cedula && LabelledIdentifierScanner.isNationalCard(label.words) ? .dni : label.kind
        }
        return nil
    }
}
