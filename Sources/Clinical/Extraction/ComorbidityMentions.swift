/// Comorbidities written in prose rather than under a history header: "She has a history of GERD and
/// osteoarthritis", "con antecedente de HTA y DM2", "portador de EPOC", "27M with asthma", "58F with HTN, DM2",
/// "paciente de 70 años con HTA e IRC que consulta por…". Denied ("no history of…", "sin antecedentes de…"),
/// family ("madre con antecedente de…", "family history of…") and present-illness mentions are not the patient's.
enum ComorbidityMentions {
    static func items(in line: String) -> [String] { tagged(in: line).map(\.item) }

    /// The items, each with whether it was read after a follow-up cue ("here for f/u of HTN", "en control por DM2"): the
    /// visit's reason restates the diagnoses the note assesses.
    static func tagged(in line: String) -> [(item: String, followUp: Bool)] {
        // Most lines hold no cue: a byte search before tokenizing the line.
        guard mayHoldCue(line) else { return [] }
        // Round 8: "59F w/ T2DM, HTN, HLD", "pt w/ hx of COPD": the chart's "w/" is "with".
        let text = ScalarText(line.contains("w/ ") ? line.replacingAll(" w/ ", with: " with ") : line)
        let tokens = text.tokens()
        guard tokens.count >= 2 else { return [] }
        let folded = tokens.map { $0.folded }
        var result: [(item: String, followUp: Bool)] = []
        var k = 0
        while k < tokens.count {
            // "history of …": any short items; "27M with …": only items that name a known chronic condition.
            if let start = historyCueEnd(at: k, folded: folded, tokens: tokens, text: text) {
                let knownOnly = folded[k] == "historia" || folded[k] == "historico"
                result += clauseItems(from: start, tokens: tokens, folded: folded, text: text, requireKnown: knownOnly).map { ($0, false) }
                k = start
                continue
            }
            // "75 y/o male with PMH of COPD on 2L home O2, …", "Varón de 60 años con antecedente de cirrosis…": an explicit
            // history cue right after the weaker one is read as such (its items keep their remarks), once.
            if let start = knownOnlyCueEnd(at: k, folded: folded, tokens: tokens, text: text) ?? ageWithEnd(at: k, folded: folded, tokens: tokens, text: text),
               historyCueEnd(at: start, folded: folded, tokens: tokens, text: text) != nil
                || start + 1 < tokens.count && ["a", "an", "un", "una"].contains(folded[start]) && historyCueEnd(at: start + 1, folded: folded, tokens: tokens, text: text) != nil {
                k = start
                continue
            }
            if let start = knownOnlyCueEnd(at: k, folded: folded, tokens: tokens, text: text) {
                // "whom I follow for interstitial lung disease": a disease's shape counts; after "paciente (con)" the
                // present illness may follow ("Pcte con cuadro de tos"), so only known conditions do.
                let patient = ["paciente", "pcte", "pte", "un", "una", "el", "la", "a"].contains(folded[k])
                let followUp = followUpCueWords.contains(folded[k])
                result += clauseItems(from: start, tokens: tokens, folded: folded, text: text, requireKnown: true, shapeCounts: !patient).map { ($0, followUp) }
                k = start
                continue
            }
            // "hipertensa e diabética tipo 2, com hipotireoidismo", "diabético e hipertenso, con IRC", "a diabetic, hypertensive
            // man with CKD": adjectives of known conditions, then "con/com/with" and more known conditions.
            // "paciente conocida hipertensa y diabética", "known diabetic and hypertensive": the adjectives are the conditions.
            if conditionAdjectives.contains(folded[k]), k > 0, personCues.contains(folded[k - 1]), plainGap(text, tokens, k - 1),
               !(max(0, k - 4)..<(k - 1)).contains(where: { deniers.contains(folded[$0]) }) {
                result += adjectiveItems(from: k, folded: folded, tokens: tokens, text: text).map { ($0, false) }
            }
            if let start = conditionAdjectivesEnd(at: k, folded: folded, tokens: tokens, text: text) {
                result += clauseItems(from: start, tokens: tokens, folded: folded, text: text, requireKnown: true, shapeCounts: false).map { ($0, false) }
                k = start
                continue
            }
            if let start = ageWithEnd(at: k, folded: folded, tokens: tokens, text: text) {
                // After an age the present illness may follow ("de 2 años, con bloqueo articular"): known conditions only.
                result += clauseItems(from: start, tokens: tokens, folded: folded, text: text, requireKnown: true, shapeCounts: false).map { ($0, false) }
                k = start
                continue
            }
            k += 1
        }
        return result
    }

