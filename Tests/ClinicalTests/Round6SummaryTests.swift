import Testing
@testable import Clinical

/// Round 6 of issue 17: the offline summary keeps what the round-6 extraction reads — the history line and the current
/// state both, history items in their words, comorbidities from prose and from lists under unknown labels — each once.
@Suite struct Round6SummaryTests {
    func rendered(_ text: String, _ language: ClinicalLanguage = .es) -> String { OfflineSummarizer(text: text, language: language).summarize().rendered }

    @Test(arguments: [
        ("Antecedentes: DM2 de 20 años de evolución, HTA.\nImpresión diagnóstica: DM2 descompensada; HTA controlada", ["DM2 de 20 años de evolución", "DM2 descompensada", "HTA controlada"], ClinicalLanguage.es), // MX
        ("HOSPITAL COURSE\n70 y/o male with PMH of COPD on 2L home O2 and BPH, who presented with fever.\nDISCHARGE DIAGNOSES\n1. Pneumonia, improving\n2. COPD, stable", ["COPD on 2L home O2", "BPH", "COPD, stable"], .en), // US
        ("Crónica: HTA y DM2, con insuficiencia venosa crónica. PA 150/90.", ["HTA", "DM2", "insuficiencia venosa crónica"], .es), // NI
    ])
    func theSummaryKeepsTheHistoryAndTheCurrentState(text: String, expected: [String], language: ClinicalLanguage) {
        let summary = rendered(text, language)
        for item in expected { #expect(summary.contains("- " + item), "\(item) in \(summary)") }
    }

    @Test func anExactRepeatIsInTheSummaryOnce() {
        let summary = OfflineSummarizer(text: "PMH: paroxysmal atrial fibrillation.\nDischarge diagnoses: Paroxysmal atrial fibrillation", language: .en).summarize()
        #expect(summary.diagnoses.map(\.text) == ["Paroxysmal atrial fibrillation"], "\(summary.rendered)")
    }
}
