/// National identifiers (validated by check digit where one exists) and medical record numbers (by cue).
struct IdentifierScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var spans: [PHISpan] = []
        let tokens = context.tokens
        for i in tokens.indices {
            spans.append(contentsOf: mexican(at: i))
            if let span = dottedOrDashedNumber(at: i) { spans.append(span) }
            if let span = cuedNumber(at: i) { spans.append(span) }
            if let span = medicalRecord(at: i) { spans.append(span) }
        }
        return spans
    }

    /// CURP (18) and RFC (12/13) as one token, or RFC written in three dashed parts.
    private func mexican(at i: Int) -> [PHISpan] {
        let t = context.tokens[i]
        var result: [PHISpan] = []
        if t.letters > 0, t.digits > 0 {
            let len = t.letters + t.digits
            if len == 18, NationalIDValidators.isValidCURP(t.text) {
                result.append(PHISpan(kind: .curp, range: t.start..<t.end, priority: 9))
            } else if len == 12 || len == 13, NationalIDValidators.isValidRFC(t.text) {
                result.append(PHISpan(kind: .rfc, range: t.start..<t.end, priority: 9))
            }
        }
        // "GODE-561231-GR8" / "GODE 561231 GR8"
        if t.isWord, t.letters == 3 || t.letters == 4, i + 2 < context.tokens.count {
            let mid = context.tokens[i + 1]
            let last = context.tokens[i + 2]
            if mid.isNumber, mid.digits == 6, last.letters + last.digits == 3,
               isJoiner(context.gap(after: i)), isJoiner(context.gap(after: i + 1)),
               NationalIDValidators.isValidRFC(t.text + mid.text + last.text) {
                result.append(PHISpan(kind: .rfc, range: t.start..<last.end, priority: 9))
            }
        }
        return result
    }

    private func isJoiner(_ gap: String) -> Bool { gap == "-" || gap == " " }

    /// Numbers written with separators: CPF "123.456.789-09", RUT "12.345.678-5", SSN "123-45-6789".
    private func dottedOrDashedNumber(at i: Int) -> PHISpan? {
        let tokens = context.tokens
        guard tokens[i].isNumber else { return nil }
        if i > 0, tokens[i - 1].isNumber, context.gap(after: i - 1) == "." || context.gap(after: i - 1) == "-" { return nil }
        // Gather number groups joined by "." or "-" with no spaces.
        var j = i
        var seps: [String] = []
        while j + 1 < tokens.count {
            let gap = context.gap(after: j)
            guard gap == "." || gap == "-" else { break }
            let next = tokens[j + 1]
            let isCheckK = next.text == "K" || next.text == "k"
            guard next.isNumber || (isCheckK && gap == "-") else { break }
            seps.append(gap)
            j += 1
            if isCheckK { break }
        }
        let groups = tokens[i...j].map { $0.text }
        let lengths = groups.map { $0.unicodeScalars.count }
        let range = tokens[i].start..<tokens[j].end
        let joined = groups.joined()
        if lengths == [3, 3, 3, 2], seps == [".", ".", "-"], NationalIDValidators.isValidCPF(joined) {
            return PHISpan(kind: .cpf, range: range, priority: 9)
        }
        if seps.last == "-", lengths.last == 1, (lengths.count == 2 && (lengths[0] == 7 || lengths[0] == 8))
            || (lengths.count == 4 && seps == [".", ".", "-"] && (1...2).contains(lengths[0]) && lengths[1] == 3 && lengths[2] == 3),
            NationalIDValidators.isValidRUT(joined) {
            return PHISpan(kind: .rut, range: range, priority: 9)
        }
        if lengths == [3, 2, 4], seps == ["-", "-"], NationalIDValidators.isValidSSN(joined) {
            return PHISpan(kind: .ssn, range: range, priority: 9)
        }
        // Without a label, other countries' numbers whose check digit validates in their written form: Uruguay's
        // "4.567.890-3" / "4567890-3", the Dominican "001-1234567-8", Argentina's CUIT "20-12345678-9", El Salvador's
        // DUI "01234567-8"; Ecuador's cédula is ten plain digits ("1725630188"). Round 7: all are national cards, DNI.
        if seps.last == "-", lengths.last == 1, lengths == [1, 3, 3, 1] || lengths == [7, 1], NationalIDValidators.isValidUruguayanCI(joined) {
            return PHISpan(kind: .dni, range: range, priority: 9)
        }
        if lengths == [3, 7, 1], seps == ["-", "-"], NationalIDValidators.isValidDominicanCedula(joined) {
            return PHISpan(kind: .dni, range: range, priority: 9)
        }
        if lengths == [2, 8, 1], seps == ["-", "-"], NationalIDValidators.isValidCUIT(joined) {
            return PHISpan(kind: .dni, range: range, priority: 9)
        }
        if lengths == [8, 1], seps == ["-"], NationalIDValidators.isValidDUI(joined) {
            return PHISpan(kind: .dni, range: range, priority: 9)
        }
        if lengths == [10], i + 1 >= tokens.count || context.gap(after: i) != ",", NationalIDValidators.isValidEcuadorianCedula(joined) {
            return PHISpan(kind: .dni, range: range, priority: 9)
        }
        return nil
    }

    /// Identifiers without a check digit are only recognized after their cue: DNI, cédula, SSN, CPF, RUT.
    private func cuedNumber(at i: Int) -> PHISpan? {
        let tokens = context.tokens
        guard tokens[i].isNumber else { return nil }
        if i > 0, tokens[i - 1].isNumber, ".-".contains(context.gap(after: i - 1)) { return nil }
        // Back over filler ("N°", "número", ":") to the cue.
        var k = i
        while k > 0, i - k < 3, TokenizedText.valueFiller.contains(context.folded[k - 1]), context.gapIsLight(after: k - 1) { k -= 1 }
        guard k > 0, context.gapIsLight(after: k - 1, allowing: ".:#°º-") else { return nil }
        let kind: PHIKind
        if context.cueEnds(before: k, cues: Self.genericIDCues) { kind = .dni }
        else if context.cueEnds(before: k, cues: Self.dniCues) { kind = .dni }
        else if context.cueEnds(before: k, cues: Self.cedulaCues) { kind = .cedula }
        else if context.cueEnds(before: k, cues: [["ssn"], ["social", "security", "number"], ["social", "security"]]) { kind = .ssn }
        else if context.cueEnds(before: k, cues: [["cpf"]]) { kind = .cpf }
        else if context.cueEnds(before: k, cues: [["rut"], ["run"]]) { kind = .rut }
        else { return nil }
        // The value: digit groups joined by "." (thousands) or spaces, plus a "-X" verification suffix.
        var j = i
        while j + 1 < tokens.count, tokens[j + 1].isNumber, context.gap(after: j) == "." || (kind == .ssn && context.gap(after: j) == "-") { j += 1 }
        if j + 1 < tokens.count, context.gap(after: j) == "-", tokens[j + 1].letters + tokens[j + 1].digits == 1 { j += 1 }
        let digits = tokens[i...j].reduce(0) { $0 + $1.digits }
        let range = tokens[i].start..<tokens[j].end
        let joined = context.text.string(range)
        switch kind {
        case .dni:
            // A generic "documento de identidad" with 9–10 digits is a Colombian-style cédula.
            if (9...10).contains(digits), context.cueEnds(before: k, cues: Self.genericIDCues) { return PHISpan(kind: .dni, range: range, priority: 8) }
            return (7...9).contains(digits) ? PHISpan(kind: .dni, range: range, priority: 8) : nil
        // Round 7: a national card after its cue is a DNI, the corpora's kind for every country's identity card.
        case .cedula: return (6...10).contains(digits) ? PHISpan(kind: .dni, range: range, priority: 8) : nil
        case .ssn: return NationalIDValidators.isValidSSN(joined) ? PHISpan(kind: .ssn, range: range, priority: 8) : nil
        case .cpf: return NationalIDValidators.isValidCPF(joined) ? PHISpan(kind: .cpf, range: range, priority: 8) : nil
        case .rut: return NationalIDValidators.isValidRUT(joined) ? PHISpan(kind: .rut, range: range, priority: 8) : nil
        default: return nil
        }
    }

    /// "Expediente: HGZ-2024-00871", "MRN 00458219", "HC N° 458921": an identifier with at least 3 digits after its cue.
    private func medicalRecord(at i: Int) -> PHISpan? {
        guard context.cueEnds(before: i, cues: Self.recordCues) else { return nil }
        guard i > 0, context.gapIsLight(after: i - 1, allowing: ".:#°º-") else { return nil }
        var start = context.skipFiller(from: i)
        guard start < context.tokens.count else { return nil }
        if start > i, !context.gapIsLight(after: start - 1, allowing: ".:#°º-") { return nil }
        // Allow "de historia clínica" style filler once more, then the value.
        if context.cueEnds(before: start, cues: Self.recordCues) { start = context.skipFiller(from: start) }
        guard start < context.tokens.count else { return nil }
        var j = start
        var digits = context.tokens[j].digits
        while j + 1 < context.tokens.count {
            let gap = context.gap(after: j)
            let spacedGroup = gap == " " && context.tokens[j].isNumber && context.tokens[j + 1].isNumber
                && !(j + 2 < context.tokens.count && context.tokens[j + 2].isWord && context.gap(after: j + 1) == " ")
            guard ["-", "/", "."].contains(gap) || spacedGroup else { break }
            j += 1
            digits += context.tokens[j].digits
        }
        guard digits >= 4, context.tokens[start].letters <= 6 else { return nil }
        // "Fecha de registro: 12/03/2024" is a date.
        if DateParser.dateEnd(context, from: start) == j { return nil }
        // Round 9: "HC 250000 plaquetas", "Registro 125000 copias": a count with its unit or its cells is a lab value.
        if LabelledIdentifierScanner.unitFollows(j, in: context) { return nil }
        if j == start, LabelledIdentifierScanner.opensSpanOfYears(j, in: context) { return nil }
        return PHISpan(kind: .medicalRecord, range: context.tokens[start].start..<context.tokens[j].end, priority: 7)
    }

    static let dniCues: [[String]] = [["dni"], ["d", "n", "i"], ["documento", "nacional", "de", "identidad"]]
    static let genericIDCues: [[String]] = [["documento", "de", "identidad"], ["documento"], ["identificacion"], ["id", "number"]]
    static let cedulaCues: [[String]] = [
        ["cc"], ["c", "c"], ["cedula"], ["cedula", "de", "ciudadania"], ["cedula", "de", "identidad"], ["ci"], ["c", "i"],
        ["cedula", "de", "extranjeria"], ["ce"],
    ]
    static let recordCues: [[String]] = [
        ["expediente"], ["exp"], ["historia", "clinica"], ["hc"], ["h", "c"], ["nhc"], ["mrn"], ["medical", "record"],
        ["medical", "record", "number"], ["record"], ["chart"], ["ficha"], ["ficha", "clinica"], ["registro"], ["nss"],
        ["afiliacion"], ["afiliado"], ["prontuario"], ["historia"], ["hcl"], ["no", "de", "historia"], ["numero", "de", "historia"],
        ["historia", "clinica", "no"], ["record", "no"], ["mrn", "no"], ["account"], ["nro", "de", "historia"],
    ]
}