    /// The index after a history cue starting at token `k`, when the cue is not denied, familial or a header.
    private static func historyCueEnd(at k: Int, folded: [String], tokens: [TextToken], text: ScalarText) -> Int? {
        guard let first = cueFirstWords[folded[k]] else { return nil }
        for cue in first {
            guard k + cue.count < tokens.count else { continue }
            var ok = true
            for (n, word) in cue.enumerated() where folded[k + n] != word || (n > 0 && !plainGap(text, tokens, k + n - 1)) { ok = false; break }
            guard ok, plainGap(text, tokens, k + cue.count - 1) else { continue }
            // "History of present illness:" is a header; "no history of", "sin antecedentes de", "family history of" are not the patient's diseases.
            if folded[k + cue.count] == "present" { return nil }
            if k > 0, plainGap(text, tokens, k - 1) || text.string(tokens[k - 1].end..<tokens[k].start).trimmingWhitespace() == ",",
               deniers.contains(folded[k - 1]) { return nil }
            // A relative earlier in the clause: "madre con antecedente de cáncer de mama", "her mother has a history of…".
            var b = k - 1
            while b >= 0, k - b <= 6 {
                let gap = text.string(tokens[b].end..<tokens[b + 1].start)
                if gap.contains(".") || gap.contains(";") || gap.contains(":") { break }
                if relatives.contains(folded[b]) || deniers.contains(folded[b]) && k - b <= 2 { return nil }
                b -= 1
            }
            return k + cue.count
        }
        return nil
    }

    private static func knownOnlyCueEnd(at k: Int, folded: [String], tokens: [TextToken], text: ScalarText) -> Int? {
        for cue in knownOnlyCues where cue[0] == folded[k] && !["historia", "historico"].contains(cue[0]) && k + cue.count < tokens.count {
            var ok = true
            for (n, word) in cue.enumerated() where folded[k + n] != word || (n > 0 && !plainGap(text, tokens, k + n - 1)) { ok = false; break }
            guard ok, plainGap(text, tokens, k + cue.count - 1) else { continue }
            if k > 0, deniers.contains(folded[k - 1]) { return nil }
            // Round 7: "Control por clínica de falla cardiaca", "seguimiento por consulta de nefrología": a service, no disease.
            if serviceWords.contains(folded[k + cue.count]) { return nil }
            // "He does not have diabetes or known CAD", "niega ser conocido con…": a denial earlier in the clause.
            if ["known", "conocido", "conocida", "conhecido", "conhecida"].contains(cue[0]) {
                var b = k - 1
                while b >= 0, k - b <= 8 {
                    let gap = text.string(tokens[b].end..<tokens[b + 1].start)
                    if gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("\n") { break }
                    if ["no", "not", "sin", "niega", "denies", "nega", "without", "never", "nunca", "nor", "ni", "nao"].contains(folded[b]) { return nil }
                    b -= 1
                }
            }
            return k + cue.count
        }
        return nil
    }

    /// Words that name a service or a clinic after a follow-up cue ("control por clínica de…").
    static let serviceWords: Set<String> = [
        "clinica", "consulta", "consultorio", "servicio", "programa", "unidad", "policlinico", "policlinica", "equipo", "clinic",
        "especialista", "especialidad", "medico", "medicina", "cardiologia", "nefrologia", "endocrinologia", "neumologia", "ambulatorio",
        "telemedicina", "enfermeria", "nutricion", "cesfam", "apc", "aps",
    ]

    /// First words of the follow-up cues among `knownOnlyCues`: "f/u of", "follow up of", "seguimiento de", "control por".
    static let followUpCueWords: Set<String> = ["f", "follow", "followup", "followed", "seguimiento", "control", "en", "acompanhamento"]

