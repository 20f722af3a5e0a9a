/// Splits the content of a diagnosis (or history) section into its items, keeping every item of a list:
/// numbered ("1) A 2) B", "1. A 2. B", "1- A. 2- B."), `;`-separated ("A, resolving; B, resolved; C" — commas
/// are qualifiers then), `,`-separated ("HTA, DM2 y dislipidemia" — a comma before a qualifier such as
/// "resuelta", "improving", "right" stays inside its item) and joined by "y" / "and" / "e".
enum DiagnosisListSplitter {
    /// The items of one section's content. Later sentences count when they carry an ICD-10 code or read like a
    /// short diagnosis ("Resfrío común."), not like a finding or an instruction ("Vitamina B12 normal.").
    static func items(_ content: String) -> [String] {
        if let numbered = numberedItems(content) { return numbered.flatMap(listItems) }
        var result: [String] = []
        // Round 8: "A: 1. IC descompensada…" with its next items on the lines below: the number is no sentence of its own.
        let sentences = SentenceSegmenter.split(DiagnosisExtractor.stripListMarker(content)).flatMap(atLowerCaseSentenceEnds)
        for (index, sentence) in sentences.enumerated() {
            var item = DiagnosisExtractor.stripListMarker(sentence)
            // "bronquiolitis? vs 1er episodio… - se interpreta como crisis obstructiva": the queried side of a differential
            // the next sentence weighs is no diagnosis (round 7).
            if item.trimmingWhitespace().hasSuffix("?"), index + 1 < sentences.count, DiagnosisHedges.opensDifferential(sentences[index + 1]) { continue }
            // Round 8: "anemia? (palidez) pedir Hb": a query the note orders a test for is still to be found.
            if let mark = item.firstIndex(of: "?"), words(String(item[mark...])).contains(where: { orderVerbs.contains($0) })
                || item.trimmingWhitespace().hasSuffix("?") && index + 1 < sentences.count && words(sentences[index + 1]).prefix(3).contains(where: { orderVerbs.contains($0) }) { continue }
            // "Dx principal: apendicitis. Dx secundarios: anemia, obesidad.": a later sentence that is a header of its own.
            if index > 0, let inner = DiagnosisExtractor.sectionContent(item) { result += listItems(inner); continue }
            // "Dx: NAC + ICC descompensada. AP: FA crónica, HAS.": a history field after the diagnoses, without its label.
            if index > 0, let history = DiagnosisExtractor.historyContent(item) { result += listItems(history); continue }
            // "Principal: acute pancreatitis", "Secundarios: anemia": a sub-label of the list.
            let labelled = withoutSubLabel(item)
            // Round 8: "Dx preoperatorio: hernia inguinal. Operación realizada: hernioplastia… Hallazgos: hernia indirecta.":
            // a later sentence opening another field ends the section's list (and the sentences after it).
            if index > 0, labelled == item, opensOtherField(item) { break }
            item = labelled
            if index > 0, let rest = historySentence(item) {
                // "Dg: cistitis aguda. Antecedente de DM tipo 2 y HTA.": the comorbidities of the section.
                result += listItems(rest)
            } else if index == 0 || DiagnosisExtractor.hasParenthesizedCode(item) || looksLikeShortDiagnosis(item) || opensWithDiseaseNoun(item) || namesRisk(item) {
                result += listItems(item)
            }
        }
        return result
    }

    /// "Principal: Acute pancreatitis" → "Acute pancreatitis"; "paciente con crisis hipertensiva" → "crisis hipertensiva".
    static func withoutSubLabel(_ item: String) -> String {
        let folded = TextFolding.fold(item)
        // "hallazgos en relación con neumonía lobar", "findings are concerning for appendicitis": the finding's conclusion.
        if let first = folded.split(separator: " ").first, ["hallazgos", "hallazgo", "findings", "finding", "imagen", "imagenes", "achados", "cuadro"].contains(String(first)) {
            for cue in findingConclusionCues {
                if let r = folded.firstRange(of: cue), folded.distance(from: folded.startIndex, to: r.lowerBound) <= 30 {
                    // "findings not consistent with PE": a denied conclusion names nothing (round 7).
                    let lead = folded[..<r.lowerBound].split(separator: " ")
                    if let last = lead.last, ["no", "not", "nao", "sin", "without", "ni"].contains(String(last)) { return "" }
                    let offset = folded.unicodeScalars.distance(from: folded.startIndex, to: r.upperBound)
                    return String(item.unicodeScalars.dropFirst(offset)).trimmingWhitespace()
                }
            }
        }
        for label in ["principal:", "primary:", "secondary:", "secundario:", "secundarios:", "secundaria:", "secundarias:", "otros:", "otras:", "other:", "others:",
                      "paciente con ", "patient with ", "pcte con ", "pte con ", "paciente portador de ", "paciente cursando con "] where folded.hasPrefix(label) {
            return String(item.unicodeScalars.dropFirst(label.unicodeScalars.count)).trimmingWhitespace()
        }
        return item
    }

    static let findingConclusionCues = [
        " en relacion con ", " en relacion a ", " compatibles con ", " compatible con ", " consistent with ", " concerning for ",
        " suspicious for ", " sugestivos de ", " sugestivo de ", " sugerentes de ", " sugerente de ", " suggestive of ",
        " compativeis com ", " compativel com ", " in keeping with ",
    ]

    /// "Síndrome dispéptico con signos de alarma", "Infección por H. pylori": a later sentence that opens with a
    /// disease's head noun is a diagnosis too, however long.
    static func opensWithDiseaseNoun(_ sentence: String) -> Bool {
        guard let first = words(sentence).first, words(sentence).count <= 12 else { return false }
        // Portuguese "-ite" ("tireoidite", "gastrite", "hepatite") only in long words: "noite", "leite", "limite" are none.
        // "Glicemia capilar 210", "Natremia 131": an analyte's name ends like a disease and is none.
        if analytes.contains(first) { return false }
        return diseaseHeads.contains(first) || ["itis", "osis", "iasis", "emia", "patia", "oma", "algia"].contains(where: { first.hasSuffix($0) && first.count > 5 })
            || first.hasSuffix("ite") && first.count > 7
    }

