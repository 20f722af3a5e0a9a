/// Round 8: a signer's name is written right before the signer's registration, whatever stands before it — a profession
/// without an article ("Tecnólogo médico J. Ramos Yarleque CTMP 5512"), a title the institution rule took for a centre's
/// name, or nothing ("Ana Paula Rezende CRM-SP 154872", "Dr. Fabio Kowalski - CRM-PR 28.993"): two to four name words
/// (an initial counts) before a board's label and its number on the line.
extension NameScanner {
    func namesBeforeRegistration(excluding found: [PHISpan]) -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        for c in t.indices where c >= 2 && t[c].isAllCaps && t[c].letters >= 2 && t[c].letters <= 6 && startsIdentifierLabel(c) {
            guard let label = LabelledIdentifierScanner.label(startingAt: c, in: context), label.label.kind == .cedula,
                  [" ", " - ", ", ", " – "].contains(context.gap(after: c - 1)), !found.contains(where: { $0.range.contains(t[c - 1].start) }) else { continue }
            let caps = t[c - 1].isAllCaps
            guard isNameWord(c - 1, allowCaps: caps), t[c - 1].letters >= 3, !Self.institutionWords.contains(context.folded[c - 1]) else { continue }
            var start = c - 1
            var words = 1
            while start > 0, words < 4 {
                let p = start - 1
                let gap = context.gap(after: p)
                if gap == " ", isNameWord(p, allowCaps: caps), t[p].letters >= 2, !Self.institutionWords.contains(context.folded[p]),
                   !(caps == false && t[p].isAllCaps) {
                    start = p; words += 1; continue
                }
                // "J. Ramos Yarleque": a given name's initial.
                if gap == ". ", t[p].letters == 1, t[p].isCapitalized, t[p].digits == 0 { start = p; words += 1; continue }
                if gap == " ", Self.particles.contains(context.folded[p]), p > 0, context.gap(after: p - 1) == " ", isNameWord(p - 1, allowCaps: caps) {
                    start = p - 1; words += 2; continue
                }
                break
            }
            guard words >= 2, (start...(c - 1)).contains(where: { t[$0].letters >= 3 }) else { continue }
            // Not a sentence's capitalised first word before the name ("Control Ana Ruiz CMP …" keeps "Control" only when it
            // is a name word, which the vocabulary rules out).
            result.append(PHISpan(kind: .name, range: t[start].start..<t[c - 1].end, priority: 4))
        }
        return result
    }
}
