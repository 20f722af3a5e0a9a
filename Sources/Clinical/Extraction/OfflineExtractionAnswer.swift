/// What a local model endpoint answers to an extraction prompt: the rule-based extraction of the (redacted)
/// document as the JSON the prompt asks for. Lets local runs and tests exercise the model path of
/// `DocumentExtractionService` (parsing, validation, placeholders restored) with no remote model.
public enum OfflineExtractionAnswer {
    /// The JSON answer, or nil when `user` is not an extraction prompt.
    public static func respond(toUser user: String) -> String? {
        guard let document = ExtractionPrompt.extractDocument(from: user) else { return nil }
        return DocumentExtractionData(offline: ClinicalExtractor().extract(document)).json
    }
}