    static let orderVerbs: Set<String> = ["pedir", "solicitar", "solicito", "solicita", "order", "request", "check", "pido", "descartar", "rule", "investigar", "afastar"]

    /// Round 8: "faringitis viral. anemia? …": a sentence the segmenter kept whole because the next one opens in lower case,
    /// split after a word of three letters or more (an initial's period stays: "H. pylori").
    static func atLowerCaseSentenceEnds(_ sentence: String) -> [String] {
        guard sentence.contains(". ") else { return [sentence] }
        let s = Array(sentence)
        var parts: [String] = []
        var start = 0
        for i in 0..<max(0, s.count - 2) where s[i] == "." && s[i + 1] == " " && s[i + 2].isLowercase {
            var letters = 0
            var b = i - 1
            while b >= start, s[b].isLetter { letters += 1; b -= 1 }
            guard letters >= 3 else { continue }
            parts.append(String(s[start...i]).trimmingWhitespace())
            start = i + 2
        }
        parts.append(String(s[start...]).trimmingWhitespace())
        return parts.filter { !$0.isEmpty }
    }

    /// True when every " + " of the text stands before one lower-case word that names no disease, which ends the text or
    /// its comma part ("likely prerenal + obstructive").
    static func plusJoinsAdjectives(_ text: String) -> Bool {
        let parts = text.components(separatedBy: " + ")
        guard parts.count >= 2 else { return false }
        return parts.dropFirst().allSatisfy { part in
            let head = part.split(separator: ",").first.map(String.init) ?? part
            let w = words(head)
            // An adjective's ending ("obstructive", "obstructiva", "postrenal"): "síndrome nefrótico + edema" adds a finding.
            return w.count == 1 && head.trimmingWhitespace().first?.isLowercase == true && !DiagnosisHedges.holdsDiseaseWord(head)
                && !DiagnosisVocabulary.looksLikeDiagnosis(head)
                && ["ive", "iva", "ivo", "al", "ar", "ico", "ica", "oso", "osa", "ous", "ory", "oria", "orio", "ic", "ed", "ada", "ado", "ida", "ido"].contains(where: { w[0].hasSuffix($0) })
        }
    }

