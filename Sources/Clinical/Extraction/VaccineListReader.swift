/// Vaccines given, read by the list's structure rather than by name: under a vaccination label ("Vacunas aplicadas hoy:",
/// "Vaccines given today:", "Vacunación aplicada hoy: …; …", "Immunizations:"), every item holding a volume dose
/// ("0.5 ml") and a route (IM, SC, subcut, ID, VO) is a medication named by the words before its remark, dose count or
/// dose ("SRP (sarampión, rubéola, paperas) 2da dosis 0.5 ml SC" → "SRP", "Td refuerzo 0.5 ml IM" → "Td"). A vaccine's
/// name is often no drug name (Pentavalente, Hepatitis A, MMRV), so the lexicon cannot find it.
enum VaccineListReader {
    static func medications(in text: String) -> [Medication] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        var result: [Medication] = []
        var i = 0
        while i < lines.count {
            guard let content = labelContent(lines[i]) ?? applicationContent(lines[i]) else { i += 1; continue }
            // "DPT 0.5 ml IM (1er refuerzo), Antipolio oral (APO) 2 gotas VO, Varicela 0.5 ml SC": without a ";" the commas
            // outside parentheses separate the vaccines (round 6).
            // "Vacunas: se aplica hoy triple viral (SRP) 0.5 ml SC y …": the label's content may tell the application too.
            let told = (applicationContent(content) ?? content).replacingFirstFolded(prefixes: ["hoy ", "today "])
            var items = told.contains(";") ? told.split(separator: ";").map(String.init) : commaItems(told)
            var j = i + 1
            // Bulleted items, or lines that are each a vaccine given (a volume and a route), indented or not (round 7).
            while j < lines.count, DiagnosisExtractor.isListItem(lines[j]) || !lines[j].isEmpty && !startsField(lines[j]) && vaccine(lines[j]) != nil {
                items.append(DiagnosisExtractor.stripListMarker(lines[j]))
                j += 1
            }
            result += items.flatMap(joinedItems).compactMap(vaccine)
            i = j
        }
        for m in namedInProse(in: text) where !result.contains(where: { TextFolding.fold(m.name).hasSuffix(TextFolding.fold($0.name)) }) {
            result.append(m)
        }
        return result
    }

    /// "Aplicación de Tdpa 0.5 ml IM hoy.", "Se aplica influenza 0.5 ml IM", "Administered MMR 0.5 mL SC": a vaccine given, told
    /// in a sentence rather than under a label (round 6). The items need a volume and a route, as under a label.
    static func applicationContent(_ line: String) -> String? {
        let folded = TextFolding.fold(line)
        for cue in ["aplicacion de ", "se aplica ", "se aplico ", "se aplican ", "se administra vacuna ", "administered ", "given today: ", "aplicada "] where folded.hasPrefix(cue) {
            let rest = String(line.unicodeScalars.dropFirst(cue.unicodeScalars.count))
            return SentenceSegmenter.split(rest).first.map { $0.trimmingWhitespace() }
        }
        return nil
    }

    /// "triple viral 0.5 ml SC y fiebre amarilla 0.5 ml SC", "MMR 0.5 mL SC and varicella 0.5 mL SC": two vaccines joined by
    /// a conjunction, each with its own volume and route, are two items (round 7).
    static func joinedItems(_ item: String) -> [String] {
        let words = item.split(separator: " ").map(String.init)
        for (n, w) in words.enumerated() where n > 0 && n + 1 < words.count && ["y", "and", "e", "+"].contains(w.lowercased()) {
            let first = words[..<n].joined(separator: " "), second = words[(n + 1)...].joined(separator: " ")
            if vaccine(first) != nil, vaccine(second) != nil { return [first] + joinedItems(second) }
        }
        return [item]
    }

    /// "Plan: …; vacuna dTpa 0.5 ml IM aplicada hoy", "vaccine Tdap 0.5 mL IM given": a vaccine named after the word
    /// "vacuna" inside a sentence, with its volume and route, also across the line break of a wrapped paragraph (round 7).
    static func namedInProse(in text: String) -> [Medication] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var result: [Medication] = []
        // Only words opening with "v" are folded: the note is read word by word once.
        for (n, w) in words.enumerated() where (w.first == "v" || w.first == "V") && ["vacuna", "vacina", "vaccine"].contains(TextFolding.fold(w)) {
            guard n + 2 < words.count else { continue }
            let item = words[(n + 1)..<min(words.count, n + 8)].joined(separator: " ")
            // "influenza vaccine given today, 0.5 mL IM L deltoid": the name is written before the word "vaccine" (round 9).
            if n >= 1, var m = vaccine(item), ["given", "administered", "applied", "aplicada", "aplicado", "today", "hoy"].contains(TextFolding.fold(String(m.name.split(separator: " ").first ?? ""))),
               words[n - 1].allSatisfy(\.isLetter), !["the", "la", "el", "a", "de", "of"].contains(TextFolding.fold(words[n - 1])) {
                m.name = words[n - 1] + " " + w
                m.frequency = m.frequency ?? "today"
                result.append(m)
                continue
            }
            guard var m = vaccine(item), m.name.split(separator: " ").count <= 3, !m.name.hasSuffix(":"),
                  !["de", "contra", "del", "against", "for", "para"].contains(TextFolding.fold(m.name.split(separator: " ").first.map(String.init) ?? "")) else { continue }
            m.name = w + " " + m.name
            result.append(m)
        }
        return result
    }

    /// "Próxima: SRP a los 12 meses", "Plan: …": a line opening a field of its own ends the list.
    static func startsField(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        return line[..<colon].split(separator: " ").count <= 3
    }

    /// The parts between commas outside parentheses.
    static func commaItems(_ content: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for c in content {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == ",", depth == 0 { items.append(current); current = ""; continue }
            current.append(c)
        }
        items.append(current)
        return items.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The text after a vaccination label of at most six words, or nil.
    static func labelContent(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        // "Vaccines given today (VIS provided, parent consented):": the label's remark does not count as its words (round 7).
        var label = TextFolding.fold(String(line[..<colon]))
        if let open = label.firstIndex(of: "("), let close = label[open...].firstIndex(of: ")") { label.removeSubrange(open...close) }
        let words = label.split(whereSeparator: { !$0.isLetter })
        guard let first = words.first, words.count <= 6,
              ["vacuna", "vacunas", "vacunacion", "vaccine", "vaccines", "vaccination", "vaccinations", "immunizations",
               "immunization", "inmunizaciones", "inmunizacion", "vacinas", "vacina", "vacinacao"].contains(String(first))
        else { return nil }
        // "Vacunas previas:", "Vaccines due:", "Vacunas pendientes:": not given today.
        guard !words.contains(where: { ["previas", "previous", "prior", "due", "pendientes", "pending", "proximas", "next", "faltantes"].contains(String($0)) }) else { return nil }
        return String(line[line.index(after: colon)...]).trimmingWhitespace()
    }

    /// One item: a volume dose and a route, the name before its remark, dose count or dose.
    static func vaccine(_ item: String) -> Medication? {
        let words = item.split(separator: " ").map(String.init)
        guard let doseAt = words.indices.first(where: { n in
            // An oral vaccine's drops count as its volume: "Antipolio oral (APO) 2 gotas VO".
            n + 1 < words.count && isVolume(words[n]) && ["ml", "cc", "gotas", "drops", "gts"].contains(TextFolding.fold(words[n + 1]).trimmingTrailingDots().trimmingCharacters(",;."))
        }) else { return nil }
        let routes: Set<String> = ["im", "sc", "subcut", "sq", "id", "vo", "po", "intranasal", "oral", "intramuscular", "subcutanea"]
        guard let routeAt = words[(doseAt + 2)...].firstIndex(where: { routes.contains(TextFolding.fold($0).trimmingCharacters(",;.")) }) else { return nil }
        let route = words[routeAt]
        var nameWords: [String] = []
        for w in words[..<doseAt] {
            let f = TextFolding.fold(w)
            if w.hasPrefix("(") || w.first?.isNumber == true || ["dosis", "dose", "refuerzo", "booster", "reforco", "primera", "segunda", "tercera", "first", "second", "third"].contains(f) { break }
            nameWords.append(w.trimmingCharacters(","))
            if w.hasSuffix(",") { break }
        }
        guard !nameWords.isEmpty, nameWords.count <= 5, nameWords.joined().contains(where: \.isLetter) else { return nil }
        return Medication(name: nameWords.joined(separator: " "), dose: words[doseAt], unit: words[doseAt + 1].trimmingCharacters(",;."),
                          route: route.trimmingCharacters(",;."), frequency: doseCount(words, doseAt: doseAt, routeAt: routeAt))
    }

    /// Which dose this is, as the item writes it before the volume ("2da dosis", "refuerzo", "4ta dosis (refuerzo)") and
    /// after the route ("dosis única", "dosis anual", "(1er refuerzo)", "muslo derecho, refuerzo", "hoy", "días 0-3-7-14")
    /// (round 9): a vaccine's schedule is its frequency.
    static func doseCount(_ words: [String], doseAt: Int, routeAt: Int) -> String? {
        func isCount(_ n: Int) -> Bool {
            let f = TextFolding.fold(words[n]).trimmingCharacters("(),;.")
            if countWords.contains(f) { return true }
            // "2da dosis", "1er refuerzo", "3ra dose": an ordinal before the dose word.
            return f.first?.isNumber == true && n + 1 < words.count && ["dosis", "dose", "refuerzo", "reforco", "booster"].contains(TextFolding.fold(words[n + 1]).trimmingCharacters("(),;."))
        }
        var parts: [String] = []
        if let start = (0..<doseAt).first(where: isCount) {
            parts.append(words[start..<doseAt].joined(separator: " "))
        }
        if let start = ((routeAt + 1)..<words.count).first(where: isCount) {
            parts.append(words[start..<min(words.count, start + 4)].joined(separator: " "))
        }
        let cleaned = parts.map { part -> String in
            var p = part.trimmingCharacters(",;. ")
            if p.hasPrefix("("), p.hasSuffix(")"), p.dropFirst().firstIndex(of: "(") == nil { p = String(p.dropFirst().dropLast()) }
            return p
        }.filter { !$0.isEmpty }
        return cleaned.isEmpty ? nil : cleaned.joined(separator: ", ")
    }

    static let countWords: Set<String> = [
        "dosis", "dose", "refuerzo", "reforco", "booster", "hoy", "today", "stat", "dias", "days", "unica", "anual", "annual",
    ]

    static func isVolume(_ word: String) -> Bool {
        !word.isEmpty && word.first!.isNumber && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }
}

extension String {
    /// The string without its first folded prefix among `prefixes` ("hoy se aplica …" → "se aplica …").
    func replacingFirstFolded(prefixes: [String]) -> String {
        let folded = TextFolding.fold(self)
        for p in prefixes where folded.hasPrefix(p) { return String(unicodeScalars.dropFirst(p.unicodeScalars.count)) }
        return self
    }

    /// The string without the given characters at either end.
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
