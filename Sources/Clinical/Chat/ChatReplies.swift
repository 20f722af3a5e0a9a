/// The replies the chat writes itself, without a model, in the doctor's language.
public enum ChatReplies {
    /// Nothing relevant was found: no model call is made.
    public static func notFound(_ language: ClinicalLanguage, patientScoped: Bool) -> String {
        switch language {
        case .es:
            return (patientScoped
                ? "No encontré información sobre esto en los documentos ni en los informes de este paciente."
                : "No encontré información sobre esto en los documentos de la clínica.")
                + " Puede reformular la pregunta o cargar el documento que la responda."
        case .en:
            return (patientScoped
                ? "I found nothing about this in this patient's documents or reports."
                : "I found nothing about this in the clinic's documents.")
                + " You may rephrase the question or upload the document that answers it."
        }
    }

    /// What the offline answerer says when the passages hold no answer (the system prompt's wording).
    public static func passagesLackAnswer(_ language: ClinicalLanguage) -> String {
        language == .es ? "Los documentos disponibles no contienen esa información."
                        : "The available documents do not contain that information."
    }

    /// The model could not answer (throttled, unavailable, deadline): the best passages themselves, cited,
    /// introduced in the doctor's language. The doctor reads the sources, not a generated answer.
    public static func fallback(_ passages: [ChatPassage], language: ClinicalLanguage, limit: Int = 3) -> String {
        let intro = language == .es
            ? "El asistente no está disponible en este momento. Estos son los pasajes más relevantes de los documentos:"
            : "The assistant is not available right now. These are the most relevant passages of the documents:"
        let lines = passages.prefix(limit).enumerated().map { index, passage in
            "[\(index + 1)] \(ChatPrompt.label(for: passage, language: language)): \(passage.snippet(limit: 400))"
        }
        return ([intro] + lines).joined(separator: "\n")
    }
}