    /// After adjectives of known conditions (and their "tipo 2", "y"/"e"/"and", commas, one noun of the person), the index
    /// after the "con"/"com"/"with" that opens more conditions.
    private static func conditionAdjectivesEnd(at k: Int, folded: [String], tokens: [TextToken], text: ScalarText) -> Int? {
        guard conditionAdjectives.contains(folded[k]), k == 0 || !deniers.contains(folded[k - 1]) else { return nil }
        var n = k + 1
        var person = 0
        while n < tokens.count, n - k <= 10 {
            let gap = text.string(tokens[n - 1].end..<tokens[n].start)
            if gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("\n") || gap.contains("(") { return nil }
            let f = folded[n]
            if ["con", "com", "with"].contains(f) { return n + 1 < tokens.count && plainGap(text, tokens, n) ? n + 1 : nil }
            if conditionAdjectives.contains(f) || ["y", "e", "and", "tipo", "type", "2", "1", "ii", "i", "insulinodependiente", "insulinorrequiriente"].contains(f) { n += 1; continue }
            if person == 0, ageWords.contains(f) || ["man", "woman", "senora", "senor", "sra", "sr"].contains(f) { person += 1; n += 1; continue }
            return nil
        }
        return nil
    }

    /// Words after which a condition's adjective describes the patient: "conocida hipertensa", "paciente diabético".
    /// Only a cue of a known history: "en paciente diabético" restates a diagnosis, "conocida hipertensa" states one.
    static let personCues: Set<String> = ["conocida", "conocido", "known", "conhecida", "conhecido"]

    /// "hipertensa y diabética tipo 2, asmática": each adjective with its type or qualifier, as written.
    private static func adjectiveItems(from k: Int, folded: [String], tokens: [TextToken], text: ScalarText) -> [String] {
        var items: [String] = []
        var n = k
        while n < tokens.count, conditionAdjectives.contains(folded[n]) {
            var end = n
            while end + 1 < tokens.count, plainGap(text, tokens, end),
                  ["tipo", "type", "2", "1", "ii", "i", "insulinodependiente", "insulinorrequiriente", "insulinorequirente", "cronica", "cronico", "controlada", "controlado"].contains(folded[end + 1]) { end += 1 }
            items.append(text.string(tokens[n].start..<tokens[end].end))
            guard end + 2 < tokens.count else { break }
            let gap = text.string(tokens[end].end..<tokens[end + 1].start)
            if gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("\n") || gap.contains("(") { break }
            if ["y", "e", "and"].contains(folded[end + 1]) { n = end + 2 } else if gap.contains(",") { n = end + 1 } else { break }
        }
        return items
    }

    static let conditionAdjectives: Set<String> = [
        "hipertensa", "hipertenso", "hypertensive", "diabetica", "diabetico", "diabetic", "asmatica", "asmatico", "asthmatic",
        "cardiopata", "nefropata", "hepatopata", "epileptica", "epileptico", "epileptic", "obesa", "obeso", "obese",
        "dislipidemica", "dislipidemico", "hipotiroidea", "hipotiroideo", "coronaria", "coronario",
    ]

    /// "27M with", "45 y/o F with", "58-year-old man with", "paciente de 70 años con", "mujer de 34 años, con".
    private static func ageWithEnd(at k: Int, folded: [String], tokens: [TextToken], text: ScalarText) -> Int? {
        guard ["with", "con", "com"].contains(folded[k]), k >= 1, k + 1 < tokens.count, plainGap(text, tokens, k) else { return nil }
        // Up to two words between the age and "with": "45 yo female with", "27M with", "de 70 años, con".
        var b = k - 1
        var skipped = 0
        while b >= 0, skipped <= 3 {
            let gap = text.string(tokens[b].end..<tokens[b + 1].start)
            if gap.contains(".") && !gap.contains("/") || gap.contains(";") || gap.contains(":") || gap.contains("\n") { return nil }
            let token = tokens[b]
            let f = folded[b]
            if token.digits >= 1, token.digits <= 3, token.letters <= 2, token.letters == 0 || ["m", "f", "y", "yo", "a"].contains(String(f.drop(while: { $0.isNumber }))) {
                return b < k - 1 || token.letters > 0 ? k + 1 : nil
            }
            if !ageWords.contains(f) { return nil }
            b -= 1
            skipped += 1
        }
        return nil
    }

