/// Diagnoses from their section ("Diagnóstico:", "Impresión diagnóstica:", "Dx:", "Assessment:") and from
/// inline statements ("con diagnóstico de…", "diagnosed with…"), with ICD-10 codes when present.
struct DiagnosisExtractor {
    let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func extract() -> [Diagnosis] {
        var items: [String] = []
        var historyItems: [String] = []
        // Comorbidities read in a follow-up visit's reason ("here for f/u of HTN and T2DM", "en control por DM2"): the
        // diagnoses the note assesses, restated, not a history.
        var proseHistory: Set<String> = []
        var headerHistory: Set<String> = []
        // Round 8: comorbidities told in prose ("76M with PMH of CAD, T2DM…"), dropped where a history field lists them.
        var proseMentions: Set<String> = []
        // SOAP's one-letter "A:" is the assessment only in a SOAP note; a referral's "A: Servicio de…" is its addressee.
        // A nurses' SBAR handoff ("S:", "B:", "A:", "R:") assesses findings, not diagnoses.
        // Round 8: an I-PASS handoff ("Illness severity:", "P:" patient summary, "A:" action list, "S:" situation awareness)
        // lists actions under its "A:", and states the problems in its patient summary, read as prose.
        let handoff = lines.contains { line in
            // A byte search first: most lines hold neither word.
            guard line.holdsASCIIFragment(Self.handoffFragments) else { return false }
            let f = TextFolding.fold(line.trimmingWhitespace())
            return f.hasPrefix("illness severity") || f.hasSuffix("illness severity:") || f.hasSubstring("i-pass") || f.hasSubstring("ipass") || f.hasSubstring(". illness severity")
        }
        let soap = lines.contains { line in Self.isSOAPLetterHeader(line) && !"Aa".contains(line.trimmingWhitespace().first ?? " ") }
            && !(lines.contains { Self.isLetterHeader($0, "B") } && lines.contains { Self.isLetterHeader($0, "R") })
        var proseItems: [String] = []
        // Round 7: problems stated as sentences of their own (handovers, dictated notes), read after every other reader.
        var openingLines: [Int] = []
        var sawSection = false
        var inCourse = false
        var i = 0
        while i < lines.count {
            // Round 8: an I-PASS patient summary ("P: alcoholic cirrhosis (Child C) admitted w/ variceal UGIB …; hepatic
            // encephalopathy grade 2."): its problems, the one the stay is for among them.
            if handoff, Self.isLetterHeader(lines[i], "P") {
                var content = String(lines[i].trimmingWhitespace().dropFirst(2))
                for cue in [" admitted w/ ", " admitted with ", " admitted for ", " admitida por ", " admitido por ", " ingresa por ", " ingresó por ", " ingreso por "] {
                    content = content.replacingAll(cue, with: "; ")
                }
                // "P: D. Washington, 46M, MRN …. DKA + alcohol withdrawal.": only its sentences that name problems.
                for sentence in SentenceSegmenter.split(content) {
                    let listed = DiagnosisListSplitter.listItems(sentence)
                    if let first = listed.first, DiagnosisVocabulary.looksLikeDiagnosis(first) { items += listed }
                }
                i += 1
                continue
            }
            // Its "A:" is the action list ("A: if re-bleeds -> call GI fellow"), unless it lists problems ("A: 1) DKA, resolved").
            if handoff, Self.isLetterHeader(lines[i], "A") {
                let content = String(lines[i].trimmingWhitespace().dropFirst(2))
                let listed = DiagnosisListSplitter.numberedItems(content) ?? DiagnosisListSplitter.listItems(content)
                if !(listed.first.map(DiagnosisVocabulary.looksLikeDiagnosis) ?? false) { i += 1; continue }
            }
            let history = Self.historyContent(lines[i])
            if history == nil, Self.sectionContent(lines[i], soap: soap) != nil { sawSection = true }
            let hashList = history == nil && Self.sectionContent(lines[i], soap: soap) == nil && i + 1 < lines.count && opensHeaderlessHashList(at: i)
            if hashList { sawSection = true }
            if var rest = Self.sectionContent(lines[i], soap: soap) ?? history ?? (hashList ? "" : nil) {
                var found: [String] = []
                // "… hipotiroidismo primario,\nretinopatía diabética no proliferativa. Quirúrgicos: …": a field's list wrapped
                // at the page's width goes on on the next line (after a comma, or in lower case) unless that line opens
                // something else.
                var wrapped = i
                while !rest.isEmpty, wrapped + 1 < lines.count, wrapped - i < 2 {
                    let next = lines[wrapped + 1].trimmingWhitespace()
                    // Round 7: after a list's separator (";", "+", "/", a joining word) too, and before a line opening with
                    // the last item's parenthesis ("…moderada\n(J45.901) + rinofaringitis viral").
                    guard let last = rest.last, !next.isEmpty, Self.continuesOnNextLine(rest, next: next),
                          !Self.isListItem(next), !Self.isOtherHeader(next), Self.sectionContent(next) == nil, Self.historyContent(next) == nil,
                          !(Self.opensWithFieldLabel(next) && next.split(separator: ":").first.map({ $0.split(separator: " ").count <= 3 }) == true)
                    else { break }
                    rest += " " + next
                    wrapped += 1
                }
                // "Antecedentes: HTA, DM2. Niega alergias." — the first sentence lists the comorbidities.
                if !rest.isEmpty {
                    found += history != nil ? Self.historyItems(rest) : DiagnosisListSplitter.items(rest)
                }
                // Following lines that are list items (or the whole block when the header line was empty).
                var j = hashList ? i : wrapped + 1
                var sawListItem = false
                // Round 7: "# AKI on CKD 3b - …" with its plan indented below ("  - furosemide 80 mg IV BID"): under a
                // problem-oriented item, an indented bullet is that problem's plan, skipped; the next problem is read.
                var sawProblemItem = false
                while j < lines.count {
                    var line = lines[j].trimmingWhitespace()
                    if sawProblemItem, Self.isIndentedPlanBullet(lines[j]) { j += 1; continue }
                    // Round 8: "# T2DM, uncontrolled - A1c 9.4." then "  Start semaglutide…", "1. Hypothyroidism …, inadequately
                    // replaced - increase levothyroxine to" then "   100 mcg PO daily…": an item's text goes on on the indented
                    // lines below it (its plan, or its wrapped words), which are no item of their own.
                    let itemLine = j
                    if Self.isListItem(line) {
                        while j + 1 < lines.count, Self.isIndentedContinuation(lines[j + 1], soap: soap) {
                            line += " " + lines[j + 1].trimmingWhitespace()
                            j += 1
                        }
                        // Round 9: "#1 Shock séptico …, en" then "mejoría: noradrenalina …": a numbered problem wrapped at the
                        // page's width, before the next "#".
                        if Self.hashNumberLength(line) != nil, !line.hasSuffix("."), j + 1 < lines.count, j + 2 < lines.count,
                           Self.hashNumberLength(lines[j + 2].trimmingWhitespace()) != nil, !lines[j + 1].trimmingWhitespace().isEmpty,
                           !Self.isListItem(lines[j + 1].trimmingWhitespace()) {
                            line += " " + lines[j + 1].trimmingWhitespace()
                            j += 1
                        }
                    }
                    if line.isEmpty || Self.isOtherHeader(line) || Self.historyContent(line) != nil || Self.sectionContent(line, soap: soap) != nil { break }
                    // "TRATAMIENTO AL EGRESO:", "Medicamentos:" — any header ends the list; so does a field
                    // ("Curso hospitalario: …", "DISPO: …", "Electronically signed: …").
                    if line.hasSuffix(":") || Self.isSOAPLetterHeader(line) || Self.opensWithFieldLabel(line) { break }
                    // "7. PLAN DE TRATAMIENTO", "8. INDICACIONES": a form's next numbered section, in capitals, ends the list.
                    if Self.isCapitalSectionTitle(line) { break }
                    let listItem = Self.isListItem(line)
                    if listItem, !lines[j].hasPrefix(" "), !lines[j].hasPrefix("\t"), line.hasPrefix("#") || line.first?.isNumber == true { sawProblemItem = true }
                    if !listItem && !rest.isEmpty { break }
                    // After the items of a list, a line that is no item ("RTC 3 months.") ends it.
                    if !listItem && sawListItem { break }
                    sawListItem = sawListItem || listItem
                    // "1) Hemorragia digestiva alta  2) Shock hipovolémico  3) Cirrosis": a numbered list on one line.
                    if let numbered = DiagnosisListSplitter.numberedItems(line), numbered.count >= 2 {
                        if numbered.contains(where: Self.holdsDose) { j = itemLine; break }
                        found += numbered.map { DiagnosisListSplitter.withoutSubLabel(Self.cutPlan($0)) }.flatMap(DiagnosisListSplitter.listItems)
                        sawListItem = true
                        j += 1
                        continue
                    }
                    var item = DiagnosisListSplitter.withoutSubLabel(Self.cutPlan(Self.stripListMarker(Self.withCodeColumn(line))))
                    // "# AKI on CKD 3b - likely cardiorenal; trend BMP BID", "# OSA - CPAP at night": a problem-oriented item
                    // names its problem before its dash or semicolon; a status after the dash stays ("# CAD - stable").
                    if line.hasPrefix("#") { item = Self.hashProblem(item) }
                    // Round 9: "#2 Falla respiratoria aguda en VMI: PaFi 210, PEEP 8": a numbered problem's colon opens its data.
                    if Self.hashNumberLength(line) != nil, let colon = item.firstRange(of: ": ") { item = String(item[..<colon.lowerBound]) }
                    // "1. COPD exacerbation: prednisone 40 mg PO daily", "2. Hypertension: continue amlodipine", "- DM2: ajustar
                    // insulina": a problem-oriented item names its problem before the colon, its plan after it.
                    // Not in a history block, whose "- Farmacológicos: tiotropio 18 mcg…" is a field of drugs.
                    if history == nil, let problem = Self.problemBeforePlan(item) {
                        if !Self.isSymptomOnly(problem) { found += DiagnosisListSplitter.listItems(problem) }
                        j += 1
                        continue
                    }
                    // A prescription line ("1. Losartan 50 mg tab, 1 VO c/12h") ends the diagnoses.
                    if Self.holdsDose(item) { j = itemLine; break }
                    found += DiagnosisListSplitter.listItems(item)
                    j += 1
                }
                if history != nil { historyItems += found; headerHistory.formUnion(found.map { TextFolding.fold($0) }) } else { items += found.map(Self.cutPlan) }
                i = j
                continue
            }
            // "HOSPITAL COURSE" / "Curso hospitalario" told by problem: "1. Acute on chronic heart failure: diuresed with …".
            // Its prose lines are read as any prose ("75 y/o male with PMH of COPD on 2L home O2, …"): only its numbered
            // problems are taken here.
            if Self.isCourseByProblemHeader(lines[i]) { inCourse = true; i += 1; continue }
            if inCourse {
                let line = lines[i].trimmingWhitespace()
                if line.isEmpty || Self.isCapitalSectionTitle(line) { inCourse = false }
                else if Self.isListItem(line) {
                    if let problem = Self.courseProblem(Self.stripListMarker(line)) { items += DiagnosisListSplitter.listItems(problem) }
                    i += 1
                    continue
                }
            }
            let countsBefore = (items.count, proseItems.count, historyItems.count)
            let openingBefore = openingLines.count
            // Round 7: "Se diagnosticó sepsis a punto de\npartida de escara…": the statement wrapped at the page's width.
            // Only a line holding a cue needs its continuation (a byte search first: most lines hold none).
            let mayHoldInlineCue = lines[i].utf8.count >= 5 && lines[i].lowercased().contains("diagn")
            items.append(contentsOf: Self.inlineDiagnoses(mayHoldInlineCue ? proseWithContinuation(at: i) : lines[i]))
            // Round 7: with the line's continuation ("… Causa inmediata: sepsis de origen cutáneo\n(A41.9). Otras: …").
            let mayHoldCause = lines[i].contains(":") && lines[i].lowercased().contains("caus")
            items.append(contentsOf: Self.midLineSections(mayHoldCause ? proseWithContinuation(at: i) : lines[i]))
            proseItems.append(contentsOf: ProseDiagnoses.items(in: lines[i]))
            openingLines.append(i)
            // "Viene por control de ERC. Antecedentes: ERC estadio 4, gota, HTA. No DM.": a history field inside a line.
            let midLine = Self.midLineHistory(lines[i].contains(":") ? proseWithContinuation(at: i) : lines[i])
            historyItems.append(contentsOf: midLine)
            headerHistory.formUnion(midLine.map { TextFolding.fold($0) })
            // "She has a history of GERD and osteoarthritis", "27M with asthma": comorbidities written in prose.
            // Prose wrapped at the page's width ("…con antecedentes de DM2 de 18 años,\nhipertensión arterial y ERC…") is
            // read with its continuation lines, so a list of comorbidities is not cut at the line's end.
            // Only a line holding a cue needs its continuation (a cue on the next line is read there): a byte search first.
            let mentions = ComorbidityMentions.tagged(in: ComorbidityMentions.mayHoldCue(lines[i]) ? proseWithContinuation(at: i) : lines[i])
            historyItems.append(contentsOf: mentions.map(\.item))
            proseMentions.formUnion(mentions.map { TextFolding.fold($0.item) })
            // Round 9: "DM2 e HTA conocidos, dislipidemia.": known conditions named before the word, in any note.
            let known = KnownConditionsList.items(in: lines[i])
            historyItems.append(contentsOf: known)
            proseMentions.formUnion(known.map { TextFolding.fold($0) })
            proseHistory.formUnion(mentions.filter(\.followUp).map { TextFolding.fold($0.item) })
            // A line no reader took, holding a list of diseases under an unknown label or none ("Crónica: HTA y DM2, con
            // insuficiencia venosa crónica"; "Sequela de AVC isquêmico 2023, DPOC, lesão por pressão sacral estágio 2.").
            // A conclusion the prose readers cut ("NOTA DEL PATÓLOGO: anemia microcítica hipocrómica compatible con
            // ferropenia; trombocitosis reactiva") is read whole when the line is such a list.
            if countsBefore.0 == items.count, countsBefore.2 == historyItems.count {
                let listed = DiagnosisVocabulary.unlabelledList(lines[i])
                if !listed.isEmpty {
                    proseItems.removeLast(proseItems.count - countsBefore.1)
                    openingLines.removeLast(openingLines.count - openingBefore)
                    historyItems.append(contentsOf: listed)
                }
            }
            i += 1
        }
        // A note without a diagnosis section (a lab report's comment, a handoff) states its diagnoses in prose:
        // "hallazgos compatibles con…", "Ingresó por shock séptico…". With a section, the section says them.
        // Read only when no section says the diagnoses (most notes have one).
        if !sawSection {
            items += proseItems
            historyItems += openingLines.flatMap { ProseDiagnoses.sentenceOpeningDiagnoses(lines[$0]) }
        }
        return DiagnosisMerge.merged(sectionItems: items, historyItems: historyItems,
                                     followUpOnly: proseHistory.subtracting(headerHistory),
                                     proseOnly: proseMentions.subtracting(headerHistory), headerHistory: headerHistory)
    }

