import Testing
@testable import Clinical

/// Round 8 of issue 17: an I-PASS handoff (`Illness severity`, `P:` patient summary, `A:` action list, `S:` situation
/// awareness) states its problems in the patient summary, the stay's reason among them; its `A:` is the action list
/// unless it lists problems.
@Suite struct Round8HandoffTests {
    func diagnoses(_ text: String) -> [String] { ClinicalExtractor().extract(text).diagnoses.map(\.text) }

    @Test func thePatientSummaryNamesTheProblemsAndTheActionListNone() {
        let note = """
        Night sign-out (I-PASS) - Ward 4B
        Bed 7 - Illness severity: STABLE
        P: 63F, MRN 88120. Decompensated cirrhosis (Child B) admitted with spontaneous bacterial peritonitis; hepatic encephalopathy grade 1.
        A: if confused -> lactulose extra dose, call resident; recheck Na at 06:00.
        S: daughter is HCP.
        """ // US
        let found = diagnoses(note)
        #expect(found.contains { $0.hasPrefix("Decompensated cirrhosis") }, "\(found)")
        #expect(found.contains("spontaneous bacterial peritonitis"), "\(found)")
        #expect(found.contains("hepatic encephalopathy grade 1"), "\(found)")
        #expect(!found.contains { $0.lowercased().contains("lactulose") || $0.lowercased().contains("confused") || $0.contains("MRN") }, "\(found)")
    }

    @Test func anActionListThatListsProblemsIsRead() {
        let note = """
        Entrega de guardia (I-PASS) - UCI
        Illness severity: WATCHER
        P: Cama 2, 50M. Cetoacidosis diabética en resolución.
        A: 1) Cetoacidosis diabética, en resolución 2) Hipopotasemia, repuesta
        """ // CL
        let found = diagnoses(note)
        #expect(found.contains("Hipopotasemia, repuesta"), "\(found)")
    }
}
