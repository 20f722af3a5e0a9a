/// Rule-based extraction of medications, diagnoses, vital signs, follow-up and notes, Spanish and English.
public struct ClinicalExtractor: Sendable {
    public init() {}

    public func extract(_ text: String) -> ClinicalExtraction {
        let tokenized = TokenizedText(text)
        let sentences = SentenceSegmenter.split(text)
        var medications = MedicationExtractor(text: tokenized).extract()
        // Vaccines given ("Vacunas aplicadas hoy:", "Vaccines given today:") are medications, named by the list's structure.
        for vaccine in VaccineListReader.medications(in: text) {
            let name = TextFolding.fold(vaccine.name)
            // "vacuna Tdap 0.5 ml IM": the vaccine's fuller name replaces the lexicon's "Tdap" (round 7, medications).
            if let at = medications.firstIndex(where: { name.hasSuffix(" " + TextFolding.fold($0.name)) }) { medications[at].name = vaccine.name; continue }
            // "Toxoide tetánico 0.5 ml IM dosis única" found by the lexicon too: the list's reading of which dose it is (round 9).
            if let at = medications.firstIndex(where: { TextFolding.fold($0.name) == name }), medications[at].frequency == nil { medications[at].frequency = vaccine.frequency }
            if !medications.contains(where: { TextFolding.fold($0.name).hasPrefix(name) || name.hasPrefix(TextFolding.fold($0.name)) }) {
                medications.append(vaccine)
            }
        }
        return ClinicalExtraction(
            medications: medications,
            diagnoses: DiagnosisExtractor(text).extract(),
            vitals: VitalSignExtractor(text: tokenized).extract(),
            followUp: FollowUpExtractor.followUp(in: sentences),
            notes: FollowUpExtractor.notes(in: sentences))
    }
}
