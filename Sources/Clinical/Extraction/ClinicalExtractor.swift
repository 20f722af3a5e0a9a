/// Rule-based extraction of medications, diagnoses, vital signs, follow-up and notes, Spanish and English.
public struct ClinicalExtractor: Sendable {
    public init() {}

    public func extract(_ text: String) -> ClinicalExtraction {
        let tokenized = TokenizedText(text)
        let sentences = SentenceSegmenter.split(text)
        return ClinicalExtraction(
            medications: MedicationExtractor(text: tokenized).extract(),
            diagnoses: DiagnosisExtractor(text).extract(),
            vitals: VitalSignExtractor(text: tokenized).extract(),
            followUp: FollowUpExtractor.followUp(in: sentences),
            notes: FollowUpExtractor.notes(in: sentences))
    }
}
