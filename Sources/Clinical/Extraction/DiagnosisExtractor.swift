/// Diagnoses from their section ("Diagnóstico:", "Impresión diagnóstica:", "Dx:", "Assessment:") and from
/// inline statements ("con diagnóstico de…", "diagnosed with…"), with ICD-10 codes when present.
struct DiagnosisExtractor {
    let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func extract() -> [Diagnosis] {
        var items: [String] = []
        var i = 0
        while i < lines.count {
            if let rest = Self.sectionContent(lines[i]) {
                if !rest.isEmpty {
                    // "Dx: otitis media (H66.90). Vitamina B12 normal." — later sentences count only with a coded diagnosis.
                    let parts = Self.splitItems(rest)
                    items.append(contentsOf: parts.enumerated().filter { $0.offset == 0 || Self.hasParenthesizedCode($0.element) }.map { $0.element })
                }
                // Following lines that are list items (or the whole block when the header line was empty).
                var j = i + 1
                while j < lines.count {
                    let line = lines[j].trimmingWhitespace()
                    if line.isEmpty || Self.isOtherHeader(line) { break }
                    let listItem = Self.isListItem(line)
                    if !listItem && !rest.isEmpty { break }
                    items.append(contentsOf: Self.splitItems(line))
                    j += 1
                }
                i = j
                continue
            }
            items.append(contentsOf: Self.inlineDiagnoses(lines[i]))
            items.append(contentsOf: Self.midLineSections(lines[i]))
            i += 1
        }
        var seen: Set<String> = []
        var result: [Diagnosis] = []
        for item in items {
            guard let diagnosis = Self.clean(item) else { continue }
            let key = TextFolding.fold(diagnosis.text)
            if seen.insert(key).inserted { result.append(diagnosis) }
        }
        return result
    }

    /// The text after a diagnosis header on this line, or nil when the line is not a diagnosis header.
    static func sectionContent(_ line: String) -> String? {
        let trimmed = stripListMarker(line.trimmingWhitespace())
        let folded = TextFolding.fold(trimmed)
        for header in headers {
            guard folded.hasPrefix(header) else { continue }
            let rest = String(trimmed.unicodeScalars.dropFirst(header.unicodeScalars.count))
            let restTrimmed = rest.trimmingWhitespace()
            if restTrimmed.isEmpty { return "" }
            guard let first = restTrimmed.first, first == ":" || first == "." || first == "-" || first == "—" else { continue }
            // SOAP's one-letter "A:" (assessment) only with a colon: "A. Pérez" or "a-" are not headers.
            if header.count == 1 && first != ":" { continue }
            return String(restTrimmed.dropFirst()).trimmingWhitespace()
        }
        return nil
    }

    static func isOtherHeader(_ line: String) -> Bool {
        let folded = TextFolding.fold(stripListMarker(line))
        for header in otherHeaders where folded.hasPrefix(header) {
            let rest = String(folded.dropFirst(header.count)).trimmingWhitespace()
            if rest.isEmpty || rest.hasPrefix(":") || rest.hasPrefix(".") { return true }
        }
        return false
    }

    static func isListItem(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if first == "-" || first == "•" || first == "*" || first == "·" { return true }
        let digits = line.prefix(while: { $0.isNumber })
        return !digits.isEmpty && digits.count <= 2 && (line.dropFirst(digits.count).hasPrefix(".") || line.dropFirst(digits.count).hasPrefix(")"))
    }

    static func stripListMarker(_ line: String) -> String {
        var s = Substring(line)
        if let first = s.first, "-•*·".contains(first) { s = s.dropFirst() }
        let digits = s.prefix(while: { $0.isNumber })
        if !digits.isEmpty, digits.count <= 2 {
            let after = s.dropFirst(digits.count)
            if after.hasPrefix(".") || after.hasPrefix(")") { s = after.dropFirst() }
        }
        return String(s).trimmingWhitespace()
    }

    /// Items separated by ";", sentence ends, or list numbering.
    static func splitItems(_ content: String) -> [String] {
        var result: [String] = []
        for part in content.split(separator: ";") {
            for sentence in SentenceSegmenter.split(String(part)) {
                result.append(stripListMarker(sentence))
            }
        }
        return result
    }

    /// "… con diagnóstico de neumonía, …" / "diagnosed with type 2 diabetes."
    static func inlineDiagnoses(_ line: String) -> [String] {
        let original = Array(line.unicodeScalars)
        let folded = TextFolding.foldedScalars(line)
        var result: [String] = []
        for cue in inlineCues {
            guard let at = TextFolding.firstIndex(of: Array(cue.unicodeScalars), in: folded) else { continue }
            var view = String.UnicodeScalarView()
            var k = at + cue.unicodeScalars.count
            while k < original.count, !".;,\n".unicodeScalars.contains(original[k]) { view.append(original[k]); k += 1 }
            let clause = String(view)
            if !clause.trimmingWhitespace().isEmpty { result.append(clause) }
        }
        return result
    }

    /// One-paragraph notes: "… Sin fiebre. Diagnóstico: neumonía (J18.9). Plan: …" — a header after a
    /// sentence end, with a colon; its content runs to the next section header or the end of the line.
    static func midLineSections(_ line: String) -> [String] {
        let original = Array(line.unicodeScalars)
        let folded = TextFolding.foldedScalars(line)
        var result: [String] = []
        var p = 1
        while p < folded.count {
            guard let contentStart = headerWithColon(at: p, in: folded, headers: headers.filter { $0.count >= 2 }),
                  afterSentenceEnd(p, in: folded) else { p += 1; continue }
            var end = contentStart
            while end < folded.count {
                if afterSentenceEnd(end, in: folded),
                   headerWithColon(at: end, in: folded, headers: otherHeaders + headers.filter { $0.count >= 2 }) != nil { break }
                end += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: original[contentStart..<end])
            let parts = splitItems(String(view).trimmingWhitespace())
            result += parts.enumerated().filter { $0.offset == 0 || hasParenthesizedCode($0.element) }.map { $0.element }
            p = max(end, p + 1)
        }
        return result
    }