    /// The line at `i` joined with up to two following lines that continue its sentence: the line does not end a sentence
    /// or a field, and the next one is no header, list item, field or blank line.
    func proseWithContinuation(at i: Int) -> String {
        var text = lines[i]
        var k = i
        while k + 1 < lines.count, k - i < 2 {
            let current = lines[k].trimmingWhitespace()
            let next = lines[k + 1].trimmingWhitespace()
            // Round 7: a line ending in a comma or a joining word goes on whatever the next line's case ("…(35% en eco de
            // 2025),\nFA permanente anticoagulada y EPOC…"), and so does one before a parenthesis.
            guard let last = current.last, !".:;".contains(last), !next.isEmpty, !Self.isListItem(next), !Self.opensWithFieldLabel(next),
                  !Self.isOtherHeader(next), Self.sectionContent(next) == nil, Self.historyContent(next) == nil,
                  next.first?.isLowercase == true || next.first == "(" || last == "," || Self.endsWithJoiningWord(current) else { break }
            text += " " + next
            k += 1
        }
        return text
    }

    /// True when a field's content on one line goes on on the next (round 7): after a list's separator (",", ";", "+", "/",
    /// a dash) or a joining word ("y", "and", "con"), or when the line ends no sentence and the next one opens in lower case
    /// or with a parenthesis.
    static func continuesOnNextLine(_ rest: String, next: String) -> Bool {
        guard let last = rest.last, let first = next.first else { return false }
        // "Return to clinic in 10 days.", "Control en 1 mes": a plan's sentence on the next line is no item of the list.
        let nextFirst = TextFolding.fold(next).split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if DiagnosisListSplitter.notOpening.contains(nextFirst) || planVerbs.contains(nextFirst) || holdsDose(next) { return false }
        if ",;+/-".contains(last) || endsWithJoiningWord(rest) { return true }
        return !".:".contains(last) && (first.isLowercase || first == "(")
    }

    /// "… hipertensión y", "… with", "… con": a line cut after a word that joins it to the next.
    static func endsWithJoiningWord(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return ["y", "e", "and", "con", "com", "with", "de", "del", "of", "por", "o", "or"].contains(TextFolding.fold(String(last)))
    }

    /// "AKI on CKD 3b - likely cardiorenal; trend BMP BID" → "AKI on CKD 3b"; "CAD s/p CABG - stable, no …" → "CAD s/p CABG -
    /// stable": the problem of a `#` item, with its status, without what is done about it.
    static func hashProblem(_ item: String) -> String {
        var text = item
        if let semicolon = text.firstIndex(of: ";") { text = String(text[..<semicolon]).trimmingWhitespace() }
        for separator in [" - ", " — ", " – "] {
            guard let range = text.firstRange(of: separator) else { continue }
            let after = String(text[range.upperBound...])
            if let status = leadingStatus(after) { return String(text[..<range.upperBound]) + status }
            return String(text[..<range.lowerBound]).trimmingWhitespace()
        }
        return text
    }

    static let handoffFragments: [[UInt8]] = ["severity", "pass"].map { Array($0.utf8) }

    /// An indented line that goes on with the list item above it: no item, header, field or blank line of its own.
    static func isIndentedContinuation(_ raw: String, soap: Bool) -> Bool {
        guard raw.hasPrefix(" ") || raw.hasPrefix("\t") else { return false }
        let line = raw.trimmingWhitespace()
        guard !line.isEmpty, !isListItem(line), !isOtherHeader(line), historyContent(line) == nil, sectionContent(line, soap: soap) == nil,
              !line.hasSuffix(":"), !isSOAPLetterHeader(line), !opensWithFieldLabel(line) else { return false }
        return true
    }

    /// "  - furosemide 80 mg IV BID", "\t• continuar carvedilol": a bullet indented under a problem of the list.
    static func isIndentedPlanBullet(_ raw: String) -> Bool {
        guard raw.hasPrefix(" ") || raw.hasPrefix("\t") else { return false }
        let line = raw.trimmingWhitespace()
        guard let first = line.first else { return false }
        return "-•*·>".contains(first)
    }

    /// "HTA, DM2, ERC KDIGO G3a. Alergias: niega": the history's sentence ends before another field's label.
    static func beforeInnerField(_ sentence: String) -> String {
        guard let range = sentence.firstRange(of: ". ") else { return sentence }
        let after = sentence[range.upperBound...]
        guard after.first?.isUppercase == true, let colon = after.firstIndex(of: ":"), after[..<colon].split(separator: " ").count <= 3 else { return sentence }
        return String(sentence[..<range.lowerBound])
    }

    /// A history field's items: its first sentence's list, then later sentences that name a disease
    /// ("APP: hipotiroidismo en tratamiento. Lumbalgia crónica."); a denial ("No DM.") or a habit is none.
    static func historyItems(_ content: String) -> [String] {
        let sentences = SentenceSegmenter.split(content)
        // "ANTECEDENTES: Patológicos: ICC FEVIr, FA permanente. Quirúrgicos: …": the patient's sub-label opens no item (round 7).
        let opening = sentences.first ?? ""
        let first = withoutPatientSubLabel(opening) ?? beforeInnerField(opening)
        // "Antecedentes: niega HTA, DM": a denial opening the list denies all of it.
        var found = isNegatedOrNotADiagnosis(first) ? [] : DiagnosisListSplitter.listItems(first)
        for sentence in sentences.dropFirst() {
            let item = DiagnosisListSplitter.trimmedItem(sentence)
            if let inner = withoutPatientSubLabel(item) { found += DiagnosisListSplitter.listItems(inner); continue }
            if item.contains(":") { break }
            guard !isNegatedOrNotADiagnosis(item), DiagnosisListSplitter.opensWithDiseaseNoun(item) || DiagnosisConcept.namesKnownCondition(item) else { continue }
            found += DiagnosisListSplitter.listItems(item)
        }
        return found
    }

