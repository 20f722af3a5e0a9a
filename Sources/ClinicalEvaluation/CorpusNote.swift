import Foundation
import Clinical

/// One labelled synthetic note of an evaluation corpus (Tests/ClinicalTests/Corpus/*.json and the like).
public struct CorpusNote: Codable, Sendable {
    /// `labelled`: an identifier written right after its label ("RFC:", "DNI", "MRN") — it must always be hidden.
    public struct PHILabel: Codable, Sendable { public let kind: String; public let text: String; public let labelled: Bool? }
    public struct MedicationLabel: Codable, Sendable {
        public let name: String; public let dose: String?; public let route: String?; public let frequency: String?
    }
    public struct DiagnosisLabel: Codable, Sendable { public let text: String; public let icd10: String? }

    public let id: String
    public let country: String
    public let language: String
    public let text: String
    public let phi: [PHILabel]
    public let medications: [MedicationLabel]
    public let diagnoses: [DiagnosisLabel]
    /// Findings the note denies ("niega fiebre", "no diabetes"): never diagnoses.
    public let negated: [String]?
    /// Medications the note stops or suspends: never active medications.
    public let stopped: [String]?

    /// Every `*.json` note in a directory, sorted by file name.
    public static func load(directory: URL) throws -> [CorpusNote] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            return try JSONDecoder().decode(CorpusNote.self, from: data)
        }
    }
}