    /// A sentence opening with a short field label of its own ("Operación realizada:", "Hallazgos:", "Plan:") that names no
    /// disease.
    static func opensOtherField(_ sentence: String) -> Bool {
        guard let colon = sentence.firstIndex(of: ":") else { return false }
        let label = String(sentence[..<colon])
        let w = words(label)
        guard (1...3).contains(w.count), label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "/" }), label.first?.isUppercase == true else { return false }
        return !DiagnosisHedges.holdsDiseaseWord(label)
    }

    /// Round 8: "Riesgo de desnutrición.", "Alto riesgo de caídas", "Risk of falls", "Risco de queda": a risk a section
    /// states is a diagnosis of its own (Z91-type), however its words end.
    static func namesRisk(_ sentence: String) -> Bool {
        let w = words(sentence)
        guard w.count >= 3, w.count <= 8 else { return false }
        let opener = ["alto", "high", "elevado", "bajo", "moderado", "muy"].contains(w[0]) ? Array(w.dropFirst()) : w
        return opener.count >= 3 && ["riesgo", "risk", "risco"].contains(opener[0]) && ["de", "of", "para", "for"].contains(opener[1])
    }

    /// The items after "Antecedente(s) de" / "History of" opening a sentence, or nil.
    static func historySentence(_ sentence: String) -> String? {
        let folded = TextFolding.fold(sentence)
        for cue in ["antecedentes de ", "antecedente de ", "history of ", "hx of ", "app de ", "portador de ", "portadora de "] where folded.hasPrefix(cue) {
            return String(sentence.unicodeScalars.dropFirst(cue.unicodeScalars.count))
        }
        return nil
    }

    /// Lab analytes whose names end in "-emia": results, not diseases.
    static let analytes: Set<String> = [
        "glicemia", "glucemia", "glycemia", "glicemias", "glucemias", "natremia", "kalemia", "kaliemia", "calcemia", "fosfatemia",
        "magnesemia", "cloremia", "uricemia", "azoemia", "lactacidemia", "glicemia", "bilirrubinemia", "colesterolemia",
    ]

    static let diseaseHeads: Set<String> = [
        "sindrome", "infeccion", "insuficiencia", "enfermedad", "trastorno", "neumonia", "fractura", "diabetes", "hipertension",
        "cancer", "carcinoma", "tumor", "sepsis", "shock", "choque", "anemia", "intoxicacion", "lesion", "ulcera", "herida",
        "trauma", "traumatismo", "embarazo", "crisis", "episodio", "sindrome", "syndrome", "infection", "disease", "disorder",
        "pneumonia", "fracture", "failure", "injury", "deficiency", "deficit", "deficiencia", "sindrome", "doenca", "infeccao",
        "quadro", "cuadro", "obesidad", "obesity", "desnutricion", "deshidratacion", "dehydration", "asma", "asthma", "epoc",
        "copd", "cardiopatia", "miocardiopatia", "valvulopatia", "fibrilacion", "taquicardia", "bloqueo", "hemorragia", "sangrado",
        "arritmia", "arrhythmia", "hernia", "absceso", "abscess", "trombosis", "thrombosis", "embolia", "aneurisma", "aneurysm",
    ]

    /// Items of one sentence or list line.
    static func listItems(_ sentence: String) -> [String] {
        var text = trimmedItem(sentence)
        // "Negativo para VHB y VHC", "r/o ACS and PE": a denial opening the clause denies every item it lists (round 7).
        if DiagnosisNegation.opensWithNegation(text) { return DiagnosisNegation.afterScope(text).map(listItems) ?? [] }
        // "elevación de GGT y FA sugestiva de colestasis": a finding gives way to its conclusion before the list is split
        // (round 7); each ";" clause on its own.
        if !text.contains(";") {
            let concluded = DiagnosisHedges.conclusions(text)
            if concluded != [text] { return concluded.flatMap { $0 == text ? [$0] : listItems($0) } }
        }
        // "HTA + DM2 + dislipidemia": a plus joins diagnoses as a semicolon does.
        // Not inside a parenthetical: "IAM 2019 (angioplastia + stent), HTA" keeps its remark.
        // Round 8: "AKI on CKD 3a, likely prerenal + obstructive": a plus before a lone adjective joins two causes of one item.
        if text.contains(" + "), !plusJoinsAdjectives(text) {
            // Round 9: "HAS há 20 anos, DM2, IAM em 2022 com angioplastia + stent na DA": in a list without semicolons each
            // part is read as a list of its own, its commas separating items as they did before the plus.
            let joined = outsideParentheses(text, replacing: " + ", with: "; ")
            let parts = joined.split(separator: ";").map(String.init)
            if !text.contains(";"), parts.count >= 2, parts.contains(where: { $0.contains(",") }) { return parts.flatMap(listItems) }
            text = joined
        }
        // "dm2 descontrolada / hta controlada", "Ansiedad // Dispepsia": a spaced slash separates items ("clean/dry" does not).
        if let slashed = slashedItems(text) { return slashed.flatMap(listItems) }
        // Round 8: "IC descompensada, em melhora - FEVE 30%, etiologia chagásica", "CHF - EF 25% on echo": a remark with a
        // measure's figure after a dash is no part of the diagnosis (as a figures remark in parentheses is none).
        text = withoutFigureRemark(text)
        // "EPOC leve estable - HTA controlada - Gota sin crisis": a dash before a capitalized item separates items.
        if let dashed = dashedItems(text) { return dashed.flatMap(listItems) }
        if text.contains(";") {
            // "faringitis viral; se descarta estreptococo y mononucleosis": each clause's denial reaches its own items.
            return text.split(separator: ";").map { trimmedItem(String($0)) }.filter { !DiagnosisNegation.opensWithNegation($0) }
                .flatMap(DiagnosisHedges.conclusions).flatMap(semicolonPart).flatMap(conjunctionParts).flatMap(runOnParts).map(trimmedItem).filter { !$0.isEmpty }
        }
        var parts: [String] = []
        for part in commaParts(text) {
            // "lumbalgia mecánica, sin radiculopatía ni síndrome de cauda equina": the denied part and what it joins go.
            // "Chronic migraine without aura, not intractable": a bare "not"/"no" before an adjective naming no disease
            // qualifies the item before it ("…, sin alergias" is a denial of its own and goes).
            if DiagnosisNegation.opensWithNegation(part) {
                let w = words(DiagnosisExtractor.withoutParenthetical(part))
                if let last = parts.last, w.count == 2, ["not", "no", "non", "nao"].contains(w[0]), !DiagnosisHedges.holdsDiseaseWord(w[1]),
                   // Round 9: "HTA controlada, no DM2": a condition after the bare "no" is denied, not a state.
                   !DiagnosisConcept.namesKnownCondition(w[1]) { parts[parts.count - 1] = last + ", " + part }
                // Round 8: "Asma bronquial intermitente, sin crisis", "Migraine, without aura", "EPOC, sin exacerbaciones": the
                // absence of the disease's own episodes is its state, not a denied finding.
                // Its time stays with it ("…, sin crisis desde 2024", "…, without exacerbations for 2 years").
                else if let last = parts.last, case let state = Array(w.prefix(while: { !["desde", "since", "hace", "for", "en", "in", "ha", "por"].contains($0) })),
                        state.count <= 3, state.count >= 2, ["sin", "without", "sem"].contains(state[0]),
                        state.dropFirst().allSatisfy({ episodeStates.contains($0) || ["actual", "actuales", "current", "recent", "recientes", "reciente"].contains($0) }) { parts[parts.count - 1] = last + ", " + part }
                continue
            }
            // "trastorno depresivo mayor, episodio moderado, en remisión parcial", "bipolar I disorder, most recent episode
            // depressed, in partial remission": a mood disorder's specifiers stay in its item.
            // "HTA y DM2, con insuficiencia venosa crónica": after a comma, "con"/"with" and a disease's head noun add a
            // condition of its own (round 6); "DM2 con nefropatía", without the comma, stays one item.
            // Round 9: "DM2 (niega), hipotiroidismo negado": a form's denying answer removes its item, which qualifies none.
            if DiagnosisFormAnswers.isDenied(part) { continue }
            if let added = addedCondition(part) { parts.append(added); continue }
            if let last = parts.last, startsWithQualifier(part) && !namesDiseaseAfterQualifiers(part) || isEpisodeSpecifier(part) || isCourseSpecifier(part) { parts[parts.count - 1] = last + ", " + part } else { parts.append(part) }
        }
        return parts.flatMap(conjunctionParts).flatMap(runOnParts).map(trimmedItem).filter { !$0.isEmpty }
    }

    /// "DM2 HAS ERC G4 anemia de la ERC hipotension ortostatica x medicamentos" → "DM2", "HAS", "ERC G4", "anemia de la ERC",
    /// "hipotension ortostatica x medicamentos" (round 7): a run-on line of three diagnoses or more, written without
    /// separators. A new item opens at a capital abbreviation of a disease (`HAS`, `ERC`, `EPOC`), or at a disease's word
    /// right after an abbreviation or a grade (`ERC G4 anemia`), never after a word that joins (`anemia de la ERC`, `DM2 con
    /// nefropatía`). Fewer than three parts leave the item whole (`CHF HFpEF`, `community acquired pneumonia`).
    /// The item's words, a parenthesized remark one token ("(FEVI no la sabe)"); nil when its parentheses do not pair.
    static func runOnTokens(_ item: String) -> [String]? {
        var tokens: [String] = []
        var group: String?
        for word in item.split(separator: " ").map(String.init) {
            if var open = group {
                open += " " + word
                if word.contains(")") { tokens.append(open); group = nil } else { group = open }
                continue
            }
            if word.hasPrefix("(") {
                if word.contains(")") { tokens.append(word) } else { group = word }
                continue
            }
            // "IC(FEVI": a parenthesis inside a word is no remark of its own.
            if word.contains("(") || word.contains(")") { return nil }
            tokens.append(word)
        }
        return group == nil ? tokens : nil
    }

    static func runOnParts(_ item: String) -> [String] {
        guard !item.contains(where: { ",;/+".contains($0) }) else { return [item] }
        // Round 9: "HAS DM2 ERC G4 IC (FEVI no la sabe)": a remark in parentheses is one token, of the item before it.
        guard let tokens = runOnTokens(item), tokens.count >= 3 else { return [item] }
        var parts: [[String]] = [[tokens[0]]]
        for k in 1..<tokens.count {
            let previous = TextFolding.fold(tokens[k - 1])
            let word = tokens[k]
            // After a remark, a disease's capital abbreviation opens an item ("EPOC (GOLD 2) FA"); other words go on it.
            if word.hasPrefix("(") || previous.hasPrefix("(") && !isDiseaseAbbreviation(word) { parts[parts.count - 1].append(word); continue }
            if previous.hasPrefix("(") { parts.append([word]); continue }
            // "CKD 3 gout": a bare number after an abbreviation is its grade.
            let grade = isAbbreviationOrGrade(tokens[k - 1])
                || k >= 2 && tokens[k - 1].allSatisfy(\.isNumber) && isDiseaseAbbreviation(tokens[k - 2])
            // "anemia normocitica obesidad grado I": once the line has split, a disease's head noun opens an item too.
            let head = parts.count >= 2 && (diseaseHeads.contains(TextFolding.fold(word)) || DiagnosisVocabulary.heads.contains(TextFolding.fold(word)))
            let opens = !runOnJoiners.contains(previous) && (grade && (isDiseaseAbbreviation(word) || opensDisease(word)) || head)
            if opens { parts.append([word]) } else { parts[parts.count - 1].append(word) }
        }
        guard parts.count >= 3 else { return [item] }
        return parts.map { $0.joined(separator: " ") }
    }

    /// "HAS", "ERC", "DM2", "EPOC": a capital abbreviation the vocabulary knows as a disease.
    static func isDiseaseAbbreviation(_ token: String) -> Bool {
        let letters = token.unicodeScalars.filter { TextFolding.isLetter($0) }
        guard letters.count >= 2, letters.allSatisfy({ TextFolding.isUpper($0) }) else { return false }
        let folded = TextFolding.fold(token)
        return DiagnosisVocabulary.abbreviations.contains(folded) || DiagnosisConcept.abbreviations[folded] != nil
    }

    /// "ERC", "G4", "3b", "DM2": a capital abbreviation or a grade of letters and figures, after which a disease's word or
    /// abbreviation opens a new item (not a bare number: "type 2 diabetes", nor an adjective: "diabetic CKD").
    static func isAbbreviationOrGrade(_ token: String) -> Bool {
        let letters = token.unicodeScalars.filter { TextFolding.isLetter($0) }
        return token.contains(where: \.isNumber) && !letters.isEmpty || letters.count >= 2 && letters.allSatisfy { TextFolding.isUpper($0) }
    }

    static func opensDisease(_ word: String) -> Bool {
        let folded = TextFolding.fold(word)
        return diseaseHeads.contains(folded) || DiagnosisVocabulary.heads.contains(folded) || DiagnosisVocabulary.hasDiseaseEnding(folded)
            || ["hipotension", "hypotension", "hipertension", "hypertension"].contains(folded)
    }

    static let runOnJoiners: Set<String> = [
        "de", "del", "la", "el", "los", "las", "por", "x", "con", "sin", "a", "al", "en", "y", "e", "o", "u", "of", "with", "without",
        "on", "to", "the", "and", "or", "sobre", "secundaria", "secundario", "due", "post", "vs", "tipo", "type", "grado", "estadio",
        "stage", "clase", "class", "em", "com", "sem", "da", "do", "para", "for", "in",
    ]

    /// `text` with `target` replaced where it is not inside parentheses.
    static func outsideParentheses(_ text: String, replacing target: String, with replacement: String) -> String {
        let s = Array(text.unicodeScalars), t = Array(target.unicodeScalars)
        var out = String.UnicodeScalarView()
        var depth = 0
        var i = 0
        while i < s.count {
            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth = max(0, depth - 1) }
            if depth == 0, i + t.count <= s.count, Array(s[i..<(i + t.count)]) == t {
                out.append(contentsOf: replacement.unicodeScalars)
                i += t.count
                continue
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    /// One `;`-separated item: its commas are qualifiers ("neumonía, resolving"), except before a part that names a
    /// disease of its own ("amebiasis intestinal, síndrome diarreico agudo; gastritis").
    static func semicolonPart(_ part: String) -> [String] {
        var parts: [String] = []
        for piece in commaParts(part) {
            if let last = parts.last, !(opensWithDiseaseNoun(piece) && !startsWithQualifier(piece) && !isEpisodeSpecifier(piece)) { parts[parts.count - 1] = last + ", " + piece } else { parts.append(piece) }
        }
        return parts.isEmpty ? [part] : parts
    }

    /// "episodio único", "single episode", "episodio actual moderado": the specifier of a mood disorder, not a disease.
    static func isEpisodeSpecifier(_ part: String) -> Bool {
        let w = words(part)
        guard let first = w.first, ["episodio", "episode", "episodios", "episodes"].contains(first) || w.last.map({ ["episode", "episodes"].contains($0) }) == true else { return false }
        return w.count <= 4 && w.allSatisfy { ["episodio", "episode", "episodios", "episodes", "unico", "single", "recurrente", "recurrent", "actual", "current", "leve", "moderado", "grave", "mild", "moderate", "severe", "primer", "first"].contains($0) }
    }

    /// "con insuficiencia venosa crónica" → "insuficiencia venosa crónica": a comma part adding a disease after "con"/"with".
    static func addedCondition(_ part: String) -> String? {
        let folded = TextFolding.fold(part)
        for lead in ["con ", "with ", "com "] where folded.hasPrefix(lead) {
            let rest = String(part.unicodeScalars.dropFirst(lead.unicodeScalars.count)).trimmingWhitespace()
            // "DM2 de 20 años, con neuropatía periférica y retinopatía": a complication describes the disease before it.
            guard let first = words(rest).first, !startsWithQualifier(rest), !ComorbidityMentions.diseaseDescriptors.contains(first),
                  diseaseHeads.contains(first) || DiagnosisVocabulary.heads.contains(first) else { return nil }
            return rest
        }
        return nil
    }

    /// "most recent episode depressed", "in early remission", "en remisión parcial", "episodio actual grave": a course
    /// specifier of the disorder before it, not a disease.
    static func isCourseSpecifier(_ part: String) -> Bool {
        let w = words(part)
        guard !w.isEmpty, w.count <= 6 else { return false }
        if w.starts(with: ["most", "recent", "episode"]) || w.starts(with: ["current", "episode"]) || w.starts(with: ["episodio", "actual"]) { return true }
        return w.contains(where: { ["remission", "remision", "remissao"].contains($0) }) && w.count <= 4
    }

    /// Parts split at a spaced slash (" / ", " // ") when every part holds a word of letters.
    static func slashedItems(_ text: String) -> [String]? {
        guard text.contains(" / ") || text.contains(" // ") || text.contains("/ ") || text.contains(" /") else { return nil }
        // "Bronquiolitis/ broncoespasmo leve", "HTA /DM2": a slash spaced on one side separates too, between words.
        let parts = oneSidedSlashes(text).replacingAll(" // ", with: " / ").components(separatedBy: " / ").map(trimmedItem)
        guard parts.count >= 2, parts.allSatisfy({ part in words(part).contains { $0.count >= 2 && $0.contains(where: \.isLetter) } }) else { return nil }
        // Round 8: "HSA Fisher IV / Hunt-Hess 3 por aneurisma…": a second classification of the same disease is no item.
        if parts.dropFirst().contains(where: { words($0).first.map { classificationQualifiers.contains($0) || scores.contains($0) } ?? false }) { return nil }
        return parts
    }

    /// `text` with each slash that has a space on one side only, between two words of three letters or more, spaced on both.
    static func oneSidedSlashes(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in s.enumerated() {
            guard c == "/", i > 0, i + 1 < s.count, (s[i - 1] == " ") != (s[i + 1] == " ") else { out.append(c); continue }
            var b = i - 1
            while b >= 0, s[b] == " " { b -= 1 }
            var lettersBefore = 0
            while b >= 0, TextFolding.isLetter(s[b]) || TextFolding.isDigit(s[b]) { lettersBefore += 1; b -= 1 }
            var a = i + 1
            while a < s.count, s[a] == " " { a += 1 }
            var lettersAfter = 0
            while a < s.count, TextFolding.isLetter(s[a]) || TextFolding.isDigit(s[a]) { lettersAfter += 1; a += 1 }
            if lettersBefore >= 3 && lettersAfter >= 3 { out.append(contentsOf: " / ".unicodeScalars) } else { out.append(c) }
        }
        return String(out)
    }

    /// The text before " - <measure> <figure>…" ("- FEVE 30%", "- EF 25%", "- A1c 9.4"); the text itself otherwise.
    static func withoutFigureRemark(_ text: String) -> String {
        guard let range = text.firstRange(of: " - ") else { return text }
        let after = String(text[range.upperBound...])
        let w = words(after)
        guard w.count >= 2, scores.contains(w[0]), w[1].first?.isNumber == true else { return text }
        return String(text[..<range.lowerBound]).trimmingWhitespace()
    }

    /// Parts split at " - " when every part after the first opens with a capital and is no plan.
    static func dashedItems(_ text: String) -> [String]? {
        guard text.contains(" - ") else { return nil }
        let parts = text.components(separatedBy: " - ").map(trimmedItem)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let capitalized = parts.dropFirst().allSatisfy({ part in
            guard let f = part.first, f.isUppercase, let w = words(part).first else { return false }
            return !DiagnosisExtractor.planVerbs.contains(w) && !notOpening.contains(w) && !DiagnosisExtractor.holdsDose(part)
        })
        // Round 7: "fibrilación auricular paroxística - insuficiencia mitral leve": in lower case too, when every part after
        // the first reads like a disease (not a status: "HTN - at goal", nor a plan: "DM2 - ajustar insulina").
        let diseases = parts.dropFirst().allSatisfy({ part in
            DiagnosisVocabulary.looksLikeDiagnosis(part) && !DiagnosisExtractor.statusOpeners.contains(where: { TextFolding.fold(part).hasPrefix($0) })
        })
        guard capitalized || diseases else { return nil }
        return parts
    }

    /// "1) A 2) B 3) C" / "1. A 2. B" / "1- A. 2- B.": the items, when the content opens with item 1.
    static func numberedItems(_ content: String) -> [String]? {
        if let lettered = letteredItems(content) { return lettered }
        let s = Array(content.unicodeScalars)
        func marker(_ n: Int, at i: Int) -> Int? {
            let digits = Array(String(n).unicodeScalars)
            guard i + digits.count < s.count, Array(s[i..<(i + digits.count)]) == digits else { return nil }
            if i > 0, !(s[i - 1] == " " || s[i - 1] == "\t") { return nil }
            var after = i + digits.count
            guard ".)-".unicodeScalars.contains(s[after]) else { return nil }
            // "1.- Colangitis  2.- Coledocolitiasis", "1)- A": a dash after the number's mark.
            if after + 2 < s.count, ".)".unicodeScalars.contains(s[after]), s[after + 1] == "-" { after += 1 }
            guard after + 1 < s.count, s[after + 1] == " " else { return nil }
            return after + 2
        }
        var k = 0
        while k < s.count, s[k] == " " { k += 1 }
        // Round 8: a list goes on from the line before ("A: 1. IC descompensada…" then "2. Chagas  3. DRC  4. DM2"): it may
        // open at any number, the next ones follow it.
        var first = 0
        var d = k
        while d < s.count, d - k < 2, TextFolding.isDigit(s[d]) { first = first * 10 + Int(s[d].value - 48); d += 1 }
        guard first >= 1 else { return nil }
        return markedItems(s, first: first, at: k, marker: marker)
    }

    /// Round 8: "a) Shock séptico  b) Neumonía aspirativa  c) Demencia mixta", "A. …  B. …": a list lettered in order from
    /// a, each letter after a space and before its mark and a space.
    static func letteredItems(_ content: String) -> [String]? {
        let s = Array(content.unicodeScalars)
        var k = 0
        while k < s.count, s[k] == " " { k += 1 }
        guard k + 2 < s.count, s[k] == "a" || s[k] == "A" else { return nil }
        let base = s[k].value
        func marker(_ n: UInt32, at i: Int) -> Int? {
            guard i + 2 < s.count, s[i].value == base + n, ")".unicodeScalars.contains(s[i + 1]) || s[i + 1] == "." && n > 0 || s[i + 1] == "." && i == k,
                  s[i + 2] == " " else { return nil }
            if i > 0, s[i - 1] != " " && s[i - 1] != "\t" { return nil }
            return i + 3
        }
        return markedItems(s, first: 0, at: k, marker: { marker(UInt32($0), at: $1) })
    }

    /// The items of a list whose markers follow in order from `first` (item `n`'s marker at `i` ends where `marker(n, i)`
    /// says, nil where there is none): the one walk of the numbered and the lettered lists; nil under two items.
    private static func markedItems(_ s: [Unicode.Scalar], first: Int, at start: Int, marker: (Int, Int) -> Int?) -> [String]? {
        guard var contentStart = marker(first, start) else { return nil }
        var items: [String] = []
        var next = first + 1
        var i = contentStart
        while i < s.count {
            if let after = marker(next, i) {
                items.append(String(String.UnicodeScalarView(s[contentStart..<i])))
                contentStart = after
                next += 1
                i = after
                continue
            }
            i += 1
        }
        items.append(String(String.UnicodeScalarView(s[contentStart..<s.count])))
        guard items.count >= 2 else { return nil }
        return items.map(trimmedItem)
    }

    /// Splits at commas that are not decimal commas ("7,4 %").
    private static func commaParts(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        for (i, c) in s.enumerated() {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            let decimal = i > 0 && i + 1 < s.count && TextFolding.isDigit(s[i - 1]) && TextFolding.isDigit(s[i + 1])
            if c == ",", depth == 0, !decimal {
                parts.append(trimmedItem(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(c)
            }
        }
        parts.append(trimmedItem(String(current)))
        return parts.filter { !$0.isEmpty }
    }

    /// "HTA y DM2", "hypertension and diabetes", "HAS e diabetes": two items when both sides hold a word.
    private static func conjunctionParts(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        let folded = s.map { TextFolding.fold($0) ?? $0 }
        for joiner in [" y ", " and ", " e "] {
            let j = Array(joiner.unicodeScalars)
            guard s.count > j.count else { continue }
            var at: Int?
            // Round 8: "Parasitosis intestinal mixta (ascariasis y tricuriasis)": a joiner inside parentheses joins the remark.
            var depth = 0
            for i in 0...(s.count - j.count) {
                if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth = max(0, depth - 1) }
                if depth == 0, Array(folded[i..<(i + j.count)]) == j { at = i; break }
            }
            guard let offset = at else { continue }
            let left = String(String.UnicodeScalarView(s[0..<offset]))
            let right = String(String.UnicodeScalarView(s[(offset + j.count)...]))
            let leftWords = words(left), rightWords = words(right)
            // "dolor de cabeza y…" leaves no dangling preposition; both sides must hold a word.
            guard let lastLeft = leftWords.last, !rightWords.isEmpty,
                  !["de", "del", "of", "con", "with", "a", "en"].contains(lastLeft) else { continue }
            // "hipoglicemias recurrentes e inadvertidas", "stable and improving": a lone participle or adjective after the
            // joiner qualifies the item before it (round 7).
            if rightWords.count == 1, right.trimmingWhitespace().first?.isLowercase == true,
               ["adas", "ados", "idas", "idos", "ada", "ado", "ida", "ido", "ed", "ing", "ntes", "nte", "nas", "nos", "icas", "icos", "ivas", "ivos", "ales"].contains(where: { rightWords[0].hasSuffix($0) }),
               rightWords[0].count > 4, !opensWithDiseaseNoun(right), !DiagnosisVocabulary.looksLikeDiagnosis(right) { return [text] }
            // Round 8: "fx diafisaria de radio y cúbito derechos", "fractura de tibia y peroné", "fracture of the radius and
            // ulna": after "de"/"of" and one word, a second noun with no disease word of its own shares the complement.
            if leftWords.count >= 3, ["de", "del", "of", "the", "da", "do"].contains(leftWords[leftWords.count - 2]), rightWords.count <= 3,
               !DiagnosisHedges.holdsDiseaseWord(right), !DiagnosisVocabulary.looksLikeDiagnosis(right),
               !opensWithDiseaseNoun(right), right.trimmingWhitespace().first.map({ $0.isLowercase || $0.isNumber }) == true { return [text] }
            // "Úlcera gástrica asociada a H. pylori y AINES", "anemia secondary to CKD and blood loss": the second
            // cause of a relation is no diagnosis of its own.
            if DiagnosisExtractor.relatesTwoDiseases(left), rightWords.count <= 3 { return [text] }
            // "DM2, con neuropatía periférica y retinopatía no proliferativa": two complications of one disease (round 6).
            if ComorbidityMentions.diseaseDescriptors.contains(rightWords[0]),
               leftWords.contains(where: { ["con", "with", "com"].contains($0) }), leftWords.contains(where: { ComorbidityMentions.diseaseDescriptors.contains($0) }) { return [text] }
            return conjunctionParts(left) + conjunctionParts(right)
        }
        return [text]
    }

    private static func words(_ text: String) -> [String] {
        TextFolding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func startsWithQualifier(_ part: String) -> Bool {
        let w = words(part)
        guard let first = w.first else { return false }
        // "Hypothyroidism, undertreated", "HTA, controlada": a lone participle qualifies the item before it.
        if w.count == 1 || (w.count <= 3 && DiagnosisExtractor.hasParenthesizedCode(part)),
           part.first?.isLowercase == true, ["ed", "ado", "ada", "ido", "ida", "ados", "adas"].contains(where: { first.hasSuffix($0) }) { return true }
        // Round 8: irregular participles ("Hipopotasemia, repuesta", "…, resuelto", "fractura, expuesta", "herida, abierta").
        if w.count == 1, part.first?.isLowercase == true, first.count >= 6, ["uesta", "uesto", "ierta", "ierto", "uelta", "uelto"].contains(where: { first.hasSuffix($0) }) { return true }
        // "diet-controlled", "rate controlled", "bien tolerada": a short participle phrase qualifies too.
        if w.count == 2, part.first?.isLowercase == true, !opensWithDiseaseNoun(part), let last = w.last,
           ["ed", "ing", "ado", "ada", "ido", "ida"].contains(where: { last.hasSuffix($0) && last.count > 4 }) { return true }
        // "Obesity, BMI 34", "FA, CHA2DS2-VASc 4", "ICC, FEVI 30%": a score or a measure with its figure qualifies.
        if w.count <= 3, scores.contains(first), part.contains(where: { $0.isNumber }) { return true }
        // Round 8: "Pregnancy, 14 weeks", "Embarazo, 12 semanas", "Bronquiolitis, 3 días": a figure and its unit of time.
        if w.count <= 3, first.allSatisfy(\.isNumber), w.count >= 2, timeUnits.contains(w[1]) { return true }
        // Round 8: "…, inadequately replaced for pregnancy", "…, newly diagnosed", "…, partially treated": an adverb opens
        // a qualifier of the item before it.
        // Not an impression of the state ("…, clínicamente estable", "clinically stable": a finding of its own, round 4).
        if w.count <= 5, first.count >= 6, first.hasSuffix("ly"), !["family", "anomaly", "deformity"].contains(first), !DiagnosisExtractor.findingOpeners.contains(first) { return true }
        // Spanish and Portuguese adverbs too: "…, probablemente prerrenal", "…, parcialmente tratada", "…, recentemente diagnosticada".
        if w.count <= 5, first.count >= 8, first.hasSuffix("mente"), !DiagnosisExtractor.findingOpeners.contains(first) { return true }
        return qualifiers.contains(first) || classificationQualifiers.contains(first) || qualifierPrefixes.contains(where: { first.hasPrefix($0) })
    }

    /// "mild dementia", "severe sepsis", "chronic kidney disease", "acute pancreatitis" (round 7): after its leading
    /// qualifiers the part names a disease of its own, so it is an item, not a qualifier of the one before ("HTN, mild dementia").
    static func namesDiseaseAfterQualifiers(_ part: String) -> Bool {
        let w = words(part)
        // Adjectives only: a preposition opens a complication of the disease before ("DM2 de 20 años, con neuropatía"), a
        // doubt qualifies it ("…, probable infección por H. pylori").
        guard w.count >= 2, let first = w.first, !["con", "with", "com", "sin", "without", "en", "a", "de", "por", "in", "on", "due", "at", "s", "post",
                                                    "probable", "possible", "suspected", "sospecha", "presuntiva", "presuntivo", "asociada", "asociado",
                                                    "associated", "secundaria", "secundario", "caso", "relacionado", "relacionada", "related", "vinculado",
                                                    "vinculada", "status", "not", "mal", "bien", "well", "poorly"].contains(first),
              qualifiers.contains(first) || ["mild", "moderate", "severe", "leve", "moderada", "moderado", "severa", "severo", "grave", "chronic",
                                                  "acute", "cronica", "cronico", "aguda", "agudo", "recurrent", "recurrente"].contains(first) else { return false }
        let restWords = Array(w.drop(while: { qualifiers.contains($0) }))
        let rest = restWords.joined(separator: " ")
        return !rest.isEmpty && (DiagnosisVocabulary.looksLikeDiagnosis(rest) || opensWithDiseaseNoun(rest)
            || restWords.count <= 4 && restWords.contains(where: { diseaseHeads.contains($0) || DiagnosisVocabulary.heads.contains($0) }))
    }

    static let scores: Set<String> = [
        "bmi", "imc", "ef", "fevi", "lvef", "fe", "cha2ds2", "chads2", "hasbled", "has", "a1c", "hba1c", "tfg", "egfr", "gfr",
        "curb", "curb65", "wells", "glasgow", "gcs", "nihss", "apache", "sofa", "meld", "ldl", "saturacion", "sat", "spo2", "ecog",
        "qsofa", "psi", "grace", "timi", "killip", "feve", "fey", "fevd", "pas", "pa", "ta",
    ]

    /// A later sentence of a diagnosis section that reads like a diagnosis: a few words, no numbers, not an
    /// instruction or a finding ("Signos de alarma explicados", "Se activa código infarto").
    static func looksLikeShortDiagnosis(_ sentence: String) -> Bool {
        let w = words(sentence)
        guard (1...5).contains(w.count), !sentence.contains(where: { $0.isNumber }), let first = w.first, let last = w.last else { return false }
        if notOpening.contains(first) { return false }
        if w.count > 1, ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"].contains(where: { last.hasSuffix($0) }) { return false }
        return !["normal", "normales", "negativo", "negativa", "negative", "unremarkable"].contains(last)
    }

    static func trimmedItem(_ raw: String) -> String {
        var text = DiagnosisExtractor.stripListMarker(raw.trimmingWhitespace())
        while let last = text.last, ".,;:".contains(last) { text.removeLast(); text = text.trimmingWhitespace() }
        // "…, OSA, and hypertension": a serial comma's conjunction opens no item.
        for lead in ["and ", "y "] where text.count > lead.count + 1 && TextFolding.fold(String(text.prefix(lead.count))) == lead { text = String(text.dropFirst(lead.count)).trimmingWhitespace() }
        // Round 8: "DM2 e HTA conocidos", "HTA conocida", "diabetes conhecida": the cue written after the diseases is none of them.
        // Not a negated state: "FA no conocida" is a new finding of FA.
        if let space = text.lastIndex(of: " "), ["conocidos", "conocidas", "conocido", "conocida", "conhecidos", "conhecidas", "conhecido", "conhecida"]
            .contains(TextFolding.fold(String(text[text.index(after: space)...]))),
           !["no", "nao", "not", "non"].contains(TextFolding.fold(String(text[..<space]).split(separator: " ").last.map(String.init) ?? "")) {
            text = String(text[..<space]).trimmingWhitespace()
        }
        return text
    }

    static let qualifiers: Set<String> = [
        "resolving", "resolved", "resuelto", "resuelta", "resolvida", "resolvido", "en", "improving", "worsening", "stable",
        "estable", "controlada", "controlado", "compensada", "compensado", "descompensada", "descompensado", "leve", "moderada",
        "moderado", "severa", "severo", "grave", "mild", "moderate", "severe", "right", "left", "bilateral", "derecho",
        "derecha", "izquierdo", "izquierda", "chronic", "cronica", "cronico", "acute", "aguda", "agudo", "single", "recurrent",
        "recurrente", "suspected", "probable", "possible", "sospecha", "secundaria", "secundario", "rll", "rul", "lll", "lul",
        "rml", "grado", "grade", "estadio", "etapa", "stage", "nyha", "gold", "curb", "child", "fevi", "ef", "status", "post",
        "operada", "operado", "initial", "inicial", "subsequent", "in", "on", "due", "systolic", "diastolic", "sistolica",
        "diastolica", "ecog", "kdigo", "cha2ds2", "chads2", "without", "with", "complicada", "complicado", "complicated",
        "uncomplicated", "con", "not", "uncontrolled", "controlled", "poorly", "well", "mal", "bien", "cf", "clase", "grupo", "class",
        "a", "por", "de", "en", "asociada", "asociado", "associated", "suspected", "presuntiva", "presuntivo",
        "fuera", "dentro", "outside", "within", "rate", "at", "s", "ahora", "now", "currently", "actualmente",
        // "TB pulmonar BK+, caso nuevo", "síndrome del túnel carpiano, relacionado con el trabajo" (round 6).
        "caso", "relacionado", "relacionada", "related", "asociado", "vinculado", "vinculada",
    ]
    static let qualifierPrefixes = ["resuel", "resolv", "mejor", "cha2ds2"]
    /// Round 8: classifications and Portuguese course words that qualify the item before their comma ("IAM …, Killip I",
    /// "pie diabético, Wagner 3", "IC descompensada perfil B, em melhora").
    static let classificationQualifiers: Set<String> = [
        "killip", "wagner", "forrester", "bclc", "meld", "figo", "gleason", "tnm", "hunt", "fisher", "perfil", "em", "melhora",
        "estavel", "esquerdo", "esquerda", "direito", "direita", "piora",
        // "Right hip osteoarthritis, end-stage", "Pancreatitis aguda, forma moderada", "…, fase aguda", "…, advanced".
        "end", "terminal", "advanced", "avanzada", "avanzado", "forma", "form", "variante", "variant", "fase", "phase", "subtipo",
    ]
    static let episodeStates: Set<String> = [
        "crisis", "crises", "complicaciones", "complicacion", "complications", "complication", "exacerbaciones", "exacerbacion",
        "exacerbations", "exacerbation", "aura", "descompensacion", "descompensaciones", "intractability", "recaidas", "recaida",
        "relapses", "convulsiones", "seizures", "agudizaciones", "agudizacion", "exacerbacoes", "complicacoes",
    ]
    static let timeUnits: Set<String> = [
        "weeks", "week", "wk", "wks", "semanas", "semana", "sem", "sdg", "days", "dias", "dia", "months", "meses", "mes", "years",
        "anos", "ano", "hours", "horas", "h", "hs", "y", "yo", "yr", "yrs", "mo", "mos", "m", "a", "d",
    ]
    static let notOpening: Set<String> = [
        "se", "el", "la", "los", "las", "sin", "con", "no", "paciente", "the", "a", "an", "patient", "he", "she", "control",
        "cita", "follow", "plan", "signos", "alta", "reposo", "dieta", "solicito", "solicita", "se", "favor", "we", "i",
        "continue", "continuar", "pautas", "tratar", "acudir", "return", "rtc", "ver", "see", "niega", "denies", "refiere",
        // Round 8: a follow-up written on the line after the list ("regreso en 1 semana", "retorno em 30 dias").
        "regreso", "regresa", "regresar", "retorno", "retorna", "retornar", "vuelve", "volver", "proxima", "proximo", "seguimiento",
        "revalorar", "reevaluar", "reevaluacion", "revaloracion", "cita", "consulta", "f", "fu", "followup",
    ]
}
