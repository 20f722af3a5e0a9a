/// The summary's diagnosis lines (round 8): the extraction's diagnoses, each in the note's own words when the note's
/// diagnosis or history list writes the item with more ("HTA hace 15 años", "exfumador (IPA 20)", "HTN, not at goal",
/// "Asma bronquial intermitente, sin crisis"), then the items of those lists the extraction left out ("ex TBQ",
/// "tabaquista activo", "fumadora de 20 cigarros/dia") — each once. A doctor would rather read the note's own list
/// than lose an item of it; what the list denies ("niega HTA"), doses and plans stay out.
enum SummaryDiagnosisLines {
    static func lines(_ diagnoses: [Diagnosis], note: String) -> [String] {
        var written = NoteLists.items(note).map { WrittenItem(text: $0) }
        let foldedDiagnoses = diagnoses.map { TextFolding.fold($0.text) }
        var result: [String] = []
        var printed: Set<String> = []
        // The items by the words they hold: a diagnosis is looked for only in the items holding its first word (a 56 KB
        // note has hundreds of both).
        var byWord: [Substring: [Int]] = [:]
        for (n, item) in written.enumerated() {
            for word in Set(item.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })) { byWord[word, default: []].append(n) }
        }
        for (k, d) in diagnoses.enumerated() {
            var line = d.rendered
            let own = foldedDiagnoses[k]
            // The shortest item of the note's lists that holds this diagnosis and no other one, and says more.
            var best: Int?
            let first = own.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first ?? ""
            for n in byWord[first] ?? [] where !written[n].used && written[n].folded.count > own.count && written[n].folded.hasSubstring(own) {
                let item = written[n]
                let holdsAnother = foldedDiagnoses.indices.contains { $0 != k && !own.hasSubstring(foldedDiagnoses[$0]) && item.folded.hasSubstring(foldedDiagnoses[$0]) }
                // What the item adds is the condition's own words ("hace 15 años", "sin crisis", "(IPA 20)"), not a code
                // moved in front ("I10 (HAS)"), a query or a differential ("desnutrición? descartada"), a dose or a plan.
                let added = SummaryWords.content(withoutCodes(item.text)).subtracting(SummaryWords.content(own))
                // A second code the item writes ("Sepsis due to complicated UTI (A41.9, N39.0)") is more too.
                let addsCode = codes(item.text).contains { code in !(d.icd10.map { TextFolding.fold($0) == TextFolding.fold(code) } ?? false) }
                guard !holdsAnother, !added.isEmpty || addsCode, added.count <= 8, !item.text.contains("?"), !DiagnosisExtractor.isNegatedOrNotADiagnosis(item.text), NoteLists.lowerCaseSentenceEnd(item.text) == nil, !item.text.contains(" - "), !item.text.contains("->"),
                      !DiagnosisExtractor.holdsDose(item.text), !["vs", "versus", "descartar", "rule", "r/o"].contains(item.folded.split(separator: " ").first.map(String.init) ?? "")
                else { continue }
                if best.map({ written[$0].folded.count > item.folded.count }) ?? true { best = n }
            }
            if let n = best {
                written[n].used = true
                line = codeLast(written[n].text)
                if let code = d.icd10, !TextFolding.fold(line).hasSubstring(TextFolding.fold(code)) { line += " (\(code))" }
            }
            if printed.insert(TextFolding.fold(line)).inserted { result.append(line) }
        }
        // Items of the note's lists that no line says yet.
        var said = result.reduce(into: Set<String>()) { $0.formUnion(SummaryWords.content($1)) }
        for item in written where !item.used && !item.words.isEmpty && !SummaryWords.content(withoutCodes(item.text)).isSubset(of: said) && isListedCondition(item.text) {
            if printed.insert(item.folded).inserted {
                result.append(codeLast(item.text))
                said.formUnion(item.words)
            }
        }
        return result
    }

    /// The ICD-10 codes an item writes.
    static func codes(_ text: String) -> [String] {
        text.split(whereSeparator: { " (),;/".contains($0) }).map { String($0).trimmingTrailingDots() }.filter { ICD10.isCode($0) }
    }

    /// "J03.9 Amigdalitis aguda" → "Amigdalitis aguda (J03.9)", "I10 (HAS)" → "HAS (I10)": the code after the condition, as the
    /// summary writes every diagnosis.
    static func codeLast(_ item: String) -> String {
        guard let first = item.split(separator: " ").first, ICD10.isCode(String(first).trimmingTrailingDots()) else { return item }
        var rest = String(item.dropFirst(first.count)).trimmingWhitespace()
        if rest.hasPrefix("("), rest.hasSuffix(")"), !rest.dropFirst().contains("(") { rest = String(rest.dropFirst().dropLast()) }
        guard rest.contains(where: \.isLetter) else { return item }
        return rest + " (" + String(first).trimmingTrailingDots() + ")"
    }

    /// "J03.9 Amigdalitis aguda" → "Amigdalitis aguda": a code written in the item says nothing the extraction's code does not.
    static func withoutCodes(_ text: String) -> String {
        text.split(separator: " ").filter { token in
            !ICD10.isCode(String(token.filter { $0 != "(" && $0 != ")" && $0 != "," && $0 != ";" }).trimmingTrailingDots())
        }.joined(separator: " ")
    }

    /// An item that names a condition: not denied or normal, no dose, no plan, no drug, no field, not a sentence of prose.
    static func isListedCondition(_ item: String) -> Bool {
        let words = TextFolding.fold(item).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first, words.count <= 12, item.contains(where: \.isLetter), !item.contains("?") else { return false }
        // A code alone ("F20.0", "A90") is said by its item; a field ("Procedure: …", "Cita: …") is no condition.
        if words.allSatisfy({ ICD10.isCode($0) }) { return false }
        // "1 episodio al mes", "2 semanas": a count qualifying the item before it, no condition of its own.
        if first.first?.isNumber == true { return false }
        if let colon = item.firstIndex(of: ":"), item.distance(from: item.startIndex, to: colon) <= 30 { return false }
        // A risk the note's list names ("Riesgo de desnutrición", "risk of falls") is one of its problems here, though the
        // extractor leaves a risk out (a pre-operative "riesgo cardiovascular" is no disease).
        let risk = ["riesgo", "risk", "risco"].contains(first) && words.count >= 3
        if !risk && DiagnosisExtractor.isNegatedOrNotADiagnosis(item) || DiagnosisExtractor.holdsDose(item) { return false }
        if DiagnosisExtractor.planVerbs.contains(first) || DiagnosisExtractor.planNouns.contains(first) || DrugLexicon.byFirstWord[first] != nil { return false }
        if DiagnosisExtractor.opensWithFieldLabel(item) || DiagnosisExtractor.isOtherHeader(item) { return false }
        return !notConditionOpeners.contains(first)
    }

    /// Openers of list pieces that name no condition of the patient: a relative, an allergy, a denial in other words.
    static let notConditionOpeners: Set<String> = [
        "madre", "padre", "hermano", "hermana", "mother", "father", "brother", "sister", "mae", "pai", "familiares", "familiar",
        "family", "alergias", "alergia", "allergies", "allergy", "nkda", "nka", "ninguno", "ninguna", "none", "nada", "resto",
        "quirurgicos", "surgical", "paciente", "patient", "refiere", "reports", "se", "con", "sin", "en", "a", "al", "el", "la",
        "y", "e", "and", "or", "o", "que", "who", "which", "ver", "see", "previo", "previa",
    ]
}

