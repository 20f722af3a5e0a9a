/// A clinician's registration under any board's acronym: on a signature line ("Dra. Mirna Castellanos  MPPS 98.211
/// CM 14.552", "Médica: Ana Prado CRM-SP 154872", "Enf. Gloria Ruiz  CEP 33120") or the line or two after it, an
/// all-caps acronym followed by a number of four digits or more is that clinician's licence, whichever board issued it:
/// boards are too many to list (each country, profession and province has its own). Vital signs and lab acronyms
/// are never boards (`TA 130/80`, `PLT 245000`), nor is a value before its unit.
struct ClinicianRegistrationScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        // Only lines holding an all-caps acronym need the clinician index.
        guard t.contains(where: { $0.isWord && $0.isAllCaps && $0.letters >= 2 }) else { return result }
        let index = markers()
        var k = 0
        while k + 1 < t.count {
            guard t[k].isWord, t[k].isAllCaps, (2...7).contains(t[k].letters), !Self.notBoards.contains(context.folded[k]),
                  DrugLexicon.byFirstWord[context.folded[k]] == nil, onClinicianLine(k, index),
                  // "21-VII-1994": a Roman month inside a date is no board.
                  !(k >= 1 && DateParser.dateEnd(context, from: k - 1) != nil) else { k += 1; continue }
            var v = k + 1
            // "CRM/RJ 52.123", "CRM-SP 154872", "COREN-BA 88123": the issuing state after the acronym.
            if ["/", "-"].contains(context.gap(after: k)), t[v].isWord, t[v].isAllCaps, t[v].letters == 2, v + 1 < t.count { v += 1 }
            let gap = context.gap(after: v - 1)
            guard !gap.contains("\n"), gap.unicodeScalars.count <= 6, gap.unicodeScalars.allSatisfy({ " .:#°º-".unicodeScalars.contains($0) }) else { k += 1; continue }
            // "MPPS N° 98.211": a numbering word between the acronym and its number.
            if t[v].isWord, LabelledIdentifierScanner.numberingWords.contains(context.folded[v]), v + 1 < t.count,
               !context.gap(after: v).contains("\n") { v += 1 }
            guard let end = numberEnd(from: v) else { k += 1; continue }
            result.append(PHISpan(kind: .cedula, range: t[v].start..<t[end].end, priority: 10))
            k = end + 1
        }
        return result
    }

    /// Digit groups joined by "." or "-" (a "-K" check letter kept), four digits at least, not a date, a ratio or a
    /// value before its unit.
    private func numberEnd(from v: Int) -> Int? {
        let t = context.tokens
        guard v < t.count, t[v].isNumber else { return nil }
        var j = v
        var digits = t[v].digits
        while j + 1 < t.count, [".", "-"].contains(context.gap(after: j)) {
            if t[j + 1].isNumber { digits += t[j + 1].digits; j += 1; continue }
            if context.gap(after: j) == "-", t[j + 1].isWord, t[j + 1].letters == 1 { j += 1 }
            break
        }
        guard digits >= 4 else { return nil }
        let after = context.gap(after: j)
        if after.hasPrefix("/") || after.hasPrefix("%") || after.hasPrefix(",") && j + 1 < t.count && t[j + 1].isNumber && after == "," { return nil }
        if j + 1 < t.count, after == " " || after.isEmpty, LabelledIdentifierScanner.units.contains(context.folded[j + 1]) { return nil }
        if DateParser.dateEnd(context, from: v) != nil { return nil }
        return j
    }

    /// For every token, its line's number and the nearest clinician marker at or before it (a title, a profession,
    /// a role label or a credential), found in one pass instead of a walk back from every acronym.
    private func markers() -> (line: [Int], marker: [Int]) {
        let t = context.tokens
        var line = [Int](repeating: 0, count: t.count)
        var marker = [Int](repeating: -1, count: t.count)
        var current = 0
        var last = -1
        for j in t.indices {
            if j > 0, newline(after: j - 1) { current += 1 }
            line[j] = current
            let f = context.folded[j]
            // A title counts only before a name ("Dr, Apt 4B" is a street's "Drive").
            if Self.markerWords.contains(f) || Self.titles.contains(f) && isTitle(j)
                || t[j].isAllCaps && NameScanner.credentials.contains(f) || RoleWords.isProfession(f) {
                last = j
            }
            marker[j] = last
        }
        return (line, marker)
    }

    /// True when the line of token `k`, before it (within 14 tokens), or one of the two lines above names a clinician:
    /// a title ("Dr.", "Dra.", "Lic.", "Enf."), a role or profession ("Médica:", "Bacterióloga", "Enfermera") or a credential.
    private func onClinicianLine(_ k: Int, _ index: (line: [Int], marker: [Int])) -> Bool {
        guard k > 0 else { return false }
        let m = index.marker[k - 1]
        guard m >= 0 else { return false }
        if index.line[m] == index.line[k] { return k - m <= 15 }
        return index.line[k] - index.line[m] <= 2
    }

    static let clinicianNouns: Set<String> = ["medico", "medica", "enfermera", "enfermero", "enfermeira", "enfermeiro", "nurse", "physician"]
    /// Role words that mark a clinician wherever they stand (one lookup per token).
    static let markerWords = LabelledIdentifierScanner.clinicianWords.union(clinicianNouns).subtracting(titles)

    /// A line break between token `j` and the next, read on the scalars (no string built per token).
    private func newline(after j: Int) -> Bool {
        let end = j + 1 < context.tokens.count ? context.tokens[j + 1].start : context.text.count
        return context.text.scalars[context.tokens[j].end..<end].contains("\n")
    }

    /// A title before a name ("Dra. Mirna", "Dr Pablo"), not the street's "Dr," of "Maple Ridge Dr, Apt 4B".
    private func isTitle(_ j: Int) -> Bool {
        guard Self.titles.contains(context.folded[j]), context.tokens[j].isCapitalized, j + 1 < context.tokens.count else { return false }
        return [" ", ". ", "."].contains(context.gap(after: j)) && context.tokens[j + 1].isCapitalized
    }

    /// Clinicians' titles (not "PA", "Ms.", which are also vital signs and courtesy).
    static let titles: Set<String> = [
        "dr", "dra", "doctor", "doctora", "lic", "licda", "licdo", "lcda", "lcdo", "enf", "enfa", "prof", "mtro", "mtra", "qfb",
        "bioq", "tm", "obst", "psic", "nutr", "klgo", "odont", "farm", "biom", "dres", "md", "dds",
    ]

    /// Acronyms that carry values on any line: vital signs, labs, scores, units, routes and schedules.
    static let notBoards: Set<String> = [
        "ta", "pa", "fc", "fr", "sat", "sato", "spo", "hb", "hto", "hgb", "hct", "plt", "wbc", "gb", "rbc", "gr", "inr",
        "tp", "tpt", "ttp", "ptt", "aptt", "pcr", "crp", "vsg", "esr", "bun", "na", "cl", "ca", "mg", "glu", "hba", "tsh",
        "ldl", "hdl", "tg", "ct", "ast", "alt", "ggt", "fa", "bd", "bi", "bt", "cr", "pao", "paco", "fio", "peep", "imc",
        "bmi", "ecog", "gcs", "eva", "fum", "fur", "eg", "sdg", "mm", "kg", "ml", "mcg", "ui", "ev", "iv", "vo", "im", "sc",
        "sl", "qd", "bid", "tid", "qid", "prn", "hs", "am", "pm", "hrs", "min", "rx", "tac", "ecg", "ekg", "eco", "usg",
        "rm", "mri", "ct", "psa", "cea", "afp", "hcg", "bhcg", "vih", "hiv", "vdrl", "ego", "eto", "plq", "leu", "neu",
        "lin", "mono", "eos", "vcm", "hcm", "chcm", "rdw", "vpm", "ldh", "cpk", "ck", "bnp", "nt", "pro", "dimero", "pth",
        "alb", "prot", "fe", "ferr", "vit", "fol", "urea", "crea", "acu", "au", "pco", "po", "hco", "be", "lac", "osm",
        "cd", "cv", "vl", "dosis", "lote", "tel", "cel", "fono", "fax", "cp", "zip", "apt", "km", "ext", "int",
        "hgt", "gluc", "glic", "dxt", "ige", "tgo", "tgp", "fal", "amilasa", "lipasa", "amyl", "lip", "plaq", "leuc",
        "peso", "talla", "usd", "mxn", "clp", "brl", "pen", "ars", "uyu", "dop", "gtq", "hnl", "crc", "pyg", "bob",
        // Round 9: an eye's side before the year of its procedure ("laser OI 2024", "faco OD 2019", "YAG OU 2021").
        "oi", "od", "ao", "ou", "os",
    ]
}
