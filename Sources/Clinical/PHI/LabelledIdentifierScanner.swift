/// An identifier-shaped value right after its label ("RFC:", "CURP", "DNI", "C.I.: V-14.882.301", "N° HC",
/// "MRN", "Prontuário:", "R.U.T.   : …", "Historia ...... 80234117") is PHI whatever its check digit: notes are
/// typed by people, and a typo is no reason to send an identifier to the model. Check digits decide only for
/// identifiers without a label (`IdentifierScanner`).
struct LabelledIdentifierScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var result: [PHISpan] = []
        let t = context.tokens
        var i = 1
        while i < t.count {
            guard let label = Self.label(endingAt: i - 1, in: context) else { i += 1; continue }
            var kind = label.kind
            var strongSeparator = label.strong
            var v = i
            // Filler and inner labels: "N°", "No. de", "Identificación: CC 80.234.117", "Cédula V 9.876.543".
            var hops = 0
            while v < t.count, hops < 3, separatorIsLight(after: v - 1) {
                // "HC-2203918" is a value with its prefix, "CC 80.234.117" a label and its value.
                if let inner = Self.label(startingAt: v, in: context), inner.end < t.count, separatorIsLight(after: inner.end - 1),
                   context.gap(after: inner.end - 1) != "-" {
                    kind = inner.label.kind
                    strongSeparator = strongSeparator || inner.label.strong
                    v = inner.end
                } else if Self.filler.contains(context.folded[v]) {
                    strongSeparator = true
                    v += 1
                } else {
                    break
                }
                hops += 1
            }
            guard v < t.count, separatorIsLight(after: v - 1) else { i += 1; continue }
            let separator = context.gap(after: v - 1)
            // "Reg. 44187", "Col. 2217", "Cód. MED-9912": an abbreviated label's period works as its colon.
            let abbreviated = separator.hasPrefix(".") && t[v - 1].letters <= 4 && t[v - 1].isWord
            guard let end = valueEnd(from: v) else { i += 1; continue }
            // "ID TSA-88712340", "Plan … ID AM-0042": a code-shaped value (capital prefix, "-", digits) needs no colon.
            let codeShaped = t[v].isWord && t[v].isAllCaps && context.gap(after: v) == "-" && end > v
            if !strongSeparator && !abbreviated && !codeShaped && !separator.contains(where: { $0 == ":" || $0 == "#" }) && !separator.contains("..") { i += 1; continue }
            result.append(PHISpan(kind: kind, range: t[v].start..<t[end].end, priority: 10))
            i = end + 1
        }
        return result
    }

    /// Spaces, dots (leaders of table-like headers), colons, "#", "°", "-" and nothing else, on one line.
    private func separatorIsLight(after k: Int) -> Bool {
        let g = context.gap(after: k)
        guard g.unicodeScalars.count <= 40 else { return false }
        return g.unicodeScalars.allSatisfy { " \t.:#°º-".unicodeScalars.contains($0) }
    }

    /// The last token of an identifier starting at `v`: a short letter prefix ("V-", "HU-", "PR-") and digit or
    /// letter-digit groups joined by "-", ".", "/" or single spaces; nil when no identifier starts there.
    private func valueEnd(from v: Int) -> Int? {
        let t = context.tokens
        var j = v
        // A masked value keeps its visible digits: "XXX-XX-8817", "xxx-xx-1234".
        while j + 1 < t.count, t[j].isWord, t[j].letters <= 4, context.folded[j].allSatisfy({ $0 == "x" }),
              ["-", " ", "."].contains(context.gap(after: j)) { j += 1 }
        // "V-14.882.301", "CMF-10482", "V 9.876.543"
        if t[j].isWord {
            guard t[j].letters <= 6, t[j].isAllCaps || t[j].letters == 1, j + 1 < t.count,
                  ["-", " "].contains(context.gap(after: j)), t[j + 1].digits > 0 else { return nil }
            j += 1
        }
        guard t[j].digits > 0 else { return nil }
        var digits = t[j].digits
        while j + 1 < t.count {
            let gap = context.gap(after: j)
            let next = t[j + 1]
            if ["-", ".", "/"].contains(gap) {
                // A check character: "-K", "-k".
                if next.isWord { if gap == "-", next.letters == 1 { j += 1 }; break }
                j += 1
                digits += next.digits
                continue
            }
            // Spaced groups ("1289 91 4471-3", "2456 78901 0101"), but not a count before a unit ("… 5 años").
            if gap == " ", next.isNumber {
                if j + 2 < t.count, context.gap(after: j + 1) == " ", t[j + 2].isWord, !t[j + 2].isAllCaps { break }
                j += 1
                digits += next.digits
                continue
            }
            break
        }
        guard digits >= 4, t[v].start < t[j].end, t[j].end - t[v].start <= 32 else { return nil }
        // A date after a label ("Registro: 12/03/2024") is a date, not a record number.
        if DateParser.dateEnd(context, from: v) == j { return nil }
        return j
    }

    struct Label {
        let words: [String]
        let kind: PHIKind
        /// Strong labels ("DNI", "RFC") take a value after a space; weak ones ("historia", "registro") need ":" or "N°".
        let strong: Bool
    }

    /// The longest label whose last word is token `k`.
    static func label(endingAt k: Int, in c: TokenizedText) -> Label? {
        guard let candidates = byLastWord[c.folded[k]] else { return nil }
        for label in candidates {
            let start = k - label.words.count + 1
            guard start >= 0, c.matchPhrase(label.words, at: start) == k + 1 else { continue }
            // Not in the middle of a sentence word run: "la historia de…" is not a label.
            return label
        }
        return nil
    }

    /// The longest label starting at token `k` and the index after it.
    static func label(startingAt k: Int, in c: TokenizedText) -> (label: Label, end: Int)? {
        for label in labels where label.words[0] == c.folded[k] {
            if let end = c.matchPhrase(label.words, at: k) { return (label, end) }
        }
        return nil
    }

    static let filler: Set<String> = ["n", "no", "nro", "num", "numero", "nº", "de", "del", "o", "number", "#"]

    static let labels: [Label] = {
        func l(_ kind: PHIKind, _ strong: Bool, _ phrases: [String]) -> [Label] {
            phrases.map { Label(words: $0.split(separator: " ").map(String.init), kind: kind, strong: strong) }
        }
        let all = l(.rfc, true, ["rfc", "r f c"])
            + l(.curp, true, ["curp"])
            + l(.cpf, true, ["cpf", "c p f"])
            + l(.rut, true, ["rut", "run", "r u t", "r u n"])
            + l(.ssn, true, ["ssn", "social security number", "social security", "ssn on file"])
            + l(.dni, true, ["dni", "d n i", "dpi", "dui", "identidad", "documento de identidad", "documento nacional de identidad",
                             "numero de identidad", "documento", "identificacion", "id number"])
            + l(.cedula, true, ["cedula", "ced", "cc", "c c", "ci", "c i", "cedula de ciudadania", "cedula de identidad",
                                "cedula de extranjeria", "t i", "tarjeta de identidad", "carne de identidad", "carnet de identidad",
                                "ced prof", "cedula profesional", "cedula prof", "mn", "mp", "exequatur", "matricula", "crm",
                                // Clinicians' registrations: Peru's CMP/RNE, Venezuela's MPPS, El Salvador's JVPM,
                                // Guatemala's colegiado, Honduras' CMH, US NPI/DEA, Brazil's CRF/COREN/CRO.
                                "cmp", "rne", "mpps", "jvpm", "colegiado", "registro medico",
                                "registro profesional", "reg prof", "cmh", "npi", "dea", "coren", "crf", "cro", "mat", "m p", "m n",
                                "license", "licencia", "codigo medico", "cod medico", "cmc", "cmdf",
                                // Mexico's specialty licence beside the professional one: "Ced. Prof. 1234567 - Esp. 7654321".
                                "esp", "ced esp", "cedula de especialidad", "cedula de especialista"])
            // Colombia's registro médico "RM 12345" (a scan is "RM de rodilla", no number); its tarjeta profesional is weak
            // because "TP 12,5 s" is a prothrombin time: only before ":" or "#".
            + l(.cedula, true, ["rm", "r m"])
            + l(.cedula, false, ["tp", "t p"])
            // Tax and other national numbers a note may carry: AR CUIT/CUIL, PE/EC RUC, GT/CO NIT, VE RIF, HN RTN, BR RG/CNS.
            + l(.dni, true, ["cuit", "cuil", "ruc", "nit", "rif", "rtn", "rg", "cns", "cic", "cui", "nuip", "pasaporte", "passport",
                             "carne", "carnet", "member id", "insurance id", "medicare", "medicaid", "subscriber id", "policy number",
                             "id paciente", "patient id", "nui", "ine", "clave ine", "folio ine"])
            + l(.medicalRecord, true, ["expediente", "exp", "historia clinica", "hc", "h c", "hcu", "hcl", "nhc", "mrn",
                                       "medical record", "medical record number", "nss", "afiliacion", "afiliado", "prontuario",
                                       "cartao sus", "autogenerado", "ficha clinica", "n afiliado",
                                       // Brazil's insurance card ("carteirinha 882 441 0098712 002").
                                       "carteirinha", "carteira", "carteira do convenio", "n carteirinha"])
            // Registrations written abbreviated with a period: Guatemala's "Col. 2217", Cuba's "Reg. 44187".
            + l(.cedula, false, ["col", "reg", "registro sanitario", "senescyt"])
            + l(.medicalRecord, false, ["historia", "registro", "record", "chart", "ficha", "orden", "atencion", "dau",
                                        "muestra", "account", "sus", "cuenta",
                                        // Layout numbers of lab reports, discharge summaries and prescriptions: "Folio:",
                                        // "N° de solicitud:", "Episodio:", "Accession #", "Encounter:", "ID:", "Póliza:".
                                        "folio", "solicitud", "episodio", "accession", "specimen", "encounter", "visit", "id", "poliza",
                                        "policy", "protocolo", "codigo", "cod", "acct", "fin", "csn", "requisition", "peticion", "pedido",
                                        "boleta", "receta", "referencia", "caso", "case", "barcode", "paciente", "patient", "beneficiario",
                                        "seguro",
                                        // Admission numbers: "N° de internación:", "Nº hospitalización:", "Admisión:".
                                        "internacion", "hospitalizacion", "admision", "ingreso hospitalario", "atendimento"])
        return all.sorted { $0.words.count > $1.words.count }
    }()

    static let byLastWord: [String: [Label]] = Dictionary(grouping: labels, by: { $0.words[$0.words.count - 1] })
}
