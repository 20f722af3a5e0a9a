/// The languages the assistant writes in; Spanish first.
public enum ClinicalLanguage: String, Sendable, Codable, CaseIterable {
    case es
    case en
}