    private static func plainGap(_ text: ScalarText, _ tokens: [TextToken], _ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let gap = text.string(tokens[i].end..<tokens[i + 1].start)
        return gap == " " || gap == "/" || gap == "-"
    }

    /// The clause after the cue, to a sentence end, a colon or a new clause ("que consulta", "who presents"),
    /// split into items; items are taken while they read like a disease, not an action ("takes naproxen").
    private static func clauseItems(from start: Int, tokens: [TextToken], folded: [String], text: ScalarText, requireKnown: Bool, shapeCounts: Bool = true) -> [String] {
        var end = start
        var k = start
        // "OSA on CPAP, and hypertension", "respiratory failure on 2 L home oxygen": what an item is treated with ends
        // that item, not the clause; the clause goes on after the next comma.
        var treatments: [Range<Int>] = []
        var reason: String?
        while k < tokens.count {
            // "atrial fibrillation with controlled ventricular rate", "ICC con FEY conservada", "migraña sin aura": a
            // descriptor of the disease after "with"/"con"/"sin" is part of the item, not a new clause.
            // After a comma too: "DM2 de 20 años, con neuropatía periférica y retinopatía" (its complications, round 6).
            if k > start, ["with", "con", "com", "without", "sin", "sem"].contains(folded[k]), k + 1 < tokens.count,
               plainGap(text, tokens, k - 1) || text.string(tokens[k - 1].end..<tokens[k].start) == ", ",
               plainGap(text, tokens, k), diseaseDescriptors.contains(folded[k + 1]) {
                end = k + 1
                k += 2
                if k < tokens.count, plainGap(text, tokens, k - 1) { continue }
                k -= 1
            }
            if folded[k] == "on", k > start, let comma = (k..<min(tokens.count, k + 10)).first(where: { j in
                j + 1 < tokens.count && text.string(tokens[j].end..<tokens[j + 1].start).contains(",") && !text.string(tokens[j].end..<tokens[j + 1].start).contains(".")
            }) {
                let gapText = (k..<comma).map { text.string(tokens[$0].end..<tokens[$0 + 1].start) }.joined()
                if !gapText.contains(".") && !gapText.contains(";") && !gapText.contains("\n") {
                    // "COPD on 2L home O2," stays whole (the blind sets label it so); "on apixaban 5 mg," is a treatment.
                    // After a weaker cue ("also has pulmonary hypertension on his last echo (RVSP 58 mmHg), OSA on CPAP") the
                    // remark is cut, as before round 6.
                    if requireKnown || namesTreatment(from: k, to: comma, tokens: tokens, folded: folded, text: text) { treatments.append(tokens[k - 1].end..<tokens[comma].end) }
                    end = comma
                    k = comma + 1
                    continue
                }
            }
            // After an explicit history cue ("con antecedentes de DM2 de 18 años de evolución en tratamiento con insulina,
            // hipertensión arterial, ERC…", "PMH of CKD since 2019, gout"): a preposition opening the item's remark ends the
            // item, and the list goes on after the next comma, unless a verb ends the clause first.
            if !requireKnown, k > start, itemRemarkOpeners.contains(folded[k]),
               let comma = (k..<min(tokens.count - 1, k + 12)).first(where: { j in text.string(tokens[j].end..<tokens[j + 1].start).contains(",") }),
               !(k...comma).contains(where: { j in (clauseEnders.contains(folded[j]) && !itemRemarkOpeners.contains(folded[j])) || j < comma && text.string(tokens[j].end..<tokens[j + 1].start).contains(where: { ".;:\n(".contains($0) }) }),
               !clauseEnders.contains(folded[comma + 1]) {
                // Round 6: the remark stays with its item ("cirrosis hepática por alcohol", "DM2 de 18 años de evolución");
                // `HistoryItemText` drops its onset and drug. A dose or a drug's name is a treatment, cut here.
                if namesTreatment(from: k, to: comma, tokens: tokens, folded: folded, text: text) { treatments.append(tokens[k - 1].end..<tokens[comma].end) }
                end = comma
                k = comma + 1
                continue
            }
            // "antecedente de preeclampsia en embarazo previo.": a remark running to the sentence's end, with no verb in it,
            // is the last item's.
            // Only after an explicit history cue: after "paciente con" or an age the present illness may follow ("con dolor
            // torácico de 2 horas"), so a weaker cue's item still ends at its preposition.
            if !requireKnown, k > start, itemRemarkOpeners.contains(folded[k]), remarkRunsToClauseEnd(from: k, tokens: tokens, folded: folded, text: text) {
                end = k
                k += 1
                continue
            }
            // "trastorno depresivo mayor, episodio moderado, en remisión parcial y …": a course specifier after a comma is the
            // disorder's, not a new clause.
            if k > start, text.string(tokens[k - 1].end..<tokens[k].start) == ", ",
               DiagnosisListSplitter.isCourseSpecifier((k..<min(tokens.count, k + 3)).map { folded[$0] }.joined(separator: " ")) {
                end = k
                k += 1
                continue
            }
            if clauseEnders.contains(folded[k]) {
                if k > start, admissionWords.contains(folded[k]) { reason = admissionReason(after: k, tokens: tokens, folded: folded, text: text) }
                break
            }
            end = k
            guard k + 1 < tokens.count else { break }
            let gap = text.string(tokens[k].end..<tokens[k + 1].start)
            if gap.contains("(") && !gap.contains("\n") && !gap.contains(".") {
                // "77M with HFrEF (EF 25%), paroxysmal AF…": a parenthetical remark is skipped, the clause goes on.
                var close = k + 1
                while close < tokens.count, !text.string(tokens[close].end..<(close + 1 < tokens.count ? tokens[close + 1].start : tokens[close].end)).contains(")") { close += 1 }
                guard close + 1 < tokens.count, close - k <= 8 else { break }
                let after = text.string(tokens[close].end..<tokens[close + 1].start)
                guard !after.contains("\n") && !after.contains(".") && !after.contains(";") else { end = close; break }
                k = close + 1
                continue
            }
            if gap.contains(".") && !(tokens[k].isNumber && tokens[k + 1].isNumber) || gap.contains(";") || gap.contains(":")
                || gap.contains("(") || gap.contains("\n") { break }
            k += 1
        }
        guard end >= start, k > start || end == start else { return [] }
        var clause = ""
        var from = tokens[start].start
        for range in treatments where range.upperBound <= tokens[end].end {
            clause += text.string(from..<range.lowerBound) + ","
            from = range.upperBound
        }
        clause += text.string(from..<tokens[end].end)
        var items: [String] = []
        // Round 7: "59M with HFrEF (EF 25%), ischemic CM s/p CABG 2020, T2DM, CKD 3b": an item the known conditions do not
        // name, between two that they do, is a member of the same list; held until a known one follows.
        var pending: [String] = []
        for raw in DiagnosisListSplitter.listItems(clause) {
            // "portador de EPOC y de hipotiroidismo": the second item keeps no preposition.
            var item = raw
            // A remark's leftover (")" after a cut treatment) is no item.
            if !item.contains(where: { $0.isLetter }) { continue }
            for lead in ["de ", "del ", "of ", "a "] where TextFolding.fold(item).hasPrefix(lead) { item = String(item.dropFirst(lead.count)) }
            // "72M with PMH of CAD", "a woman with a history of breast cancer": the history cue opens no part of the item.
            for lead in ["pmh of ", "pmh significant for ", "history of ", "hx of ", "h/o ", "antecedente de ", "antecedentes de ",
                         "diagnostico de ", "diagnostico previo de ", "dx de ", "diagnosis of "] where TextFolding.fold(item).hasPrefix(lead) {
                item = String(item.unicodeScalars.dropFirst(lead.unicodeScalars.count))
            }
            // Its length without its history and course ("DM2 de 18 años de evolución en tratamiento con insulina" is "DM2 de
            // 18 años de evolución"; "trastorno depresivo mayor, episodio moderado, en remisión parcial" is its first part).
            let words = DiagnosisExtractor.historyHead(HistoryItemText.text(item)).split(separator: ",").first.map { $0.split(separator: " ") } ?? []
            let disease = beforeDescriptor(item)
            guard !words.isEmpty, words.count <= 6 || words.count <= 9 && disease != item, !DiagnosisExtractor.holdsDose(item), !DiagnosisExtractor.isHistoryNoise(item) else { break }
            // "DM2 de 18 años de evolución": the disease, without its history, is what must be known.
            // A disease's shape counts too: "chronic hypoxemic respiratory failure", "retinopatía diabética no proliferativa".
            // The disease before its specifiers' comma ("trastorno depresivo mayor, episodio moderado, en remisión parcial").
            let head = String(DiagnosisExtractor.historyHead(disease).split(separator: ",").first ?? "")
            if requireKnown && !DiagnosisConcept.namesKnownCondition(head) && !(shapeCounts && Self.hasDiseaseShape(head)) {
                guard !items.isEmpty, pending.count < 2, words.count <= 6, !clauseEnders.contains(TextFolding.fold(String(words[0]))) else { break }
                pending.append(item)
                continue
            }
            items += pending
            pending = []
            items.append(item)
        }
        if let reason, !items.isEmpty { items.append(reason) }
        return items
    }

