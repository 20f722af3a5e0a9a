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
            var items = content.contains(";") ? content.split(separator: ";").map(String.init) : commaItems(content)
            var j = i + 1
            while j < lines.count, DiagnosisExtractor.isListItem(lines[j]) {
                items.append(DiagnosisExtractor.stripListMarker(lines[j]))
                j += 1
            }
            result += items.compactMap(vaccine)
            i = j
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
        let label = TextFolding.fold(String(line[..<colon]))
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
        guard let route = words[(doseAt + 2)...].first(where: { routes.contains(TextFolding.fold($0).trimmingCharacters(",;.")) }) else { return nil }
        var nameWords: [String] = []
        for w in words[..<doseAt] {
            let f = TextFolding.fold(w)
            if w.hasPrefix("(") || w.first?.isNumber == true || ["dosis", "dose", "refuerzo", "booster", "reforco", "primera", "segunda", "tercera", "first", "second", "third"].contains(f) { break }
            nameWords.append(w.trimmingCharacters(","))
            if w.hasSuffix(",") { break }
        }
        guard !nameWords.isEmpty, nameWords.count <= 5, nameWords.joined().contains(where: \.isLetter) else { return nil }
        return Medication(name: nameWords.joined(separator: " "), dose: words[doseAt], unit: words[doseAt + 1].trimmingCharacters(",;."),
                          route: route.trimmingCharacters(",;."))
    }

    static func isVolume(_ word: String) -> Bool {
        !word.isEmpty && word.first!.isNumber && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
