import FoundationEssentials

/// A medication as the document API returns it.
public struct ExtractedMedication: Sendable, Equatable, Codable {
    public var name: String
    public var dose: String?
    public var route: String?
    public var frequency: String?

    public init(name: String, dose: String? = nil, route: String? = nil, frequency: String? = nil) {
        self.name = name
        self.dose = dose
        self.route = route
        self.frequency = frequency
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, dose, route, frequency }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(dose, forKey: .dose)
        try container.encode(route, forKey: .route)
        try container.encode(frequency, forKey: .frequency)
    }
}

/// A document's structured data: `{diagnosis, medications, followUp, notes}`.
public struct DocumentExtractionData: Sendable, Equatable, Codable {
    public var diagnosis: [String]
    public var medications: [ExtractedMedication]
    public var followUp: [String]
    public var notes: String

    public init(diagnosis: [String] = [], medications: [ExtractedMedication] = [], followUp: [String] = [], notes: String = "") {
        self.diagnosis = diagnosis
        self.medications = medications
        self.followUp = followUp
        self.notes = notes
    }

    /// What the offline rule-based extractor finds, in this shape.
    public init(offline extraction: ClinicalExtraction) {
        diagnosis = extraction.diagnoses.map(\.rendered)
        medications = extraction.medications.map { medication in
            let dose = medication.dose.map { dose in medication.unit.map { "\(dose) \($0)" } ?? dose }
            return ExtractedMedication(name: medication.name, dose: dose, route: medication.route, frequency: medication.frequency)
        }
        followUp = extraction.followUp
        notes = extraction.notes.joined(separator: "\n")
    }

    /// The extraction this data holds, in the extractor's shape again (the inverse of `init(offline:)`): a
    /// diagnosis "text (CODE)" gives its text and ICD-10 code; a medication's dose keeps its unit ("500 mg").
    public var clinicalExtraction: ClinicalExtraction {
        ClinicalExtraction(
            medications: medications.map { Medication(name: $0.name, dose: $0.dose, route: $0.route, frequency: $0.frequency) },
            diagnoses: diagnosis.map(Diagnosis.init(rendered:)), followUp: followUp,
            notes: notes.split(separator: "\n").map(String.init))
    }

    /// Every string passed through `transform` (placeholders restored after the model).
    public func mapStrings(_ transform: (String) -> String) -> DocumentExtractionData {
        DocumentExtractionData(
            diagnosis: diagnosis.map(transform),
            medications: medications.map {
                ExtractedMedication(name: transform($0.name), dose: $0.dose.map(transform), route: $0.route.map(transform),
                                    frequency: $0.frequency.map(transform))
            },
            followUp: followUp.map(transform), notes: transform(notes))
    }

    /// Compact JSON with the keys in schema order (what a model is asked to answer).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "{}"
    }
}

/// Why a model's answer was not accepted (names a key or a limit, never a value).
public struct ExtractionAnswerError: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

/// The strict reader of a model's extraction answer: one JSON object (a Markdown code fence around it is
/// tolerated, nothing else), exactly the four keys, the right types, bounded sizes.
public enum ExtractionAnswerParser {
    public static let maxItems = 100
    public static let maxStringLength = 1000
    public static let maxNotesLength = 8000

    public static func parse(_ answer: String) throws(ExtractionAnswerError) -> DocumentExtractionData {
        var text = answer.trimmingWhitespace()
        if text.hasPrefix("```") {
            guard let firstNewline = text.firstIndex(of: "\n"), text.hasSuffix("```"), text.count > 6 else {
                throw ExtractionAnswerError(reason: "unterminated code fence")
            }
            text = String(text[text.index(after: firstNewline)..<text.index(text.endIndex, offsetBy: -3)]).trimmingWhitespace()
        }
        guard text.hasPrefix("{"), text.hasSuffix("}") else { throw ExtractionAnswerError(reason: "the answer is not a JSON object alone") }
        let data: DocumentExtractionData
        do {
            data = try JSONDecoder().decode(StrictAnswer.self, from: Data(text.utf8)).data
        } catch let error as ExtractionAnswerError {
            throw error
        } catch {
            throw ExtractionAnswerError(reason: "not valid JSON of the schema")
        }
        return data
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func fail(_ reason: String) -> ExtractionAnswerError { ExtractionAnswerError(reason: reason) }

    static func bounded(_ value: String, _ field: String, max: Int = maxStringLength) throws -> String {
        let trimmed = value.trimmingWhitespace()
        guard trimmed.count <= max else { throw fail("\(field) is longer than \(max) characters") }
        return trimmed
    }

    struct StrictAnswer: Decodable {
        let data: DocumentExtractionData

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let allowed: Set<String> = ["diagnosis", "medications", "followUp", "notes"]
            for key in container.allKeys where !allowed.contains(key.stringValue) { throw fail("unexpected key in the answer") }
            for name in allowed where !container.contains(Key(name)) { throw fail("\(name) is missing") }
            func strings(_ name: String) throws -> [String] {
                guard let values = try? container.decode([String].self, forKey: Key(name)) else { throw fail("\(name) must be a list of strings") }
                guard values.count <= maxItems else { throw fail("\(name) has more than \(maxItems) items") }
                return try values.map { try bounded($0, name) }.filter { !$0.isEmpty }
            }
            guard let notes = try? container.decode(String.self, forKey: Key("notes")) else { throw fail("notes must be a string") }
            guard let medications = try? container.decode([StrictMedication].self, forKey: Key("medications")) else {
                throw fail("medications must be a list of {name, dose, route, frequency}")
            }
            guard medications.count <= maxItems else { throw fail("medications has more than \(maxItems) items") }
            data = DocumentExtractionData(diagnosis: try strings("diagnosis"), medications: medications.map(\.medication),
                                          followUp: try strings("followUp"), notes: try bounded(notes, "notes", max: maxNotesLength))
        }
    }

    struct StrictMedication: Decodable {
        let medication: ExtractedMedication

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let allowed = Set(ExtractedMedication.CodingKeys.allCases.map(\.rawValue))
            for key in container.allKeys where !allowed.contains(key.stringValue) { throw fail("unexpected key in a medication") }
            let name = try bounded(try container.decode(String.self, forKey: Key("name")), "medication name")
            guard !name.isEmpty else { throw fail("a medication has an empty name") }
            func optional(_ field: String) throws -> String? {
                guard container.contains(Key(field)), try !container.decodeNil(forKey: Key(field)) else { return nil }
                let value = try bounded(try container.decode(String.self, forKey: Key(field)), "medication \(field)")
                return value.isEmpty ? nil : value
            }
            medication = ExtractedMedication(name: name, dose: try optional("dose"), route: try optional("route"),
                                             frequency: try optional("frequency"))
        }
    }
}
