/// An offline summary: the sections a doctor reads, the structured data behind them, and the rendered text.
public struct ClinicalSummary: Sendable, Equatable {
    public var language: ClinicalLanguage
    public var reasonForVisit: String
    public var keyFindings: [String]
    public var diagnoses: [Diagnosis]
    public var medications: [Medication]
    public var planAndFollowUp: [String]
    public var extraction: ClinicalExtraction
    /// The text a doctor reads, headed by the section titles of `SummarySections`.
    public var rendered: String
}

/// Section titles in each language; the prompt asks the model for exactly these.
public enum SummarySections {
    public static func titles(_ language: ClinicalLanguage) -> [String] {
        switch language {
        case .es: return ["Motivo de consulta", "Hallazgos principales", "Diagnósticos", "Medicamentos", "Plan y seguimiento"]
        case .en: return ["Reason for visit", "Key findings", "Diagnoses", "Medications", "Plan and follow-up"]
        }
    }

    static func notDocumented(_ language: ClinicalLanguage) -> String {
        language == .es ? "No consignado." : "Not documented."
    }
}