    /// "Patológicos: ICC, FA" → "ICC, FA": a history field's sub-label naming the patient's diseases; nil for any other
    /// text (a "Quirúrgicos:" or "Alérgicos:" sub-label is another history).
    static func withoutPatientSubLabel(_ sentence: String) -> String? {
        guard let colon = sentence.firstIndex(of: ":"), sentence.distance(from: sentence.startIndex, to: colon) <= 32 else { return nil }
        let words = TextFolding.fold(String(sentence[..<colon])).split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard !words.isEmpty, words.count <= 3, words.allSatisfy({ patientSubLabelWords.contains($0) }) else { return nil }
        return String(sentence[sentence.index(after: colon)...]).trimmingWhitespace()
    }

    static let patientSubLabelWords: Set<String> = [
        "patologicos", "patologico", "personales", "personal", "medicos", "medico", "clinicos", "morbidos", "pat", "app", "cronicos",
        "enfermedades", "y", "de", "pathological", "medical",
    ]

    /// A history header after a sentence end inside a line ("… control de ERC. Antecedentes: ERC, gota. No DM."):
    /// the field's items, to the end of its first sentence.
    static func midLineHistory(_ line: String) -> [String] {
        let folded = TextFolding.foldedScalars(line)
        let original = Array(line.unicodeScalars)
        var p = 1
        while p < folded.count {
            guard afterSentenceEnd(p, in: folded),
                  let start = headerWithColon(at: p, in: folded, headers: midLineHistoryHeaders) ?? genericLabelEnd(at: p, in: folded, history: true) else { p += 1; continue }
            let rest = String(String.UnicodeScalarView(original[start...])).trimmingWhitespace()
            return DiagnosisListSplitter.listItems(beforeInnerField(SentenceSegmenter.split(rest).first ?? ""))
        }
        return []
    }

