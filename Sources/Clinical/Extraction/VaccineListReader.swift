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
            guard let content = labelContent(lines[i]) else { i += 1; continue }
            var items = content.split(separator: ";").map(String.init)
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
            n + 1 < words.count && isVolume(words[n]) && ["ml", "cc"].contains(TextFolding.fold(words[n + 1]).trimmingTrailingDots())
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
