/// Runs every PHI scanner over a text and keeps a non-overlapping set of spans, preferring the more
/// specific kind (a validated identifier over a phone-shaped number, a phone over an address fragment).
enum PHIDetector {
    static func detect(_ text: String) -> (ScalarText, [PHISpan]) {
        let context = TokenizedText(text)
        var candidates: [PHISpan] = []
        candidates += ContactScanner(context: context).scan()
        candidates += IdentifierScanner(context: context).scan()
        candidates += LabelledIdentifierScanner(context: context).scan()
        candidates += InsurancePlanScanner(context: context).scan()
        candidates += ClinicianRegistrationScanner(context: context).scan()
        candidates += ColumnHeaderScanner(context: context).scan()
        candidates += DateOfBirthScanner(context: context).scan()
        candidates += AddressScanner(context: context).scan()
        candidates += NameScanner(context: context).scan()
        var accepted = resolve(candidates, in: context)
        // Contacts are written as a name and a phone side by side: each of the pair reveals the other.
        let pairs = ContactPairScanner(context: context, accepted: accepted).scan()
        if !pairs.isEmpty { accepted = resolve(accepted + pairs, in: context) }
        return (context.text, accepted)
    }

    /// The non-overlapping spans by priority, then length. A name or an address that runs into a stronger span keeps
    /// its words before it ("Ana Paula Rezende" of "Ana Paula Rezende CRM-SP 154872", a street before its ZIP taken as
    /// an identifier) instead of being dropped whole.
    private static func resolve(_ candidates: [PHISpan], in context: TokenizedText) -> [PHISpan] {
        let sorted = candidates.sorted {
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var accepted: [PHISpan] = []
        for candidate in sorted {
            let overlapping = accepted.filter { $0.range.overlaps(candidate.range) }
            if overlapping.isEmpty { accepted.append(candidate); continue }
            guard candidate.kind == .name || candidate.kind == .address, let cut = overlapping.map({ $0.range.lowerBound }).min(), cut > candidate.range.lowerBound else { continue }
            // The last token of the name that ends before the stronger span.
            let first = context.tokenIndex(atOrAfter: candidate.range.lowerBound)
            var last = context.tokenIndex(atOrAfter: cut) - 1
            while last >= first, context.tokens[last].end > cut || candidate.kind == .name && !context.tokens[last].isWord { last -= 1 }
            guard last >= first, context.tokens[first...last].contains(where: { $0.letters >= 2 }) else { continue }
            let trimmed = PHISpan(kind: candidate.kind, range: candidate.range.lowerBound..<context.tokens[last].end, priority: candidate.priority)
            if !accepted.contains(where: { $0.range.overlaps(trimmed.range) }) { accepted.append(trimmed) }
        }
        accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
        return accepted
    }
}
