/// Runs every PHI scanner over a text and keeps a non-overlapping set of spans, preferring the more
/// specific kind (a validated identifier over a phone-shaped number, a phone over an address fragment).
enum PHIDetector {
    static func detect(_ text: String) -> (ScalarText, [PHISpan]) {
        let context = TokenizedText(text)
        var candidates: [PHISpan] = []
        candidates += ContactScanner(context: context).scan()
        candidates += IdentifierScanner(context: context).scan()
        candidates += LabelledIdentifierScanner(context: context).scan()
        candidates += ColumnHeaderScanner(context: context).scan()
        candidates += DateOfBirthScanner(context: context).scan()
        candidates += AddressScanner(context: context).scan()
        candidates += NameScanner(context: context).scan()
        candidates.sort {
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var accepted: [PHISpan] = []
        for candidate in candidates where !accepted.contains(where: { $0.range.overlaps(candidate.range) }) {
            accepted.append(candidate)
        }
        accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
        return (context.text, accepted)
    }
}
