/// Mentions of a drug that prescribe nothing (round 9), read around the name:
/// - a fluid used to clean a wound: "curas diarias con SF", "curación con solución salina", "lavado de herida con suero",
///   "wound irrigation with normal saline", "curativo com soro fisiológico" — wound care, like a dressing, is no drug given
///   (the labelling conventions); nasal washes are left alone, the sets' labels disagree on them;
/// - a drug only considered: "manitol? no por ahora", "sevelamer? aguarda fósforo", "heparin? deferred" — the question
///   mark right after the name asks whether to give it.
struct NotPrescribedUses {
    let text: TokenizedText

    func applies(name i: Int, end nameEnd: Int) -> Bool {
        isWashingFluid(i) || isQuestioned(nameEnd)
    }

    /// "con solución fisiológica" after a wound-care word within the few words before.
    private func isWashingFluid(_ i: Int) -> Bool {
        guard DrugLexicon.fluids.contains(text.folded[i]) || ["saline", "soro"].contains(text.folded[i]), i >= 2 else { return false }
        var k = i - 1
        if ["la", "el", "o", "a"].contains(text.folded[k]) { k -= 1 }
        guard k >= 1, ["con", "with", "com"].contains(text.folded[k]) else { return false }
        for b in stride(from: k - 1, through: max(0, k - 3), by: -1) {
            if text.gap(after: b).contains("\n") || text.gap(after: b).contains(";") { return false }
            if Self.washingWords.contains(text.folded[b]) { return true }
        }
        return false
    }

    /// A "?" straight after the name: the drug is a question, not an order.
    private func isQuestioned(_ nameEnd: Int) -> Bool {
        text.gap(after: nameEnd).hasPrefix("?")
    }

    static let washingWords: Set<String> = [
        "cura", "curas", "curacion", "curaciones", "curativo", "curativos", "irrigacion", "irrigation", "herida", "heridas",
        "wound", "wounds", "ferida", "feridas", "ulcera", "ulcer", "lesion", "lesiones",
    ]
}