    /// When one of `headers` starts at `p` followed by optional spaces and ":", the index after the colon.
    private static func headerWithColon(at p: Int, in folded: [Unicode.Scalar], headers: [String]) -> Int? {
        for header in headers {
            let h = Array(header.unicodeScalars)
            guard p + h.count < folded.count, Array(folded[p..<(p + h.count)]) == h else { continue }
            var k = p + h.count
            while k < folded.count, folded[k] == " " { k += 1 }
            if k < folded.count, folded[k] == ":" { return k + 1 }
        }
        return nil
    }

    /// True when `p` starts a word that follows a sentence end (". ", "; ", ") ").
    private static func afterSentenceEnd(_ p: Int, in folded: [Unicode.Scalar]) -> Bool {
        guard p > 0, folded[p - 1] == " " || folded[p - 1] == "\t" else { return false }
        var k = p - 1
        while k > 0, folded[k] == " " || folded[k] == "\t" { k -= 1 }
        return ".;)".unicodeScalars.contains(folded[k])
    }

    static func hasParenthesizedCode(_ item: String) -> Bool {
        var depth = 0
        var group = ""
        for ch in item {
            if ch == "(" { depth += 1; group = ""; continue }
            if ch == ")" { depth -= 1; if !ICD10.codes(in: group).isEmpty { return true }; continue }
            if depth > 0 { group.append(ch) }
        }
        return false
    }

    /// Removes list markers, ICD codes in parentheses and trailing punctuation; nil for empty or non-diagnostic items.
    static func clean(_ raw: String) -> Diagnosis? {
        var text = stripListMarker(raw.trimmingWhitespace())
        // Codes count in parentheses or as the item's first or last word ("I10 Hipertensión"), not inside a phrase ("vitamina B12").
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" })
        var codes: [String] = []
        var depthScan = 0
        var groupScan = ""
        for ch in text {
            if ch == "(" { depthScan += 1; groupScan = ""; continue }
            if ch == ")" { depthScan -= 1; codes += ICD10.codes(in: groupScan); continue }
            if depthScan > 0 { groupScan.append(ch) }
        }
        for edge in [words.first, words.last].compactMap({ $0 }) where ICD10.isCode(String(edge).trimmingTrailingDots()) {
            codes.append(String(edge).trimmingTrailingDots().uppercased())
        }
        // Drop parenthesized groups holding a code: "(E11.65)", "(cistitis aguda, N30.0)", "(K29.5, B96.81)".
        var output = ""
        var depth = 0
        var group = ""
        for ch in text {
            if ch == "(" { depth += 1; if depth == 1 { group = "" }; continue }
            if ch == ")" && depth > 0 {
                depth -= 1
                if depth == 0, ICD10.codes(in: group).isEmpty { output += "(" + group + ")" }
                continue
            }
            if depth > 0 { group.append(ch) } else { output.append(ch) }
        }
        text = output
        // Bare codes outside parentheses.
        for code in codes { text = text.replacingAll(code, with: "") }
        text = text.trimmingWhitespace()
        while let last = text.last, ".,:;-–—".contains(last) { text.removeLast(); text = text.trimmingWhitespace() }
        while let first = text.first, ".,:;-–—".contains(first) { text.removeFirst(); text = text.trimmingWhitespace() }
        guard text.unicodeScalars.filter({ TextFolding.isLetter($0) }).count >= 3 else { return nil }
        return Diagnosis(text: text, icd10: codes.first)
    }

    static let headers: [String] = [
        "impresion diagnostica", "impresiones diagnosticas", "hipotesis diagnostica", "hipotesis diagnosticas",
        "diagnostico presuntivo", "diagnostico definitivo", "diagnostico principal", "diagnosticos de egreso",
        "diagnostico de egreso", "diagnostico de ingreso", "diagnosticos", "diagnostico", "idx", "dx",
        "assessment and plan", "assessment", "impression", "impresion", "diagnoses", "diagnosis", "a/p", "problem list",
        "diagnostic impression", "final diagnosis", "discharge diagnoses", "discharge diagnosis", "admission diagnoses",
        "admission diagnosis", "admitting diagnosis", "working diagnosis", "principal diagnosis", "a",
    ]
    static let otherHeaders: [String] = [
        "plan", "tratamiento", "indicaciones", "conducta", "manejo", "tx", "rx", "recommendations", "recomendaciones",
        "medicamentos", "medications", "pronostico", "seguimiento", "follow", "laboratorio", "labs", "examen", "exam",
        "signos vitales", "vitals", "motivo", "hpi", "antecedentes", "history", "evolucion",
    ]
    static let inlineCues: [String] = [
        "con diagnostico de ", "se diagnostica ", "diagnosticado de ", "diagnosticada de ", "diagnosticado con ",
        "diagnosticada con ", "diagnosed with ", "diagnosis of ",
    ]
}

extension String {
    func trimmingTrailingDots() -> String {
        var s = self
        while s.hasSuffix(".") { s.removeLast() }
        return s
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