    /// The history headers inside a line, after a sentence end: every line-start history header (round 6: "… (urocultivo:
    /// E. coli BLEE). AP: DBT2, IRC estadio 3, HTA."), longest first.
    static let midLineHistoryHeaders: [[Unicode.Scalar]] = (historyHeaders + ["comorbilidades", "comorbilidad"])
        .sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }

    /// True when every word of `short` (two or more) occurs in `long` in order, and `long` adds at most four words:
    /// "ERC estadio 3b" in "ERC de causa no tradicional (Mesoamericana) estadio 3b".
    static func isOrderedSubsequence(_ short: String, of long: String) -> Bool {
        let a = TextFolding.fold(short).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let b = TextFolding.fold(long).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let added = contentWords(long).subtracting(contentWords(short))
        // What the history adds is the disease's words, not its history ("de 10 años", "desde 2015", "en tratamiento").
        guard a.count >= 2, b.count > a.count, a.first == b.first, added.count <= 4,
              !added.contains(where: { $0.contains(where: \.isNumber) || historyWords.contains($0) || $0 != "no" && stateWords.contains($0) }) else { return false }
        var k = 0
        for w in b where k < a.count && w == a[k] { k += 1 }
        return k == a.count
    }

    static let historyWords: Set<String> = [
        "anos", "ano", "years", "year", "meses", "months", "desde", "hace", "since", "ago", "tratamiento", "tto", "treated", "on",
        "en", "controlada", "controlado", "controlled", "diagnosticada", "diagnosticado", "diagnosed", "evolucion", "data",
    ]

    /// True when `short` is `long`'s opening words and `long` says more ("HTA" → "HTA en tratamiento").
    static func isWordPrefix(_ short: String, of long: String) -> Bool {
        let a = TextFolding.fold(short).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let b = TextFolding.fold(long).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return !a.isEmpty && b.count > a.count && Array(b.prefix(a.count)) == a
    }

    /// "Cardiopatía isquémica (IAM en 2019 con stent)": a parenthetical opening with a known condition is a
    /// history item of its own, its date kept; other remarks ("(ex tabaquista)", "(2021)") stay remarks.
    static func splitHistoryParenthetical(_ item: String) -> [String] {
        guard let open = item.firstIndex(of: "("), let close = item[open...].firstIndex(of: ")") else { return [item] }
        let inner = String(item[item.index(after: open)..<close]).trimmingWhitespace()
        guard DiagnosisConcept.namesKnownCondition(inner.split(separator: " ").prefix(4).joined(separator: " ")),
              !isNegatedOrNotADiagnosis(inner) else { return [item] }
        let outer = (String(item[..<open]) + String(item[item.index(after: close)...])).trimmingWhitespace()
        return outer.isEmpty ? [inner] : [outer, inner]
    }

    /// "B:", "R:": a line opening with this one letter and a colon.
    static func isLetterHeader(_ line: String, _ letter: Character) -> Bool {
        let t = line.trimmingWhitespace()
        guard let f = t.first, f.uppercased() == String(letter) else { return false }
        return String(t.dropFirst()).trimmingWhitespace().hasPrefix(":")
    }

    /// "on tenofovir 300 mg PO daily", "en tratamiento con metformina 850 mg": what the patient takes, not a disease.
    static func isTreatment(_ item: String) -> Bool {
        let first = TextFolding.fold(item.trimmingWhitespace()).split(separator: " ").first.map(String.init) ?? ""
        return ["on", "taking", "receiving", "recibe", "recibiendo", "toma", "tomando", "usa", "em", "en", "con", "with"].contains(first) && holdsDose(item)
    }

    /// "Neumonía, resolving" → "Neumonía": the item without a course qualifier after its comma.
    static func withoutCourse(_ text: String) -> String {
        guard let comma = text.lastIndex(of: ","), DiagnosisListSplitter.startsWithQualifier(String(text[text.index(after: comma)...]).trimmingWhitespace()) else { return text }
        return String(text[..<comma]).trimmingWhitespace()
    }

    /// "T2DM", "HTA", "FA crónica", "DM tipo 2": an item opening with a capital abbreviation.
    static func opensWithAbbreviation(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        let letters = first.unicodeScalars.filter { TextFolding.isLetter($0) }
        // "HFrEF", "AFib" as well: two capitals or more.
        return letters.count >= 2 && (letters.allSatisfy { TextFolding.isUpper($0) } || letters.filter { TextFolding.isUpper($0) }.count >= 2)
    }

    /// Content words without classification words ("Child", "GOLD", "NYHA").
    static func surfaceWords(_ text: String) -> Set<String> {
        contentWords(text).subtracting(DiagnosisConcept.classifications)
    }

    /// The disease before its circumstances: "preeclampsia en este embarazo, resuelta" → "preeclampsia".
    static func surfaceHead(_ text: String) -> String {
        let folded = " " + TextFolding.fold(text) + " "
        var cut = folded.endIndex
        for joiner in [" en ", " por ", " due to ", " secundari", " secondary ", ",", " a causa ", " tras ", " after "] {
            if let range = folded.firstRange(of: joiner), range.lowerBound < cut { cut = range.lowerBound }
        }
        return String(folded[..<cut])
    }

    static func relatesTwoDiseases(_ text: String) -> Bool {
        let folded = " " + TextFolding.fold(text) + " "
        return [" sobreagregada a ", " sobreagregado a ", " superimposed on ", " secundaria a ", " secundario a ", " secondary to ",
                " debida a ", " debido a ", " due to ", " asociada a ", " asociado a ", " associated with ", " complicating "]
            .contains(where: { folded.hasSubstring($0) })
    }

    /// "Hipotireoidismo primário (tireoidite de Hashimoto)", "ITU baja (cistitis aguda)": a parenthetical that names
    /// a disease (its type or cause) is a diagnosis of its own; one holding figures or a code stays a remark.
    static func splitParentheticalDiagnosis(_ item: String) -> [String] {
        guard let open = item.firstIndex(of: "("), let close = item[open...].firstIndex(of: ")") else { return [item] }
        let inner = String(item[item.index(after: open)..<close]).trimmingWhitespace()
        guard !inner.contains(where: { $0.isNumber || $0 == "," || $0 == ";" }), inner.split(separator: " ").count <= 5,
              DiagnosisListSplitter.opensWithDiseaseNoun(inner) || DiagnosisConcept.namesKnownCondition(inner) else { return [item] }
        let outer = (String(item[..<open]) + String(item[item.index(after: close)...])).trimmingWhitespace()
        return outer.isEmpty ? [inner] : [outer, inner]
    }

    /// "S:", "O:", "A:", "P:", "A//", "P/": a SOAP letter header opening its line.
    static func isSOAPLetterHeader(_ line: String) -> Bool {
        let s = Array(line.trimmingWhitespace().unicodeScalars)
        guard s.count >= 2, "SOAPsoap".unicodeScalars.contains(s[0]) else { return false }
        var k = 1
        while k < s.count, s[k] == " " { k += 1 }
        // Round 7: "A- DM2 HAS…", "S- viene por…": a rural note's dash right after the letter.
        if k == 1, k + 1 < s.count, s[k] == "-", s[k + 1] == " " { return true }
        return k < s.count && (s[k] == ":" || s[k] == "/" && !(k + 1 < s.count && TextFolding.isLetter(s[k + 1])))
    }

    /// "Curso hospitalario: …", "DISPO: …", "Electronically signed: …": a line opening with a field label of
    /// one to four words and a colon, which is not a diagnosis header.
    static func opensWithFieldLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        let words = label.split(separator: " ")
        guard (1...4).contains(words.count), label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "/" || $0 == "." || $0 == "-" }) else { return false }
        // A list item may hold a colon ("Neumonía: resuelta"); a label is what opens a field, capitalized.
        return words[0].first?.isUppercase == true && words.count >= 2 || words[0].allSatisfy { $0.isUppercase || !$0.isLetter } && words[0].count >= 2
    }

    /// The text after a history header ("Antecedentes:", "APP:", "PMH:", "Past medical history:"), or nil.
    static func historyContent(_ line: String) -> String? {
        let trimmed = stripListMarker(line.trimmingWhitespace())
        let folded = TextFolding.fold(trimmed)
        for header in historyHeaders where folded.hasPrefix(header) {
            var rest = String(trimmed.unicodeScalars.dropFirst(header.unicodeScalars.count)).trimmingWhitespace()
            // "Antec.:", "Ant. pat.:": an abbreviated header keeps its period.
            if header.count <= 6, rest.hasPrefix(".") { rest = String(rest.dropFirst()).trimmingWhitespace() }
            guard let first = rest.first, first == ":" || first == "-" || first == "—" else { continue }
            return String(rest.dropFirst()).trimmingWhitespace()
        }
        // "ANTECEDENTES MORBIDOS:", "Antecedentes clínicos relevantes:", "Antecedentes patológicos de importancia:": any
        // label of at most five words opening with "antecedente(s)" is the patient's history, unless a word of it names
        // another kind of history (family, surgical, allergic, obstetric, habits).
        if folded.hasPrefix("antec"), let colon = trimmed.firstIndex(of: ":") {
            let label = TextFolding.fold(String(trimmed[..<colon]))
            let words = label.split(whereSeparator: { !$0.isLetter })
            if words.count <= 5, !label.contains(where: \.isNumber), words.allSatisfy({ !otherHistoryWords.contains(String($0)) }) {
                return String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
            }
        }
        // Cuba's "Dispensarizado grupo III: HTA, asma" (the chronic conditions the family doctor follows).
        if folded.hasPrefix("dispensarizad"), let colon = trimmed.firstIndex(of: ":"),
           trimmed[..<colon].split(separator: " ").count <= 4 {
            return String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
        }
        return nil
    }

    /// Words of a history label that name a history other than the patient's diseases.
    static let otherHistoryWords: Set<String> = [
        "familiar", "familiares", "heredofamiliares", "heredo", "hereditarios", "quirurgico", "quirurgicos", "qx",
        "alergico", "alergicos", "alergia", "alergias", "ginecoobstetricos", "gineco", "obstetricos", "ginecologicos",
        "go", "toxicos", "habitos", "vacunas", "inmunizaciones", "vacunales", "perinatales", "prenatales", "natales",
        "sociales", "no", "transfusionales", "traumaticos", "farmacologicos", "laborales", "ocupacionales",
        "epidemiologicos", "psicosociales", "menstruales", "sexuales", "del", "desarrollo", "cirurgicos", "familia",
    ]

    /// "DM2 de 12 años", "HTA desde hace 8 años", "IAM en 2019", "CHF (EF 35%)": the disease, without its history.
    static func historyHead(_ item: String) -> String {
        let scalars = Array(item.unicodeScalars)
        let folded = scalars.map { TextFolding.fold($0) ?? $0 }
        func matches(_ t: [Unicode.Scalar], at i: Int) -> Bool { i + t.count <= folded.count && Array(folded[i..<(i + t.count)]) == t }
        // Every place the history could be cut, with whether it opens a state ("controlada", "en tratamiento").
        var cuts: [(at: Int, state: Bool)] = []
        // An acute event's year says which event it was ("IAM en 2019", "ACV en 2021"); a disease's onset is history.
        let event = !DiagnosisConcept.key(item).isDisjoint(with: datedEvents)
        for tail in historyTails {
            let t = Array(tail.unicodeScalars)
            guard scalars.count > t.count else { continue }
            for i in 1...(scalars.count - t.count) where matches(t, at: i) {
                // "prior TIA (2021)", "IAM (2019)": an acute event's year in parentheses says which event it was.
                if tail == " (", event, let close = scalars[i...].firstIndex(of: ")"),
                   isEventYear(String(String.UnicodeScalarView(scalars[(i + 2)..<close])), of: String(String.UnicodeScalarView(scalars[0..<i]))) { break }
                // "de 12 años" / "en 2019" / "x 5 años": only when a number follows.
                if tail.hasSuffix("#") == false || (i + t.count < scalars.count && TextFolding.isDigit(scalars[i + t.count])) {
                    cuts.append((i, stateTails.contains(tail)))
                }
                break
            }
        }
        for tail in numberedTails {
            let t = Array(tail.unicodeScalars)
            guard scalars.count > t.count + 1 else { continue }
            for i in 1..<(scalars.count - t.count) where matches(t, at: i) && TextFolding.isDigit(scalars[i + t.count]) {
                if event && (tail == " en " || tail == " in " || tail == " em ") && isYear(scalars, at: i + t.count) { continue }
                cuts.append((i, false))
                break
            }
        }
        // "FA en Eliquis", "HTA en losartán": the drug it is treated with is history.
        let en = Array(" en ".unicodeScalars)
        for i in 1..<max(1, scalars.count - 3) where matches(en, at: i) {
            let next = String(String.UnicodeScalarView(scalars[(i + 4)...])).split(separator: " ").first.map(String.init) ?? ""
            if next.first?.isUppercase == true && !next.allSatisfy({ $0.isUppercase || $0.isNumber }) || DrugLexicon.names.contains(TextFolding.fold(next)) {
                cuts.append((i, false))
                break
            }
        }
        cuts.sort { $0.at < $1.at }
        var cut = cuts.first?.at ?? scalars.count
        // A short state stays ("DM2 controlada", "HTA en tratamiento", "diabetes gestacional controlada con dieta")
        // unless it outweighs the disease's own words; a longer course ("HTA mal controlada") is history.
        if let first = cuts.first, first.state {
            let stateEnd = cuts.dropFirst().first(where: { $0.at > first.at })?.at ?? scalars.count
            let headWords = contentWords(String(String.UnicodeScalarView(scalars[0..<first.at]))).subtracting(["no"])
            let stateWords = contentWords(String(String.UnicodeScalarView(scalars[first.at..<stateEnd]))).subtracting(["en", "con"])
            if stateWords.count <= min(2, headWords.count) { cut = stateEnd }
        }
        let head = String(String.UnicodeScalarView(scalars[0..<cut])).trimmingWhitespace()
        return head.unicodeScalars.filter({ TextFolding.isLetter($0) }).count >= 2 ? head : item
    }

    static let historyTails = [
        " desde ", " hace ", " de larga data", " de larga evolucion", " en tratamiento", " since ", " diagnosticad", " diagnosed",
        " (", " tratad", " treated", " on ", " con tratamiento", " en tto", " con tto", " bajo tratamiento", " mal controlad", " controlad", " en control",
        // How it was confirmed is history too: "confirmado por espirometría", "confirmed by biopsy", "comprovad".
        " confirmad", " confirmed", " comprovad",
        // Since childhood: "asma en la infancia", "asthma in childhood", "asma na infância".
        " en la infancia", " na infancia", " in childhood", " de la infancia",
    ]
    // Portuguese "há 15 anos" / "ha 3 meses" and "desde 2015" next to Spanish "de 12 años", English "for 10 years".
    static let nothingWords: Set<String> = [
        "negados", "negadas", "negado", "negada", "negativos", "ninguno", "ninguna", "ningunos", "nada", "nenhum", "nenhuma",
        "nega", "none", "denied", "nil", "nkda", "conocido", "conocidos", "conocida", "known", "relevante", "relevantes",
        "de", "importancia", "significativo", "significativos", "a", "la", "fecha", "to", "date", "referidos", "refiere",
        // "nada más", "nothing else", "ningún otro".
        "mas", "else", "nothing", "otro", "otros", "otra", "otras", "ningun",
    ]
    static let numberedTails = [" de ", " en ", " x ", " in ", " for ", " por ", " ha ", " em "]
    /// States a history item keeps when short: "controlada", "en tratamiento", "compensada".
    static let stateTails: Set<String> = [" controlad", " en tratamiento", " tratad", " controlled", " treated", " en control"]
    /// Words of a disease's state or treatment, not of the disease.
    static let stateWords: Set<String> = [
        "controlada", "controlado", "descontrolada", "descontrolado", "compensada", "compensado", "descompensada", "descompensado",
        "tratada", "tratado", "tto", "tratamiento", "tratamento", "insulinorequirente", "insulinorrequiriente", "insulinorrequirente",
        "insulinodependiente", "anticoagulada", "anticoagulado", "no", "mal", "sin", "en", "con", "bien", "controlled",
        "uncontrolled", "treated", "untreated", "well", "poorly", "on",
    ]
    /// Concepts of acute events whose year is kept.
    static let datedEvents: Set<String> = ["mi", "stroke", "pe", "dvt", "infarto", "fractura", "fracture", "tep", "tvp", "acv", "iam", "tia", "ait"]

    static func isYear(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 4 <= scalars.count else { return false }
        let digits = scalars[i..<(i + 4)].allSatisfy { TextFolding.isDigit($0) }
        return digits && (i + 4 == scalars.count || !TextFolding.isDigit(scalars[i + 4]))
    }

    /// "niega alergias", "sin fiebre", "no diabetes", "denies chest pain": denied findings are never diagnoses;
    /// nor is a normal result ("Conclusión: estudio normal", "unremarkable", "sin alteraciones").
    static func isNegatedOrNotADiagnosis(_ item: String) -> Bool {
        let words = TextFolding.fold(item).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return true }
        // A history field that says there is nothing: "negados", "ninguno conocido", "none known", "nada relevante".
        if words.allSatisfy({ Self.nothingWords.contains($0) }) { return true }
        // A normal result, not a normal state ("puerperio normal", "embarazo normal" are diagnoses).
        let folded = " " + words.joined(separator: " ") + " "
        if words == ["normal"] || [" sin alteraciones", " sin hallazgos", " unremarkable", " within normal limits", " dentro de limites normales"]
            .contains(where: { folded.hasSubstring($0) }) { return true }
        if let last = words.last, ["normal", "normales", "negativo", "negativa", "negative"].contains(last),
           words.contains(where: { resultNouns.contains($0) }) { return true }
        if negationOpeners.contains(first) || DiagnosisNegation.opensWithNegation(item) || DiagnosisFormAnswers.isDenied(item) { return true }
        // "Post-op dx: same.", "ídem", "igual": a reference to another list; "Correlacionar con clínica", "dx diferencial
        // dengue": an instruction or a differential, not a diagnosis (round 6).
        if words.count <= 2, ["same", "idem", "igual", "mismo", "misma", "ditto", "unchanged"].contains(first) { return true }
        if ["correlacionar", "correlate", "correlacion", "sugiero", "sugerimos", "recomiendo", "recommend", "ddx", "diferencial", "differential"].contains(first)
            || words.count >= 2 && ["dx", "diagnostico", "diagnosis"].contains(first) && ["diferencial", "diferenciales", "differential"].contains(words[1]) { return true }
        // "resto estable", "rest unremarkable", "lo demás sin cambios": the rest of the findings, no disease.
        if remainderOpeners.contains(first) || words.count >= 2 && ["lo", "el"].contains(first) && remainderOpeners.contains(words[1]) { return true }
        // "descartar lesión meniscal", "rule out PE", "afastar TEP": what is to be ruled out is not diagnosed.
        if ruleOutOpeners.contains(first) || words.count >= 2 && first == "rule" && words[1] == "out" || first == "r" && words.count >= 2 && words[1] == "o" && item.contains("/") { return true }
        // "afebril", "tolerating clears", "pain 4/10": findings of an examination or a handoff.
        // Round 8: "portadora de la cédula 1719…", "fue valorada el 27/11": an article or a verb opening an item that names no
        // disease is prose, not a diagnosis.
        if ["la", "el", "los", "las", "fue", "was", "were", "es", "son", "esta", "is"].contains(first), !DiagnosisHedges.holdsDiseaseWord(item) { return true }
        // Round 8: a test awaited or ordered ("Citología pendiente", "biopsy pending", "TSH solicitada") is no diagnosis; nor
        // is a remark holding an order ("(palidez) pedir Hb").
        if words.count <= 5, let last = words.last, ["pendiente", "pendientes", "pending", "solicitada", "solicitado", "solicitados", "solicitadas", "ordered", "requested", "pendente"].contains(last) { return true }
        if item.hasPrefix("("), words.contains(where: { ["pedir", "solicitar", "order", "request", "pedido", "solicito"].contains($0) }) { return true }
        // Round 8: a risk of something ("riesgo de desnutrición", "risk of falls") is a diagnosis; a risk's level is not.
        if findingOpeners.contains(first) && !DiagnosisListSplitter.namesRisk(item) || (TextFolding.fold(item) + " ").hasSubstring("/10 ") { return true }
        // "VIH negativo", "VDRL no reactivo", "HBsAg non-reactive": a negative test result (a blood group's "Rh negativo" aside).
        if words.count <= 4, !words.contains("rh"), let last = words.last {
            if ["negativo", "negativa", "negativos", "negativas", "negative", "nonreactive", "indetectable", "undetectable"].contains(last) { return true }
            if ["reactivo", "reactiva", "reactivos", "reactive", "reagente"].contains(last), words.count >= 2, ["no", "non", "nao"].contains(words[words.count - 2]) { return true }
        }
        if words.count >= 2, ["no", "not"].contains(first) || (first == "negative" && words[1] == "for") { return true }
        // "submassive ruled out", "TEP descartado", "apendicitis excluida", "TVP afastada": what was ruled out.
        if words.count >= 2, words.suffix(2) == ["ruled", "out"] { return true }
        if let last = words.last, ruledOutParticiples.contains(last) { return true }
        // Round 9: "CHA2DS2-VASc 3 (edad, HTA, DM), HAS-BLED 1", "TFG 72 ml/min", "IMC 33": a score or a measure with its
        // figure, on its own, is no diagnosis (a qualifier after a diagnosis stays with it, `DiagnosisListSplitter`).
        if words.count <= 12, scoreOpeners.contains(first) || first == "has" && words.count >= 2 && words[1] == "bled",
           item.contains(where: \.isNumber) { return true }
        // Round 9: "coledocolitiasis descartada por colangiografía", "TEP afastado pela angioTC", "PE ruled out by CTA": the
        // participle is not last when the test that ruled it out follows.
        if let at = words.firstIndex(where: { ruledOutParticiples.contains($0) }), at >= 1, at + 1 < words.count,
           ["por", "pela", "pelo", "by", "con", "com", "with", "mediante", "tras", "after", "en", "em", "on"].contains(words[at + 1]) { return true }
        if let at = words.firstIndex(of: "ruled"), at >= 1, at + 2 < words.count, words[at + 1] == "out", ["by", "with", "on", "after"].contains(words[at + 2]) { return true }
        return false
    }

    static let scoreOpeners: Set<String> = [
        "cha2ds2", "chads2", "hasbled", "curb", "curb65", "wells", "glasgow", "gcs", "nihss", "apache", "sofa", "qsofa", "meld",
        "psi", "grace", "timi", "ecog", "tfg", "egfr", "gfr", "ldl", "a1c", "hba1c", "spo2", "imc", "bmi", "fevi", "lvef",
    ]

    static let ruledOutParticiples: Set<String> = [
        "descartado", "descartada", "descartados", "descartadas", "excluido", "excluida", "excluded", "afastado", "afastada",
    ]

    /// History items that are habits, family history, allergies or obstetric formulas, not the patient's diseases.
    static func isHistoryNoise(_ item: String) -> Bool {
        let folded = TextFolding.fold(item.trimmingWhitespace())
        guard let first = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first.map(String.init) else { return true }
        // "alcohol use disorder, mild, in early remission", "trastorno por consumo de alcohol": a disorder, not a habit.
        if ["disorder", "trastorno", "dependencia", "dependence", "abuse", "withdrawal", "abstinencia"].contains(where: { folded.hasSubstring($0) }),
           ["alcohol", "consumo", "tabaquismo", "tabagismo"].contains(first) { return false }
        if historyNoiseOpeners.contains(first) || historyNoisePrefixes.contains(where: { first.hasPrefix($0) }) { return true }
        // Round 7: "active smoker", "heavy drinker", "fumadora activa": a habit, whatever word opens it.
        // Not in a remark: "EPOC leve (ex tabaquista 40 p/y)" is the disease.
        if withoutParenthetical(folded).split(whereSeparator: { !$0.isLetter }).contains(where: { ["smoker", "smokers", "drinker", "fumador", "fumadora", "tabaquista", "tabagista", "bebedor", "bebedora"].contains(String($0)) }) { return true }
        // Round 7: "colecistectomía hace 5 años", "apendicectomía", "hernioplastia": an operation is the surgical history, not
        // a disease ("cesárea anterior" is an obstetric diagnosis and stays).
        if first.count > 7 && ProseDiagnoses.procedureSuffixes.contains(where: { first.hasSuffix($0) }) { return true }
        // G3P3003, G2P1
        let scalars = Array(first.unicodeScalars)
        if scalars.count >= 2, scalars[0] == "g", TextFolding.isDigit(scalars[1]) { return true }
        return false
    }

    /// "Community-acquired pneumonia, RLL - ceftriaxone 1 g IV q24h": an assessment item keeps its problem, not its plan.
    static func cutPlan(_ item: String) -> String {
        for separator in [" - ", " — ", " – "] {
            guard let range = item.firstRange(of: separator) else { continue }
            let after = String(item[range.upperBound...])
            // "HTN - at goal, but amlodipine edema -> decrease amlodipine", "DM2 - mal controlada, ajustar insulina": the
            // problem's status is part of it (the blind sets label "HTN - at goal"); the plan after it is not.
            if let status = Self.leadingStatus(after) { return String(item[..<range.upperBound]) + status }
            let firstWord = TextFolding.fold(after).split(separator: " ").first.map(String.init) ?? ""
            if after.contains(where: { $0.isNumber }) || planVerbs.contains(firstWord) { return String(item[..<range.lowerBound]) }
            // "Essential hypertension - at goal for age, continue lisinopril": a remark holding a plan verb is the plan.
            let afterWords = TextFolding.fold(after).split(whereSeparator: { !$0.isLetter }).map(String.init)
            if after.first?.isLowercase == true, afterWords.contains(where: { planVerbs.contains($0) || planNouns.contains($0) }) { return String(item[..<range.lowerBound]) }
        }
        return item
    }

    /// "at goal, but …" → "at goal": a status phrase of at most four words opening a remark, up to the plan.
    static func leadingStatus(_ remark: String) -> String? {
        let folded = TextFolding.fold(remark)
        guard statusOpeners.contains(where: { folded.hasPrefix($0 + " ") || folded == $0 || folded.hasPrefix($0 + ",") || folded.hasPrefix($0 + ";") }) else { return nil }
        var end = remark.endIndex
        for stop in [",", ";", " ->", " →", " but ", " pero ", ".", " - ", " with ", " con "] {
            if let r = remark.firstRange(of: stop), r.lowerBound < end { end = r.lowerBound }
        }
        let status = String(remark[..<end]).trimmingWhitespace()
        let count = status.split(separator: " ").count
        return count >= 1 && count <= 4 && !holdsDose(status) ? status : nil
    }

    static let statusOpeners = [
        "at goal", "not at goal", "above goal", "below goal", "stable", "estable", "controlled", "well controlled", "uncontrolled",
        "poorly controlled", "controlada", "controlado", "bien controlada", "bien controlado", "mal controlada", "mal controlado",
        "no controlada", "no controlado", "improving", "improved", "resolved", "resolving", "worsening", "compensada", "compensado",
        "descompensada", "descompensado", "en meta", "fuera de meta", "en resolucion", "mejorando", "resuelta", "resuelto",
        "en remision", "in remission", "asintomatico", "asintomatica", "asymptomatic",
    ]

    /// The problem of "Problem: plan" when the plan holds a dose, opens with a plan verb or names a drug.
    static func problemBeforePlan(_ item: String) -> String? {
        guard let colon = item.firstIndex(of: ":") else { return nil }
        let problem = String(item[..<colon]).trimmingWhitespace()
        let plan = String(item[item.index(after: colon)...]).trimmingWhitespace()
        let words = problem.split(separator: " ")
        guard (1...8).contains(words.count), !plan.isEmpty else { return nil }
        let first = TextFolding.fold(plan).split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        guard holdsDose(plan) || planVerbs.contains(first) || DrugLexicon.byFirstWord[first] != nil else { return nil }
        return problem
    }

    /// "Pain", "Dolor", "Fever/nausea": a symptom under treatment, no diagnosis.
    static func isSymptomOnly(_ problem: String) -> Bool {
        let words = TextFolding.fold(problem).split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !words.isEmpty && words.allSatisfy { MedicationExtractor.symptoms.contains($0) || ["control", "management", "manejo", "y", "and", "o", "or"].contains($0) }
    }

    /// A number followed by a dose unit: "50 mg", "1 g", "2 puff".
    static func holdsDose(_ item: String) -> Bool {
        let words = TextFolding.fold(item).split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" })
        for (k, w) in words.enumerated() where k + 1 < words.count && w.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "/" }) {
            if MedicationExtractor.drugUnits.contains(String(words[k + 1])) || ["ml", "puff", "puffs", "tab", "tabletas", "comprimido", "comprimidos", "capsulas"].contains(String(words[k + 1])) { return true }
        }
        // "Losartan 50mg"
        return words.contains { w in ["mg", "mcg", "ml"].contains(where: { w.hasSuffix($0) }) && w.first?.isNumber == true }
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(TextFolding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count >= 2 && !["de", "del", "la", "el", "con", "of", "the", "and", "y"].contains($0) })
    }

    static let resultNouns: Set<String> = [
        "estudio", "study", "examen", "exam", "radiografia", "tomografia", "ecografia", "ultrasonido", "rx", "tac", "rm",
        "resonancia", "resultado", "resultados", "hallazgos", "electrocardiograma", "ecg", "ekg", "ecocardiograma", "echo",
        "endoscopia", "colonoscopia", "biopsia", "cultivo", "urocultivo", "ct", "mri", "xray", "imaging", "laboratorio", "labs",
    ]
    static let remainderOpeners: Set<String> = ["resto", "rest", "remainder", "demas", "restante", "restantes"]
    static let ruleOutOpeners: Set<String> = ["descartar", "descartarse", "excluir", "afastar", "ro"]
    static let findingOpeners: Set<String> = [
        "afebril", "afebrile", "apiretico", "apiretica", "eupneico", "eupneica", "tolerating", "tolera", "tolerando", "ambulating",
        "deambula", "deambulando", "hemodinamicamente", "hemodynamically", "vigil", "lucido", "lucida", "orientado", "orientada",
        // An impression of the state, not a disease: "clínicamente estable", "en ritmo sinusal hoy", "apto para cirugía",
        // "riesgo cardiovascular intermedio" (a pre-operative risk), "in sinus rhythm".
        "clinicamente", "clinically", "en", "apto", "apta", "fit", "riesgo", "risk",
    ]
    static let negationOpeners: Set<String> = [
        "niega", "niegan", "sin", "denies", "denied", "nega", "negou", "descarta", "descartado", "descartada", "without", "ninguno",
        "ninguna", "none", "nkda", "nka",
    ]
    static let historyNoiseOpeners: Set<String> = [
        "tabaquista", "extabaquista", "exfumador", "exfumadora", "fumador", "fumadora", "smoker", "former", "ex", "consumo", "consume",
        "alcohol", "etilismo", "madre", "padre", "hermano", "hermana", "mother", "father", "family", "familiar", "alergia", "alergias",
        "alergico", "alergica", "allergy", "allergies", "cirugias", "cirugia", "quirurgicos", "surgery", "surgeries", "vacunas",
        "inmunizaciones", "fum", "menarca", "gesta", "para", "tabagismo", "tabagista", "nega", "usa", "uses", "takes", "toma",
        "refiere", "refere",
    ]
    static let historyNoisePrefixes = ["ex-tab", "extab", "ex-fum", "exfum"]
    /// Plan nouns after a problem's dash: "Obesity - nutrition referral", "DM2 - interconsulta a endocrinología".
    static let planNouns: Set<String> = [
        "referral", "refer", "consult", "interconsulta", "derivacion", "derivar", "referir", "referencia", "education", "educacion",
        "counseling", "consejeria", "followup", "seguimiento", "labs", "recheck", "titrate", "titular", "goal", "meta", "metas",
    ]
    static let planVerbs: Set<String> = [
        "continue", "hold", "start", "wean", "stop", "give", "increase", "decrease", "monitor", "resume", "check", "consider",
        "continuar", "iniciar", "suspender", "mantener", "ajustar", "vigilar", "control", "solicitar",
        // "Provoked VTE - discontinue the OCP", "Gastritis - retirar AINE": stopping a drug is plan too.
        "discontinue", "discontinuar", "descontinuar", "retirar", "suspend", "taper", "admit", "ingresar", "internar",
    ]
    static let historyHeaders: [String] = [
        "antecedentes personales patologicos", "antecedentes patologicos personales", "antecedentes patologicos",
        "antecedentes personales", "antecedentes medicos", "antecedentes de importancia", "antecedentes", "app", "ap", "ant",
        "pmh", "past medical history", "medical history", "history", "historial", "comorbilidades", "comorbidities",
        "comorbidades", "antecedentes clinicos",
        // Brazil's "HPP:" (história patológica pregressa), "AP:" variants, "PMHx:", "Past history:".
        "hpp", "hmp", "antecedentes pessoais", "pmhx", "past history", "antecedentes patologicos personales y familiares",
        // The singular and abbreviated forms: "Antecedente:", "Antec.:", "Comorbilidad:", "Comorbidade:".
        "antecedente personal", "antecedente", "antec", "comorbilidad", "comorbidade", "comorbidity",
        // Round 6: Chile's "AM:" / "Antec. mórbidos:", the chronic conditions a family doctor follows ("Crónica: HTA y DM2",
        // "Enfermedades crónicas:", "Patología de base:"), "Hx:".
        "am", "antecedentes morbidos", "antec morbidos", "morbidos", "cronica", "cronicas", "cronico", "cronicos",
        "enfermedades cronicas", "enfermedad cronica", "patologias cronicas", "patologia cronica", "enfermedades de base",
        "enfermedad de base", "patologia de base", "patologias de base", "chronic conditions", "chronic problems",
        "problemas cronicos", "condiciones cronicas", "hx", "doencas cronicas", "doenca de base",
    ]

    /// The text after a diagnosis header on this line, or nil when the line is not a diagnosis header.
    static func sectionContent(_ line: String, soap: Bool = true) -> String? {
        let trimmed = stripListMarker(line.trimmingWhitespace())
        let folded = TextFolding.fold(trimmed)
        if let compound = compoundHeaderContent(trimmed, folded: folded) { return compound }
        if let generic = qualifiedHeaderContent(trimmed, folded: folded) { return generic }
        if let cause = deathCauseContent(trimmed, folded: folded) { return cause }
        // "dx IVU baja no complicada", "Dx neumonía": a note typed between patients drops the colon after "dx".
        if folded.hasPrefix("dx "), let second = folded.dropFirst(3).split(separator: " ").first,
           second.first?.isLetter == true, !notDiagnosisLabelWords.contains(String(second)), !["diferencial", "diferenciales", "differential"].contains(String(second)),
           !folded.contains(":") {
            return String(trimmed.dropFirst(3)).trimmingWhitespace()
        }
        // "CID: F41.0 transtorno de pânico", "CIE-10: J03.9 Amigdalitis aguda", "ICD-10: I10 Essential hypertension": a
        // coding system's label followed by a code names the diagnosis.
        for system in ["cid-10", "cid10", "cid", "cie-10", "cie10", "cie", "icd-10", "icd10", "icd"] where folded.hasPrefix(system) {
            let rest = String(trimmed.dropFirst(system.count)).trimmingWhitespace()
            guard rest.hasPrefix(":") else { break }
            let content = String(rest.dropFirst()).trimmingWhitespace()
            if let code = content.split(separator: " ").first, ICD10.isCode(String(code).trimmingTrailingDots()) { return content }
            break
        }
        for header in headers {
            guard folded.hasPrefix(header) else { continue }
            var rest = String(trimmed.unicodeScalars.dropFirst(header.unicodeScalars.count))
            // "Diagnóstico (CIE-10): J03.9 …", "Diagnosis (ICD-10):", "Diagnóstico(s):": a remark on the header before its colon.
            if rest.hasPrefix("(") || rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")"),
               String(rest[rest.index(after: close)...]).trimmingWhitespace().hasPrefix(":"), rest.distance(from: rest.startIndex, to: close) <= 12 {
                rest = String(rest[rest.index(after: close)...])
            }
            let restTrimmed = rest.trimmingWhitespace()
            if restTrimmed.isEmpty { return "" }
            // "6. DIAGNOSTICO   CIE   PRE/DEF" (Ecuador's form 008), "DIAGNÓSTICOS        CÓDIGO": a table's header row,
            // its items on the lines below.
            if rest.hasPrefix("  "), isColumnHeadings(restTrimmed) { return "" }
            // "A//", "IDx//": Argentina's SOAP marks.
            let slashes = restTrimmed.hasPrefix("//")
            // El Salvador's and Colombia's "A/ …" (one slash, then a space) in a SOAP note.
            let singleSlash = header.count == 1 && soap && !slashes && restTrimmed.hasPrefix("/") && restTrimmed.dropFirst().first?.isLetter != true
            // Round 7: "A- DM2 HAS ERC G4…" in a SOAP note whose letters take a dash.
            let soapDash = header.count == 1 && soap && rest.hasPrefix("- ")
            guard let first = restTrimmed.first, first == ":" || first == "." || first == "-" || first == "—" || slashes || singleSlash else { continue }
            // SOAP's one-letter "A:" (assessment) and Brazil's "HD:" only with a colon: "A. Pérez" or "HD - 3 sesiones" are not headers.
            if (header.count == 1 || header == "hd") && first != ":" && !slashes && !singleSlash && !soapDash { continue }
            if header.count == 1 && !soap { continue }
            // "ID: 4471", "ID: TSA-88712340": an identifier, not Cuba's impresión diagnóstica.
            if header == "id", first != ":" || restTrimmed.contains(where: { $0.isNumber }) { continue }
            return String(restTrimmed.drop(while: { $0 == "/" || $0 == ":" || $0 == "." || $0 == "-" || $0 == "—" })).trimmingWhitespace()
        }
        return nil
    }

    /// "MDM/Dx: 1) …", "Impresión/Plan:", "Dx/Tx:", "Evaluación / diagnóstico:" (round 7): a label of two or three parts
    /// joined by slashes, one of which is a diagnosis header of more than one letter, opens the section (not "Fecha/Dx:").
    static func compoundHeaderContent(_ trimmed: String, folded: String) -> String? {
        guard let colon = folded.firstIndex(of: ":"), folded[..<colon].contains("/") else { return nil }
        let label = String(folded[..<colon])
        let parts = label.split(separator: "/").map { String($0).trimmingWhitespace().trimmingTrailingDots() }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 3 && $0.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" } }),
              !["a/p", "assessment/plan"].contains(label.trimmingWhitespace()),
              parts.contains(where: { part in part.count >= 2 && headers.contains(part) }),
              !parts.contains(where: { part in part.split(separator: " ").contains(where: { notDiagnosisLabelWords.contains(String($0)) && !["de", "del", "al"].contains(String($0)) }) })
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: colon)
        return String(trimmed.unicodeScalars.dropFirst(offset + 1)).trimmingWhitespace()
    }

    /// A hospital course's header, alone on its line: "HOSPITAL COURSE", "Hospital course by problem:", "Curso hospitalario:",
    /// "Evolución por problemas:".
    static func isCourseByProblemHeader(_ line: String) -> Bool {
        var folded = TextFolding.fold(line.trimmingWhitespace())
        if folded.hasSuffix(":") { folded.removeLast() }
        return ["hospital course", "brief hospital course", "hospital course by problem", "curso hospitalario", "evolucion por problemas",
                "evolucion hospitalaria por problemas", "curso clinico por problemas", "hospital course by problems"].contains(folded.trimmingWhitespace())
    }

    /// "Acute on chronic diastolic heart failure: diuresed …" → the problem before the colon, when it is a short phrase
    /// without figures that is no symptom alone.
    static func courseProblem(_ item: String) -> String? {
        guard let colon = item.firstIndex(of: ":") else { return nil }
        let problem = String(item[..<colon]).trimmingWhitespace()
        let words = problem.split(separator: " ")
        guard (1...8).contains(words.count), !problem.contains(where: { $0 == "." || $0 == "," }), !isSymptomOnly(problem),
              !opensWithFieldLabel(problem + ": x") || words.count <= 8, !isOtherHeader(problem) else { return nil }
        return problem
    }

    /// "CIE   PRE/DEF", "CÓDIGO", "ICD-10  Status": the column headings of a diagnosis table.
    static func isColumnHeadings(_ rest: String) -> Bool {
        let words = TextFolding.fold(rest).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" })
        return !words.isEmpty && words.count <= 4 && words.allSatisfy { columnHeadings.contains(String($0)) }
    }
    static let columnHeadings: Set<String> = [
        "cie", "cie-10", "cie10", "icd", "icd-10", "icd10", "codigo", "code", "cod", "pre/def", "pre", "def", "tipo",
        "estado", "status", "type", "p/d", "presuntivo/definitivo", "cid", "cid-10",
    ]

    /// A death certificate's causes ("Causa básica de muerte:", "Causa intermedia:", "Causa final:", "Causa directa:",
    /// "Immediate cause of death:", "Underlying cause:") and its other conditions ("Otros estados patológicos:",
    /// "Other significant conditions:") are the diagnoses of the death.
    static func deathCauseContent(_ trimmed: String, folded: String) -> String? {
        guard let colon = folded.firstIndex(of: ":") else { return nil }
        let label = String(folded[..<colon])
        let words = label.split(whereSeparator: { !$0.isLetter })
        guard (2...6).contains(words.count), !label.contains(where: \.isNumber) else { return nil }
        let opensWithCause = ["causa", "causas", "cause", "causes"].contains(String(words[0]))
            || words.count >= 2 && ["immediate", "underlying", "intermediate", "contributing"].contains(String(words[0])) && words[1].hasPrefix("cause")
        let causeWords: Set<String> = ["muerte", "defuncion", "fallecimiento", "basica", "intermedia", "final", "directa", "inmediata",
                                       "antecedente", "contribuyente", "originaria", "death", "mortis", "obito", "morte"]
        if opensWithCause, words.contains(where: { causeWords.contains(String($0)) }) || !["causa", "causas", "cause", "causes"].contains(String(words[0])) {
            return String(trimmed.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)).trimmingWhitespace()
        }
        if label.hasPrefix("otros estados patologicos") || label.hasPrefix("otras condiciones") || label.hasPrefix("other significant conditions")
            || label.hasPrefix("otros estados morbosos") {
            return String(trimmed.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)).trimmingWhitespace()
        }
        return nil
    }

    /// Any diagnosis header with its own qualifier, not only the listed ones: "Dx de alta:", "Diagnóstico final:",
    /// "Diagnósticos al egreso hospitalario:", "Dx presuntivo:", "Diagnosis at discharge:" — a diagnosis word,
    /// at most four more words without digits, then a colon.
    static func qualifiedHeaderContent(_ trimmed: String, folded: String) -> String? {
        guard let colon = folded.firstIndex(of: ":") else { return nil }
        // "Diagnóstico (CIE-10):", "Diagnoses (ICD-10):": the coding system in parentheses is no qualifier.
        let label = withoutParenthetical(String(folded[..<colon])).split(separator: " ")
        // "ED Dx:", "Final dx:", "Discharge Dx:", "Dx. principal": a qualifier before the diagnosis word as well.
        if label.count >= 2, label.count <= 3, let last = label.last.map({ String($0).trimmingTrailingDots() }), ["dx", "diagnosis", "diagnoses", "diagnostico", "diagnosticos", "impression", "impresion"].contains(last),
           !label.contains(where: { $0.contains(where: { $0.isNumber }) || notDiagnosisLabelWords.contains(String($0)) }) {
            let offset = folded.distance(from: folded.startIndex, to: colon)
            return String(trimmed.unicodeScalars.dropFirst(offset + 1)).trimmingWhitespace()
        }
        // "Dg. de ingreso al programa:", "Dx. final:": the abbreviation keeps its period.
        guard let first = label.first.map({ String($0).trimmingTrailingDots() }), qualifiedHeaderWords.contains(first), label.count >= 2, label.count <= 5,
              !label.contains(where: { $0.contains(where: { $0.isNumber }) }),
              !label.contains(where: { ["diferencial", "diferenciales", "differential", "familiar", "familiares"].contains(String($0)) })
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: colon)
        return String(trimmed.unicodeScalars.dropFirst(offset + 1)).trimmingWhitespace()
    }

    /// "diagnostico (cie-10)" → "diagnostico ".
    static func withoutParenthetical(_ label: String) -> String {
        var out = ""
        var depth = 0
        for c in label {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }

    /// Labels ending in a diagnosis word that hold no diagnosis: "Fecha de diagnóstico:", "Edad al diagnóstico:".
    static let notDiagnosisLabelWords: Set<String> = [
        "fecha", "edad", "date", "age", "ano", "year", "tiempo", "time", "codigo", "code", "cie", "icd", "differential",
        "diferencial", "family", "familiar", "sin", "no", "without", "the", "a", "an", "el", "la", "su", "his", "her", "their",
        "awaiting", "pending", "pendiente", "de", "del", "al", "of", "for", "por", "para",
    ]
    static let qualifiedHeaderWords: Set<String> = [
        "dx", "diagnostico", "diagnosticos", "diagnosis", "diagnoses", "diagnostic", "impresion", "impression", "hipotesis",
        "hipotese", "idx", "dg", "dgs", "diag",
        // Abbreviated impressions: Ecuador's "IDg", "Dgco.", "Impr. dx".
        "idg", "idgs", "dgco", "dgcos", "impr",
    ]

    /// "7. PLAN DE TRATAMIENTO", "INDICACIONES MÉDICAS": a section title in capitals opening with another section's word.
    static func isCapitalSectionTitle(_ line: String) -> Bool {
        let title = stripListMarker(line)
        guard title.contains(where: \.isLetter), !title.contains(where: \.isLowercase) else { return false }
        let folded = TextFolding.fold(title)
        return otherHeaders.contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }

    /// "TEC leve               S06.0   PRE" → "TEC leve (S06.0)": a table row's code column kept as the item's code.
    static func withCodeColumn(_ line: String) -> String {
        guard let gap = line.trimmingWhitespace().firstRange(of: "   ") else { return line }
        let trimmed = line.trimmingWhitespace()
        let head = String(trimmed[..<gap.lowerBound]).trimmingWhitespace()
        let columns = trimmed[gap.upperBound...].split(separator: " ").map(String.init)
        guard let code = columns.first, ICD10.isCode(code), columns.dropFirst().allSatisfy({ columnHeadings.contains(TextFolding.fold($0)) }) else { return line }
        return head + " (" + code + ")"
    }

    static func isOtherHeader(_ line: String) -> Bool {
        let folded = TextFolding.fold(stripListMarker(line))
        for header in otherHeaders where folded.hasPrefix(header) {
            let rest = String(folded.dropFirst(header.count)).trimmingWhitespace()
            if rest.isEmpty || rest.hasPrefix(":") || rest.hasPrefix(".") || rest.hasPrefix("//") { return true }
        }
        return false
    }

    /// "#1 Shock…", "#12. AKI…": the length of the "#", its one or two digits and their mark, up to the problem's text.
    static func hashNumberLength(_ line: String) -> Int? {
        let s = Array(line.unicodeScalars.prefix(6))
        guard s.first == "#" else { return nil }
        var k = 1
        while k < s.count, k <= 2, TextFolding.isDigit(s[k]) { k += 1 }
        guard k >= 2 else { return nil }
        if k < s.count, s[k] == "." || s[k] == ")" { k += 1 }
        guard k < s.count, s[k] == " " else { return nil }
        return k + 1
    }

    /// Round 9: a handoff's problems written as "#1 …", "#2 …" lines without a header above them: two such lines in a row
    /// (the first may wrap onto one more line) open a list.
    func opensHeaderlessHashList(at i: Int) -> Bool {
        guard Self.hashNumberLength(lines[i].trimmingWhitespace()) != nil,
              i == 0 || Self.hashNumberLength(lines[i - 1].trimmingWhitespace()) == nil else { return false }
        guard i + 1 < lines.count else { return false }
        return ((i + 1)...min(i + 2, lines.count - 1)).contains { Self.hashNumberLength(lines[$0].trimmingWhitespace()) != nil }
    }

    static func isListItem(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        // "# Acute pulmonary embolism - heparin…": a problem-oriented assessment's "#" marks an item.
        if first == "-" || first == "•" || first == "*" || first == "·" || first == "#" && line.dropFirst().first == " " { return true }
        // Round 9: "#1 Shock séptico…", "#2 Falla respiratoria…": a numbered problem's "#".
        if first == "#", hashNumberLength(line) != nil { return true }
        // "a) Preeclampsia severa", "b) Embarazo de 34 semanas": a lettered list.
        if TextFolding.isLetter(first), line.unicodeScalars.dropFirst().first == ")", line.unicodeScalars.dropFirst(2).first == " " { return true }
        let digits = line.prefix(while: { $0.isNumber })
        return !digits.isEmpty && digits.count <= 2 && (line.dropFirst(digits.count).hasPrefix(".") || line.dropFirst(digits.count).hasPrefix(")"))
    }

    static func stripListMarker(_ line: String) -> String {
        var s = Substring(line)
        if let first = s.first, "-•*·".contains(first) || first == "#" && s.dropFirst().first == " " { s = s.dropFirst() }
        if s.first == "#", let length = hashNumberLength(String(s)) { s = s.dropFirst(length) }
        if let first = s.unicodeScalars.first, TextFolding.isLetter(first), s.unicodeScalars.dropFirst().first == ")", s.unicodeScalars.dropFirst(2).first == " " {
            s = Substring(String(s.unicodeScalars.dropFirst(2)))
        }
        let digits = s.prefix(while: { $0.isNumber })
        if !digits.isEmpty, digits.count <= 2 {
            let after = s.dropFirst(digits.count)
            if after.hasPrefix(".") || after.hasPrefix(")") { s = after.dropFirst() }
            // "1.- Colangitis", "2)- Obesidad": a dash after the number's mark.
            if (after.hasPrefix(".") || after.hasPrefix(")")), s.first == "-", s.dropFirst().first == " " { s = s.dropFirst() }
        }
        return String(s).trimmingWhitespace()
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
            // A comma before "con <disease>" goes on ("…y neumonía aspirativa, con falla renal aguda sobre crónica", round 7).
            while k < original.count, !".;\n".unicodeScalars.contains(original[k]) {
                if original[k] == ",", !(k + 5 < folded.count && Array(folded[(k + 1)..<(k + 6)]) == Array(" con ".unicodeScalars)) { break }
                view.append(original[k]); k += 1
            }
            let clause = String(view)
            // "con diagnóstico de egreso de colecistitis aguda": the list's name is no part of the diagnosis.
            var item = clause.trimmingWhitespace()
            for lead in ["egreso de ", "ingreso de ", "alta de ", "discharge of "] where TextFolding.fold(item).hasPrefix(lead) { item = String(item.unicodeScalars.dropFirst(lead.unicodeScalars.count)) }
            // "Se diagnosticó neumonía aspirativa y sepsis, con insuficiencia renal aguda": every item of the list (round 7).
            if !item.isEmpty { result += DiagnosisListSplitter.listItems(item) }
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
            guard afterSentenceEnd(p, in: folded),
                  let contentStart = headerWithColon(at: p, in: folded, headers: midLineHeaders) ?? genericLabelEnd(at: p, in: folded, history: false) else { p += 1; continue }
            var end = contentStart
            while end < folded.count {
                if afterSentenceEnd(end, in: folded),
                   headerWithColon(at: end, in: folded, headers: midLineEndHeaders) != nil { break }
                end += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: original[contentStart..<end])
            result += DiagnosisListSplitter.items(String(view).trimmingWhitespace())
            p = max(end, p + 1)
        }
        return result
    }

    /// A label of its own family inside a line, after a sentence end: "… padre con DM2. Antec. personales patológicos: …"
    /// (history: opens with "antec", no word of another history), "Régimen cero. Diagnóstico de traslado: …" (a diagnosis
    /// word and at most four qualifiers, as `qualifiedHeaderContent`). The index after the colon.
    static func genericLabelEnd(at p: Int, in folded: [Unicode.Scalar], history: Bool) -> Int? {
        var k = p
        var label = ""
        while k < folded.count, k - p <= 48, folded[k] != ":" {
            let c = folded[k]
            guard TextFolding.isLetter(c) || c == " " || c == "." || c == "/" || c == "-" else { return nil }
            label.unicodeScalars.append(c)
            k += 1
        }
        guard k < folded.count, folded[k] == ":" else { return nil }
        let words = label.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "/" || $0 == "-" }).map(String.init)
        guard let first = words.first, words.count <= 5 else { return nil }
        if history {
            guard first.hasPrefix("antec"), words.count >= 2, !words.contains(where: { otherHistoryWords.contains($0) }) else { return nil }
            return k + 1
        }
        // Round 7: a death certificate's causes inside a line ("Fallece el … Causa básica: enfermedad de Alzheimer. Causa
        // inmediata: sepsis…", "Immediate cause of death: …").
        if words.count >= 2, ["causa", "causas", "cause", "causes"].contains(first) && deathCauseSecondWords.contains(words[1])
            || ["immediate", "underlying", "intermediate", "contributing"].contains(first) && words[1].hasPrefix("cause") { return k + 1 }
        guard words.count >= 2, ["diagnostico", "diagnosticos", "dx", "diagnosis", "diagnoses", "impresion", "impression"].contains(first),
              !words.contains(where: { notDiagnosisLabelWords.contains($0) && !["de", "del", "al"].contains($0) || ["diferencial", "diferenciales", "differential", "familiar", "familiares"].contains($0) })
        else { return nil }
        return k + 1
    }

    static let deathCauseSecondWords: Set<String> = [
        "basica", "inmediata", "intermedia", "directa", "final", "antecedente", "contribuyente", "mediata", "originaria", "de", "of",
        "principal", "fundamental",
    ]

    /// When one of `headers` starts at `p` followed by optional spaces and ":", the index after the colon.
    private static func headerWithColon(at p: Int, in folded: [Unicode.Scalar], headers: [[Unicode.Scalar]]) -> Int? {
        headers: for h in headers {
            guard p + h.count < folded.count else { continue }
            for n in 0..<h.count where folded[p + n] != h[n] { continue headers }
            var k = p + h.count
            // Round 8: an abbreviated header keeps its period before the colon ("Antec.: HTA, DM2", "Imp. dx.: …").
            if k < folded.count, folded[k] == "." { k += 1 }
            while k < folded.count, folded[k] == " " { k += 1 }
            if k < folded.count, folded[k] == ":" { return k + 1 }
        }
        return nil
    }

    /// Headers that open a diagnosis section inside a line, and those that close it (scalars, computed once).
    static let midLineHeaders: [[Unicode.Scalar]] = headers.filter { $0.count >= 2 }.map { Array($0.unicodeScalars) }
    static let midLineEndHeaders: [[Unicode.Scalar]] = (otherHeaders + headers.filter { $0.count >= 2 }).map { Array($0.unicodeScalars) }

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
        var text = stripListMarker(DiagnosisFormAnswers.withoutAffirmation(raw.trimmingWhitespace()))
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
                // A remark with figures ("(2do episodio)", "(EF 35%)", "(TFG 24 ml/min)") is no part of the diagnosis.
                // An acute event's year says which event it was: "prior TIA (2021)", "IAM (2019)".
                if depth == 0, ICD10.codes(in: group).isEmpty, !Self.isFigureRemark(group) || Self.isEventYear(group, of: output) { output += "(" + group + ")" }
                continue
            }
            if depth > 0 { group.append(ch) } else { output.append(ch) }
        }
        text = output
        // Bare codes outside parentheses.
        for code in codes { text = text.replacingAll(code, with: "") }
        // Round 8: "esquizofrenia paranoide (F20.0) estable" → "esquizofrenia paranoide estable": no gap where the code was.
        while text.contains("  ") { text = text.replacingAll("  ", with: " ") }
        text = text.trimmingWhitespace()
        // Round 8: a line wrapped at a slash or a plus ("UTI complicada /" then "urosepsis…") leaves its joiner behind.
        while let last = text.last, ".,:;-–—/+".contains(last) { text.removeLast(); text = text.trimmingWhitespace() }
        while let first = text.first, ".,:;-–—/+".contains(first) { text.removeFirst(); text = text.trimmingWhitespace() }
        // "DM2", "FA", "IC": capital abbreviations count with two letters.
        let letters = text.unicodeScalars.filter({ TextFolding.isLetter($0) })
        // Round 9: lower-case dictation ("hta no controlada, dm2, dislipidemia") writes them in lower case: a known one counts too.
        guard letters.count >= 3 || (letters.count == 2 && (letters.allSatisfy { TextFolding.isUpper($0) } || DiagnosisListSplitter.isDiseaseAbbreviation(text.uppercased())))
        else { return nil }
        return Diagnosis(text: text, icd10: codes.first)
    }

    /// "(2021)", "(03/2019)" after an acute event ("TIA", "IAM", "ACV", "stroke").
    static func isEventYear(_ group: String, of text: String) -> Bool {
        let g = group.trimmingWhitespace()
        guard g.count >= 4, g.count <= 7, g.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" }), g.suffix(4).allSatisfy(\.isNumber) else { return false }
        return !DiagnosisConcept.key(text).isDisjoint(with: datedEvents)
    }

    /// "2do episodio", "EF 35%", "VEF1 62% pos-BD", "2021": a parenthetical holding a figure, not a grade ("tipo 2").
    static func isFigureRemark(_ group: String) -> Bool {
        guard group.contains(where: { $0.isNumber }) else { return false }
        let first = TextFolding.fold(group).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first.map(String.init) ?? ""
        return !DiagnosisConcept.classifications.contains(first)
    }

    static let headers: [String] = [
        "impresion diagnostica", "impresiones diagnosticas", "hipotesis diagnostica", "hipotesis diagnosticas",
        "diagnostico presuntivo", "diagnostico definitivo", "diagnostico principal", "diagnosticos de egreso",
        "diagnostico de egreso", "diagnostico de ingreso", "diagnosticos", "diagnostico", "idx", "dx",
        "assessment and plan", "assessment", "impression", "impresion", "diagnoses", "diagnosis", "a/p", "problem list",
        "diagnostic impression", "final diagnosis", "discharge diagnoses", "discharge diagnosis", "admission diagnoses",
        "admission diagnosis", "admitting diagnosis", "working diagnosis", "principal diagnosis", "a",
        "diagnosticos al alta", "diagnosticos de alta", "diagnostico al alta", "dx de egreso", "dx de ingreso", "diagnostico de envio",
        "hipotese diagnostica", "hipoteses diagnosticas", "dg", "assessment/plan",
        // Abbreviated impressions: "IDg:", "IDgs:", "Dgco.:", "Impr. dx:", "Impresión dx:".
        "idg", "idgs", "dgco", "dgcos", "impr dx", "impr diag", "impresion dx", "impresion diag",
        "assessment & plan", "a&p", "indication", "clinical indication", "impresiones", "diagnostico clinico",
        // Problem lists, SOAP's analysis (Colombia, Peru) and the clinical data of lab and imaging requests.
        "problemas", "lista de problemas", "problemas activos", "problemas principales", "problems", "active problems",
        "problem", "analisis", "analisis y plan", "analysis", "clinical information", "clinical info", "informacion clinica",
        "datos clinicos", "clinical data", "indicacion clinica", "diagnostico de referencia", "diagnostico de sospecha",
        "sospecha diagnostica", "impresion clinica", "clinical impression", "conclusion diagnostica",
        // Imaging and pathology reports conclude with the diagnosis; Brazil's "HD:" is the hipótese diagnóstica.
        "conclusion", "conclusiones", "impresion radiologica", "conclusao", "hd",
        // Round 9: Brazil's "Impressão:" / "Impressão diagnóstica:".
        "impressao", "impressao diagnostica", "impressoes diagnosticas", "impressao clinica",
        // Portuguese request forms: "Indicação clínica:", "Hipótese:", "Diagnóstico provável:".
        "indicacao clinica", "indicacao", "hipotese", "hipoteses", "diagnostico provavel",
        // A SOAP-like "Evaluación:" / "Evaluation:" of a control sheet.
        "evaluacion", "evaluation",
        // A lab report's reading ("Interpretación: dislipidemia mixta"), Brazil's assessment ("Avaliação: HAS; DM2"),
        // Cuba's "ID:" (impresión diagnóstica; an identifier's "ID: 4471" holds digits and is none).
        "interpretacion", "interpretacion diagnostica", "interpretation", "avaliacao", "avaliacao diagnostica", "id",
    ]
    static let otherHeaders: [String] = [
        "plan", "tratamiento", "indicaciones", "conducta", "manejo", "tx", "rx", "recommendations", "recomendaciones",
        "medicamentos", "medications", "pronostico", "seguimiento", "follow", "laboratorio", "labs", "examen", "exam",
        "signos vitales", "vitals", "motivo", "hpi", "antecedentes", "history", "evolucion", "medicacion", "prescripcion",
        "formula", "discharge medications", "medicamentos al egreso", "tratamiento al egreso", "indicaciones al alta",
        "medicacion al alta", "rp", "conduta", "manejo", "recomendaciones", "sugerencias",
    ]
    static let inlineCues: [String] = [
        "con diagnostico de ", "se diagnostica ", "diagnosticado de ", "diagnosticada de ", "diagnosticado con ",
        "diagnosticada con ", "diagnosed with ", "diagnosis of ",
        // Round 7: the past and the first person ("Se diagnosticó sepsis…", "diagnosticamos neumonía").
        "se diagnostico ", "se le diagnostico ", "se diagnosticaron ", "diagnosticamos ", "se realiza diagnostico de ",
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