    /// Round 8: "…, hypothyroidism, admitida por UTI complicada / urosepsis", "…, gout, admitido por celulitis de pierna
    /// izquierda.": the disease the stay is for, told right after the history in the same sentence, to its comma, slash or end.
    private static func admissionReason(after k: Int, tokens: [TextToken], folded: [String], text: ScalarText) -> String? {
        guard k + 2 < tokens.count, ["por", "for", "with", "con", "x"].contains(folded[k + 1]) else { return nil }
        var end = k + 2
        while end + 1 < tokens.count, end - k < 9 {
            let gap = text.string(tokens[end].end..<tokens[end + 1].start)
            if gap != " " && gap != "-" || clauseEnders.contains(folded[end + 1]) && !["de", "del", "of"].contains(folded[end + 1]) { break }
            end += 1
        }
        let phrase = text.string(tokens[k + 2].start..<tokens[end].end)
        guard DiagnosisVocabulary.looksLikeDiagnosis(phrase) || DiagnosisConcept.namesKnownCondition(phrase) || hasDiseaseShape(phrase),
              !DiagnosisExtractor.isNegatedOrNotADiagnosis(phrase) else { return nil }
        return phrase
    }

    static let admissionWords: Set<String> = [
        "admitida", "admitido", "ingresada", "ingresado", "internada", "internado", "hospitalizada", "hospitalizado", "admitted",
    ]