/// One item of the note's diagnosis or history lists as written, with its folded form and content words.
struct WrittenItem {
    let text: String
    let folded: String
    let words: Set<String>
    var used = false

    init(text: String) {
        self.text = text
        folded = TextFolding.fold(text)
        words = SummaryWords.content(text)
    }
}

/// Content words as a reader compares them: folded, three letters or more, or a figure ("3b", "20"), without the
/// small words of the two languages.
enum SummaryWords {
    static func content(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for word in TextFolding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 3 || word.contains(where: \.isNumber) {
            if !stop.contains(String(word)) { words.insert(String(word)) }
        }
        return words
    }

    static let stop: Set<String> = ["del", "los", "las", "con", "sin", "por", "para", "the", "and", "with", "without", "not", "una", "uno", "com", "sem"]
}

/// The items of the note's diagnosis and history lists, as written: a header's content on its line (and the lines it wraps
/// onto), the list items below a header alone on its line, and a history field inside a line ("… HEA: …. Antec.: HTA, DM2.").
enum NoteLists {
    static func items(_ note: String) -> [String] {
        let lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // As the extractor reads them: SOAP's one-letter "A:" is the assessment only in a SOAP note (not a referral's "A:
        // Servicio de…"), and not in an SBAR handoff.
        let soap = lines.contains { DiagnosisExtractor.isSOAPLetterHeader($0) && !"Aa".contains($0.trimmingWhitespace().first ?? " ") }
            && !(lines.contains { DiagnosisExtractor.isLetterHeader($0, "B") } && lines.contains { DiagnosisExtractor.isLetterHeader($0, "R") })
        var items: [String] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard !line.isEmpty else { i += 1; continue }
            let history = DiagnosisExtractor.historyContent(line)
            guard let content = history ?? DiagnosisExtractor.sectionContent(line, soap: soap) else {
                if line.utf8.contains(UInt8(ascii: ":")), let inner = midLineHistory(line) { items += historyPieces(wrapped(inner, after: i, in: lines).text) }
                i += 1
                continue
            }
            let (rest, last) = wrapped(content, after: i, in: lines)
            if !rest.isEmpty { items += history != nil ? historyPieces(rest) : pieces(rest, history: false) }
            var j = last + 1
            var sawListItem = false
            while rest.isEmpty, j < lines.count {
                let raw = lines[j]
                let below = raw.trimmingWhitespace()
                // "# T2DM, uncontrolled - A1c 9.4.\n  Start semaglutide…": under a list's item, an indented line that is no item
                // is that item's plan, skipped; the next item is read.
                if sawListItem, DiagnosisExtractor.isIndentedPlanBullet(raw) || !below.isEmpty && (raw.hasPrefix("  ") || raw.hasPrefix("\t")) && !DiagnosisExtractor.isListItem(below) { j += 1; continue }
                if below.isEmpty || below.hasSuffix(":") || DiagnosisExtractor.isOtherHeader(below) || DiagnosisExtractor.historyContent(below) != nil
                    || DiagnosisExtractor.sectionContent(below, soap: soap) != nil || DiagnosisExtractor.isSOAPLetterHeader(below)
                    || DiagnosisExtractor.opensWithFieldLabel(below) || DiagnosisExtractor.isCapitalSectionTitle(below) { break }
                let listItem = DiagnosisExtractor.isListItem(below)
                if !listItem && sawListItem { break }
                sawListItem = sawListItem || listItem
                if let numbered = DiagnosisListSplitter.numberedItems(below), numbered.count >= 2 {
                    items += numbered.map { DiagnosisExtractor.cutPlan($0) }
                } else {
                    items.append(listItem ? lineItem(below) : below)
                }
                j += 1
            }
            i = max(j, i + 1)
        }
        return items.map(bare).filter { !$0.isEmpty }
    }

    /// A piece without its list's sub-labels: "Dx postoperatorio: apendicitis…" → "apendicitis…", "Antec: HTA" → "HTA",
    /// "Hallazgos compatibles con prediabetes" → "prediabetes", "Principal: …", "paciente con …".
    static func bare(_ piece: String) -> String {
        var text = piece.trimmingWhitespace().trimmingTrailingDots()
        if text.contains(":"), let inner = DiagnosisExtractor.historyContent(text) ?? DiagnosisExtractor.sectionContent(text, soap: false), !inner.isEmpty { text = inner }
        return DiagnosisListSplitter.withoutSubLabel(text).trimmingWhitespace().trimmingTrailingDots()
    }

    /// One list line's item: "# HTN, not at goal - increase lisinopril…" → "HTN, not at goal"; "3.- Asma bronquial
    /// intermitente, sin crisis" whole; "1. COPD exacerbation: prednisone 40 mg" → "COPD exacerbation".
    static func lineItem(_ line: String) -> String {
        var item = DiagnosisExtractor.cutPlan(DiagnosisExtractor.stripListMarker(DiagnosisExtractor.withCodeColumn(line)))
        if line.hasPrefix("#") { item = DiagnosisExtractor.hashProblem(item) }
        if let problem = DiagnosisExtractor.problemBeforePlan(item) { item = problem }
        return item
    }

    /// A header's content with the lines it wraps onto (at most two), as the extractor joins them; and the last line used.
    static func wrapped(_ content: String, after i: Int, in lines: [String]) -> (text: String, last: Int) {
        var rest = content
        var k = i
        while !rest.isEmpty, k + 1 < lines.count, k - i < 2 {
            let next = lines[k + 1].trimmingWhitespace()
            // A list goes on on the next line after a separator or a joining word, inside an open parenthesis ("ERC 3b
            // (creatinina\nbasal 1.9), EPOC"), or when that line opens with the last item's remark ("hta no controlada\n(no
            // toma tto), dm2"); not into a sentence of its own written in lower case ("riesgo de desnutricion\nregreso en 1
            // semana").
            let separated = rest.last.map { ",;+/-(".contains($0) } == true || DiagnosisExtractor.endsWithJoiningWord(rest)
                || rest.filter({ $0 == "(" }).count > rest.filter({ $0 == ")" }).count
            guard !next.isEmpty, next.first == "(" || separated && DiagnosisExtractor.continuesOnNextLine(rest, next: next), !DiagnosisExtractor.isListItem(next),
                  !DiagnosisExtractor.isOtherHeader(next), DiagnosisExtractor.sectionContent(next) == nil, DiagnosisExtractor.historyContent(next) == nil,
                  !(DiagnosisExtractor.opensWithFieldLabel(next) && next.split(separator: ":").first.map({ $0.split(separator: " ").count <= 3 }) == true)
            else { break }
            rest += " " + next
            k += 1
        }
        return (rest, k)
    }

    /// A history field's items: its first sentence's list, then later sentences of at most four words before another
    /// field ("APP: hta, dm2, dislipidemia. tabaquismo 30 paq/año. niega consumo de cocaína." → "tabaquismo 30 paq/año"; the
    /// denial stays out).
    static func historyPieces(_ content: String) -> [String] {
        var result = pieces(firstSentence(content), history: true)
        var rest = content
        var sentences: [String] = []
        while let end = lowerCaseSentenceEnd(rest) {
            sentences.append(String(rest[..<end]))
            rest = String(rest[rest.index(end, offsetBy: 2)...])
        }
        sentences.append(rest)
        let later = sentences.flatMap { SentenceSegmenter.split($0) }.dropFirst()
        for sentence in later {
            let trimmed = sentence.trimmingWhitespace().trimmingTrailingDots()
            if trimmed.contains(":") { break }
            // Only a condition or a tobacco habit (which the corpora label as one: "tabaquismo 30 paq/año", "Exfumador"), not an
            // allergy, a reading, an obstetric formula or a denial ("Tabaquismo negado").
            let folded = TextFolding.fold(trimmed)
            let tobacco = ["tabaq", "tabag", "fumad", "exfum", "extab", "ex tab", "ex fum", "smoker", "ex-smoker", "former smoker"].contains { folded.hasPrefix($0) }
            let condition = DiagnosisListSplitter.opensWithDiseaseNoun(trimmed) || DiagnosisConcept.namesKnownCondition(trimmed)
            let denied = ["negado", "negada", "negados", "negativo", "negativa", "no", "niega"].contains(folded.split(separator: " ").last.map(String.init) ?? "")
            guard trimmed.split(separator: " ").count <= 4, tobacco || condition && !DiagnosisExtractor.isHistoryNoise(trimmed), !denied,
                  !trimmed.contains(where: { $0 == "/" }) || tobacco, !folded.hasPrefix("alergi") else { continue }
            result.append(trimmed)
        }
        return result
    }

    /// The list's first sentence, before another field's label ("HTA, DM2. Alergias: niega").
    static func firstSentence(_ content: String) -> String {
        var opening = SentenceSegmenter.split(content).first ?? content
        // "dm2, dislipidemia. tabaquismo 30 paq/año. niega …": a dictated note's sentence ends before a lower-case one too.
        if let end = lowerCaseSentenceEnd(opening) { opening = String(opening[..<end]) }
        return DiagnosisExtractor.withoutPatientSubLabel(opening) ?? DiagnosisExtractor.beforeInnerField(opening)
    }

    /// A one-line list's items as written: numbered items, else `;`-separated ones (commas qualify them then), else
    /// dashed ones, else each sentence's comma-separated (and "/" or "+"-joined) parts; parentheses are never cut.
    static func pieces(_ content: String, history: Bool) -> [String] {
        if DiagnosisExtractor.isListItem(content.trimmingWhitespace()) {
            if let numbered = DiagnosisListSplitter.numberedItems(content) { return numbered.map { DiagnosisExtractor.cutPlan($0) } }
            return [lineItem(content.trimmingWhitespace())]
        }
        let semicolons = split(content, at: [";"])
        if semicolons.count >= 2 { return semicolons.flatMap { SentenceSegmenter.split($0) }.flatMap { split($0, at: [" / "]) } }
        if !history, let dashed = DiagnosisListSplitter.dashedItems(content) { return dashed }
        // A diagnosis section's later sentences count when they read like a diagnosis, not a plan ("Cita en 1 mes."), as
        // the extractor reads them.
        let sentences = SentenceSegmenter.split(content).enumerated().filter { index, sentence in
            index == 0 || history || DiagnosisExtractor.hasParenthesizedCode(sentence) || DiagnosisListSplitter.looksLikeShortDiagnosis(sentence)
                || DiagnosisListSplitter.opensWithDiseaseNoun(sentence)
                // "ICC compensada.", "Migraña controlada, 1 episodio al mes.": a short sentence opening without a figure.
                || isShortStatement(sentence)
        }
        return sentences.flatMap { split($0.element, at: [",", " / ", " + "]) }
    }

    /// Where ". " ends a sentence before a lower-case word, after a word of three letters or more outside parentheses
    /// ("dislipidemia. tabaquismo", "paq/año. niega"; not "c/u. por", "(aprox. 2 años)").
    static func lowerCaseSentenceEnd(_ text: String) -> String.Index? {
        var depth = 0
        var word = 0
        var k = text.startIndex
        while k < text.endIndex {
            let c = text[k]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == ".", depth == 0, word >= 3 {
                let next = text.index(after: k)
                if next < text.endIndex, text[next] == " ", let after = text[text.index(after: next)...].first, after.isLowercase { return k }
            }
            word = c.isLetter ? word + 1 : 0
            k = text.index(after: k)
        }
        return nil
    }

    /// "ICC compensada.", "Migraña controlada, 1 episodio al mes.": up to its first comma, at most six words without a
    /// figure ("Cita en 1 mes", "Alvarado 8", "Día 5 de enfermedad" are none).
    static func isShortStatement(_ sentence: String) -> Bool {
        let head = sentence.split(separator: ",").first.map(String.init) ?? sentence
        let words = head.split(separator: " ")
        return !words.isEmpty && words.count <= 6 && !head.contains(where: \.isNumber)
    }

    /// Splits at any of `separators` outside parentheses; a comma between digits ("7,4 %") is no separator.
    static func split(_ text: String, at separators: [String]) -> [String] {
        let s = Array(text.unicodeScalars)
        let seps = separators.map { Array($0.unicodeScalars) }
        var parts: [String] = []
        var depth = 0
        var start = 0
        var k = 0
        while k < s.count {
            if s[k] == "(" || s[k] == "[" { depth += 1 } else if s[k] == ")" || s[k] == "]" { depth = max(0, depth - 1) }
            if depth == 0, let sep = seps.first(where: { k + $0.count <= s.count && Array(s[k..<(k + $0.count)]) == $0 }) {
                let decimal = sep == [","] && k > 0 && k + 1 < s.count && TextFolding.isDigit(s[k - 1]) && TextFolding.isDigit(s[k + 1])
                if !decimal {
                    parts.append(String(String.UnicodeScalarView(s[start..<k])))
                    k += sep.count
                    start = k
                    continue
                }
            }
            k += 1
        }
        parts.append(String(String.UnicodeScalarView(s[start..<s.count])))
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// "MC: dolor torácico. HEA: … Antec.: HTA, DM2, dislipidemia." → "HTA, DM2, dislipidemia.": a history header after a
    /// sentence end inside the line.
    static func midLineHistory(_ line: String) -> String? {
        let folded = TextFolding.foldedScalars(line)
        guard folded.count > 4 else { return nil }
        var p = 2
        while p < folded.count {
            defer { p += 1 }
            guard folded[p - 1] == " ", folded[p - 2] == "." || folded[p - 2] == ";" else { continue }
            for header in headers where p + header.count < folded.count && Array(folded[p..<(p + header.count)]) == header {
                var q = p + header.count
                if q < folded.count, folded[q] == "." { q += 1 }
                while q < folded.count, folded[q] == " " { q += 1 }
                guard q < folded.count, folded[q] == ":" else { continue }
                let rest = String(String.UnicodeScalarView(Array(line.unicodeScalars)[(q + 1)...])).trimmingWhitespace()
                return rest.isEmpty ? nil : rest
            }
        }
        return nil
    }

    static let headers: [[Unicode.Scalar]] = DiagnosisExtractor.historyHeaders.sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }
}
