/// A history form's answer written after each condition (round 9, issue 17): "HTA: sí. DM: no.", "HTA (+), DM (-)",
/// "DM2 si, HTA no", "HTN - yes; DM - no; CAD - denies", "HAS (sim), DM (não), DPOC: nega", "DM2 (niega)".
/// Checklists of comorbidities are written this way in clinics of every country: a "no" / "(-)" / "niega" answer denies
/// the condition before it (never a diagnosis), a "sí" / "(+)" / "yes" answer affirms it and is no part of its name.
enum DiagnosisFormAnswers {
    /// "DM: no", "EPOC (-)", "asma no", "CAD - denies", "DPOC: nega", "DM2 (niega)": the item denies its condition.
    static func isDenied(_ item: String) -> Bool {
        guard let (head, answer) = split(item) else { return false }
        return denials.contains(answer) && !head.isEmpty
    }

    /// "HTA (+)" → "HTA", "HTN - yes" → "HTN", "HAS (sim)" → "HAS"; any other item as it is.
    static func withoutAffirmation(_ item: String) -> String {
        guard let (head, answer) = split(item), affirmations.contains(answer), !head.isEmpty else { return item }
        return head
    }

    /// The item's condition and its folded answer, when it ends with one after a separator (": ", " - ", " (…)", " = ", or a
    /// space after a short head); nil otherwise. "HTA no controlada" ends with no answer; "Rh (-)" is a blood group's.
    private static func split(_ item: String) -> (String, String)? {
        var text = item.trimmingWhitespace()
        while let last = text.last, ".,;".contains(last) { text.removeLast() }
        text = text.trimmingWhitespace()
        var answer = ""
        var head = ""
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            answer = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
            head = String(text[..<open])
        } else if let space = text.lastIndex(where: { $0 == " " || $0 == ":" || $0 == "=" }) {
            answer = String(text[text.index(after: space)...])
            head = String(text[..<space])
        } else {
            return nil
        }
        let folded = TextFolding.fold(answer)
        guard denials.contains(folded) || affirmations.contains(folded) else { return nil }
        // One item's answer, not a list's last one: "HTA (+), DM (-)" is read item by item.
        guard !head.contains(where: { ",;(".contains($0) }) else { return nil }
        var trimmedHead = head.trimmingWhitespace()
        let separated = trimmedHead.hasSuffix(":") || trimmedHead.hasSuffix("-") || trimmedHead.hasSuffix("=") || text.hasSuffix(")")
        while let last = trimmedHead.last, ":-=–—".contains(last) { trimmedHead.removeLast() }
        trimmedHead = trimmedHead.trimmingWhitespace()
        let headWords = TextFolding.fold(trimmedHead).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        // A bare space before "no"/"si" only after a short head: "asma no", not a sentence that ends in "no".
        guard !headWords.isEmpty, headWords.count <= (separated ? 6 : 3) else { return nil }
        // "Rh (-)", "Rh negativo": a blood group's sign is no answer about a disease.
        if headWords.last == "rh" || headWords.last == "abo" { return nil }
        return (trimmedHead, folded)
    }

    static let denials: Set<String> = [
        "no", "nao", "-", "neg", "negado", "negada", "negados", "negadas", "niega", "nega", "denies", "denied", "none",
        "ausente", "absent",
    ]
    static let affirmations: Set<String> = ["si", "sim", "yes", "+"]
}