    /// True when the remark from `k` to `comma` holds a dose or opens (after its preposition) with a drug's name.
    private static func namesTreatment(from k: Int, to comma: Int, tokens: [TextToken], folded: [String], text: ScalarText) -> Bool {
        let remark = text.string(tokens[k].start..<tokens[comma].end)
        if DiagnosisExtractor.holdsDose(remark) { return true }
        // Round 8: "DM2 on insulin": insulin is the diabetes's state (insulin-requiring), kept in its item.
        return (k + 1...min(comma, k + 3)).contains { j in DrugLexicon.byFirstWord[folded[j]] != nil && !folded[j].hasPrefix("insulin") }
    }

    /// True when the words from `k` reach the clause's end (a sentence end, ";", ":", a line break or the text's end)
    /// without a comma, a verb or another clause's word, and hold no dose: "en embarazo previo.".
    private static func remarkRunsToClauseEnd(from k: Int, tokens: [TextToken], folded: [String], text: ScalarText) -> Bool {
        var j = k
        while j < tokens.count, j - k <= 14 {
            if j > k, clauseEnders.contains(folded[j]) && !itemRemarkOpeners.contains(folded[j]) { return false }
            if DrugLexicon.byFirstWord[folded[j]] != nil || tokens[j].isNumber && j + 1 < tokens.count && MedicationExtractor.drugUnits.contains(folded[j + 1]) { return false }
            guard j + 1 < tokens.count else { return true }
            let gap = text.string(tokens[j].end..<tokens[j + 1].start)
            // "…Child-Pugh B, que ingresa por melena": a comma before a new clause ends the remark with the clause.
            if gap.contains(",") { return j + 1 < tokens.count && clauseEnders.contains(folded[j + 1]) && !itemRemarkOpeners.contains(folded[j + 1]) }
            if gap.contains("(") { return false }
            if gap.contains(".") && !(tokens[j].isNumber && tokens[j + 1].isNumber) || gap.contains(";") || gap.contains(":") || gap.contains("\n") { return true }
            j += 1
        }
        return false
    }

