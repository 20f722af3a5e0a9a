import Clinical

/// The strict reader of a model's extraction answer (`ExtractionAnswerParser.parse`): no input crashes it;
/// what it accepts is within its bounds (items, lengths), trimmed, without empty entries, and reads back the
/// same from its own JSON, bare or in a code fence (what the pipeline stores is what it accepted).
public enum ExtractionAnswerFuzz: FuzzTarget {
    public static let name = "extraction"

    public static func check(_ input: [UInt8]) -> String? {
        guard let data = try? ExtractionAnswerParser.parse(String(decoding: input, as: UTF8.self)) else { return nil }
        let lists = [data.diagnosis, data.followUp]
        if lists.contains(where: { $0.count > ExtractionAnswerParser.maxItems }) || data.medications.count > ExtractionAnswerParser.maxItems {
            return "more items than maxItems"
        }
        let strings = lists.flatMap { $0 } + data.medications.flatMap { [$0.name] + [$0.dose, $0.route, $0.frequency].compactMap { $0 } }
        if strings.contains(where: { $0.isEmpty }) { return "an empty entry accepted" }
        if strings.contains(where: { $0.count > ExtractionAnswerParser.maxStringLength }) { return "a string longer than maxStringLength" }
        if data.notes.count > ExtractionAnswerParser.maxNotesLength { return "notes longer than maxNotesLength" }
        if (strings + [data.notes]).contains(where: { $0.first?.isWhitespace == true || $0.last?.isWhitespace == true }) { return "an untrimmed string accepted" }
        guard let again = try? ExtractionAnswerParser.parse(data.json) else { return "its own JSON is refused" }
        if again != data { return "its own JSON reads back differently" }
        guard let fenced = try? ExtractionAnswerParser.parse("```json\n\(data.json)\n```"), fenced == data else {
            return "its own JSON in a code fence reads back differently"
        }
        return nil
    }
}
