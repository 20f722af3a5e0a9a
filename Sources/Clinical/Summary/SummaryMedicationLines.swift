/// The summary's medication lines: one per drug as the extraction lists it, except that drugs the note writes as one
/// combination ("salbutamol + ipratropio 4 puff c/6h", "budesonide/formoterol 160/4.5 mcg") stay one line in the note's
/// own words, and a duration already inside the frequency ("c/12h por 5 días si dolor") is not written twice (round 7).
enum SummaryMedicationLines {
    static func lines(_ medications: [Medication], note: String) -> [String] {
        let folded = TextFolding.fold(note)
        var result: [String] = []
        var k = 0
        while k < medications.count {
            let m = medications[k]
            if k + 1 < medications.count, let joiner = combinationJoiner(m.name, medications[k + 1].name, in: folded) {
                let next = medications[k + 1]
                // The partners share what is written after the last one; the first keeps its own when it has any.
                let details = next.dose != nil || next.frequency != nil ? next : m
                result.append(render(name: m.name + joiner + next.name, details))
                k += 2
                continue
            }
            result.append(render(name: m.name, m))
            k += 1
        }
        return result
    }

    /// The text between two drug names written as one combination ("+", "/", " + "), or nil when the note never joins them.
    static func combinationJoiner(_ first: String, _ second: String, in folded: String) -> String? {
        let a = TextFolding.fold(first), b = TextFolding.fold(second)
        guard !a.isEmpty, !b.isEmpty else { return nil }
        return [" + ", "+", "/", " / ", " +", "+ "].first { folded.hasSubstring(a + $0 + b) }
    }

    /// "amoxicilina 500 mg VO cada 8 horas por 7 días", without repeating a duration the frequency already holds.
    static func render(name: String, _ m: Medication) -> String {
        var parts = [name]
        if let dose = m.dose { parts.append(m.unit.map { $0 == "%" ? "\(dose)%" : "\(dose) \($0)" } ?? dose) }
        if let route = m.route { parts.append(route) }
        if let frequency = m.frequency { parts.append(frequency) }
        if let duration = m.duration, !(m.frequency.map { TextFolding.fold($0).hasSubstring(TextFolding.fold(duration)) } ?? false) { parts.append(duration) }
        return parts.joined(separator: " ")
    }
}