    /// "heart failure with reduced ejection fraction" → "heart failure": the disease before its descriptor.
    static func beforeDescriptor(_ item: String) -> String {
        let words = item.split(separator: " ")
        for (n, w) in words.enumerated() where n > 0 && n + 1 < words.count {
            if ["with", "con", "com", "without", "sin", "sem"].contains(TextFolding.fold(String(w))), diseaseDescriptors.contains(TextFolding.fold(String(words[n + 1]))) {
                return words[..<n].joined(separator: " ")
            }
        }
        return item
    }

    /// An item of at most five words holding a disease's head noun or suffix ("respiratory failure", "retinopatía").
    static func hasDiseaseShape(_ item: String) -> Bool {
        let words = TextFolding.fold(item).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard (1...5).contains(words.count), !words.contains(where: { ["takes", "toma", "usa", "uses", "refiere", "presenta"].contains($0) }) else { return false }
        return words.contains { w in DiagnosisListSplitter.diseaseHeads.contains(w) || ["itis", "osis", "iasis", "emia", "patia", "pathy"].contains(where: { w.hasSuffix($0) && w.count > 5 }) }
    }

    /// True when the line holds one of the cues' ASCII fragments, case-insensitively.
    static func mayHoldCue(_ line: String) -> Bool {
        line.holdsASCIIFragment(cueFragments)
    }

    /// Lowercase ASCII pieces of every cue ("histórico" holds "hist"); `| 0x20` lowercases letters.
    static let cueFragments: [[UInt8]] = ["hist", "hx", "h/o", "pmh", "antecedente", "portador", "conocid", "known", "with", " con ", " com ",
                                          "app ", "antec", "ant ", "hpp", "f/u", "follow", "seguimiento", "control", "acompanhamento", "also", "tambien", "también",
                                          "pacien", "pcte", "pte ", "adem", "w/ "]
        .map { Array($0.utf8) }

