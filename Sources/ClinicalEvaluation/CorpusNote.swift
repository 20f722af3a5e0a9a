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
    /// The corpus labels a condition once even where the note names it twice in different words (a history item and
    /// its later, fuller diagnosis: `DM tipo 2` and `DM tipo 2 descompensada`). Set from the corpus directory's
    /// `labelling-convention.txt`; the sets from HeldOut7 on label such a pair twice (their docstrings), the older
    /// ones once. Under this convention a second prediction that matches an already found label is a repeat the
    /// labels leave out, not an extra: the note is scored in the convention its labels were written in.
    public internal(set) var repeatsLabelledOnce = false

    private enum CodingKeys: String, CodingKey { case id, country, language, text, phi, medications, diagnoses, negated, stopped }

    /// The line of `labelling-convention.txt` that declares the older sets' convention.
    static let labelledOnceDeclaration = "diagnosis repeats: labelled once"

    /// Every `*.json` note in a directory, sorted by file name, with the directory's labelling convention.
    public static func load(directory: URL) throws -> [CorpusNote] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        let convention = (try? String(contentsOf: directory.appendingPathComponent("labelling-convention.txt"), encoding: .utf8)) ?? ""
        let labelledOnce = convention.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == labelledOnceDeclaration }
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            var note = try JSONDecoder().decode(CorpusNote.self, from: data)
            note.repeatsLabelledOnce = labelledOnce
            return note
        }
    }
}
