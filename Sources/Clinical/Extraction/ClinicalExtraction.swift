/// A medication as written in the note: name, dose and unit, route, frequency and duration when stated.
public struct Medication: Sendable, Equatable, Codable {
    public var name: String
    public var dose: String?
    public var unit: String?
    public var route: String?
    public var frequency: String?
    public var duration: String?

    public init(name: String, dose: String? = nil, unit: String? = nil, route: String? = nil,
                frequency: String? = nil, duration: String? = nil) {
        self.name = name
        self.dose = dose
        self.unit = unit
        self.route = route
        self.frequency = frequency
        self.duration = duration
    }

    /// "amoxicilina 500 mg VO cada 8 horas por 7 días", without repeating a duration the frequency already holds
    /// ("c/8h x 7 días", "c/12h por 5 días si dolor").
    public var rendered: String {
        var parts = [name]
        if let dose { parts.append(unit.map { $0 == "%" ? "\(dose)%" : "\(dose) \($0)" } ?? dose) }
        if let route { parts.append(route) }
        if let frequency { parts.append(frequency) }
        if let duration, !(frequency.map { TextFolding.fold($0).hasSubstring(TextFolding.fold(duration)) } ?? false) { parts.append(duration) }
        return parts.joined(separator: " ")
    }
}

/// A diagnosis: its text and, when the note gives one, its ICD-10 code.
public struct Diagnosis: Sendable, Equatable, Codable {
    public var text: String
    public var icd10: String?

    public init(text: String, icd10: String? = nil) {
        self.text = text
        self.icd10 = icd10
    }

    public var rendered: String { icd10.map { "\(text) (\($0))" } ?? text }

    /// Reads `rendered` back: "Hipertensión arterial (I10)" → text and code; a text without a trailing code as is.
    public init(rendered: String) {
        let trimmed = rendered.trimmingWhitespace()
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            if ICD10.isCode(inner) {
                self.init(text: String(trimmed[..<open]).trimmingWhitespace(), icd10: inner.uppercased())
                return
            }
        }
        self.init(text: trimmed)
    }
}

/// The vital signs the extractor knows.
public enum VitalSignKind: String, Sendable, Codable, CaseIterable {
    case bloodPressure, heartRate, respiratoryRate, oxygenSaturation, temperature, weight, height, bmi

    func label(_ language: ClinicalLanguage) -> String {
        switch (self, language) {
        case (.bloodPressure, .es): return "TA"
        case (.bloodPressure, .en): return "BP"
        case (.heartRate, .es): return "FC"
        case (.heartRate, .en): return "HR"
        case (.respiratoryRate, .es): return "FR"
        case (.respiratoryRate, .en): return "RR"
        case (.oxygenSaturation, _): return "SpO2"
        case (.temperature, .es): return "T°"
        case (.temperature, .en): return "Temp"
        case (.weight, .es): return "Peso"
        case (.weight, .en): return "Weight"
        case (.height, .es): return "Talla"
        case (.height, .en): return "Height"
        case (.bmi, .es): return "IMC"
        case (.bmi, .en): return "BMI"
        }
    }
}

/// One vital sign reading: "TA 120/80 mmHg".
public struct VitalSign: Sendable, Equatable, Codable {
    public var kind: VitalSignKind
    public var value: String
    public var unit: String?

    public init(kind: VitalSignKind, value: String, unit: String? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
    }

    func rendered(_ language: ClinicalLanguage) -> String {
        "\(kind.label(language)) \(value)" + (unit.map { $0 == "%" ? $0 : " \($0)" } ?? "")
    }
}

/// Structured data extracted from a clinical note.
public struct ClinicalExtraction: Sendable, Equatable, Codable {
    public var medications: [Medication]
    public var diagnoses: [Diagnosis]
    public var vitals: [VitalSign]
    /// Sentences that set follow-up ("control en 2 semanas", "follow up in 3 months").
    public var followUp: [String]
    /// Allergies and warning signs worth keeping next to the structured data.
    public var notes: [String]

    public init(medications: [Medication] = [], diagnoses: [Diagnosis] = [], vitals: [VitalSign] = [],
                followUp: [String] = [], notes: [String] = []) {
        self.medications = medications
        self.diagnoses = diagnoses
        self.vitals = vitals
        self.followUp = followUp
        self.notes = notes
    }
}