    static let cues: [[String]] = [
        ["history", "of"], ["hx", "of"], ["h", "o"], ["pmh", "of"], ["pmh", "de"], ["hx", "de"], ["pmh", "significant", "for"], ["pmhx", "of"],
        ["past", "medical", "history", "of"], ["known", "history", "of"], ["antecedente", "de"], ["antecedentes", "de"],
        ["antecedente", "personal", "de"], ["antecedentes", "personales", "de"], ["antecedente", "patologico", "de"],
        ["portador", "de"], ["portadora", "de"], ["conocido", "por"], ["conocida", "por"], ["known", "case", "of"],
        ["historia", "de"], ["historico", "de"], ["antecedentes", "patologicos", "de"],
        ["app", "de"], ["antec", "de"], ["ant", "de"], ["hpp", "de"],
    ]
    /// Cues after which only known chronic conditions count: "f/u of T2DM and HTN", "whom I follow for COPD",
    /// "en control por HTA", "historia de" (also a title's "HISTORIA DE INGRESO").
    static let knownOnlyCues: [[String]] = [
        ["f", "u", "of"], ["follow", "up", "of"], ["followup", "of"], ["follow", "for"], ["followed", "for"], ["seguimiento", "por"],
        ["seguimiento", "de"], ["control", "por"], ["en", "control", "por"], ["acompanhamento", "de"], ["historia", "de"],
        ["historico", "de"], ["un", "paciente", "con"], ["una", "paciente", "con"], ["a", "patient", "with"], ["el", "paciente", "con"],
        ["la", "paciente", "con"], ["also", "has"], ["tambien", "tiene"],
        // "paciente con DM2 y HTA de larga data, con creatinina en ascenso": known conditions after "paciente con".
        ["paciente", "con"], ["pcte", "con"], ["pte", "con"], ["paciente", "conocida", "con"], ["paciente", "conocido", "con"],
        // "Paciente HTA, DM2 insulinorrequirente, dislipidemia": the conditions written right after the patient.
        ["paciente"], ["pcte"], ["pte"],
        // "Además dislipidemia y retinopatía diabética.", "Also HTN and CKD.": more conditions in a sentence of their own.
        ["ademas"], ["also"],
        // "Known COPD and CKD stage 4.", "conocido con DM2 e HTA", "conhecido portador de…".
        ["known"], ["conocido", "con"], ["conocida", "con"], ["conhecido"], ["conhecida"],
    ]
    static let cueFirstWords: [String: [[String]]] = Dictionary(grouping: cues.sorted { $0.count > $1.count }, by: { $0[0] })
    static let deniers: Set<String> = ["no", "sin", "niega", "denies", "negative", "without", "nega", "ningun", "ninguno", "family", "familiar", "familiares", "nor", "ni"]
    static let relatives: Set<String> = [
        "madre", "padre", "hermano", "hermana", "hijo", "hija", "abuelo", "abuela", "tio", "tia", "mother", "father", "brother",
        "sister", "son", "daughter", "grandmother", "grandfather", "aunt", "uncle", "mae", "pai", "esposo", "esposa", "husband", "wife",
    ]
    static let ageWords: Set<String> = [
        "anos", "ano", "year", "years", "old", "yo", "y", "o", "male", "female", "man", "woman", "m", "f", "masculino", "femenino",
        "femenina", "hombre", "mujer", "varon", "paciente", "patient", "de", "edad",
    ]
    /// First words of a disease's own descriptor after "with"/"con"/"sin": "with reduced ejection fraction", "con RVR",
    /// "sin aura", "with controlled ventricular rate", "con nefropatía".
    static let diseaseDescriptors: Set<String> = [
        "reduced", "preserved", "mildly", "controlled", "uncontrolled", "rapid", "slow", "ventricular", "rvr", "respuesta",
        "response", "fraccion", "fraction", "ejection", "fevi", "fey", "lvef", "ef", "aura", "reducida", "reducido", "preservada",
        "conservada", "rapida", "controlada", "complications", "complicaciones", "nefropatia", "neuropatia", "retinopatia",
        "neuropathy", "nephropathy", "retinopathy", "polineuropatia", "polyneuropathy", "hyperglycemia", "hiperglucemia",
    ]

    /// Words that end the clause of comorbidities: a new clause begins.
    /// Prepositions that open an item's remark in a history list: its course, treatment or time.
    /// "s/p CABG 2018" (status post) opens a remark too (round 6): the list goes on after it.
    static let itemRemarkOpeners: Set<String> = ["en", "con", "with", "desde", "since", "por", "for", "hace", "on", "de", "s", "p"]
    static let clauseEnders: Set<String> = [
        "que", "who", "quien", "which", "presents", "presenta", "acude", "consulta", "ingresa", "refiere", "comes", "came",
        "presenting", "presented", "admitted", "currently", "actualmente", "now", "ahora", "desde", "since", "hace", "for",
        "por", "on", "en", "status", "s", "p", "here", "being", "was", "is", "has", "tiene", "con", "with", "sin", "without",
        // Round 8: the stay that follows the history ("…, hypothyroidism, admitida por UTI", "…, internado por", "referred for").
        "admitida", "admitido", "ingresada", "ingresado", "internada", "internado", "hospitalizada", "hospitalizado", "trasladada",
        "trasladado", "referida", "referido", "derivada", "derivado", "traida", "traido", "llega", "viene", "admitted", "referred",
        "transferred", "brought", "internada", "internado", "admitida",
    ]
}
